/**
 * Where the board's jobs come from. Once the job index has loaded: the index, through the engine. Before that, on
 * the default view (`/`, nothing chosen): the build step's precomputed first page (src/shared/first-page.ts), a
 * few kB, so the first view does not wait for the whole index. The index is then loaded once that first page is
 * on screen, and the board moves over to it without a visible change (the page was computed by the same engine).
 * A view that needs more than the first page (a filter, a query, page 2, another sort) suspends until the index
 * is there.
 */
import { useQuery, useSuspenseQuery, type UseSuspenseQueryOptions } from '@tanstack/react-query';
import { useEffect } from 'react';
import { firstPageQuery, jobsIndexQuery } from '../../../lib/data/queries';
import { queryClient } from '../../../lib/query-client';
import { isFirstPageView, type BoardState } from '../../../shared/board-state';
import type { JobCard } from '../../../shared/compact-index';
import type { FirstPageFacets } from '../../../shared/first-page';
import type { EngineResult, FacetKey, FacetValue } from '../engine';
import { getEngine, type BoardEngine } from './engine-adapter';

export interface BoardData {
  jobs: readonly JobCard[];
  engine: BoardEngine;
  /** False while the board shows the first page only: the index is still loading. */
  complete: boolean;
  /** The index could not be loaded in the background: filters wait for a retry. */
  indexError: Error | null;
  retryIndex: () => void;
}

type Start =
  | { kind: 'index'; jobs: readonly JobCard[] }
  | { kind: 'first-page'; jobs: readonly JobCard[]; total: number; facets: FirstPageFacets };

type StartOptions = UseSuspenseQueryOptions<unknown, Error, Start, readonly unknown[]>;

// Two resources, one shape: the hook below asks for either with the same useSuspenseQuery call.
const fromIndex = (): StartOptions =>
  ({
    ...jobsIndexQuery(),
    select: (data: { jobs: readonly JobCard[] }): Start => ({ kind: 'index', jobs: data.jobs }),
  }) as StartOptions;

/**
 * The first page, or the index when the first page is missing or bad (an older bundle): the first view is then
 * served as before. Index errors reach the route's error boundary either way.
 */
const fromFirstPage = (): StartOptions => ({
  queryKey: ['jobs', 'board-start'] as const,
  queryFn: async (): Promise<Start> => {
    try {
      const page = await queryClient.fetchQuery(firstPageQuery());
      return { kind: 'first-page', jobs: page.jobs, total: page.total, facets: page.facets };
    } catch {
      const index = await queryClient.fetchQuery(jobsIndexQuery());
      return { kind: 'index', jobs: index.jobs };
    }
  },
  staleTime: Infinity,
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

/** Loads the index when the page is idle, after the first page has been painted. */
function loadIndexWhenIdle(): () => void {
  const run = () => void queryClient.prefetchQuery(jobsIndexQuery());
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(run, { timeout: 1500 });
    return () => cancelIdleCallback(handle);
  }
  const handle = setTimeout(run, 200);
  return () => clearTimeout(handle);
}

export function useBoardData(state: BoardState): BoardData {
  const index = useQuery({ ...jobsIndexQuery(), enabled: false });
  const wantFirstPage = index.data === undefined && isFirstPageView(state);
  const start = useSuspenseQuery(wantFirstPage ? fromFirstPage() : fromIndex()).data;
  const complete = start.kind === 'index';

  useEffect(() => (complete ? undefined : loadIndexWhenIdle()), [complete]);

  if (start.kind === 'first-page') {
    let engine = firstPageEngines.get(start.jobs);
    if (!engine) {
      engine = firstPageEngine(start);
      firstPageEngines.set(start.jobs, engine);
    }
    return { jobs: start.jobs, engine, complete, indexError: index.error, retryIndex };
  }
  return { jobs: start.jobs, engine: getEngine(start.jobs), complete, indexError: null, retryIndex };
}

// Not refetchQueries: the board's observer of the index is disabled (it only watches), and disabled queries are
// skipped there. With no data, the index counts as stale, so this fetches it again.
function retryIndex(): void {
  void queryClient.prefetchQuery(jobsIndexQuery());
}
