/**
 * The board (`/`): facets, keyword search, results and paging over the job index. The URL is the state: it is
 * parsed once per location, and every change is written back canonically (push for committed changes, replace
 * while typing). Lazy-loaded through the app's home route.
 */
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
import { useLocation, useNavigate } from 'react-router';
import { DataError } from '../../lib/data/fetch-json';
import { loadUserData, newJobTest, useRecordJobsSeen, useUserData } from '../../lib/user-data/store';
import { DEFAULT_BOARD_STATE, PAGE_SIZE, type BoardState, type SortKey } from '../../shared/board-state';
import type { JobCard } from '../../shared/compact-index';
import { useHistoryState } from '../../ui/live-location';
import { SaveSearch } from '../../ui/save-search';
import { focusRing, secondaryButton } from '../../ui/styles';
import { useDocumentTitle } from '../../ui/use-document-title';
import { AppliedFilters } from './board/applied-filters';
import { BoardNavigateContext, type BoardNavigate } from './board/board-link';
import { useBoardData, useNewJobs } from './board/board-data';
import { NewFilter } from './board/new-filter';
import { Subscribe } from './board/subscribe';
import type { BoardEngine } from './board/engine-adapter';
import { FacetGroup, LocationFacet } from './board/facets';
import { FilterDrawer } from './board/filter-drawer';
import { toggleInTree } from './board/location-tree';
import { NoResults } from './board/no-results';
import { StoryMatches } from './board/story-matches';
import { Pagination } from './board/pagination';
import { SearchBox } from './board/search-box';
import { hasSearchIndex, prefetchSearchIndex, useSearchIndexFile } from './board/search-index-query';
import type { FacetKey, FilterKey } from './board/types';
import { LIST_KEYS, parseBoardSearch, serialiseBoardSearch } from './board/url';
import { useAfterPaintValue } from './board/use-after-paint-value';
import { useIdleRehearsal } from './board/use-idle-rehearsal';
import { chipsFor, relaxationsFor } from './board/view-links';
import { boardTitle, describeView } from './board/view-title';
import { JobSummaryCard, type TextRenderer } from './job-card';
import type { FromBoard } from './job-meta';

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

const EMPTY_JOBS: readonly JobCard[] = [];

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

interface ResultListProps {
  jobs: readonly JobCard[];
  start: number;
  from: FromBoard;
  render: TextRenderer;
}

/** The board slices its page afresh on every render: equal when the same cards are listed the same way. */
function sameResultList(a: ResultListProps, b: ResultListProps): boolean {
  return (
    a.start === b.start &&
    a.from === b.from &&
    a.render === b.render &&
    a.jobs.length === b.jobs.length &&
    a.jobs.every((job, i) => job === b.jobs[i])
  );
}

/** Memoised: a click's own render (the checkbox, the count) skips the list; the late render redraws it. */
const ResultList = memo(function ResultList({ jobs, start, from, render }: ResultListProps) {
  return (
    <ol start={start + 1} className="mt-3 space-y-3">
      {jobs.map((job) => (
        <ResultItem key={job.id} job={job} from={from} render={render} />
      ))}
    </ol>
  );
}, sameResultList);

