import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { featuredStoryQuery } from './featured-story-query';
import { FEATURED_FRAME, FeaturedStorySkeleton } from './featured-story-skeleton';
import { PlaceholderArt } from './placeholder-art';
import { prose, readingTime } from './text';

/**
 * The board's featured story (articles.json `featured`). Never breaks the page it sits on: a fixed-height
 * skeleton while loading, nothing at all when the data fails or names no featured story.
 */
export function FeaturedStoryCard() {
  const { data: story, isPending, isError } = useQuery(featuredStoryQuery());
  if (isError) return null;
  if (isPending) return <FeaturedStorySkeleton />;
  if (story === null) return null;
  return (
    <article
      className={`${FEATURED_FRAME} group hover:border-brand-600 has-[a:focus-visible]:ring-2 has-[a:focus-visible]:ring-brand-600 has-[a:focus-visible]:ring-offset-2 dark:has-[a:focus-visible]:ring-brand-100 dark:has-[a:focus-visible]:ring-offset-slate-950`}
    >
      <div className="w-28 shrink-0 bg-slate-100 sm:w-56 dark:bg-slate-800">
        <PlaceholderArt alt={story.artSeed} decorative className="block h-full w-full" />
      </div>
      <div className="flex min-w-0 flex-1 flex-col p-4 sm:p-5">
        <p className="shrink-0 truncate text-xs font-semibold tracking-widest text-brand-700 uppercase dark:text-brand-100">
          {story.interview ? 'Featured interview' : 'Featured story'}
          <span className="font-normal tracking-normal text-slate-700 normal-case dark:text-slate-300">
            {' · '}
            {readingTime(story.readingMinutes)}
          </span>
        </p>
        <h2 className="mt-1 line-clamp-2 shrink-0 font-serif text-lg leading-snug font-bold text-slate-950 sm:text-xl dark:text-white">
          <Link
            to={`/stories/${encodeURIComponent(story.slug)}`}
            className="after:absolute after:inset-0 after:content-[''] group-hover:underline focus-visible:outline-none"
          >
            {prose(story.title)}
          </Link>
        </h2>
        {story.dek && (
          <p className="mt-1 line-clamp-1 shrink-0 text-sm leading-snug text-slate-700 sm:line-clamp-2 dark:text-slate-300">
            {prose(story.dek)}
          </p>
        )}
      </div>
    </article>
  );
}
