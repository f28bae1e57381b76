// @vitest-environment jsdom
import { QueryClientProvider } from '@tanstack/react-query';
import { act, cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { firstPageQuery, jobsIndexQuery } from '../../lib/data/queries';
import { queryClient } from '../../lib/query-client';
import HomeRoute from '../../app/home-route';
import { inMemoryRouter } from '../../app/test-routing';
import { DEFAULT_BOARD_STATE } from '../../shared/board-state';
import { createEngine } from './engine';
import { FIXTURE_INDEX, FIXTURE_JOBS } from './test-fixtures';

async function renderBoard(path = '/') {
  // The home route: the board with its error boundary and its wait for the search index.
  const { element, router } = inMemoryRouter(
    <Routes>
      <Route path="/" element={<HomeRoute />} />
      <Route path="/jobs/:id" element={<p>Job page</p>} />
    </Routes>,
    { initialEntries: [path] },
  );
  // Awaited: a URL with a query suspends on the search index, and React retries that render in act's queue.
  await act(async () => {
    render(<QueryClientProvider client={queryClient}>{element}</QueryClientProvider>);
  });
  return router;
}

const status = () => screen.getByRole('status', { name: '' });
const group = (name: string) => screen.getByRole('group', { name });
const ready = () => screen.findByRole('heading', { level: 1 });
/**
 * The board draws a change in two steps (decision 0008): the URL, the checkbox, the count and the heading at once,
 * then the facet counts, chips and cards, with the stale parts aria-busy until they land. Anything the second step
 * draws is read after this.
 */
const settled = () => waitFor(() => expect(document.querySelector('[aria-busy="true"]')).toBeNull());

beforeEach(() => {
  queryClient.clear();
  queryClient.setQueryData(jobsIndexQuery().queryKey, FIXTURE_INDEX);
  // No search index in tests: the board searches the cards' own fields.
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => new Response('missing', { status: 404 })),
  );
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('the board', () => {
  it('shows the facets as named fieldsets of native checkboxes named "value count", and the count as a status', async () => {
    await renderBoard();
    expect(await screen.findByRole('heading', { level: 1, name: 'All jobs' })).toBeInTheDocument();
    expect(status()).toHaveTextContent(/^6 jobs$/);
    for (const name of ['Location', 'Team', 'Research area', 'Job type'])
      expect(group(name)).toBeInTheDocument();
    expect(within(group('Location')).getByRole('checkbox', { name: 'Seattle 2' })).toBeInTheDocument();
    expect(within(group('Job type')).getByRole('checkbox', { name: 'Internship 1' })).toBeInTheDocument();
    expect(within(group('Job type')).getByRole('checkbox', { name: 'Manager 1' })).toBeInTheDocument();
    await waitFor(() => expect(document.title).toBe('All jobs · Summit'));
    const link = screen.getByRole('link', { name: 'Economist' });
    expect(link).toHaveAttribute('href', '/jobs/economist-prime-video-seattle');
  });

  it('a checkbox pushes the canonical URL, and counts follow (OR within, AND across)', async () => {
    const user = userEvent.setup();
    const router = await renderBoard();
    await ready();
    await user.click(within(group('Research area')).getByRole('checkbox', { name: 'Economics 3' }));
    await waitFor(() => expect(router.location.search).toBe('?area=economics'));
    expect(router.action).toBe('PUSH');
    expect(status()).toHaveTextContent(/^3 jobs$/);
    await settled();
    // The area facet's own counts ignore its selection; other facets narrow to it (Bellevue has no economist).
    expect(within(group('Research area')).getByRole('checkbox', { name: 'Robotics 1' })).toBeInTheDocument();
    expect(within(group('Location')).getByRole('checkbox', { name: 'Seattle 2' })).toBeInTheDocument();
    expect(within(group('Location')).queryByRole('checkbox', { name: /^Bellevue/ })).not.toBeInTheDocument();
    await user.click(within(group('Location')).getByRole('checkbox', { name: 'New York 1' }));
    await waitFor(() => expect(router.location.search).toBe('?location=us-ny-new-york&area=economics'));
    expect(status()).toHaveTextContent(/^1 job$/);
    await settled();
    // The late render sets the title in an effect, after the commit that clears aria-busy (busy unit run SB4).
    await waitFor(() => expect(document.title).toBe('Economics jobs in New York · Summit'));
    expect(screen.getByRole('link', { name: 'Remove research area filter: Economics' })).toHaveAttribute(
      'href',
      '/?location=us-ny-new-york',
    );
  });

  it('typing searches after a pause: the first commit pushes, the rest replace; matches are marked', async () => {
    const user = userEvent.setup();
    const router = await renderBoard();
    const box = await screen.findByRole('searchbox', { name: 'Search jobs' });
    /** How the history changed since `from`: a search is one PUSH, then only REPLACEs, however the keys fell. */
    const actionsSince = (from: number) => router.navigations.slice(from).map((n) => n.action);
    const start = router.navigations.length;
    await user.type(box, 'econ');
    await waitFor(() => expect(router.location.search).toBe('?q=econ'));
    await user.type(box, 'omist');
    await waitFor(() => expect(router.location.search).toBe('?q=economist'));
    const typed = actionsSince(start);
    expect(typed[0]).toBe('PUSH');
    expect(typed.slice(1)).toEqual(typed.slice(1).map(() => 'REPLACE'));
    expect(typed.length).toBeGreaterThanOrEqual(2);
    // The cards, and so their marks, are the second step's.
    await settled();
    expect(screen.getByRole('link', { name: /^Economist III/ })).toBeInTheDocument();
    const marks = document.querySelectorAll('main mark, mark');
    expect(marks.length).toBeGreaterThan(0);
    for (const mark of marks) expect(mark.textContent?.toLowerCase()).toMatch(/^econom/);
    // Enter ends the search: the next edit starts a new entry.
    await user.type(box, '{Enter}');
    const next = router.navigations.length;
    await user.type(box, ' iii');
    await waitFor(() => expect(router.location.search).toBe('?q=economist+iii'));
    const again = actionsSince(next);
    expect(again[0]).toBe('PUSH');
    expect(again.slice(1)).toEqual(again.slice(1).map(() => 'REPLACE'));
  });

  it('typing keeps the filters already applied', async () => {
    const user = userEvent.setup();
    const router = await renderBoard('/?area=economics&page=2');
    await user.type(await screen.findByRole('searchbox', { name: 'Search jobs' }), 'econ');
    await waitFor(() => expect(router.location.search).toBe('?q=econ&area=economics'));
  });

  it('Back restores the search box from the URL', async () => {
    const user = userEvent.setup();
    const router = await renderBoard('/?q=economist');
    const box = await screen.findByRole('searchbox', { name: 'Search jobs' });
    expect(box).toHaveValue('economist');
    await user.click(screen.getByRole('link', { name: /Remove search filter/ }));
    await waitFor(() => expect(box).toHaveValue(''));
    await act(() => router.navigate(-1));
    await waitFor(() => expect(box).toHaveValue('economist'));
  });

  it('unknown URL values are removable chips that match nothing, with filters to drop', async () => {
    await renderBoard('/?team=nobody&area=economics');
    expect(await screen.findByRole('heading', { name: /No jobs match/ })).toBeInTheDocument();
    expect(status()).toHaveTextContent(/^0 jobs$/);
    const chip = screen.getByRole('link', { name: 'Remove team filter: nobody (unknown value)' });
    expect(chip).toHaveAttribute('href', '/?area=economics');
    expect(screen.getByRole('link', { name: 'Drop nobody' })).toBeInTheDocument();
    expect(screen.getByText('brings back 3 jobs')).toBeInTheDocument();
  });

  it('a selected value stays visible at count 0', async () => {
    await renderBoard('/?location=gb-london&area=economics');
    await ready();
    expect(
      await within(group('Research area')).findByRole('checkbox', { name: 'Economics 0' }),
    ).toBeChecked();
    expect(within(group('Location')).getByRole('checkbox', { name: 'London 0' })).toBeChecked();
  });

  it('bad page numbers fall back to a real page', async () => {
    await renderBoard('/?page=99999');
    expect(
      await screen.findAllByRole('link', { name: /Economist|Scientist|Manager|Intern/ }),
    ).not.toHaveLength(0);
    expect(screen.queryByRole('navigation', { name: 'Pagination' })).not.toBeInTheDocument();
  });
});

describe('the board when the index fails', () => {
  it('says so with a Retry that works', async () => {
    queryClient.clear();
    const fetchMock = vi.fn(async () => new Response('oops', { status: 500 }));
    vi.stubGlobal('fetch', fetchMock);
    const user = userEvent.setup();
    const router = await renderBoard('/?area=economics');
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByRole('heading', { name: 'The jobs could not be loaded' })).toBeInTheDocument();
    expect(alert).toHaveTextContent('The server answered with an error (500).');
    const { compactIndex } = await import('./test-fixtures-compact');
    fetchMock.mockImplementation(
      async () =>
        new Response(JSON.stringify(compactIndex), {
          status: 200,
          headers: { 'content-type': 'application/json' },
        }),
    );
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Economics jobs' })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(router.location.search).toBe('?area=economics');
  });
});

