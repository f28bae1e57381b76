import { QueryClientProvider } from '@tanstack/react-query';
import { queryClient } from '../lib/query-client';
import { AppRouter } from './browser-router';
import { AppRoutes } from './router';

export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <AppRouter>
        <AppRoutes />
      </AppRouter>
    </QueryClientProvider>
  );
}
