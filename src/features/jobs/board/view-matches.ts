/**
 * The jobs a board view lists, for pages other than the board (the saved searches on /saved): the job index, the
 * engine and, when a view has a keyword query, the search index, loaded on demand.
 */
import { jobsIndexQuery } from '../../../lib/data/queries';
import { queryClient } from '../../../lib/query-client';
import { searchIndexQuery } from './search-index-query';
import { parseBoardSearch } from './url';

export interface ViewMatcher {
  /** Every job id in the bundle. */
  allIds: readonly string[];
  /** The ids of the jobs a board query string (`?area=economics…`) lists. */
  idsFor(query: string): string[];
}

export async function loadViewMatcher(withKeywordSearch: boolean): Promise<ViewMatcher> {
  const [index, tools] = await Promise.all([
    queryClient.fetchQuery(jobsIndexQuery()),
    import('./engine-adapter'),
  ]);
  // Without the search index, the cards' own text is searched (as on the board).
  const file = withKeywordSearch
    ? await queryClient.fetchQuery(searchIndexQuery()).catch(() => undefined)
    : undefined;
  const { jobs } = index;
  const engine = tools.getEngine(jobs);
  return {
    allIds: jobs.map((job) => job.id),
    idsFor(query) {
      const state = parseBoardSearch(query);
      const result = engine.query(state, tools.searchMatchesFor(state.q, jobs, file));
      return Array.from(result.order, (i) => jobs[i]?.id ?? '').filter(Boolean);
    },
  };
}
