/**
 * `/saved`: the saved feature's page, with the board's engine composed in (features do not import each other) to
 * count what each saved search lists now and what is new in it.
 */
import { useQuery } from '@tanstack/react-query';
import { parseBoardSearch } from '../features/jobs/board/url';
import { SavedPage } from '../features/saved/saved-route';
import { useUserData } from '../lib/user-data/store';

export default function SavedRoute() {
  const { data } = useUserData();
  const withKeywords = data?.savedSearches.some((s) => parseBoardSearch(s.query).q !== '') ?? false;
  const matcher = useQuery({
    queryKey: ['saved', 'view-matcher', withKeywords] as const,
    queryFn: () =>
      import('../features/jobs/board/engine-adapter').then((m) => m.loadViewMatcher(withKeywords)),
    enabled: data !== null,
    staleTime: Infinity,
  });
  return <SavedPage counter={matcher.data} />;
}
