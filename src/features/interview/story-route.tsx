/**
 * The `/stories/:slug` page, lazy-loaded by the app's router (which starts the story's file with the chunk). The
 * jobs listed with the story are drawn by whoever composes the page (`renderListedJobs`, from src/app): this
 * feature does not import the jobs feature.
 */
import { useSuspenseQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import { DataError } from '../../lib/data/fetch-json';
import { storyPageQuery } from '../../lib/data/queries';
import { RouteErrorBoundary, type ErrorFallbackProps } from '../../ui/route-error';
import { ArticleView, StoryNotFound } from './article-view';
import { useDocumentTitle } from './hooks';
import { focusRing } from './styles';

export interface StoryRouteProps {
  /** The cards of the jobs listed with the story (ids in listing order). */
  renderListedJobs?: (ids: readonly string[]) => ReactNode;
}

function Story({ renderListedJobs }: StoryRouteProps) {
  const { slug = '' } = useParams();
  const { data: article } = useSuspenseQuery(storyPageQuery(slug));
  // No article with this slug: the page says so (and links on) rather than throwing.
  if (!article) return <StoryNotFound />;
  // Keyed, so moving between stories starts each one fresh (progress, TOC state, copy status).
  return <ArticleView key={article.slug} article={article} listedJobs={renderListedJobs?.(article.jobs)} />;
}

function describe(error: unknown): string {
  return error instanceof DataError ? error.message : 'Something went wrong while showing this story.';
}

function StoryError({ error, retry, retrying: busy }: ErrorFallbackProps) {
  useDocumentTitle('Story unavailable · Summit');
  return (
    <div role="alert" className="mx-auto max-w-measure px-4 py-16 font-sans sm:px-6">
      <h1 className="font-serif text-3xl font-bold text-slate-950 dark:text-white">
        This story could not be loaded
      </h1>
      <p className="mt-4 text-slate-700 dark:text-slate-300">{describe(error)}</p>
      <div className="mt-6 flex flex-wrap items-center gap-4">
        <button
          type="button"
          onClick={retry}
          disabled={busy}
          className={`rounded-md bg-brand-700 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-800 disabled:opacity-70 ${focusRing}`}
        >
          {busy ? 'Retrying…' : 'Retry'}
        </button>
        <Link
          to="/"
          className={`text-sm font-medium text-brand-700 underline dark:text-brand-100 ${focusRing}`}
        >
          Back to all jobs
        </Link>
      </div>
    </div>
  );
}

export default function StoryRoute(props: StoryRouteProps) {
  return (
    <RouteErrorBoundary fallback={StoryError}>
      <Story {...props} />
    </RouteErrorBoundary>
  );
}
