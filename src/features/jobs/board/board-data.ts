/**
 * Where the board's jobs come from. Once the job index has loaded: the index, through the engine. Before that, on
 * the default view (`/`, nothing chosen): the build step's precomputed first page (src/shared/first-page.ts), a
 * few kB, so the first view does not wait for the whole index. The index is then loaded once that first page is
 * on screen, and the board moves over to it without a visible change (the page was computed by the same engine).
 * A URL that needs more than the first page (a filter, a query, page 2, another sort) suspends until the index
 * is there, unless the first page is already on screen: then it stays, marked busy, while the index loads.
 *
 * The engine and the keyword search (engine-adapter.ts and what it imports) come with the index, as a chunk
 * loaded beside it: the first page is rendered without them.
 */
import {
  queryOptions,
  useQuery,
  useSuspenseQuery,
  type UseSuspenseQueryOptions,
} from '@tanstack/react-query';
import { useEffect, useMemo, type ReactNode } from 'react';
import { firstPageQuery, jobsIndexQuery } from '../../../lib/data/queries';
import { queryClient } from '../../../lib/query-client';
import { isFirstPageView, type BoardState } from '../../../shared/board-state';
import type { JobCard } from '../../../shared/compact-index';
import type { FirstPageFacets } from '../../../shared/first-page';
import type { EngineResult, FacetKey, FacetValue } from '../engine';
import type { SearchIndexFile, SearchMatches } from '../search';
import type { BoardEngine } from './engine-adapter';

type Tools = typeof import('./engine-adapter');

export interface BoardData {
  jobs: readonly JobCard[];
  engine: BoardEngine;
  /** The keyword matches for q (null for no query): the search index's when `file` is loaded, else the cards'. */
  searchMatches: (q: string, file: SearchIndexFile | undefined) => SearchMatches | null;
  /** Marks q's words in a text (the text itself when there is no query). */
  makeHighlighter: (q: string) => (text: string) => ReactNode;
  /** False while the board shows the first page only: the index is still loading. */
  complete: boolean;
  /**
   * The URL asks for more than the first page (a click came before the index), which is loading: the board keeps
   * the first page on screen, marked busy, rather than blank the page for a skeleton.
   */
  waiting: boolean;
  /** The index could not be loaded in the background: filters wait for a retry. */
  indexError: Error | null;
  retryIndex: () => void;
  /** The same tools over some of the index's jobs (the "new" filter), or null before the index is here. */
  subset: ((jobs: readonly JobCard[]) => Pick<BoardData, 'engine' | 'searchMatches'>) | null;
}

interface FullIndex {
  jobs: readonly JobCard[];
  tools: Tools;
}

/** The job index (its own cached query, shared with the job page) and the code that answers it, together. */
const fullIndexQuery = () =>
  queryOptions({
    queryKey: ['jobs', 'board-index'] as const,
    queryFn: async (): Promise<FullIndex> => {
      const toolsLoad = import('./engine-adapter');
      toolsLoad.catch(() => undefined);
      const index = await queryClient.fetchQuery(jobsIndexQuery());
      const tools = await toolsLoad;
      // The engine is built in a task of its own, not in the render that moves the board over to it: two shorter
      // tasks instead of one long one (at 10,000 jobs each is tens of ms on a slow phone).
      await nextTask();
      tools.getEngine(index.jobs);
      return { jobs: index.jobs, tools };
    },
    staleTime: Infinity,
    // Retries happen inside, on the index's own query.
    retry: false,
    structuralSharing: false,
  });

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

type Start =
  | ({ kind: 'index' } & FullIndex)
  | { kind: 'first-page'; jobs: readonly JobCard[]; total: number; facets: FirstPageFacets };

type StartOptions = UseSuspenseQueryOptions<unknown, Error, Start, readonly unknown[]>;

// Two resources, one shape: the hook below asks for either with the same useSuspenseQuery call.
// No structural sharing: it would rebuild the index's jobs array against the first page's (new array, first-page
// cards reused), and the engine, cached per jobs array, would be built a second time. The data is never mutated.
const fromIndex = (): StartOptions =>
  ({
    ...fullIndexQuery(),
    select: (data: FullIndex): Start => ({ kind: 'index', ...data }),
    structuralSharing: false,
  }) as StartOptions;

const BOARD_START_KEY = ['jobs', 'board-start'] as const;

/**
 * The first page, or the index when the first page is missing or bad (an older bundle): the first view is then
 * served as before. Index errors reach the route's error boundary either way.
 */
const fromFirstPage = (): StartOptions => ({
  queryKey: BOARD_START_KEY,
  queryFn: async (): Promise<Start> => {
    try {
      const page = await queryClient.fetchQuery(firstPageQuery());
      return { kind: 'first-page', jobs: page.jobs, total: page.total, facets: page.facets };
    } catch {
      return { kind: 'index', ...(await queryClient.fetchQuery(fullIndexQuery())) };
    }
  },
  staleTime: Infinity,
  structuralSharing: false,
});

