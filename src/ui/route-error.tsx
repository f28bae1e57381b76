import { Component, startTransition, type ComponentType, type ReactNode } from 'react';
import { Link, useLocation } from 'react-router';
import { DataError } from '../lib/data/fetch-json';
import { queryClient } from '../lib/query-client';
import { linkClass, primaryButton } from './styles';
import { useDocumentTitle } from './use-document-title';
import { HydrationDone } from './hydration';

/** A route's chunk that did not load (a new deploy, a dropped connection): see `lazyRoute` in the app's router. */
export class ChunkLoadError extends Error {
  constructor(cause: unknown) {
    super('A part of the site could not be loaded', { cause });
    this.name = 'ChunkLoadError';
  }
}

/** What the user needs to hear about a route's failure. */
export function describeError(error: unknown): { message: string; retryable: boolean } {
  if (error instanceof DataError) return { message: error.message, retryable: true };
  // A failed dynamic import (a new deploy, a dropped connection) is worth a retry too.
  if (
    error instanceof ChunkLoadError ||
    (error instanceof TypeError && /import|module|fetch/i.test(error.message))
  ) {
    return { message: 'Part of the site could not be loaded. Check your connection.', retryable: true };
  }
  return { message: 'Something went wrong while showing this page.', retryable: true };
}

/** Drops every failed query, so the next render (useSuspenseQuery) fetches it again. */
export async function resetFailedData() {
  await queryClient.resetQueries({ predicate: (query) => query.state.status === 'error' });
}

/** What an error boundary's fallback gets: the error, a Retry, and whether that Retry is under way. */
export interface ErrorFallbackProps {
  error: unknown;
  retry: () => void;
  retrying: boolean;
}

interface BoundaryProps {
  children: ReactNode;
  fallback: ComponentType<ErrorFallbackProps>;
  /** A new value (a navigation: the location's key) retries a boundary that shows an error. */
  resetKey: string;
}

interface BoundaryState {
  error: unknown;
  failed: boolean;
  retrying: boolean;
}

/**
 * The error boundary behind every route (and the root). Retry, for data, drops the failed queries and renders the
 * page again in a transition, so the error stays on screen ("Retrying…") until the data is there or fails again;
 * a module that failed to load stays failed in the browser's module map, so for anything else Retry reloads.
 * Navigating while the error shows retries the data too (as the data router's loaders did), and leaving a failed
 * page drops its failed queries, so coming back fetches again.
 */
class Boundary extends Component<BoundaryProps, BoundaryState> {
  override state: BoundaryState = { error: null, failed: false, retrying: false };

  static getDerivedStateFromError(error: unknown): Partial<BoundaryState> {
    return { error, failed: true, retrying: false };
  }

  override componentDidUpdate(previous: BoundaryProps) {
    if (this.state.failed && !this.state.retrying && previous.resetKey !== this.props.resetKey)
      this.retryData();
  }

  override componentWillUnmount() {
    if (this.state.failed) void resetFailedData();
  }

  retry = () => {
    if (!(this.state.error instanceof DataError)) {
      window.location.reload();
      return;
    }
    this.retryData();
  };

  retryData() {
    this.setState({ retrying: true });
    void resetFailedData().then(() =>
      startTransition(() => this.setState({ error: null, failed: false, retrying: false })),
    );
  }

  override render() {
    const { error, failed, retrying } = this.state;
    if (!failed) return this.props.children;
    const Fallback = this.props.fallback;
    return <Fallback error={error} retry={this.retry} retrying={retrying} />;
  }
}

/** An error boundary for a route: `fallback` renders the error (see RouteError). */
export function RouteErrorBoundary({
  children,
  fallback,
}: {
  children: ReactNode;
  fallback: ComponentType<ErrorFallbackProps>;
}) {
  const { key } = useLocation();
  return (
    <Boundary resetKey={key} fallback={fallback}>
      {children}
    </Boundary>
  );
}

/**
 * A route's error: the message, a Retry that works, and a way back. Never a white screen.
 * `title` is the heading ("The jobs could not be loaded").
 */
export function RouteError({
  title = 'This page could not be loaded',
  error,
  retry,
  retrying,
}: ErrorFallbackProps & { title?: string }) {
  const { message, retryable } = describeError(error);
  useDocumentTitle(`${title} · Summit`);
  return (
    <div role="alert" className="mx-auto max-w-2xl px-4 py-16 sm:px-6">
      <HydrationDone />
      <h1 className="text-2xl font-bold text-slate-950 sm:text-3xl dark:text-white">{title}</h1>
      <p className="mt-4 text-slate-700 dark:text-slate-300">{message}</p>
      <div className="mt-6 flex flex-wrap items-center gap-4">
        {retryable && (
          <button type="button" onClick={retry} disabled={retrying} className={primaryButton}>
            {retrying ? 'Retrying…' : 'Retry'}
          </button>
        )}
        <Link to="/" className={linkClass}>
          Back to all jobs
        </Link>
      </div>
    </div>
  );
}
