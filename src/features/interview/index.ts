/**
 * The featured interview's public surface.
 *
 * The story route module (its default export is the page) is deliberately NOT re-exported statically: a static
 * re-export here would pull the whole story page into the home page's chunk (Vite then ignores the route's
 * dynamic import). Lazy-load it instead, either directly or through `loadStoryRoute`:
 *   lazy(() => import('../features/interview/story-route'))
 *   lazy(loadStoryRoute)
 */
export { FeaturedStoryCard } from './featured-story-card';

export const loadStoryRoute = () => import('./story-route');
