/**
 * The build step's keyword index (public/data/search-index.json): the query and the few calls the board makes
 * about it before any search code is needed. Its checker comes with the search code, in the chunk the board
 * loads with the job index (engine-adapter.ts), so the first view carries neither.
 */
import { queryOptions, useQuery } from '@tanstack/react-query';
import { fetchJson } from '../../../lib/data/fetch-json';
import { DATA_BASE } from '../../../lib/data/queries';
import { queryClient } from '../../../lib/query-client';
import type { SearchIndexFile } from '../search';

export const searchIndexQuery = () =>
  queryOptions({
    queryKey: ['jobs', 'search-index'] as const,
    queryFn: ({ signal }) =>
      fetchJson(
        `${DATA_BASE}/search-index.json`,
        () => import('../search').then((m) => m.searchIndexFileChecker),
        { signal },
      ),
    staleTime: Infinity,
    retry: false,
  });

export function hasSearchIndex(): boolean {
  const state = queryClient.getQueryState(searchIndexQuery().queryKey);
  return state !== undefined && state.status !== 'pending';
}

/** Start loading the index (the first keystroke). Failures are fine: the card searcher stands in. */
export function prefetchSearchIndex(): void {
  void queryClient.prefetchQuery(searchIndexQuery());
}

/** For the loader: with a query in the URL, wait for the index so the view is exactly the saved one. */
export async function ensureSearchIndexFor(q: string): Promise<void> {
  if (!q) return;
  try {
    await queryClient.ensureQueryData(searchIndexQuery());
  } catch {
    // The card searcher stands in; the board still works.
  }
}

/** The loaded index, or undefined while it is not (this hook never starts the download). */
export function useSearchIndexFile(): SearchIndexFile | undefined {
  return useQuery({ ...searchIndexQuery(), enabled: false }).data;
}