export function BoardPage({ featured }: { featured?: ReactNode }) {
  const location = useLocation();
  const navigate = useNavigate();
  const state = useMemo(() => parseBoardSearch(location.search), [location.search]);
  // The index, or before it has loaded and on the default view, the build step's first page (board-data.ts).
  const board = useBoardData(state);
  const { makeHighlighter, complete, indexError, retryIndex } = board;
  // Once the whole index is here: its jobs count as seen in this visit ("New" badges, saved searches' counts).
  useRecordJobsSeen(complete ? board.jobs : null);
  // `?new=1`: the view runs over the jobs new since the last visit (known from the browser's storage only).
  const { data: userData } = useUserData();
  const isNew = useMemo(() => newJobTest(userData), [userData]);
  const newJobs = useNewJobs(board.jobs, complete ? isNew : null) ?? EMPTY_JOBS;
  // An engine over them only when there is something new, or the view asks for new jobs only.
  const newView = board.subset && (newJobs.length > 0 || state.newOnly) ? board.subset(newJobs) : null;
  useEffect(() => {
    if (state.newOnly) void loadUserData().catch(() => undefined);
  }, [state.newOnly]);
  const newOnly = state.newOnly && complete;
  // Until the stored data is read, a `?new=1` view cannot be told: it waits, like a click before the index.
  const waiting = board.waiting || (state.newOnly && (!complete || userData === null));
  const jobs = newOnly ? newJobs : board.jobs;
  const { engine, searchMatches } = newOnly
    ? (newView ?? { engine: board.engine, searchMatches: board.searchMatches })
    : board;
  const searchFile = useSearchIndexFile();
  const matches = searchMatches(state.q, searchFile);
  const [drawerOpen, setDrawerOpen] = useState(false);
  const closeDrawer = useCallback(() => setDrawerOpen(false), []);
  const resultsRef = useRef<HTMLElement>(null);

  // The facet values and counts, the chips, the result cards, the pager, the featured card and the document title
  // follow a copy of the state that lags a frame: a click draws its checkbox, the count and the URL at once, and
  // the rest (most of the DOM work) in a transition once that frame is on screen. Nothing here may depend on
  // `state` or `location`, or it would redraw in the urgent render too.
  const listState = useAfterPaintValue(state);
  // Once the board runs on the full index's engine (the first page's answers one view and cannot count), a few
  // invisible re-renders in idle time compile the click's code paths.
  useIdleRehearsal(engine, engine.count !== undefined);
  // True from the urgent render until the late one has drawn the new state, or while the view waits for the index
  // (the first page stays up meanwhile): marks the stale parts aria-busy.
  const stale = listState !== state || waiting;
  const listMatches = searchMatches(listState.q, searchFile);
  const listResult = useMemo(() => engine.query(listState, listMatches), [engine, listState, listMatches]);
  // The count for the URL's state. A click's own render (listState still the old state) counts only the total: the
  // facet counts, relaxations and order are the late render's work. Otherwise the full answer has it.
  const total = useMemo(
    () =>
      !stale
        ? listResult.total
        : engine.count
          ? engine.count(state, matches)
          : engine.query(state, matches).total,
    [stale, listResult, engine, state, matches],
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

  const labelFor = useCallback((key: FilterKey, slug: string) => engine.labelFor(key, slug), [engine]);
  const view = describeView(state, labelFor);
  // Setting document.title talks to the browser process (milliseconds on a busy machine): the late render does it.
  useDocumentTitle(boardTitle(listState, labelFor, listPage));

  const hrefFor = useCallback(
    (next: BoardState) => `${location.pathname}${serialiseBoardSearch(next)}`,
    [location.pathname],
  );
  // The app's router writes the URL and, with flushSync, renders the new location in this call (not as a
  // transition), so the checkbox, the count and the URL reach the screen in one frame. Everything drawn from
  // listState follows.
  const go = useCallback(
    (next: BoardState) => void navigate(hrefFor(next), { preventScrollReset: true, flushSync: true }),
    [navigate, hrefFor],
  );

  // Typing: the first commit of a search pushes an entry, later ones replace it (one entry per search).
  const session = useRef(newSessionId());
  // The debounced commit runs later than the render that scheduled it: read the URL's state as it is then.
  const latest = useRef(state);
  useEffect(() => {
    latest.current = state;
  }, [state]);
  /**
   * History's current entry, which can be ahead of the board on screen: the first search of a visit renders in a
   * transition that waits for the search index, and a commit meanwhile must replace the entry the first one
   * pushed (it pushed a second one: busy run SA3, e2e board.spec). Back or a filter click moves history to an
   * entry that is not this search's, and the next commit pushes.
   */
  const historyState = useHistoryState();
  const search = useCallback(
    (text: string) => {
      const next: BoardState = { ...latest.current, q: text, page: 1 };
      const replace = sessionOf(historyState()) === session.current;
      void navigate(hrefFor(next), {
        replace,
        preventScrollReset: true,
        // The first search of a visit waits for the search index (the home route suspends on it, as a bookmarked
        // search does): rendered as a transition, the board stays as it is until the index is there.
        flushSync: !text || hasSearchIndex(),
        state: { searchSession: session.current },
      });
    },
    [navigate, hrefFor, historyState],
  );
  const endSession = useCallback(() => {
    session.current = newSessionId();
  }, []);

  // Stable across renders (it reads the latest state when called), so the memoised facets can skip a redraw.
  const current = useRef({ state, listResult, go, navigate });
  useLayoutEffect(() => {
    current.current = { state, listResult, go, navigate };
  });
  // For the board's links (cards, pager, chips): stable, so they redraw with their own props, not with every URL.
  const linkNavigate = useCallback<BoardNavigate>(
    (to, options) => void current.current.navigate(to, options),
    [],
  );
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
  const relaxations = useMemo(() => {
    const out = relaxationsFor(listState, listResult.relaxations, hrefFor);
    if (!listState.newOnly) return out;
    const all = { ...listState, newOnly: false, page: 1 };
    const total = board.engine.count ? board.engine.count(all, null) : board.engine.query(all, null).total;
    return [...out, { label: 'Drop “new since your last visit”', total, href: hrefFor(all) }];
  }, [listState, listResult, hrefFor, board.engine]);
  // The "New jobs" filter's count: the new jobs this view would list with it on.
  const newCount = useMemo(() => {
    if (!newView) return 0;
    const withNew = { ...listState, newOnly: true };
    return newView.engine.query(withNew, newView.searchMatches(withNew.q, searchFile)).total;
  }, [newView, listState, searchFile]);
  // Clear all drops the query and every filter; the chosen sort stays.
  const clearHref = hrefFor({ ...DEFAULT_BOARD_STATE, sort: listState.sort });
  const filterCount = LIST_KEYS.reduce((n, key) => n + state[key].length, state.newOnly ? 1 : 0);
  const listFilterCount = LIST_KEYS.reduce((n, key) => n + listState[key].length, listState.newOnly ? 1 : 0);

  const highlight = useMemo(() => makeHighlighter(listState.q), [makeHighlighter, listState.q]);
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
  // Narrow screens: the featured card sits after the first few results, so results lead the page; wide ones show
  // it above them. Both places are rendered and CSS shows one: the width is not known when the board is
  // pre-rendered (scripts/prerender), and a card moved by the first render after hydration would shift the page.
  const splitAt = showFeatured ? Math.min(3, pageJobs.length) : pageJobs.length;

  const toggleNew = useCallback(() => {
    const { state, go } = current.current;
    go({ ...state, newOnly: !state.newOnly, page: 1 });
  }, []);
  const facetPanel = (
    <>
      <NewFilter count={newCount} checked={state.newOnly} onToggle={toggleNew} />
      <Facets result={listResult} state={state} onToggle={toggle} />
    </>
  );

  const page = (
    <div className="mx-auto max-w-7xl px-4 pt-6 sm:px-6">
      <div className="flex flex-wrap items-start justify-between gap-x-4 gap-y-2">
        <h1 className="text-2xl font-bold tracking-tight text-balance text-slate-950 sm:text-3xl dark:text-white">
          {view}
        </h1>
        <div className="flex flex-wrap items-center gap-2">
          <Subscribe
            state={listState}
            locations={listResult.facets.location}
            known={listResult.unknown.length === 0}
            title={describeView(listState, labelFor)}
          />
          <SaveSearch query={serialiseBoardSearch({ ...state, page: 1 })} defaultName={view} />
        </div>
      </div>
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
                {/* Waiting, the first page's total is not this view's: say what is happening instead. */}
                {waiting
                  ? indexError
                    ? 'Count not available'
                    : 'Loading all jobs…'
                  : `${total} ${total === 1 ? 'job' : 'jobs'}`}
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

          {indexError && (
            <div
              role="alert"
              className="mt-4 flex flex-wrap items-center justify-between gap-3 rounded-md border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-950 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100"
            >
              <p>
                <strong className="font-semibold">The full job list could not be loaded.</strong>{' '}
                {indexError instanceof DataError && `${indexError.message} `}
                Filters, search and later pages need it.
              </p>
              <button type="button" onClick={retryIndex} className={secondaryButton}>
                Retry
              </button>
            </div>
          )}

          {showFeatured && <div className="mt-4 hidden lg:block">{featured}</div>}
          {listPage === 1 && <StoryMatches q={listState.q} />}

          <div
            aria-busy={stale || undefined}
            className={waiting ? 'opacity-60 transition-opacity delay-150' : undefined}
          >
            {listResult.total === 0 ? (
              <div className="mt-4">
                <NoResults relaxations={relaxations} clearHref={clearHref} hasFilters={listFilterCount > 0} />
              </div>
            ) : (
              <>
                <ResultList jobs={pageJobs.slice(0, splitAt)} start={start} from={from} render={highlight} />
                {showFeatured && <div className="mt-3 lg:hidden">{featured}</div>}
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
        total={waiting ? null : total}
        canClear={filterCount > 0}
        onClearAll={() =>
          go({ ...state, location: [], team: [], area: [], type: [], story: [], newOnly: false, page: 1 })
        }
      >
        {facetPanel}
      </FilterDrawer>
    </div>
  );
  return <BoardNavigateContext value={linkNavigate}>{page}</BoardNavigateContext>;
}
