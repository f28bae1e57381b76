/**
 * The row of stories a keyword finds (story-matches.tsx loads it): a chunk of its own, since matching brings the
 * search tokenizer, which the board's first view (no keyword) does not need.
 */
import { Link } from 'react-router';
import { matchStories } from '../../../shared/story-search';
import type { StoryList } from '../../../shared/story-list';
import { linkClass } from '../../../ui/styles';

/** At most this many stories in the row above the jobs; the rest are one link away (`/stories?q=`). */
export const STORY_MATCHES_SHOWN = 3;

const KIND_LABEL = { interview: 'Interview', article: 'Article' } as const;

export function StoryMatchesRow({ q, list }: { q: string; list: StoryList }) {
  const matches = matchStories(list.stories, q);
  if (matches.length === 0) return null;
  const allHref = `/stories?${new URLSearchParams({ q }).toString()}`;
  return (
    <section
      aria-labelledby="story-matches-heading"
      className="mt-4 rounded-lg border border-slate-200 bg-slate-50 px-4 py-3 dark:border-slate-800 dark:bg-slate-900"
    >
      <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
        <h2 id="story-matches-heading" className="text-sm font-semibold text-slate-800 dark:text-slate-200">
          {matches.length === 1 ? 'A story matches' : 'Stories match'} “{q}”
        </h2>
        {matches.length > STORY_MATCHES_SHOWN && (
          <Link to={allHref} className={`text-sm ${linkClass}`}>
            All {matches.length} stories matching
          </Link>
        )}
      </div>
      <ul className="mt-2 grid gap-2 sm:grid-cols-3">
        {matches.slice(0, STORY_MATCHES_SHOWN).map((story) => (
          <li key={story.slug} className="text-sm">
            <span className="block text-xs font-medium tracking-wide text-slate-600 uppercase dark:text-slate-400">
              {KIND_LABEL[story.kind]}
            </span>
            <Link to={`/stories/${encodeURIComponent(story.slug)}`} className={linkClass}>
              {story.title}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
