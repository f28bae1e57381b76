import { QueryClientProvider } from '@tanstack/react-query';
import type { ComponentProps } from 'react';
import { queryClient } from '../lib/query-client';
import { AppRouter } from './browser-router';
import { AppRoutes } from './router';

/** `history` is for the build's pre-render (a memory history at the page's path); the browser's by default. */
export function App({ history }: { history?: ComponentProps<typeof AppRouter>['history'] }) {
  return (
    <QueryClientProvider client={queryClient}>
      <AppRouter history={history}>
        <AppRoutes />
      </AppRouter>
    </QueryClientProvider>
  );
}