describe('the board from the first page', () => {
  /** The first page in the cache, as the build step computes it; the index served when released. */
  function serveFirstPageThenIndex() {
    queryClient.clear();
    const answer = createEngine(FIXTURE_JOBS).query(DEFAULT_BOARD_STATE);
    queryClient.setQueryData(firstPageQuery().queryKey, {
      generatedAt: FIXTURE_INDEX.generatedAt,
      total: answer.total,
      facets: answer.facets,
      jobs: Array.from(answer.order.subarray(0, 2), (i) => FIXTURE_JOBS[i]!),
    });
    let releaseIndex = () => {};
    const indexAsked = new Promise<void>((resolve) => {
      vi.stubGlobal(
        'fetch',
        vi.fn(async (url: string) => {
          if (!String(url).endsWith('/data/index.json')) return new Response('missing', { status: 404 });
          resolve();
          await new Promise<void>((release) => (releaseIndex = release));
          const { compactIndex } = await import('./test-fixtures-compact');
          return new Response(JSON.stringify(compactIndex), {
            status: 200,
            headers: { 'content-type': 'application/json' },
          });
        }),
      );
    });
    return { indexAsked, release: () => releaseIndex() };
  }

  it('a click before the index has loaded keeps the page, checks the box and says it is loading', async () => {
    const { indexAsked, release } = serveFirstPageThenIndex();
    const user = userEvent.setup();
    const router = await renderBoard();
    await ready();
    await user.click(within(group('Research area')).getByRole('checkbox', { name: 'Economics 3' }));
    await waitFor(() => expect(router.location.search).toBe('?area=economics'));
    // Not a skeleton: the board is still there, the box checked, the list marked busy.
    expect(within(group('Research area')).getByRole('checkbox', { name: /^Economics/ })).toBeChecked();
    expect(status()).toHaveTextContent('Loading all jobs…');
    expect(screen.getAllByRole('article')).toHaveLength(2);
    await indexAsked;
    release();
    // The count comes with the index; the cards a frame later, when the list stops being busy.
    await settled();
    expect(status()).toHaveTextContent(/^3 jobs$/);
    expect(screen.getAllByRole('article')).toHaveLength(3);
    expect(screen.getByRole('heading', { level: 1, name: 'Economics jobs' })).toBeInTheDocument();
  });

  it('shows the precomputed first page, then moves over to the index without a change, building one engine', async () => {
    // The index arrives only when the board asks for it.
    const { indexAsked, release } = serveFirstPageThenIndex();
    performance.clearMeasures('summit:create engine');

    await renderBoard();
    expect(await screen.findByRole('heading', { level: 1, name: 'All jobs' })).toBeInTheDocument();
    expect(status()).toHaveTextContent(/^6 jobs$/);
    // Two cards from the first page, every facet count from it, and no engine yet.
    expect(screen.getAllByRole('article')).toHaveLength(2);
    expect(within(group('Research area')).getByRole('checkbox', { name: 'Economics 3' })).toBeInTheDocument();
    expect(performance.getEntriesByName('summit:create engine')).toHaveLength(0);

    await indexAsked;
    release();
    // The index's view: every job listed, the same count and facets, one engine built.
    await waitFor(() => expect(screen.getAllByRole('article')).toHaveLength(6));
    expect(status()).toHaveTextContent(/^6 jobs$/);
    expect(within(group('Research area')).getByRole('checkbox', { name: 'Economics 3' })).toBeInTheDocument();
    expect(performance.getEntriesByName('summit:create engine')).toHaveLength(1);
  });
});
