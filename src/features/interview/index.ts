/**
 * The featured interview's public surface.
 *
 * The story route module (`loader`, `Component`, `ErrorBoundary`) is deliberately NOT re-exported statically:
 * a static re-export here would pull the whole story page into the home page's chunk (Vite then ignores the
 * route's dynamic import). Lazy-load it instead, either directly or through `loadStoryRoute`:
 *   { path: 'stories/:slug', lazy: () => import('../features/interview/story-route') }
 *   { path: 'stories/:slug', lazy: loadStoryRoute }
 */
export { FeaturedStoryCard } from './featured-story-card';
export type { StoryLoaderData } from './story-route';

export const loadStoryRoute = () => import('./story-route');
