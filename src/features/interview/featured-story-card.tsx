import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { storiesQuery } from '../../lib/data/queries';
import { featuredStories } from './featured-story-query';
import { FEATURED_FRAME, FeaturedStorySkeleton, MORE_FRAME } from './featured-story-skeleton';
import type { StoryList } from '../../shared/story-list';
import { PlaceholderArt } from './placeholder-art';
import { kindLabel, storyHref, StoryTitleLink } from './story-link';
import { focusRing } from './styles';
import { prose, readingTime } from './text';

const selectFeatured = (list: StoryList) => featuredStories(list);

/**
 * The board's stories: the featured story (stories.json `featured`) as a card, then up to three more and a link to
 * all of them. Never breaks the page it sits on: a fixed-height skeleton while loading, nothing at all when the
 * data fails or names no featured story.
 */
export function FeaturedStoryCard() {
  const { data, isPending, isError } = useQuery({ ...storiesQuery(), select: selectFeatured });
  if (isError) return null;
  if (isPending) return <FeaturedStorySkeleton />;
  const { featured: story, more, total } = data;
  if (story === null) return null;
  return (
    <section aria-label="Stories">
      <article
        className={`${FEATURED_FRAME} group hover:border-brand-600 has-[a:focus-visible]:ring-2 has-[a:focus-visible]:ring-brand-600 has-[a:focus-visible]:ring-offset-2 dark:has-[a:focus-visible]:ring-brand-100 dark:has-[a:focus-visible]:ring-offset-slate-950`}
      >
        <div className="w-28 shrink-0 bg-slate-100 sm:w-56 dark:bg-slate-800">
          <PlaceholderArt alt={story.art ?? story.title} decorative className="block h-full w-full" />
        </div>
        <div className="flex min-w-0 flex-1 flex-col p-4 sm:p-5">
          <p className="shrink-0 truncate text-xs font-semibold tracking-widest text-brand-700 uppercase dark:text-brand-100">
            {`Featured ${kindLabel(story).toLowerCase()}`}
            <span className="font-normal tracking-normal text-slate-700 normal-case dark:text-slate-300">
              {' · '}
              {readingTime(story.readingMinutes)}
            </span>
          </p>
          <h2 className="mt-1 line-clamp-2 shrink-0 font-serif text-lg leading-snug font-bold text-slate-950 sm:text-xl dark:text-white">
            <StoryTitleLink story={story} />
          </h2>
          {story.dek && (
            <p className="mt-1 line-clamp-1 shrink-0 text-sm leading-snug text-slate-700 sm:line-clamp-2 dark:text-slate-300">
              {prose(story.dek)}
            </p>
          )}
        </div>
      </article>
      <div className={MORE_FRAME}>
        <div className="flex items-baseline justify-between gap-3">
          <h2 className="text-xs font-semibold tracking-widest text-slate-700 uppercase dark:text-slate-300">
            {more.length > 0 ? 'More stories' : 'Stories'}
          </h2>
          <Link
            to="/stories"
            className={`text-sm font-semibold text-brand-700 underline-offset-2 hover:underline dark:text-brand-100 ${focusRing}`}
          >
            All {total} {total === 1 ? 'story' : 'stories'}
            <span aria-hidden="true"> →</span>
          </Link>
        </div>
        {more.length > 0 && (
          <ul className="mt-2 grid gap-2 sm:grid-cols-3 sm:gap-4">
            {more.map((s) => (
              <li
                key={s.slug}
                className="min-w-0 sm:border-l sm:border-slate-200 sm:pl-4 sm:first:border-l-0 sm:first:pl-0 dark:sm:border-slate-800"
              >
                <Link
                  to={storyHref(s.slug)}
                  className={`block truncate font-serif font-semibold text-slate-900 hover:text-brand-700 hover:underline sm:line-clamp-2 sm:whitespace-normal dark:text-slate-100 dark:hover:text-brand-100 ${focusRing}`}
                >
                  {prose(s.title)}
                </Link>
                <p className="text-xs text-slate-700 dark:text-slate-300">
                  {kindLabel(s)} · {readingTime(s.readingMinutes)}
                </p>
              </li>
            ))}
          </ul>
        )}
      </div>
    </section>
  );
}
