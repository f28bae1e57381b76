// @vitest-environment jsdom
import { QueryClientProvider } from '@tanstack/react-query';
import { act, cleanup, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { articlesQuery, jobsIndexQuery } from '../lib/data/queries';
import { queryClient } from '../lib/query-client';
import { FIXTURE_INDEX } from '../features/jobs/test-fixtures';
import { AppRoutes } from './router';
import { inMemoryRouter } from './test-routing';

async function renderAt(path: string) {
  const { element, router } = inMemoryRouter(<AppRoutes />, { initialEntries: [path] });
  // Awaited: the first render suspends on the page's chunk (and the board's on the search index for a query).
  await act(async () => {
    render(<QueryClientProvider client={queryClient}>{element}</QueryClientProvider>);
  });
  return router;
}

// The pages are lazy chunks: transform them once up front, so a busy machine does not eat the tests' timeouts.
beforeAll(async () => {
  await Promise.all([
    import('./home-route'),
    import('../features/jobs/job-route'),
    import('../features/interview/story-route'),
  ]);
}, 60_000);

beforeEach(() => {
  queryClient.clear();
  queryClient.setQueryData(jobsIndexQuery().queryKey, FIXTURE_INDEX);
  queryClient.setQueryData(articlesQuery().queryKey, {
    generatedAt: FIXTURE_INDEX.generatedAt,
    featured: null,
    articles: [],
  });
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => new Response('', { status: 404 })),
  );
  // jsdom has no scrolling; ScrollRestoration calls it.
  vi.stubGlobal('scrollTo', vi.fn());
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('the app routes', () => {
  it('home is the board inside the layout: skip link, wordmark home, main, footer', async () => {
    await renderAt('/?area=economics');
    expect(await screen.findByRole('heading', { level: 1, name: 'Economics jobs' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Skip to content' })).toHaveAttribute('href', '#main');
    expect(screen.getByRole('banner')).toContainElement(screen.getByRole('link', { name: 'Summit' }));
    expect(screen.getByRole('main')).toHaveAttribute('id', 'main');
    expect(screen.getByRole('contentinfo')).toHaveTextContent('6 jobs');
  });

  it('a job page is its own route', async () => {
    await renderAt('/jobs/no-such-job');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'This job is no longer listed' }),
    ).toBeInTheDocument();
  });

  it('/jobs redirects to the board, keeping the filters', async () => {
    const router = await renderAt('/jobs?area=economics');
    expect(await screen.findByRole('heading', { level: 1, name: 'Economics jobs' })).toBeInTheDocument();
    expect(router.location.pathname).toBe('/');
  });

  it('an unknown path is "Page not found" with a way on', async () => {
    await renderAt('/no/such/page');
    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Browse all jobs' })).toHaveAttribute('href', '/');
    await waitFor(() => expect(document.title).toBe('Page not found · Summit'));
  });
});
