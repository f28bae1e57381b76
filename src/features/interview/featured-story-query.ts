/**
 * What the board's featured card shows, read from `articles.json` with a plain check of just those fields. The
 * card sits on the board's first view: validating the whole file with zod there would put zod's runtime (and the
 * article schema) on the first view for one title. The story page still validates the whole file
 * (`articlesQuery`); when it has already done so, the card reads its result instead of fetching.
 */
import { queryOptions } from '@tanstack/react-query';
import { fetchJson, type Checker } from '../../lib/data/fetch-json';
import { articlesQuery, DATA_BASE } from '../../lib/data/queries';
import type { ArticlesFile } from '../../shared/bundle-schema';

export interface FeaturedStory {
  slug: string;
  title: string;
  dek: string | null;
  readingMinutes: number;
  /** An interview (it has questions and answers), not a plain article. */
  interview: boolean;
  /** The hero figure's alt text (the card's placeholder art is drawn from it), else the title. */
  artSeed: string;
}

/** Same rule as bundle-schema's idSchema. */
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

/** The featured story of an articles file (null when it names none or none matches), or undefined when malformed. */
export function readFeaturedStory(value: unknown): FeaturedStory | null | undefined {
  if (!isRecord(value) || !Array.isArray(value.articles)) return undefined;
  const { featured } = value;
  if (featured === null) return null;
  if (typeof featured !== 'string') return undefined;
  const article: unknown = value.articles.find((a) => isRecord(a) && a.slug === featured);
  if (article === undefined) return null;
  if (!isRecord(article)) return undefined;
  const { slug, title, dek, readingMinutes, qa, blocks } = article;
  if (typeof slug !== 'string' || !SLUG.test(slug)) return undefined;
  if (typeof title !== 'string' || title.length === 0) return undefined;
  if (dek !== null && typeof dek !== 'string') return undefined;
  if (typeof readingMinutes !== 'number' || !Number.isInteger(readingMinutes) || readingMinutes < 1)
    return undefined;
  if (!Array.isArray(qa) || !Array.isArray(blocks)) return undefined;
  const hero: unknown = blocks.find((b) => isRecord(b) && b.type === 'figure');
  if (hero !== undefined && !(isRecord(hero) && typeof hero.alt === 'string')) return undefined;
  return {
    slug,
    title,
    dek,
    readingMinutes,
    interview: qa.length > 0,
    artSeed: hero ? (hero.alt as string) : title,
  };
}

const featuredChecker: Checker<FeaturedStory | null> = {
  safeParse(value) {
    const story = readFeaturedStory(value);
    return story === undefined ? { success: false } : { success: true, data: story };
  },
};

export const featuredStoryQuery = () =>
  queryOptions({
    queryKey: ['articles', 'featured'] as const,
    queryFn: ({ signal, client }) => {
      const full = client.getQueryData<ArticlesFile>(articlesQuery().queryKey);
      if (full !== undefined) return readFeaturedStory(full) ?? null;
      return fetchJson(`${DATA_BASE}/articles.json`, featuredChecker, { signal });
    },
    staleTime: Infinity,
  });
