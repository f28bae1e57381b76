import { QueryClient } from '@tanstack/react-query';
import { DataError } from './data/fetch-json';

/** The app's one QueryClient: loaders and components share its cache. */
export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      // A missing file or a wrong shape will not fix itself on a retry; a flaky network might.
      retry: (count, error) => count < 1 && error instanceof DataError && error.kind === 'network',
      refetchOnWindowFocus: false,
    },
  },
});
