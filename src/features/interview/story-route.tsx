/**
 * The `/stories/:slug` route module, lazy-loaded by the app's router:
 *   { path: 'stories/:slug', lazy: () => import('../features/interview/story-route') }
 */
import { useState } from 'react';
import {
  isRouteErrorResponse,
  Link,
  useLoaderData,
  useLocation,
  useNavigate,
  useNavigation,
  useRouteError,
  type LoaderFunctionArgs,
} from 'react-router';
import { DataError } from '../../lib/data/fetch-json';
import { articlesQuery } from '../../lib/data/queries';
import { queryClient } from '../../lib/query-client';
import type { Article } from '../../shared/bundle-schema';
import { ArticleView, StoryNotFound } from './article-view';
import { useDocumentTitle } from './hooks';
import { focusRing } from './styles';

export interface StoryLoaderData {
  /** Null when no article has this slug: the page says so (and links home) rather than throwing. */
  article: Article | null;
}

export async function loader({ params }: Pick<LoaderFunctionArgs, 'params'>): Promise<StoryLoaderData> {
  const file = await queryClient.ensureQueryData(articlesQuery());
  return { article: file.articles.find((a) => a.slug === params.slug) ?? null };
}

export function Component() {
  const { article } = useLoaderData() as StoryLoaderData;
  if (!article) return <StoryNotFound />;
  // Keyed, so moving between stories starts each one fresh (progress, TOC state, copy status).
  return <ArticleView key={article.slug} article={article} />;
}

function describe(error: unknown): string {
  if (error instanceof DataError) return error.message;
  if (isRouteErrorResponse(error)) {
    return error.status === 404
      ? 'The story was not found.'
      : `The server answered with an error (${error.status}).`;
  }
  return 'Something went wrong while showing this story.';
}

export function ErrorBoundary() {
  const error = useRouteError();
  const navigate = useNavigate();
  const navigation = useNavigation();
  const { pathname, search, hash } = useLocation();
  const [retrying, setRetrying] = useState(false);
  useDocumentTitle('Story unavailable · Summit');

  async function retry() {
    setRetrying(true);
    try {
      // Drop the failed query so the loader's ensureQueryData fetches again, then navigate to the same URL:
      // that re-runs the loader and (unlike revalidate(), whose transient state can be batched away) always
      // resets the route's error boundary, because the location is new.
      await queryClient.resetQueries({ queryKey: articlesQuery().queryKey });
      await navigate({ pathname, search, hash }, { replace: true, preventScrollReset: true });
    } finally {
      setRetrying(false);
    }
  }

  const busy = retrying || navigation.state === 'loading';
  return (
    <div role="alert" className="mx-auto max-w-measure px-4 py-16 font-sans sm:px-6">
      <h1 className="font-serif text-3xl font-bold text-slate-950 dark:text-white">
        This story could not be loaded
      </h1>
      <p className="mt-4 text-slate-700 dark:text-slate-300">{describe(error)}</p>
      <div className="mt-6 flex flex-wrap items-center gap-4">
        <button
          type="button"
          onClick={() => void retry()}
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
