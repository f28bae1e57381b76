/**
 * `/`: the board, with the featured story card composed in from the interview feature (features do not
 * import each other; the app composes them).
 */
import { FeaturedStoryCard } from '../features/interview/featured-story-card';
import { BoardPage } from '../features/jobs/board-route';

export { ErrorBoundary, loader, shouldRevalidate } from '../features/jobs/board-route';

export function Component() {
  return <BoardPage featured={<FeaturedStoryCard />} />;
}
