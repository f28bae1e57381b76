import { redirect, type RouteObject } from 'react-router';
import { BoardSkeleton, PageSkeleton } from '../features/jobs/skeletons';
import { NotFound, RootErrorBoundary, RootLayout } from './layout';

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
      { index: true, lazy: () => import('./home-route'), HydrateFallback: BoardSkeleton },
      { path: 'jobs', loader: ({ request }) => redirect(`/${new URL(request.url).search}`) },
      { path: 'jobs/:id', lazy: () => import('../features/jobs/job-route'), HydrateFallback: PageSkeleton },
      {
        path: 'stories/:slug',
        lazy: () => import('../features/interview/story-route'),
        HydrateFallback: PageSkeleton,
      },
      { path: '*', Component: NotFound },
    ],
  },
];
