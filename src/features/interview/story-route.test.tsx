// @vitest-environment jsdom
import { QueryClientProvider } from '@tanstack/react-query';
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { jobsIndexQuery, storiesQuery, storyQuery } from '../../lib/data/queries';
import { queryClient } from '../../lib/query-client';
import { storyListOf } from '../../shared/story-list';
import { inMemoryRouter } from '../../app/test-routing';
import StoryRoute from './story-route';
import { gold, interviewArticle } from './test-support/interview-article';
import { jobsIndex } from './test-support/jobs';
import { prose } from './text';

const article = interviewArticle();
const list = storyListOf('2026-01-01T00:00:00Z', article.slug, [article]);

function renderAt(path: string) {
  const { element, router } = inMemoryRouter(
    <Routes>
      <Route path="/" element={<p>Board home</p>} />
      <Route path="/stories/:slug" element={<StoryRoute />} />
    </Routes>,
    { initialEntries: [path] },
  );
  render(<QueryClientProvider client={queryClient}>{element}</QueryClientProvider>);
  return router;
}

function respond(status: number, body: unknown) {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
}

beforeEach(() => {
  queryClient.clear();
  queryClient.setQueryData(jobsIndexQuery().queryKey, jobsIndex);
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('/stories/:slug', () => {
  it('loads the story’s own file through the shared query and renders the story', async () => {
    const fetchMock = vi.fn(async () => respond(200, article));
    vi.stubGlobal('fetch', fetchMock);
    renderAt(`/stories/${article.slug}`);
    expect(
      await screen.findByRole('heading', { level: 1, name: prose(gold.title) }, { timeout: 5000 }),
    ).toBeInTheDocument();
    expect(fetchMock).toHaveBeenCalledTimes(1);
    expect(String(fetchMock.mock.calls[0]?.[0 as never])).toMatch(
      new RegExp(`data/stories/${article.slug}\\.json$`),
    );
    expect(queryClient.getQueryData(storyQuery(article.slug).queryKey)).toEqual(article);
    expect(
      screen.getByRole('heading', { level: 2, name: 'Jobs listed with this story' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /See all 2 on the board/ })).toHaveAttribute(
      'href',
      `/?story=${article.slug}`,
    );
  });

  it('lands on the question named by the fragment once the async data has rendered', async () => {
    vi.stubGlobal('requestAnimationFrame', (cb: FrameRequestCallback) => setTimeout(() => cb(0), 0));
    const scrolled: string[] = [];
    Element.prototype.scrollIntoView = function (this: Element) {
      scrolled.push(this.id);
    };
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => respond(200, article)),
    );
    renderAt(`/stories/${article.slug}#q4`);
    await screen.findByRole('heading', { level: 1, name: prose(gold.title) }, { timeout: 5000 });
    await vi.waitFor(() => expect(scrolled).toEqual(['q4']));
    // @ts-expect-error jsdom has no scrollIntoView; remove the stub again.
    delete Element.prototype.scrollIntoView;
  });

  it('says "Story not found" for an unknown slug, with a way back', async () => {
    queryClient.setQueryData(storiesQuery().queryKey, list);
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response('<!doctype html>', { status: 404 })),
    );
    const router = renderAt('/stories/no-such-story');
    expect(await screen.findByRole('heading', { level: 1, name: 'Story not found' })).toBeInTheDocument();
    // Set in an effect, which may run after the commit the heading came with.
    await waitFor(() => expect(document.title).toBe('Story not found · Summit'));
    expect(screen.getByRole('link', { name: 'See all stories' })).toHaveAttribute('href', '/stories');
    await userEvent.click(screen.getByRole('link', { name: 'Back to all jobs' }));
    expect(router.location.pathname).toBe('/');
  });

  it('shows the data error with a Retry that loads the story again', async () => {
    const fetchMock = vi.fn(async () => respond(500, {}));
    vi.stubGlobal('fetch', fetchMock);
    renderAt(`/stories/${article.slug}`);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'This story could not be loaded' }),
    ).toBeInTheDocument();
    expect(screen.getByText('The server answered with an error (500).')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Back to all jobs' })).toHaveAttribute('href', '/');

    fetchMock.mockImplementation(async () => respond(200, article));
    await userEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: prose(gold.title) }, { timeout: 5000 }),
    ).toBeInTheDocument();
  });
});
