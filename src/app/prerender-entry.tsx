/**
 * The build's pre-render (scripts/prerender/), bundled by Vite's SSR build and run in Node: one app page rendered
 * to static HTML through the same route tree, components and data queries the browser uses, so the client can
 * hydrate it without a difference. react-dom/static is imported here only: it never enters the client bundle.
 */
import { StrictMode } from 'react';
import { prerender } from 'react-dom/static';
import { UNSAFE_createMemoryHistory as createMemoryHistory } from 'react-router';
import { articlesQuery, jobDetailQuery } from '../lib/data/queries';
import { queryClient } from '../lib/query-client';
import type { Article, JobDetail } from '../shared/bundle-schema';
import { App } from './app';

/** The HTML of the app's root element on `path` (a path and query string), once every page's data is in. */
export async function renderPath(path: string): Promise<string> {
  const history = createMemoryHistory({ initialEntries: [path], v5Compat: true });
  const errors: unknown[] = [];
  const { prelude } = await prerender(
    <StrictMode>
      <App history={history} />
    </StrictMode>,
    {
      onError: (error) => void errors.push(error),
      // Every boundary inline, in place: above this size React would send a large boundary after its fallback,
      // with an inline script to swap it in, which the CSP (script-src 'self') blocks and no-JS readers never run.
      progressiveChunkSize: Number.POSITIVE_INFINITY,
    },
  );
  if (errors.length > 0) throw errors[0] instanceof Error ? errors[0] : new Error(String(errors[0]));
  return new Response(prelude).text();
}

/** The job the last render of its page loaded (the page's head and structured data are written from it). */
export function renderedJob(id: string): JobDetail | undefined {
  return queryClient.getQueryData(jobDetailQuery(id).queryKey);
}

export function renderedArticles(): Article[] | undefined {
  return queryClient.getQueryData(articlesQuery().queryKey)?.articles;
}

/**
 * Drops what one page loaded (a job's file) and keeps what every page shares (the articles, the index), so 10,000
 * job pages do not pile up in the cache.
 */
export function forgetPageData(): void {
  queryClient.removeQueries({ queryKey: ['jobs', 'detail'] });
  queryClient.removeQueries({ queryKey: ['jobs', 'page'] });
}
