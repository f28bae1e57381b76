/**
 * One queryOptions factory per resource, used by route loaders (ensureQueryData) and components alike.
 */
import { queryOptions } from '@tanstack/react-query';
import { compactIndexChecker, decodeIndex, isJobId } from '../../shared/compact-index';
import { firstPageChecker } from '../../shared/first-page';
import { storyListChecker } from '../../shared/story-list';
import { DataError, fetchJson, measure } from './fetch-json';

/** The zod schemas (and zod) in their own chunk, loaded by the first query that needs them, not the first view. */
const schemas = () => import('./schemas');

export const DATA_BASE = `${import.meta.env.BASE_URL}data`;

export const jobsIndexQuery = () =>
  queryOptions({
    queryKey: ['jobs', 'index'] as const,
    queryFn: async ({ signal }) => {
      const index = await fetchJson(`${DATA_BASE}/index.json`, compactIndexChecker, { signal });
      const decodeStart = performance.now();
      const jobs = decodeIndex(index);
      measure('summit:decode index', decodeStart);
      return { generatedAt: index.generatedAt, jobs };
    },
    staleTime: Infinity,
  });

/**
 * The board's precomputed first page (what `/` shows before anything is chosen): a few kB, so the first view
 * does not wait for the whole index. Not retried: the board takes the index instead when it is missing or bad.
 */
export const firstPageQuery = () =>
  queryOptions({
    queryKey: ['jobs', 'first-page'] as const,
    queryFn: async ({ signal }) => {
      const page = await fetchJson(`${DATA_BASE}/first-page.json`, firstPageChecker, { signal });
      return {
        generatedAt: page.generatedAt,
        total: page.total,
        facets: page.facets,
        jobs: decodeIndex(page.cards),
      };
    },
    staleTime: Infinity,
    retry: false,
  });

export const jobDetailQuery = (id: string) =>
  queryOptions({
    queryKey: ['jobs', 'detail', id] as const,
    queryFn: ({ signal }) =>
      fetchJson(
        `${DATA_BASE}/jobs/${encodeURIComponent(id)}.json`,
        () => schemas().then((m) => m.jobDetailSchema),
        { signal },
      ),
    staleTime: Infinity,
  });

export const articlesQuery = () =>
  queryOptions({
    queryKey: ['articles'] as const,
    queryFn: ({ signal }) =>
      fetchJson(`${DATA_BASE}/articles.json`, () => schemas().then((m) => m.articlesFileSchema), { signal }),
    staleTime: Infinity,
  });

/** Every story's card fields (a few kB): the home page's stories, `/stories`, the board's story matches. */
export const storiesQuery = () =>
  queryOptions({
    queryKey: ['stories', 'list'] as const,
    queryFn: ({ signal }) => fetchJson(`${DATA_BASE}/stories.json`, storyListChecker, { signal }),
    staleTime: Infinity,
  });

/** One story's whole article (`stories/<slug>.json`), validated with the zod schema. */
export const storyQuery = (slug: string) =>
  queryOptions({
    queryKey: ['stories', 'detail', slug] as const,
    queryFn: ({ signal }) =>
      fetchJson(
        `${DATA_BASE}/stories/${encodeURIComponent(slug)}.json`,
        () => schemas().then((m) => m.articleSchema),
        { signal },
      ),
    staleTime: Infinity,
  });

/**
 * A story page's article, or null for a slug that names no story. A slug that is not one never fetches; a missing
 * file is "not found" unless the story list names the slug (then the file failed to load: an error with a Retry).
 */
export const storyPageQuery = (slug: string) =>
  queryOptions({
    queryKey: ['stories', 'page', slug] as const,
    queryFn: async ({ client }) => {
      if (!isJobId(slug)) return null;
      try {
        return await client.ensureQueryData(storyQuery(slug));
      } catch (error) {
        if (!(error instanceof DataError && error.kind === 'not-found')) throw error;
        const list = await client.ensureQueryData(storiesQuery());
        if (list.stories.some((s) => s.slug === slug)) throw error;
        return null;
      }
    },
    staleTime: Infinity,
    retry: false,
  });