/**
 * An engine that answers the default view only, from the first page: the board renders the first page with the
 * same code that renders every other view.
 */
function firstPageEngine(start: Extract<Start, { kind: 'first-page' }>): BoardEngine {
  const order = Int32Array.from(start.jobs, (_, i) => i);
  const result: EngineResult = {
    total: start.total,
    order,
    facets: start.facets as EngineResult['facets'],
    unknown: [],
    relaxations: [],
  };
  const labels = new Map<string, string>();
  const collect = (key: FacetKey, values: readonly FacetValue[]) => {
    for (const v of values) {
      labels.set(`${key}\u0000${v.slug}`, v.label);
      if (v.children) collect(key, v.children);
    }
  };
  for (const key of ['location', 'team', 'area', 'type'] as const) collect(key, result.facets[key]);
  return {
    query: () => result,
    labelFor: (key, slug) => labels.get(`${key}\u0000${slug}`) ?? slug,
  };
}

const firstPageEngines = new WeakMap<readonly JobCard[], BoardEngine>();

/** Loads the index now: a view needs it. */
function loadIndexNow(): undefined {
  void queryClient.prefetchQuery(fullIndexQuery());
  return undefined;
}

/** Loads the index when the page is idle, after the first page has been painted. */
function loadIndexWhenIdle(): () => void {
  const run = () => {
    // For DevTools and the benchmarks: what loads from here on is for the next click, not the first view.
    performance.mark('summit:load index when idle');
    void queryClient.prefetchQuery(fullIndexQuery());
  };
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(run, { timeout: 1500 });
    return () => cancelIdleCallback(handle);
  }
  const handle = setTimeout(run, 200);
  return () => clearTimeout(handle);
}

const noMatches = () => null;
/** One function per dataset, so that consumers can depend on it. */
const searchFunctions = new WeakMap<readonly JobCard[], BoardData['searchMatches']>();
const plainText = () => (text: string) => text;

export function useBoardData(state: BoardState): BoardData {
  const index = useQuery({ ...fullIndexQuery(), enabled: false });
  const defaultView = isFirstPageView(state);
  // Once the first page is on screen, it stays there until the index has loaded, whatever the URL asks for.
  const firstPageShown = queryClient.getQueryData<Start>(BOARD_START_KEY)?.kind === 'first-page';
  const wantFirstPage = index.data === undefined && (defaultView || firstPageShown);
  const start = useSuspenseQuery(wantFirstPage ? fromFirstPage() : fromIndex()).data;
  const complete = start.kind === 'index';
  const waiting = !complete && !defaultView;

  useEffect(() => {
    if (complete) return undefined;
    return waiting ? loadIndexNow() : loadIndexWhenIdle();
  }, [complete, waiting]);

  if (start.kind === 'first-page') {
    let engine = firstPageEngines.get(start.jobs);
    if (!engine) {
      engine = firstPageEngine(start);
      firstPageEngines.set(start.jobs, engine);
    }
    // The first page is the default view: no query to search for or highlight.
    return {
      jobs: start.jobs,
      engine,
      searchMatches: noMatches,
      makeHighlighter: plainText,
      complete,
      waiting,
      indexError: index.error,
      retryIndex,
      subset: null,
    };
  }
  const { jobs, tools } = start;
  let searchMatches = searchFunctions.get(jobs);
  if (!searchMatches) {
    searchMatches = (q, file) => tools.searchMatchesFor(q, jobs, file);
    searchFunctions.set(jobs, searchMatches);
  }
  return {
    jobs,
    engine: tools.getEngine(jobs),
    searchMatches,
    makeHighlighter: tools.makeHighlighter,
    complete,
    waiting: false,
    indexError: null,
    retryIndex,
    subset: (some) => {
      let view = subsetViews.get(some);
      if (!view) {
        view = {
          engine: tools.getEngine(some),
          searchMatches: (q, file) => tools.searchMatchesFor(q, some, file),
        };
        subsetViews.set(some, view);
      }
      return view;
    },
  };
}

const subsetViews = new WeakMap<readonly JobCard[], Pick<BoardData, 'engine' | 'searchMatches'>>();

/**
 * The jobs `isNew` picks out of `jobs`: the same array for the same picks (its engine is cached per array), null
 * when there is no test (nothing can be new yet).
 */
export function useNewJobs(
  jobs: readonly JobCard[],
  isNew: ((id: string) => boolean) | null,
): readonly JobCard[] | null {
  const key = useMemo(
    () => (isNew ? jobs.flatMap((job) => (isNew(job.id) ? [job.id] : [])).join('\n') : null),
    [jobs, isNew],
  );
  return useMemo(() => {
    if (key === null) return null;
    const ids = new Set(key.split('\n'));
    return jobs.filter((job) => ids.has(job.id));
  }, [jobs, key]);
}

// Not refetchQueries: the board's observer of the index is disabled (it only watches), and disabled queries are
// skipped there. With no data, the index counts as stale, so this fetches it again.
function retryIndex(): void {
  void queryClient.prefetchQuery(fullIndexQuery());
}
