import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { articlesQuery } from '../../lib/data/queries';
import { PlaceholderArt } from './placeholder-art';
import { prose, readingTime } from './text';

/**
 * Same box while loading and loaded, so the board below never shifts when the card arrives. The text inside must
 * fit the fixed height at every width: one-line eyebrow, at most two lines of title, and (narrow) one line of dek.
 * Nothing in the column shrinks: a flex item that shrank would clip its own text over the next one.
 */
const FRAME =
  'relative flex h-36 overflow-hidden rounded-lg border border-slate-200 bg-white font-sans sm:h-40 dark:border-slate-800 dark:bg-slate-900 print:hidden';

/**
 * The board's featured story (articles.json `featured`). Never breaks the page it sits on: a fixed-height
 * skeleton while loading, nothing at all when the data fails or names no featured story.
 */
export function FeaturedStoryCard() {
  const { data, isPending, isError } = useQuery(articlesQuery());
  if (isError) return null;
  if (isPending) {
    return (
      <div aria-hidden="true" data-testid="featured-story-skeleton" className={FRAME}>
        <div className="w-28 shrink-0 bg-slate-100 sm:w-56 dark:bg-slate-800" />
        <div className="flex-1 animate-pulse space-y-3 p-4 motion-reduce:animate-none sm:p-5">
          <div className="h-3 w-32 rounded bg-slate-200 dark:bg-slate-700" />
          <div className="h-5 w-5/6 rounded bg-slate-200 dark:bg-slate-700" />
          <div className="h-4 w-2/3 rounded bg-slate-200 dark:bg-slate-700" />
        </div>
      </div>
    );
  }
  const article = data.featured === null ? undefined : data.articles.find((a) => a.slug === data.featured);
  if (!article) return null;

  const hero = article.blocks.find((b) => b.type === 'figure');
  const interview = article.qa.length > 0;
  return (
    <article
      className={`${FRAME} group hover:border-brand-600 has-[a:focus-visible]:ring-2 has-[a:focus-visible]:ring-brand-600 has-[a:focus-visible]:ring-offset-2 dark:has-[a:focus-visible]:ring-brand-100 dark:has-[a:focus-visible]:ring-offset-slate-950`}
    >
      <div className="w-28 shrink-0 bg-slate-100 sm:w-56 dark:bg-slate-800">
        <PlaceholderArt alt={hero ? hero.alt : article.title} decorative className="block h-full w-full" />
      </div>
      <div className="flex min-w-0 flex-1 flex-col p-4 sm:p-5">
        <p className="shrink-0 truncate text-xs font-semibold tracking-widest text-brand-700 uppercase dark:text-brand-100">
          {interview ? 'Featured interview' : 'Featured story'}
          <span className="font-normal tracking-normal text-slate-700 normal-case dark:text-slate-300">
            {' · '}
            {readingTime(article.readingMinutes)}
          </span>
        </p>
        <h2 className="mt-1 line-clamp-2 shrink-0 font-serif text-lg leading-snug font-bold text-slate-950 sm:text-xl dark:text-white">
          <Link
            to={`/stories/${encodeURIComponent(article.slug)}`}
            className="after:absolute after:inset-0 after:content-[''] group-hover:underline focus-visible:outline-none"
          >
            {prose(article.title)}
          </Link>
        </h2>
        {article.dek && (
          <p className="mt-1 line-clamp-1 shrink-0 text-sm leading-snug text-slate-700 sm:line-clamp-2 dark:text-slate-300">
            {prose(article.dek)}
          </p>
        )}
      </div>
    </article>
  );
}
