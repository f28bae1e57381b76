// @vitest-environment jsdom
import { QueryClientProvider } from '@tanstack/react-query';
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { jobsIndexQuery } from '../../lib/data/queries';
import { queryClient } from '../../lib/query-client';
import { inMemoryRouter } from '../../app/test-routing';
import JobRoute from './job-route';
import { FIXTURE_INDEX, fixtureDetail } from './test-fixtures';

function renderAt(path: string, state?: unknown) {
  const { element, router } = inMemoryRouter(
    <Routes>
      <Route path="/" element={<p>Board</p>} />
      <Route path="/jobs/:id" element={<JobRoute />} />
    </Routes>,
    { initialEntries: ['/?area=economics', { pathname: path, state }], initialIndex: 1 },
  );
  render(<QueryClientProvider client={queryClient}>{element}</QueryClientProvider>);
  return router;
}

function json(body: unknown, status = 200) {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
}

let fetchMock: ReturnType<typeof vi.fn>;
beforeEach(() => {
  queryClient.clear();
  queryClient.setQueryData(jobsIndexQuery().queryKey, FIXTURE_INDEX);
  // Like the static server: a file for every listed job, index.html (the SPA fallback) for anything else.
  fetchMock = vi.fn(async (url: string) => {
    const match = /jobs\/([^/]+)\.json$/.exec(String(url));
    const id = match ? decodeURIComponent(match[1] ?? '') : null;
    return id !== null && FIXTURE_INDEX.jobs.some((job) => job.id === id)
      ? json(fixtureDetail(id))
      : new Response('<!doctype html>', { status: 200, headers: { 'content-type': 'text/html' } });
  });
  vi.stubGlobal('fetch', fetchMock);
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('/jobs/:id', () => {
  it('shows the title as h1, the facts, sections with real lists, boilerplate collapsed, similar jobs', async () => {
    renderAt('/jobs/economist-prime-video-seattle');
    expect(await screen.findByRole('heading', { level: 1, name: 'Economist' })).toBeInTheDocument();
    await waitFor(() => expect(document.title).toBe('Economist — Seattle · Summit'));
    const about = screen.getByRole('list', { name: 'About this job' });
    expect(within(about).getByRole('link', { name: 'Prime Video' })).toHaveAttribute(
      'href',
      '/?team=prime-video',
    );
    expect(within(about).getByRole('link', { name: 'Seattle, WA, US' })).toHaveAttribute(
      'href',
      '/?location=us-wa-seattle',
    );
    expect(within(about).getByText('Full-time')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Economics' })).toHaveAttribute('href', '/?area=economics');
    expect(screen.getByRole('heading', { level: 2, name: 'Key job responsibilities' })).toBeInTheDocument();
    expect(screen.getByText('Build causal models').tagName).toBe('LI');
    const facts = screen.getByRole('complementary', { name: 'Job details' });
    expect(facts).toHaveTextContent('AMZ9674161');
    expect(facts).toHaveTextContent('$136,000 – $212,800 per year');
    expect(facts).toHaveTextContent('40 hours / week');
    const external = within(facts).getByRole('link', { name: /accommodations/ });
    expect(external).toHaveAttribute('rel', 'noopener noreferrer');
    expect(external).toHaveAttribute('href', 'https://www.amazon.jobs/en/disability/us');
    const disclosure = screen.getByText('Why AWS?').closest('details');
    expect(disclosure).not.toHaveAttribute('open');
    const similar = screen.getByRole('region', { name: 'Similar jobs' });
    expect(within(similar).getAllByRole('link')[0]).toHaveAttribute(
      'href',
      '/jobs/applied-scientist-prime-video-seattle',
    );
  });

  it('has one primary action: find the job on amazon.jobs (no numeric job number or job link stated), in a new tab', async () => {
    renderAt('/jobs/economist-prime-video-seattle');
    const apply = await screen.findByRole('link', { name: /Find this job on amazon\.jobs/ });
    expect(apply).toHaveAttribute('target', '_blank');
    expect(apply).toHaveAttribute('rel', 'noopener noreferrer');
    const url = new URL(apply.getAttribute('href') ?? '');
    expect(url.origin + url.pathname).toBe('https://www.amazon.jobs/en/search');
    expect(url.searchParams.get('base_query')).toBe('Economist');
    expect(url.searchParams.get('loc_query')).toBe('Seattle');
  });

  it('says when the title was inferred from the description, and not when it was stated', async () => {
    const inferred = { ...fixtureDetail('economist-prime-video-seattle'), titleSource: 'inferred' as const };
    fetchMock.mockImplementation(async () => json(inferred));
    renderAt('/jobs/economist-prime-video-seattle');
    expect(await screen.findByRole('heading', { level: 1, name: 'Economist' })).toBeInTheDocument();
    expect(screen.getByText(/^Title inferred from the description/)).toBeInTheDocument();
    cleanup();
    queryClient.clear();
    queryClient.setQueryData(jobsIndexQuery().queryKey, FIXTURE_INDEX);
    fetchMock.mockImplementation(async () => json({ ...inferred, titleSource: 'stated' }));
    renderAt('/jobs/economist-prime-video-seattle');
    expect(await screen.findByRole('heading', { level: 1, name: 'Economist' })).toBeInTheDocument();
    expect(screen.queryByText(/^Title inferred from the description/)).not.toBeInTheDocument();
  });

  it('renders markup from the documents as text: nothing runs', async () => {
    renderAt('/jobs/economist-prime-video-seattle');
    expect(await screen.findByText(/<script>window.__pwned=1<\/script>/)).toBeInTheDocument();
    expect(screen.getByText('Run experiments <img src=x onerror="window.__pwned=1">')).toBeInTheDocument();
    expect(document.querySelector('main script, script:not([src]), img[src="x"], [onerror]')).toBeNull();
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
  });

  it('an id with no file that the index does not list is "no longer listed"', async () => {
    renderAt('/jobs/economist-somewhere-deadbeef');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'This job is no longer listed' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Browse all jobs' })).toHaveAttribute('href', '/');
    expect(
      within(screen.getByRole('region', { name: 'Jobs you might be looking for' })).getAllByRole('link')
        .length,
    ).toBeGreaterThan(0);
  });

  it('a listed job whose file is missing is an error with a Retry, not "no longer listed"', async () => {
    fetchMock.mockImplementationOnce(async () => new Response('', { status: 404 }));
    renderAt('/jobs/economist-prime-video-seattle');
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByRole('heading', { name: 'This job could not be loaded' })).toBeInTheDocument();
  });

  it('Back to results goes back through history to the list it came from', async () => {
    const user = userEvent.setup();
    const router = renderAt('/jobs/economist-prime-video-seattle', { board: '?area=economics', depth: 1 });
    const back = await screen.findByRole('link', { name: /Back to results/ });
    expect(back).toHaveAttribute('href', '/?area=economics');
    await user.click(back);
    expect(await screen.findByText('Board')).toBeInTheDocument();
    expect(router.action).toBe('POP');
    expect(router.location.search).toBe('?area=economics');
  });

  it('a failed detail shows the error with a Retry that works', async () => {
    const user = userEvent.setup();
    fetchMock.mockImplementationOnce(async () => new Response('', { status: 500 }));
    renderAt('/jobs/economist-prime-video-seattle');
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByRole('heading', { name: 'This job could not be loaded' })).toBeInTheDocument();
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Economist' })).toBeInTheDocument();
  });
});
