/**
 * What the home page shows of the stories: the featured one and up to three more, read from `stories.json` (every
 * story's card fields, a few kB, plain-checked: no zod on the board's first view).
 */
import type { StoryCard, StoryList } from '../../shared/story-list';

export interface FeaturedStories {
  /** Null when the list names no featured story, or names one it does not hold. */
  featured: StoryCard | null;
  /** Up to `more` other stories, in the list's order. */
  more: StoryCard[];
  /** Stories in all. */
  total: number;
}

export function featuredStories(list: StoryList, more = 3): FeaturedStories {
  const featured = list.stories.find((s) => s.slug === list.featured) ?? null;
  return {
    featured,
    more: list.stories.filter((s) => s !== featured).slice(0, more),
    total: list.stories.length,
  };
}
