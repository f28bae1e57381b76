// @vitest-environment jsdom
import { QueryClientProvider } from '@tanstack/react-query';
import { cleanup, configure, render, screen, waitFor } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { articlesQuery, jobsIndexQuery } from '../lib/data/queries';
import { queryClient } from '../lib/query-client';
import { FIXTURE_INDEX } from '../features/jobs/test-fixtures';
import { routes } from './router';

// Busy CI machines render slowly: wait longer than the 1 s default for async queries.
configure({ asyncUtilTimeout: 5000 });

function renderAt(path: string) {
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  render(
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
  return router;
}

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
    renderAt('/?area=economics');
    expect(await screen.findByRole('heading', { level: 1, name: 'Economics jobs' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Skip to content' })).toHaveAttribute('href', '#main');
    expect(screen.getByRole('banner')).toContainElement(screen.getByRole('link', { name: 'Summit' }));
    expect(screen.getByRole('main')).toHaveAttribute('id', 'main');
    expect(screen.getByRole('contentinfo')).toHaveTextContent('6 jobs');
  });

  it('a job page is its own route', async () => {
    renderAt('/jobs/no-such-job');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'This job is no longer listed' }),
    ).toBeInTheDocument();
  });

  it('/jobs redirects to the board, keeping the filters', async () => {
    const router = renderAt('/jobs?area=economics');
    expect(await screen.findByRole('heading', { level: 1, name: 'Economics jobs' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/');
  });

  it('an unknown path is "Page not found" with a way on', async () => {
    renderAt('/no/such/page');
    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Browse all jobs' })).toHaveAttribute('href', '/');
    await waitFor(() => expect(document.title).toBe('Page not found · Summit'));
  });
});
