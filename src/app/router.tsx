import { redirect, type RouteObject } from 'react-router';
import { jobsIndexQuery } from '../lib/data/queries';
import { queryClient } from '../lib/query-client';
import { BoardSkeleton, PageSkeleton } from '../features/jobs/skeletons';
import { NotFound, RootErrorBoundary, RootLayout } from './layout';

/**
 * The board needs the job index: start fetching it with the route's chunk rather than after it (the loader that
 * asks for it lives in the chunk), so the two downloads overlap; public/preload-data.js starts it even earlier.
 * The loader's ensureQueryData then picks up the same request. Failures are left to the loader (it retries and
 * shows the route's error).
 */
function withIndex<T>(load: () => Promise<T>): () => Promise<T> {
  return () => {
    void queryClient.prefetchQuery(jobsIndexQuery());
    return load();
  };
}

/**
 * Job and story pages validate their data with the zod schemas, a chunk of their own (`lib/data/schemas.ts`):
 * load it with the route's chunk, not after the route's loader has started its fetch.
 */
function withSchemas<T>(load: () => Promise<T>): () => Promise<T> {
  return () => {
    void import('../lib/data/schemas').catch(() => undefined);
    return load();
  };
}

/**
 * The app's routes. Each page is its own lazy chunk (loader, Component, ErrorBoundary); the skeletons are
 * static so the first paint has the page's shape while its chunk and data load.
 */
export const routes: RouteObject[] = [
  {
    id: 'root',
    path: '/',
    Component: RootLayout,
    ErrorBoundary: RootErrorBoundary,
    children: [
      { index: true, lazy: withIndex(() => import('./home-route')), HydrateFallback: BoardSkeleton },
      { path: 'jobs', loader: ({ request }) => redirect(`/${new URL(request.url).search}`) },
      {
        path: 'jobs/:id',
        lazy: withSchemas(() => import('../features/jobs/job-route')),
        HydrateFallback: PageSkeleton,
      },
      {
        path: 'stories/:slug',
        lazy: withSchemas(() => import('../features/interview/story-route')),
        HydrateFallback: PageSkeleton,
      },
      { path: '*', Component: NotFound },
    ],
  },
];
