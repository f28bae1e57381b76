/**
 * The board (`/`): facets, keyword search, results and paging over the job index. The URL is the state: it is
 * parsed once per location, and every change is written back canonically (push for committed changes, replace
 * while typing). Lazy-loaded through the app's home route.
 */
import { useSuspenseQuery } from '@tanstack/react-query';
import {
  memo,
  startTransition,
  useCallback,
  useDeferredValue,
  useEffect,
  useLayoutEffect,
  useMemo,
  useOptimistic,
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
import { AppliedFilters, type Chip } from './board/applied-filters';
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
import { NoResults, type Relaxation } from './board/no-results';
import { Pagination } from './board/pagination';
import { SearchBox } from './board/search-box';
import type { FacetKey } from './board/types';
import { parseBoardSearch, serialiseBoardSearch } from './board/url';
import { useMediaQuery } from './board/use-media-query';
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

const CHIP_MAX = 80;

function withoutValue(state: BoardState, key: FacetKey, slug: string): BoardState {
  return { ...state, [key]: state[key].filter((s) => s !== slug), page: 1 };
}

/** Resolves after the next frame has been drawn (or after 100 ms where frames are not drawn: a hidden tab). */
function afterPaint(): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, 100);
    if (typeof requestAnimationFrame !== 'function') return;
    requestAnimationFrame(() =>
      setTimeout(() => {
        clearTimeout(timer);
        resolve();
      }, 0),
    );
  });
}

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
    <ol start={start + 1} className="mt-3 space-y-3 first:mt-4">
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
  const urlState = useMemo(() => parseBoardSearch(location.search), [location.search]);
  // A click shows at once (checkbox ticked, counts and results updated) while the navigation commits the URL.
  const [state, setOptimisticState] = useOptimistic(urlState);
  const matches = useSearchMatches(state.q, data.jobs);
  const result = useMemo(() => engine.query(state, matches), [engine, state, matches]);
  const wide = useMediaQuery('(min-width: 64rem)');
  const [drawerOpen, setDrawerOpen] = useState(false);
  const closeDrawer = useCallback(() => setDrawerOpen(false), []);
  const resultsRef = useRef<HTMLElement>(null);

  const pageCount = Math.max(1, Math.ceil(result.total / PAGE_SIZE));
  const page = Math.min(Math.max(1, state.page), pageCount);

  // The result cards and the pager follow a deferred copy of the state: a click redraws the count, the chips and
  // the facets at once, and the cards (links, highlighting: most of the render) in the render right after it.
  const listState = useDeferredValue(state);
  const listMatches = useSearchMatches(listState.q, data.jobs);
  const listResult = useMemo(
    () => (listState === state ? result : engine.query(listState, listMatches)),
    [engine, listState, listMatches, state, result],
  );
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
  useDocumentTitle(boardTitle(state, labelFor, page));

  const hrefFor = useCallback(
    (next: BoardState) => `${location.pathname}${serialiseBoardSearch(next)}`,
    [location.pathname],
  );
  const go = useCallback(
    (next: BoardState) =>
      startTransition(async () => {
        setOptimisticState(next);
        // Let the optimistic render reach the screen first: the navigation (history entry, router state, the
        // URL's own render) is work the click need not wait for.
        await afterPaint();
        await navigate(hrefFor(next), { preventScrollReset: true });
      }),
    [navigate, hrefFor, setOptimisticState],
  );

  // Typing: the first commit of a search pushes an entry, later ones replace it (one entry per search).
  const session = useRef(newSessionId());
  // The debounced commit runs later than the render that scheduled it: read the URL's state as it is then.
  const latest = useRef({ state: urlState, history: location.state as unknown });
  useEffect(() => {
    latest.current = { state: urlState, history: location.state };
  }, [urlState, location.state]);
  const search = useCallback(
    (text: string) => {
      const next: BoardState = { ...latest.current.state, q: text, page: 1 };
      const replace = sessionOf(latest.current.history) === session.current;
      void navigate(hrefFor(next), {
        replace,
        preventScrollReset: true,
        state: { searchSession: session.current },
      });
    },
    [navigate, hrefFor],
  );
  const endSession = useCallback(() => {
    session.current = newSessionId();
  }, []);

  // Stable across renders (it reads the latest state when called), so the memoised facets can skip a redraw.
  const current = useRef({ state, result, go });
  useLayoutEffect(() => {
    current.current = { state, result, go };
  });
  const toggle = useCallback((key: FacetKey, slug: string) => {
    const { state, result, go } = current.current;
    const values =
      key === 'location'
        ? toggleInTree(result.facets.location, state.location, slug)
        : state[key].includes(slug)
          ? state[key].filter((s) => s !== slug)
          : [...state[key], slug];
    go({ ...state, [key]: values, page: 1 });
  }, []);

  const unknown = new Set(result.unknown.map((u) => `${u.key}:${u.slug}`));
  const chips: Chip[] = [];
  if (state.q) {
    chips.push({
      key: 'q',
      slug: state.q,
      label: state.q.length > CHIP_MAX ? `${state.q.slice(0, CHIP_MAX)}…` : state.q,
      unknown: false,
      href: hrefFor({ ...state, q: '', page: 1 }),
    });
  }
  for (const key of ['location', 'team', 'area', 'type'] as const) {
    for (const slug of state[key]) {
      const isUnknown = unknown.has(`${key}:${slug}`);
      const label = isUnknown ? slug : engine.labelFor(key, slug);
      chips.push({
        key,
        slug,
        label: label.length > CHIP_MAX ? `${label.slice(0, CHIP_MAX)}…` : label,
        unknown: isUnknown,
        href: hrefFor(withoutValue(state, key, slug)),
      });
    }
  }
  // Clear all drops the query and every filter; the chosen sort stays.
  const clearHref = hrefFor({ ...DEFAULT_BOARD_STATE, sort: state.sort });
  const filterCount = chips.filter((c) => c.key !== 'q').length;

  const relaxations: Relaxation[] = result.relaxations.map((r) => {
    const next: BoardState =
      r.key === 'q'
        ? { ...state, q: '', page: 1 }
        : r.slug === undefined
          ? { ...state, [r.key]: [], page: 1 }
          : withoutValue(state, r.key as FacetKey, r.slug);
    const what =
      r.key === 'q'
        ? `Drop the search “${state.q.length > 40 ? `${state.q.slice(0, 40)}…` : state.q}”`
        : `Drop ${r.label}`;
    return { label: what, total: r.total, href: hrefFor(next) };
  });

  const highlight = useMemo(() => makeHighlighter(listState.q), [listState.q]);
  const from: FromBoard = useMemo(() => ({ board: location.search, depth: 1 }), [location.search]);
  // The featured story is for landing on the board: not on later pages, and not once the seeker has narrowed it down.
  const showFeatured = featured !== undefined && page === 1 && result.total > 0 && chips.length === 0;

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

  const facetPanel = <Facets result={result} state={state} onToggle={toggle} />;

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
          <div className="space-y-5">{!drawerOpen && facetPanel}</div>
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

          {listResult.total === 0 ? (
            <div className="mt-4">
              <NoResults relaxations={relaxations} clearHref={clearHref} hasFilters={filterCount > 0} />
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

          <Pagination
            page={listPage}
            count={listPageCount}
            hrefFor={(p) => hrefFor({ ...listState, page: p })}
          />
          {listPageCount > 1 && (
            <p className="mt-3 text-center text-sm text-slate-600 dark:text-slate-400">
              Page {listPage} of {listPageCount}
            </p>
          )}
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
