// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { storiesQuery } from '../../lib/data/queries';
import { storyListOf } from '../../shared/story-list';
import { FeaturedStoryCard } from './featured-story-card';
import { gold, interviewArticle } from './test-support/interview-article';
import { prose } from './text';

const article = interviewArticle();
const other = interviewArticle({
  id: 'another-story',
  slug: 'another-story',
  title: 'Another story',
  kind: 'article',
  qa: [],
});
const file = storyListOf('x', article.slug, [other, article]);

function renderCard(setup: (client: QueryClient) => void) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  setup(client);
  return render(
    <QueryClientProvider client={client}>
      <MemoryRouter>
        <p>Board</p>
        <FeaturedStoryCard />
      </MemoryRouter>
    </QueryClientProvider>,
  );
}

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('FeaturedStoryCard', () => {
  it('shows the featured story: title link, dek, reading time', async () => {
    renderCard((c) => c.setQueryData(storiesQuery().queryKey, file));
    const link = await screen.findByRole('link', { name: prose(gold.title) });
    expect(link).toHaveAttribute('href', `/stories/${article.slug}`);
    expect(screen.getByText(prose(gold.dek))).toBeInTheDocument();
    expect(screen.getAllByText(/min read/)[0]).toHaveTextContent(`· ${article.readingMinutes} min read`);
    expect(screen.getByText('Featured interview', { exact: false })).toBeInTheDocument();
    expect(screen.queryByRole('img')).toBeNull(); // the art is decorative here
    // Up to three more stories, and all of them.
    expect(screen.getByRole('link', { name: 'Another story' })).toHaveAttribute(
      'href',
      '/stories/another-story',
    );
    expect(screen.getByRole('link', { name: /All 2 stories/ })).toHaveAttribute('href', '/stories');
  });

  it('follows `featured` to another article', async () => {
    renderCard((c) => c.setQueryData(storiesQuery().queryKey, { ...file, featured: 'another-story' }));
    expect(await screen.findByText('Featured article', { exact: false })).toBeInTheDocument();
    expect(screen.getAllByRole('link', { name: 'Another story' })).toHaveLength(1);
  });

  it('renders a fixed-height, hidden skeleton while loading', () => {
    vi.stubGlobal('fetch', () => new Promise<never>(() => {}));
    const { container } = renderCard(() => {});
    const skeleton = screen.getByTestId('featured-story-skeleton');
    expect(skeleton).toHaveAttribute('aria-hidden', 'true');
    expect(skeleton.firstElementChild?.className).toMatch(/\bh-36\b/);
    expect(container).toHaveTextContent('Board');
  });

  it('fetches stories.json itself', async () => {
    vi.stubGlobal('fetch', async () => Response.json(file));
    renderCard(() => {});
    expect(await screen.findByRole('link', { name: prose(gold.title) })).toBeInTheDocument();
  });

  it('renders nothing when the file is damaged', async () => {
    const damaged = { ...file, stories: [{ ...file.stories[0], readingMinutes: 'soon' }] };
    vi.stubGlobal('fetch', async () => Response.json(damaged));
    const { container } = renderCard(() => {});
    await waitFor(() => expect(screen.queryByTestId('featured-story-skeleton')).toBeNull());
    expect(container).toHaveTextContent(/^Board$/);
  });

  it('renders nothing on error or when nothing is featured', async () => {
    vi.stubGlobal('fetch', async () => new Response('{}', { status: 500 }));
    const { container, unmount } = renderCard(() => {});
    await waitFor(() => expect(screen.queryByTestId('featured-story-skeleton')).toBeNull());
    expect(container).toHaveTextContent(/^Board$/);
    unmount();
    const again = renderCard((c) => c.setQueryData(storiesQuery().queryKey, { ...file, featured: null }));
    await waitFor(() => expect(screen.queryByTestId('featured-story-skeleton')).toBeNull());
    expect(again.container).toHaveTextContent(/^Board$/);
  });
});
