/**
 * The board's bridge to the facet engine and the keyword search: one engine per dataset, the search index
 * (fetched on the first keystroke, or by the loader for a bookmarked search, search-index-query.ts) once loaded,
 * the cards' own fields searched until then or if it cannot be loaded. This module and what it imports are a
 * chunk of their own, loaded beside the job index (board-data.ts): the first page does not need them.
 */
import { createElement, Fragment, type ReactNode } from 'react';
import { fetchJson, measure } from '../../../lib/data/fetch-json';
import { DATA_BASE, jobsIndexQuery } from '../../../lib/data/queries';
import { queryClient } from '../../../lib/query-client';
import { DEFAULT_BOARD_STATE, type BoardState } from '../../../shared/board-state';
import { parseBoardSearch, serialiseBoardSearch } from './url';
import type { JobCard } from '../../../shared/compact-index';
import { createEngine } from '../engine';
import { FACET_KEYS, type Engine, type EngineResult, type FacetKey, type FilterKey } from '../engine/types';
import {
  createCardSearcher,
  createSearcher,
  hashIds,
  highlightTerms,
  searchIndexFileChecker,
  splitHighlights,
  type SearchIndexFile,
  type SearchMatches,
  type Searcher,
} from '../search';

export interface BoardEngine {
  query(state: BoardState, search?: SearchMatches | null): EngineResult;
  /**
   * query(state, search).total without the rest (facet counts, relaxations, order): what a click's first frame
   * shows. Optional: an engine without it is asked for the whole answer.
   */
  count?(state: BoardState, search?: SearchMatches | null): number;
  /** Never null: an unknown slug is shown as written. */
  labelFor(key: FilterKey, slug: string): string;
}

const engines = new WeakMap<readonly JobCard[], BoardEngine>();

interface CachedResult {
  key: string;
  search: SearchMatches | null | undefined;
  result: EngineResult;
}

/**
 * The last few answers per engine, newest first. A click asks for the new state's answer in its urgent render
 * (the count) and again in the late one (facets and results): the second finds the first. Equal answers are also
 * the same object, so memoised consumers skip work.
 */
const RECENT_RESULTS = 4;
const recentResults = new WeakMap<Engine, CachedResult[]>();

/** One engine per dataset (the cached index's jobs array), shared by every mount of the board. */
export function getEngine(jobs: readonly JobCard[]): BoardEngine {
  let engine = engines.get(jobs);
  if (!engine) {
    const start = performance.now();
    const inner: Engine = createEngine(jobs as JobCard[]);
    measure('summit:create engine', start);
    engine = {
      query: (state, search) => {
        const key = serialiseBoardSearch(state);
        const recent = recentResults.get(inner) ?? [];
        const hit = recent.find((r) => r.key === key && r.search === search);
        if (hit) return hit.result;
        const result = inner.query(state, search);
        recentResults.set(inner, [{ key, search, result }, ...recent.slice(0, RECENT_RESULTS - 1)]);
        return result;
      },
      count: (state, search) => {
        const key = serialiseBoardSearch(state);
        const hit = recentResults.get(inner)?.find((r) => r.key === key && r.search === search);
        return hit ? hit.result.total : inner.count(state, search);
      },
      labelFor: (key, slug) => inner.labelFor(key, slug) ?? slug,
    };
    engines.set(jobs, engine);
    inIdleSteps(warmUpSteps(inner));
  }
  return engine;
}

/**
 * Runs the steps one by one in idle time (the next in a later idle period once this one has less than 4 ms left),
 * so that no step holds up a click for long. Where requestIdleCallback is missing, one step a second.
 */
function inIdleSteps(steps: (() => void)[]): void {
  if (typeof requestIdleCallback !== 'function') {
    const next = () => {
      steps.shift()?.();
      if (steps.length > 0) setTimeout(next, 1000);
    };
    setTimeout(next, 1000);
    return;
  }
  const run = (deadline: IdleDeadline) => {
    do steps.shift()?.();
    while (steps.length > 0 && deadline.timeRemaining() > 4);
    if (steps.length > 0) requestIdleCallback(run, { timeout: 2000 });
  };
  requestIdleCallback(run, { timeout: 2000 });
}

/**
 * Throwaway queries while the page is idle, one per step: the first click then runs compiled code rather than
 * compiling the count (its own frame), the filter, facet count and relaxation paths (its late render) while the
 * user waits. Each step is a few milliseconds at 10,000 jobs.
 */
