import { useState } from 'react';
import {
  isRouteErrorResponse,
  Link,
  useLocation,
  useNavigate,
  useNavigation,
  useRouteError,
} from 'react-router';
import { DataError } from '../lib/data/fetch-json';
import { queryClient } from '../lib/query-client';
import { linkClass, primaryButton } from './styles';
import { useDocumentTitle } from './use-document-title';

/** What the user needs to hear about a route's failure. */
export function describeError(error: unknown): { message: string; retryable: boolean } {
  if (error instanceof DataError) return { message: error.message, retryable: true };
  if (isRouteErrorResponse(error)) {
    return error.status === 404
      ? { message: 'This page was not found.', retryable: false }
      : { message: `The server answered with an error (${error.status}).`, retryable: true };
  }
  // A failed dynamic import (a new deploy, a dropped connection) is worth a retry too.
  if (error instanceof TypeError && /import|module|fetch/i.test(error.message)) {
    return { message: 'Part of the site could not be loaded. Check your connection.', retryable: true };
  }
  return { message: 'Something went wrong while showing this page.', retryable: true };
}

/** Drops every failed query, so the loaders' ensureQueryData fetches again. */
export async function resetFailedData() {
  await queryClient.resetQueries({ predicate: (query) => query.state.status === 'error' });
}

/**
 * A route's error boundary: the message, a Retry that works, and a way back. Never a white screen.
 * `title` is the heading ("The jobs could not be loaded").
 */
export function RouteError({ title = 'This page could not be loaded' }: { title?: string }) {
  const error = useRouteError();
  const navigate = useNavigate();
  const location = useLocation();
  const navigation = useNavigation();
  const [retrying, setRetrying] = useState(false);
  const { message, retryable } = describeError(error);
  useDocumentTitle(`${title} · Summit`);

  async function retry() {
    // A module that failed to load stays failed in the browser's module map: only a reload fetches it again.
    if (!(error instanceof DataError) && !isRouteErrorResponse(error)) {
      window.location.reload();
      return;
    }
    setRetrying(true);
    try {
      await resetFailedData();
      // Navigating to the same URL (a fresh location) re-runs the loaders and resets the error boundary, even
      // when the data comes back at once.
      await navigate(
        { pathname: location.pathname, search: location.search, hash: location.hash },
        { replace: true, preventScrollReset: true, state: location.state },
      );
    } finally {
      setRetrying(false);
    }
  }

  const busy = retrying || navigation.state === 'loading';
  return (
    <div role="alert" className="mx-auto max-w-2xl px-4 py-16 sm:px-6">
      <h1 className="text-2xl font-bold text-slate-950 sm:text-3xl dark:text-white">{title}</h1>
      <p className="mt-4 text-slate-700 dark:text-slate-300">{message}</p>
      <div className="mt-6 flex flex-wrap items-center gap-4">
        {retryable && (
          <button type="button" onClick={() => void retry()} disabled={busy} className={primaryButton}>
            {busy ? 'Retrying…' : 'Retry'}
          </button>
        )}
        <Link to="/" className={linkClass}>
          Back to all jobs
        </Link>
      </div>
    </div>
  );
}
