/**
 * `/stories`: every story as a card, the featured one first; `/stories?q=…` only those whose title or dek match
 * (src/shared/story-search.ts). Lazy-loaded by the app's router, which starts stories.json with the chunk.
 */
import { useSuspenseQuery } from '@tanstack/react-query';
import { useMemo, type FormEvent } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import { storiesQuery } from '../../lib/data/queries';
import { normaliseQuery } from '../../shared/board-url';
import { matchStories } from '../../shared/story-search';
import { RouteError, RouteErrorBoundary, type ErrorFallbackProps } from '../../ui/route-error';
import { useDocumentTitle } from './hooks';
import { StoryCard } from './story-card';
import { focusRing } from './styles';
import { STORIES_INTRO } from './text';

const linkClass = `font-medium text-brand-700 underline dark:text-brand-100 ${focusRing}`;

function Stories() {
  const { search } = useLocation();
  const navigate = useNavigate();
  const q = useMemo(() => normaliseQuery(new URLSearchParams(search).get('q') ?? ''), [search]);
  const { data } = useSuspenseQuery(storiesQuery());
  const ordered = useMemo(
    () => [
      ...data.stories.filter((s) => s.slug === data.featured),
      ...data.stories.filter((s) => s.slug !== data.featured),
    ],
    [data],
  );
  const shown = useMemo(() => matchStories(ordered, q), [ordered, q]);
  const heading = q ? `Stories matching “${q.length > 60 ? `${q.slice(0, 60)}…` : q}”` : 'Stories';
  useDocumentTitle(`${heading} · Summit`);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const value = normaliseQuery(new FormData(event.currentTarget).get('q'));
    void navigate(value ? `/stories?q=${encodeURIComponent(value).replace(/%20/g, '+')}` : '/stories');
  }

  return (
    <div className="mx-auto max-w-7xl px-4 pt-6 pb-8 sm:px-6">
      <h1 className="text-2xl font-bold tracking-tight text-balance text-slate-950 sm:text-3xl dark:text-white">
        {heading}
      </h1>
      <p className="mt-2 max-w-measure text-slate-700 dark:text-slate-300">{STORIES_INTRO}</p>
      <form role="search" onSubmit={submit} className="mt-4 flex max-w-xl gap-2">
        <label htmlFor="story-search" className="sr-only">
          Search stories
        </label>
        <input
          id="story-search"
          key={q}
          type="search"
          name="q"
          defaultValue={q}
          placeholder="Search stories by title or topic"
          className={`min-w-0 flex-1 rounded-md border border-slate-300 bg-white px-3 py-2 text-slate-900 placeholder:text-slate-500 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100 dark:placeholder:text-slate-400 ${focusRing}`}
        />
        <button
          type="submit"
          className={`rounded-md bg-brand-700 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-800 ${focusRing}`}
        >
          Search
        </button>
      </form>
      <p role="status" className="mt-4 text-sm font-semibold text-slate-800 dark:text-slate-200">
        {shown.length} {shown.length === 1 ? 'story' : 'stories'}
        {q && shown.length > 0 && (
          <>
            {' · '}
            <Link to="/stories" className={linkClass}>
              Show all stories
            </Link>
          </>
        )}
      </p>
      {shown.length === 0 ? (
        <div className="mt-6 max-w-measure text-slate-700 dark:text-slate-300">
          <p>No story’s title or summary matches “{q}”.</p>
          <ul className="mt-4 flex flex-wrap gap-x-6 gap-y-2">
            <li>
              <Link to="/stories" className={linkClass}>
                See all stories
              </Link>
            </li>
            <li>
              <Link to={`/?q=${encodeURIComponent(q).replace(/%20/g, '+')}`} className={linkClass}>
                Search the jobs for “{q}”
              </Link>
            </li>
          </ul>
        </div>
      ) : (
        <ul className="mt-4 grid gap-5 sm:grid-cols-2 lg:grid-cols-3">
          {shown.map((story) => {
            const featured = story.slug === data.featured && !q;
            return (
              <li key={story.slug} className={featured ? 'sm:col-span-2 lg:col-span-3' : undefined}>
                <StoryCard story={story} featured={featured} />
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}

function StoriesError(props: ErrorFallbackProps) {
  return <RouteError title="The stories could not be loaded" {...props} />;
}

export default function StoriesRoute() {
  return (
    <RouteErrorBoundary fallback={StoriesError}>
      <Stories />
    </RouteErrorBoundary>
  );
}
