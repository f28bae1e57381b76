import { lazy, type ComponentType } from 'react';
import { Navigate, useLocation, useRoutes, type RouteObject } from 'react-router';
import { firstPageQuery, jobsIndexQuery, storiesQuery, storyPageQuery } from '../lib/data/queries';
import { isFirstPageView } from '../shared/board-state';
import { parseBoardSearch } from '../shared/board-url';
import { queryClient } from '../lib/query-client';
import { deferUserDataLoad, loadUserData } from '../lib/user-data/store';
import { ChunkLoadError } from '../ui/route-error';
import { NotFound, RootErrorBoundary, RootLayout } from './layout';

/**
 * A page as its own chunk. `preload` starts what the page will ask for (its data, the zod schemas) together with
 * the chunk rather than after it, so the downloads overlap; the page then reads the same queries with
 * useSuspenseQuery, which pick up those requests. Failures are left to the page (its error boundary says so, with
 * a Retry). A chunk that does not load is a ChunkLoadError: the root error boundary's message and a reload.
 */
function lazyRoute(load: () => Promise<{ default: ComponentType }>, preload: () => void) {
  return lazy(() => {
    // The build's pre-render (Node) has no window to read the URL from; there the page's own queries load its data.
    if (typeof window !== 'undefined') preload();
    return load().catch((error: unknown) => {
      throw new ChunkLoadError(error);
    });
  });
}

/**
 * The board's data (public/preload-data.js starts it even earlier): on the default view the build step's first
 * page, which the board shows before the index (it loads the index once that page is up); on any other view the
 * index, and the engine's chunk that answers it.
 */
function preloadBoard() {
  // The visitor's data (and zod) load once the job index is here, not with the board's first view.
  deferUserDataLoad(indexSettled());
  const state = parseBoardSearch(window.location.search);
  if (isFirstPageView(state)) {
    void queryClient.prefetchQuery(firstPageQuery());
    return;
  }
  void queryClient.prefetchQuery(jobsIndexQuery());
  // A failure here is the board's to report, when it imports the chunk itself.
  import('../features/jobs/board/engine-adapter').catch(() => undefined);
}

/** Resolves once the job index has loaded or failed (whichever page asked for it). */
function indexSettled(): Promise<void> {
  const key = jobsIndexQuery().queryKey;
  const settled = () => {
    const status = queryClient.getQueryState(key)?.status;
    return status === 'success' || status === 'error';
  };
  return new Promise((resolve) => {
    if (settled()) return resolve();
    const unsubscribe = queryClient.getQueryCache().subscribe(() => {
      if (!settled()) return;
      unsubscribe();
      resolve();
    });
  });
}

/** Job and story pages validate their data with the zod schemas, a chunk of their own (`lib/data/schemas.ts`). */
function preloadSchemas() {
  void import('../lib/data/schemas').catch(() => undefined);
}

const HomeRoute = lazyRoute(() => import('./home-route'), preloadBoard);
// The job's file is fetched by the page (its id decides whether "no longer listed" needs the index).
const JobRoute = lazyRoute(() => import('../features/jobs/job-route'), preloadSchemas);
const StoryRoute = lazyRoute(
  () => import('./story-page'),
  () => {
    preloadSchemas();
    const slug = /^\/stories\/([^/]+)\/?$/.exec(window.location.pathname)?.[1];
    if (slug !== undefined) void queryClient.prefetchQuery(storyPageQuery(decodeURIComponentSafe(slug)));
  },
);
const StoriesRoute = lazyRoute(
  () => import('../features/interview/stories-route'),
  () => void queryClient.prefetchQuery(storiesQuery()),
);

function decodeURIComponentSafe(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

// The saved list reads the visitor's stored data (now, not when idle) and checks it against the index.
const SavedRoute = lazyRoute(
  () => import('./saved-route'),
  () => {
    void loadUserData().catch(() => undefined);
    void queryClient.prefetchQuery(jobsIndexQuery());
  },
);

/** `/jobs` is the board: keep the filters. */
function JobsRedirect() {
  const { search } = useLocation();
  return <Navigate to={{ pathname: '/', search }} replace />;
}

/**
 * The app's routes. Each page is its own lazy chunk with its own error boundary; while one loads for the first
 * time the layout shows a static skeleton of its shape (BoardSkeleton on `/`, PageSkeleton elsewhere).
 */
export const routes: RouteObject[] = [
  {
    path: '/',
    element: <RootLayout />,
    children: [
      { index: true, element: <HomeRoute /> },
      { path: 'jobs', element: <JobsRedirect /> },
      { path: 'jobs/:id', element: <JobRoute /> },
      { path: 'stories', element: <StoriesRoute /> },
      { path: 'stories/:slug', element: <StoryRoute /> },
      { path: 'saved', element: <SavedRoute /> },
      { path: '*', element: <NotFound /> },
    ],
  },
];

/** The route tree with the root error boundary: rendered by the app's router, and by tests in a MemoryRouter. */
export function AppRoutes() {
  return <RootErrorBoundary>{useRoutes(routes)}</RootErrorBoundary>;
}
