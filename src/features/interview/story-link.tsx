/**
 * A story's link and kind, shared by the story card (/stories) and the board's featured card. A module of its own:
 * the featured card is part of the board's first view and must not bring the story card's code (its jobs count and
 * board links) with it.
 */
import { Link } from 'react-router';
import type { StoryCard as StoryCardData } from '../../shared/story-list';
import { prose } from './text';

export function storyHref(slug: string): string {
  return `/stories/${encodeURIComponent(slug)}`;
}

/** The story's title as a link that covers its whole card (the card is the `group` and `relative` box). */
export function StoryTitleLink({ story }: { story: Pick<StoryCardData, 'slug' | 'title'> }) {
  return (
    <Link
      to={storyHref(story.slug)}
      className="after:absolute after:inset-0 after:content-[''] group-hover:underline focus-visible:outline-none"
    >
      {prose(story.title)}
    </Link>
  );
}

export function kindLabel(story: Pick<StoryCardData, 'kind'>): string {
  return story.kind === 'interview' ? 'Interview' : 'Article';
}