function warmUpSteps(engine: Engine): (() => void)[] {
  let all: EngineResult | null = null;
  const first = (key: FacetKey, n = 1) => (all?.facets[key] ?? []).slice(0, n).map((v) => v.slug);
  const steps: (() => void)[] = [() => (all = engine.query(DEFAULT_BOARD_STATE))];
  for (const key of FACET_KEYS) {
    steps.push(() => {
      // The counts a click on either of the first two values shows, then the late render's answer for one.
      for (const slug of first(key, 2)) engine.count({ ...DEFAULT_BOARD_STATE, [key]: [slug] });
      engine.query({ ...DEFAULT_BOARD_STATE, [key]: first(key) });
    });
  }
  steps.push(() =>
    engine.query({
      ...DEFAULT_BOARD_STATE,
      location: first('location'),
      team: first('team'),
      area: first('area'),
      type: first('type'),
    }),
  );
  steps.push(() => engine.query({ ...DEFAULT_BOARD_STATE, team: first('team'), sort: 'location' }));
  return steps;
}

const searchers = new WeakMap<object, Searcher>();

function searcherFor(jobs: readonly JobCard[], file: SearchIndexFile | undefined): Searcher {
  // An index built for other jobs (a stale cache) would point at the wrong rows: use it only when it matches.
  const usable = file && file.docCount === jobs.length && file.idsHash === hashIds(jobs.map((j) => j.id));
  const key: object = usable ? file : jobs;
  let searcher = searchers.get(key);
  if (!searcher) {
    searcher = usable ? createSearcher(file) : createCardSearcher(jobs);
    searchers.set(key, searcher);
  }
  return searcher;
}

/** The last few searches per searcher, newest first (the urgent and the late render may ask for two). */
const recentMatches = new WeakMap<Searcher, { q: string; matches: SearchMatches }[]>();

/**
 * The keyword matches for q (null for no query), from the full index when it is loaded (`file`), else from the
 * cards' own text. Equal inputs give the same object.
 */
export function searchMatchesFor(
  q: string,
  jobs: readonly JobCard[],
  file: SearchIndexFile | undefined,
): SearchMatches | null {
  if (!q) return null;
  const searcher = searcherFor(jobs, file);
  const recent = recentMatches.get(searcher) ?? [];
  const hit = recent.find((r) => r.q === q);
  if (hit) return hit.matches;
  const matches = searcher.search(q);
  recentMatches.set(searcher, [{ q, matches }, ...recent.slice(0, RECENT_RESULTS - 1)]);
  return matches;
}

/** Renders text with the query's matched words in <mark>; plain text when there is no query. */
export function makeHighlighter(q: string): (text: string) => ReactNode {
  const terms = q ? highlightTerms(q) : [];
  if (terms.length === 0) return (text) => text;
  return (text) => {
    const segments = splitHighlights(text, terms);
    if (!segments.some((s) => s.match)) return text;
    return createElement(
      Fragment,
      null,
      ...segments.map((s, i) =>
        s.match ? createElement('mark', { key: i }, s.text) : createElement(Fragment, { key: i }, s.text),
      ),
    );
  };
}

/** The jobs a board view lists, for pages other than the board (the saved searches on /saved). */
export interface ViewMatcher {
  /** Every job id in the bundle. */
  allIds: readonly string[];
  /** The ids of the jobs a board query string (`?area=economics…`) lists. */
  idsFor(query: string): string[];
}

/**
 * Loads the job index and, when a view has a keyword query, the search index (straight from the file: this chunk
 * is loaded by /saved on its own, and importing the board's query for it would split a shared chunk into the
 * board's first view). Without the search index, the cards' own text is searched, as on the board.
 */
export async function loadViewMatcher(withKeywordSearch: boolean): Promise<ViewMatcher> {
  const index = await queryClient.fetchQuery(jobsIndexQuery());
  const file = withKeywordSearch
    ? await fetchJson(`${DATA_BASE}/search-index.json`, searchIndexFileChecker).catch(() => undefined)
    : undefined;
  const { jobs } = index;
  const engine = getEngine(jobs);
  return {
    allIds: jobs.map((job) => job.id),
    idsFor(query) {
      const state = parseBoardSearch(query);
      const result = engine.query(state, searchMatchesFor(state.q, jobs, file));
      return Array.from(result.order, (i) => jobs[i]?.id ?? '').filter(Boolean);
    },
  };
}
