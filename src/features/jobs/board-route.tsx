/**
 * The board (`/`): facets, keyword search, results and paging over the job index. The URL is the state: it is
 * parsed once per location, and every change is written back canonically (push for committed changes, replace
 * while typing). Lazy-loaded through the app's home route.
 */
import { useSuspenseQuery } from '@tanstack/react-query';
import {
  memo,
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import {
  useLocation,
  useNavigate,
  type LoaderFunctionArgs,
  type ShouldRevalidateFunctionArgs,
} from 'react-router';
import { jobsIndexQuery } from '../../lib/data/queries';
import { queryClient } from '../../lib/query-client';
import { DEFAULT_BOARD_STATE, type BoardState, type SortKey } from '../../shared/board-state';
import type { JobCard } from '../../shared/compact-index';
import { RouteError } from '../../ui/route-error';
import { focusRing, secondaryButton } from '../../ui/styles';
import { useDocumentTitle } from '../../ui/use-document-title';
import { AppliedFilters } from './board/applied-filters';
import {
  ensureSearchIndexFor,
  getEngine,
  hasSearchIndex,
  makeHighlighter,
  prefetchSearchIndex,
  useSearchMatches,
  type BoardEngine,
} from './board/engine-adapter';
import { FacetGroup, LocationFacet } from './board/facets';
import { FilterDrawer } from './board/filter-drawer';
import { toggleInTree } from './board/location-tree';
import { NoResults } from './board/no-results';
import { Pagination } from './board/pagination';
import { SearchBox } from './board/search-box';
import type { FacetKey } from './board/types';
import { LIST_KEYS, parseBoardSearch, serialiseBoardSearch } from './board/url';
import { useAfterPaintValue } from './board/use-after-paint-value';
import { useMediaQuery } from './board/use-media-query';
import { chipsFor, relaxationsFor } from './board/view-links';
import { boardTitle, describeView } from './board/view-title';
import { JobSummaryCard, type TextRenderer } from './job-card';
import type { FromBoard } from './job-meta';

export const PAGE_SIZE = 20;

export async function loader({ request }: Pick<LoaderFunctionArgs, 'request'>) {
  const index = await queryClient.ensureQueryData(jobsIndexQuery());
  // A bookmarked search renders with the full search index, exactly as it did when saved.
  await ensureSearchIndexFor(parseBoardSearch(new URL(request.url).search).q);
  return { jobs: index.jobs.length };
}

/**
 * Filter changes need no loader run (the index is cached): only the first search waits for the search index,
 * and an explicit revalidation (Retry) runs it again.
 */
export function shouldRevalidate({
  currentUrl,
  nextUrl,
  defaultShouldRevalidate,
}: ShouldRevalidateFunctionArgs) {
  if (currentUrl.pathname !== nextUrl.pathname || currentUrl.search === nextUrl.search)
    return defaultShouldRevalidate;
  const q = parseBoardSearch(nextUrl.search).q;
  return q !== '' && !hasSearchIndex();
}

export function ErrorBoundary() {
  return <RouteError title="The jobs could not be loaded" />;
}

const FACETS: { key: Exclude<FacetKey, 'location'>; legend: string; searchable?: boolean }[] = [
  { key: 'team', legend: 'Team', searchable: true },
  { key: 'area', legend: 'Research area' },
  { key: 'type', legend: 'Job type' },
];

const SORT_LABELS: Record<SortKey, string> = {
  relevance: 'Relevance',
  title: 'Title (A–Z)',
  location: 'Location (A–Z)',
};

function newSessionId(): string {
  return Math.random().toString(36).slice(2);
}

function sessionOf(state: unknown): string | null {
  if (typeof state !== 'object' || state === null) return null;
  const id = (state as { searchSession?: unknown }).searchSession;
  return typeof id === 'string' ? id : null;
}

/** Each facet's toggle, stable as long as `onToggle` is (so memoised checkboxes can skip a re-render). */
function useFacetToggles(onToggle: (key: FacetKey, slug: string) => void) {
  return useMemo(
    () => ({
      location: (slug: string) => onToggle('location', slug),
      team: (slug: string) => onToggle('team', slug),
      area: (slug: string) => onToggle('area', slug),
      type: (slug: string) => onToggle('type', slug),
    }),
    [onToggle],
  );
}

/**
 * The facet panel. Ticks follow `state` (the URL, at once); values and counts follow `result`, which the board
 * passes from its late render, so a click redraws one checkbox now and the counts a frame later.
 */
function Facets({
  result,
  state,
  onToggle,
}: {
  result: ReturnType<BoardEngine['query']>;
  state: BoardState;
  onToggle: (key: FacetKey, slug: string) => void;
}) {
  const toggles = useFacetToggles(onToggle);
  return (
    <>
      <LocationFacet values={result.facets.location} selected={state.location} onToggle={toggles.location} />
      {FACETS.map(({ key, legend, searchable }) => (
        <FacetGroup
          key={key}
          name={key}
          legend={legend}
          values={result.facets[key]}
          selected={state[key]}
          searchable={searchable ?? false}
          onToggle={toggles[key]}
        />
      ))}
    </>
  );
}

/** Memoised: a card redraws only when its job, its link state or the highlighter changes. */
const ResultItem = memo(function ResultItem({
  job,
  from,
  render,
}: {
  job: JobCard;
  from: FromBoard;
  render: TextRenderer;
}) {
  return (
    <li>
      <JobSummaryCard job={job} from={from} render={render} />
    </li>
  );
});

function ResultList({
  jobs,
  start,
  from,
  render,
}: {
  jobs: readonly JobCard[];
  start: number;
  from: FromBoard;
  render: TextRenderer;
}) {
  return (
    <ol start={start + 1} className="mt-3 space-y-3">
      {jobs.map((job) => (
        <ResultItem key={job.id} job={job} from={from} render={render} />
      ))}
    </ol>
  );
}

export function BoardPage({ featured }: { featured?: ReactNode }) {
  const { data } = useSuspenseQuery(jobsIndexQuery());
  const jobs: readonly JobCard[] = data.jobs;
  const engine = getEngine(data.jobs);
  const location = useLocation();
  const navigate = useNavigate();
  const state = useMemo(() => parseBoardSearch(location.search), [location.search]);
  const matches = useSearchMatches(state.q, data.jobs);
  const result = useMemo(() => engine.query(state, matches), [engine, state, matches]);
  const wide = useMediaQuery('(min-width: 64rem)');
  const [drawerOpen, setDrawerOpen] = useState(false);
  const closeDrawer = useCallback(() => setDrawerOpen(false), []);
  const resultsRef = useRef<HTMLElement>(null);

  // The facet values and counts, the chips, the result cards, the pager, the featured card and the document title
  // follow a copy of the state that lags a frame: a click draws its checkbox, the count and the URL at once, and
  // the rest (most of the DOM work) in a transition once that frame is on screen. Nothing here may depend on
  // `state` or `location`, or it would redraw in the urgent render too.
  const listState = useAfterPaintValue(state);
  // True from the urgent render until the late one has drawn the new state: marks the stale parts aria-busy.
  const stale = listState !== state;
  const listMatches = useSearchMatches(listState.q, data.jobs);
  // The engine adapter keeps the last few answers, so the late render finds the urgent render's result.
  const listResult = useMemo(() => engine.query(listState, listMatches), [engine, listState, listMatches]);
  const listPageCount = Math.max(1, Math.ceil(listResult.total / PAGE_SIZE));
  const listPage = Math.min(Math.max(1, listState.page), listPageCount);
  const start = (listPage - 1) * PAGE_SIZE;
  const pageJobs = useMemo(
    () =>
      Array.from(listResult.order.subarray(start, start + PAGE_SIZE)).flatMap((i) =>
        jobs[i] ? [jobs[i]] : [],
      ),
    [listResult, start, jobs],
  );

  const labelFor = useCallback((key: FacetKey, slug: string) => engine.labelFor(key, slug), [engine]);
  const view = describeView(state, labelFor);
  // Setting document.title talks to the browser process (milliseconds on a busy machine): the late render does it.
  useDocumentTitle(boardTitle(listState, labelFor, listPage));

  const hrefFor = useCallback(
    (next: BoardState) => `${location.pathname}${serialiseBoardSearch(next)}`,
    [location.pathname],
  );
  // A filter change runs no loader (see shouldRevalidate), so the router writes the URL and updates its state
  // in this call; flushSync renders that state in the same task (not as a transition), so the checkbox, the count
  // and the URL reach the screen in one frame. Everything drawn from listState follows.
  const go = useCallback(
    (next: BoardState) => void navigate(hrefFor(next), { preventScrollReset: true, flushSync: true }),
    [navigate, hrefFor],
  );

  // Typing: the first commit of a search pushes an entry, later ones replace it (one entry per search).
  const session = useRef(newSessionId());
  // The debounced commit runs later than the render that scheduled it: read the URL's state as it is then.
  const latest = useRef({ state, history: location.state as unknown });
  useEffect(() => {
    latest.current = { state, history: location.state };
  }, [state, location.state]);
  const search = useCallback(
    (text: string) => {
      const next: BoardState = { ...latest.current.state, q: text, page: 1 };
      const replace = sessionOf(latest.current.history) === session.current;
      void navigate(hrefFor(next), {
        replace,
        preventScrollReset: true,
        flushSync: true,
        state: { searchSession: session.current },
      });
    },
    [navigate, hrefFor],
  );
  const endSession = useCallback(() => {
    session.current = newSessionId();
  }, []);

  // Stable across renders (it reads the latest state when called), so the memoised facets can skip a redraw.
  const current = useRef({ state, listResult, go });
  useLayoutEffect(() => {
    current.current = { state, listResult, go };
  });
  const toggle = useCallback((key: FacetKey, slug: string) => {
    const { state, listResult, go } = current.current;
    // The tree as shown (the facets draw the late result) and the selection as in the URL.
    const values =
      key === 'location'
        ? toggleInTree(listResult.facets.location, state.location, slug)
        : state[key].includes(slug)
          ? state[key].filter((s) => s !== slug)
          : [...state[key], slug];
    go({ ...state, [key]: values, page: 1 });
  }, []);

  // The chips and the relaxations sit with the results: drawn in the late render, so the row of chips that
  // appears with the first filter does not shift the page in the click's own frame.
  const chips = useMemo(
    () => chipsFor(listState, listResult.unknown, engine.labelFor, hrefFor),
    [listState, listResult, engine, hrefFor],
  );
  const relaxations = useMemo(
    () => relaxationsFor(listState, listResult.relaxations, hrefFor),
    [listState, listResult, hrefFor],
  );
  // Clear all drops the query and every filter; the chosen sort stays.
  const clearHref = hrefFor({ ...DEFAULT_BOARD_STATE, sort: listState.sort });
  const filterCount = LIST_KEYS.reduce((n, key) => n + state[key].length, 0);
  const listFilterCount = LIST_KEYS.reduce((n, key) => n + listState[key].length, 0);

  const highlight = useMemo(() => makeHighlighter(listState.q), [listState.q]);
  const pageHref = useCallback((p: number) => hrefFor({ ...listState, page: p }), [hrefFor, listState]);
  // The board the cards link back from, written canonically (what the URL holds after any board navigation).
  const from: FromBoard = useMemo(() => ({ board: serialiseBoardSearch(listState), depth: 1 }), [listState]);
  // The featured story is for landing on the board: not on later pages, and not once the seeker has narrowed it
  // down (by a query or a filter).
  const showFeatured = featured !== undefined && listPage === 1 && listResult.total > 0 && chips.length === 0;

  // Without a query, "relevance" orders by title: offer it as "Title (A–Z)" rather than a meaningless "Relevance".
  const sortOptions: { value: SortKey; label: string }[] = state.q
    ? (['relevance', 'title', 'location'] as const).map((value) => ({ value, label: SORT_LABELS[value] }))
    : [
        { value: state.sort === 'title' ? 'title' : 'relevance', label: SORT_LABELS.title },
        { value: 'location', label: SORT_LABELS.location },
      ];
  // Narrow screens: the featured card sits after the first few results, so results lead the page.
  const inlineFeatured = showFeatured && !wide;
  const splitAt = inlineFeatured ? Math.min(3, pageJobs.length) : pageJobs.length;

  const facetPanel = <Facets result={listResult} state={state} onToggle={toggle} />;

  return (
    <div className="mx-auto max-w-7xl px-4 pt-6 sm:px-6">
      <h1 className="text-2xl font-bold tracking-tight text-balance text-slate-950 sm:text-3xl dark:text-white">
        {view}
      </h1>
      <div className="mt-4">
        <SearchBox
          q={state.q}
          onSearch={search}
          onFirstInput={prefetchSearchIndex}
          onSessionEnd={endSession}
        />
      </div>

      <div className="mt-6 lg:grid lg:grid-cols-[16rem_minmax(0,1fr)] lg:gap-8">
        <aside aria-labelledby="filters-heading" className="hidden lg:block">
          <h2 id="filters-heading" className="sr-only">
            Filters
          </h2>
          <div className="space-y-5" aria-busy={stale || undefined}>
            {!drawerOpen && facetPanel}
          </div>
        </aside>

        <section ref={resultsRef} aria-labelledby="results-heading" className="min-w-0 scroll-mt-4">
          <h2 id="results-heading" className="sr-only">
            Results
          </h2>
          <div className="flex flex-wrap items-center justify-between gap-3">
            <div className="flex items-center gap-3">
              <button
                type="button"
                onClick={() => setDrawerOpen(true)}
                className={`${secondaryButton} lg:hidden`}
              >
                <svg
                  aria-hidden="true"
                  viewBox="0 0 20 20"
                  className="h-4 w-4"
                  fill="none"
                  stroke="currentColor"
                  strokeWidth="2"
                >
                  <path d="M3 5h14M6 10h8M8 15h4" strokeLinecap="round" />
                </svg>
                Filters
                {filterCount > 0 && (
                  <span className="rounded-full bg-brand-700 px-1.5 text-xs leading-5 font-semibold text-white dark:bg-brand-100 dark:text-slate-950">
                    {filterCount}
                    <span className="sr-only"> applied</span>
                  </span>
                )}
              </button>
              <p
                role="status"
                className="text-sm font-semibold text-slate-800 tabular-nums dark:text-slate-200"
              >
                {result.total} {result.total === 1 ? 'job' : 'jobs'}
              </p>
            </div>
            <label className="flex items-center gap-2 text-sm text-slate-700 dark:text-slate-300">
              Sort by
              <select
                value={state.sort}
                onChange={(e) => go({ ...state, sort: e.target.value as SortKey, page: 1 })}
                className={`rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm text-slate-900 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100 ${focusRing}`}
              >
                {sortOptions.map(({ value, label }) => (
                  <option key={value} value={value}>
                    {label}
                  </option>
                ))}
              </select>
            </label>
          </div>

          <AppliedFilters chips={chips} clearHref={clearHref} />

          {showFeatured && wide && <div className="mt-4">{featured}</div>}

          <div aria-busy={stale || undefined}>
            {listResult.total === 0 ? (
              <div className="mt-4">
                <NoResults relaxations={relaxations} clearHref={clearHref} hasFilters={listFilterCount > 0} />
              </div>
            ) : (
              <>
                <ResultList jobs={pageJobs.slice(0, splitAt)} start={start} from={from} render={highlight} />
                {inlineFeatured && <div className="mt-3">{featured}</div>}
                {splitAt < pageJobs.length && (
                  <ResultList
                    jobs={pageJobs.slice(splitAt)}
                    start={start + splitAt}
                    from={from}
                    render={highlight}
                  />
                )}
              </>
            )}

            <Pagination page={listPage} count={listPageCount} hrefFor={pageHref} />
            {listPageCount > 1 && (
              <p className="mt-3 text-center text-sm text-slate-600 dark:text-slate-400">
                Page {listPage} of {listPageCount}
              </p>
            )}
          </div>
        </section>
      </div>

      <FilterDrawer
        open={drawerOpen}
        onClose={closeDrawer}
        onShowResults={() => {
          closeDrawer();
          // Filters changed the list under the drawer: start reading it from the top.
          if (resultsRef.current && resultsRef.current.getBoundingClientRect().top < 0)
            resultsRef.current.scrollIntoView?.({ block: 'start' });
        }}
        total={result.total}
        canClear={filterCount > 0}
        onClearAll={() => go({ ...state, location: [], team: [], area: [], type: [], page: 1 })}
      >
        {facetPanel}
      </FilterDrawer>
    </div>
  );
}
