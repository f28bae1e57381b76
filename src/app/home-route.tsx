/**
 * `/`: the board, with the featured story card composed in from the interview feature (features do not
 * import each other; the app composes them). The card is its own chunk, loaded beside its data while the board
 * renders: the count and the results do not wait for it, and its fixed-height skeleton holds its place.
 */
import { lazy, Suspense } from 'react';
import { FeaturedStorySkeleton } from '../features/interview/featured-story-skeleton';
import { BoardPage } from '../features/jobs/board-route';

export { ErrorBoundary, loader, shouldRevalidate } from '../features/jobs/board-route';

// A chunk that cannot load (offline, a new deploy) leaves the card out, like a failed articles.json does.
const FeaturedStoryCard = lazy(() =>
  import('../features/interview/featured-story-card').then(
    (m) => ({ default: m.FeaturedStoryCard }),
    () => ({ default: () => null }),
  ),
);

function Featured() {
  return (
    <Suspense fallback={<FeaturedStorySkeleton />}>
      <FeaturedStoryCard />
    </Suspense>
  );
}

export function Component() {
  return <BoardPage featured={<Featured />} />;
}
