/**
 * `/`: the board, with the featured story card composed in from the interview feature (features do not
 * import each other; the app composes them). The card is its own chunk, loaded with its data once the board's
 * first frame is painted: the count and the results do not wait for it, and its fixed-height skeleton holds its
 * place.
 */
import { lazy, Suspense, use, useEffect, useMemo, useState } from 'react';
import { useLocation } from 'react-router';
import { FeaturedStorySkeleton } from '../features/interview/featured-story-skeleton';
import { BoardPage } from '../features/jobs/board-route';
import { ensureSearchIndexFor, hasSearchIndex } from '../features/jobs/board/search-index-query';
import { parseBoardSearch } from '../features/jobs/board/url';
import { afterNextPaint } from '../features/jobs/board/use-after-paint-value';
import { RouteError, RouteErrorBoundary, type ErrorFallbackProps } from '../ui/route-error';

// A chunk that cannot load (offline, a new deploy) leaves the card out, like a failed articles.json does.
const FeaturedStoryCard = lazy(() =>
  import('../features/interview/featured-story-card').then(
    (m) => ({ default: m.FeaturedStoryCard }),
    () => ({ default: () => null }),
  ),
);

/** Once the card has been let load, later visits to the board show it at once (its chunk and data are cached). */
let featuredLetLoad = false;

/** False until the frame that mounted the caller has been painted (true at once after the first time). */
function useAfterFirstPaint(): boolean {
  const [painted, setPainted] = useState(featuredLetLoad);
  useEffect(() => {
    if (featuredLetLoad) return undefined;
    return afterNextPaint(() => {
      featuredLetLoad = true;
      setPainted(true);
    });
  }, []);
  return painted;
}

/**
 * The card's chunk and its data are asked for once the board's first frame is on screen: on a slow network they
 * would otherwise share the bandwidth with what the first cards need (Lighthouse, mobile: LCP 2.0–2.4 s with
 * them, 1.8–2.0 s without). Its skeleton holds the place meanwhile.
 */
function Featured() {
  const painted = useAfterFirstPaint();
  if (!painted) return <FeaturedStorySkeleton />;
  return (
    <Suspense fallback={<FeaturedStorySkeleton />}>
      <FeaturedStoryCard />
    </Suspense>
  );
}

let searchIndexWait: { promise: Promise<void>; done: boolean } | null = null;

/**
 * A board URL with a query waits for the full search index (a bookmarked search renders exactly as it was saved,
 * and the first search of a visit waits for it, as the data router's loader did): null when there is nothing to
 * wait for. One promise per load of the index, so a re-render suspends on the same one. It never rejects: without
 * the index the cards' own text is searched.
 */
function searchIndexFor(q: string): Promise<void> | null {
  // Nothing to wait for. The last wait, when there was one, is still handed back (settled, and known to React as
  // such, so use() returns at once): a render that suspended on use() must call it again when it is retried.
  if (!q || hasSearchIndex()) return searchIndexWait?.done ? searchIndexWait.promise : null;
  if (!searchIndexWait || searchIndexWait.done) {
    const wait = { promise: Promise.resolve(), done: false };
    wait.promise = ensureSearchIndexFor(q).finally(() => {
      wait.done = true;
    });
    searchIndexWait = wait;
  }
  return searchIndexWait.promise;
}

/**
 * WebMCP: where the browser offers agents a model context, the board registers its search and job lookup as tools
 * (agent-tools.ts). Elsewhere nothing is loaded. Imported from here, the board's chunk, so the tools' chunk shares
 * the board's modules instead of splitting them out of it.
 */
function useAgentTools() {
  useEffect(() => {
    if (!('modelContext' in navigator || 'modelContext' in document)) return;
    import('../features/jobs/agent-tools').then(
      ({ registerAgentTools }) => registerAgentTools(),
      () => undefined,
    );
  }, []);
}

function Home() {
  useAgentTools();
  const { search } = useLocation();
  const q = useMemo(() => parseBoardSearch(search).q, [search]);
  const wait = searchIndexFor(q);
  if (wait) use(wait);
  return <BoardPage featured={<Featured />} />;
}

function BoardError(props: ErrorFallbackProps) {
  return <RouteError title="The jobs could not be loaded" {...props} />;
}

export default function HomeRoute() {
  return (
    <RouteErrorBoundary fallback={BoardError}>
      <Home />
    </RouteErrorBoundary>
  );
}
