/**
 * The `/stories/:slug` page, lazy-loaded by the app's router (which starts articles.json with the chunk).
 */
import { useSuspenseQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { DataError } from '../../lib/data/fetch-json';
import { articlesQuery } from '../../lib/data/queries';
import { RouteErrorBoundary, type ErrorFallbackProps } from '../../ui/route-error';
import { ArticleView, StoryNotFound } from './article-view';
import { useDocumentTitle } from './hooks';
import { focusRing } from './styles';

function Story() {
  const { slug } = useParams();
  const { data } = useSuspenseQuery(articlesQuery());
  // No article with this slug: the page says so (and links home) rather than throwing.
  const article = data.articles.find((a) => a.slug === slug);
  if (!article) return <StoryNotFound />;
  // Keyed, so moving between stories starts each one fresh (progress, TOC state, copy status).
  return <ArticleView key={article.slug} article={article} />;
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

export default function StoryRoute() {
  return (
    <RouteErrorBoundary fallback={StoryError}>
      <Story />
    </RouteErrorBoundary>
  );
}
