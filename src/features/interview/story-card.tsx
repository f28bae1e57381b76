/**
 * A story as a card: art, kind, title, dek, reading time, research areas and how many jobs were listed with it.
 * The title's link covers the card (stretched ::after); the jobs link sits above it, a link of its own.
 */
import { Link } from 'react-router';
import type { StoryCard as StoryCardData } from '../../shared/story-list';
import { boardHref } from './board-link';
import { PlaceholderArt } from './placeholder-art';
import { jobCount } from './related-jobs-model';
import { focusRing } from './styles';
import { kindLabel, StoryTitleLink } from './story-link';
import { prose, readingTime } from './text';

export function StoryCard({ story, featured = false }: { story: StoryCardData; featured?: boolean }) {
  return (
    <article
      className={`group relative flex h-full flex-col overflow-hidden rounded-lg border border-slate-200 bg-white font-sans hover:border-brand-600 has-[a:focus-visible]:ring-2 has-[a:focus-visible]:ring-brand-600 has-[a:focus-visible]:ring-offset-2 dark:border-slate-800 dark:bg-slate-900 dark:hover:border-brand-100 dark:has-[a:focus-visible]:ring-brand-100 dark:has-[a:focus-visible]:ring-offset-slate-950 ${featured ? 'sm:flex-row' : ''}`}
    >
      <div
        className={`shrink-0 bg-slate-100 dark:bg-slate-800 ${featured ? 'aspect-[2/1] sm:aspect-auto sm:w-2/5' : 'aspect-[2/1]'}`}
      >
        <PlaceholderArt alt={story.art ?? story.title} decorative className="block h-full w-full" />
      </div>
      <div className="flex flex-1 flex-col p-4 sm:p-5">
        <p className="text-xs font-semibold tracking-widest text-brand-700 uppercase dark:text-brand-100">
          {featured ? `Featured ${kindLabel(story).toLowerCase()}` : kindLabel(story)}
          <span className="font-normal tracking-normal text-slate-700 normal-case dark:text-slate-300">
            {' · '}
            {readingTime(story.readingMinutes)}
          </span>
        </p>
        <h2
          className={`mt-1 font-serif leading-snug font-bold text-balance text-slate-950 dark:text-white ${featured ? 'text-2xl' : 'text-lg'}`}
        >
          <StoryTitleLink story={story} />
        </h2>
        {story.dek && (
          <p className="mt-2 line-clamp-3 text-sm leading-snug text-slate-700 dark:text-slate-300">
            {prose(story.dek)}
          </p>
        )}
        {story.researchAreas.length > 0 && (
          <ul aria-label="Research areas" className="mt-3 flex flex-wrap gap-1.5">
            {story.researchAreas.map((area) => (
              <li
                key={area}
                className="rounded-full bg-slate-100 px-2 py-0.5 text-xs text-slate-800 dark:bg-slate-800 dark:text-slate-200"
              >
                {area}
              </li>
            ))}
          </ul>
        )}
        <p className="mt-auto pt-4 text-sm">
          {story.jobCount > 0 ? (
            <Link
              to={boardHref({ story: [story.slug] })}
              className={`relative z-10 font-semibold text-brand-700 underline-offset-2 hover:underline dark:text-brand-100 ${focusRing}`}
            >
              {jobCount(story.jobCount)} listed with this story
              <span aria-hidden="true"> →</span>
            </Link>
          ) : (
            <span className="text-slate-700 dark:text-slate-300">No jobs listed with this story</span>
          )}
        </p>
      </div>
    </article>
  );
}
