import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense } from 'react';
import { storiesQuery } from '../../../lib/data/queries';

// A chunk that cannot load (offline, a new deploy) leaves the row out, like a failed stories.json does.
const StoryMatchesRow = lazy(() =>
  import('./story-matches-row').then(
    (m) => ({ default: m.StoryMatchesRow }),
    () => ({ default: () => null }),
  ),
);

/**
 * The stories a keyword finds, as a short row above the jobs: a seeker searching "forecasting" also meets the
 * interview about it. Loads the story list and the row's code only once there is a keyword; says nothing while
 * they load, or when they fail (the jobs are what the board is for; /stories reports its own errors).
 */
export function StoryMatches({ q }: { q: string }) {
  const query = q.trim();
  const { data } = useQuery({ ...storiesQuery(), enabled: query !== '' });
  if (query === '' || !data) return null;
  return (
    <Suspense fallback={null}>
      <StoryMatchesRow q={query} list={data} />
    </Suspense>
  );
}
