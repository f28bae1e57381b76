// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { articlesQuery } from '../../lib/data/queries';
import type { ArticlesFile } from '../../shared/bundle-schema';
import { FeaturedStoryCard } from './featured-story-card';
import { gold, interviewArticle } from './test-support/interview-article';
import { prose } from './text';

const article = interviewArticle();
const other = interviewArticle({
  id: 'another-story',
  slug: 'another-story',
  title: 'Another story',
  qa: [],
});
const file: ArticlesFile = { generatedAt: 'x', featured: article.slug, articles: [other, article] };

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
    renderCard((c) => c.setQueryData(articlesQuery().queryKey, file));
    const link = await screen.findByRole('link', { name: prose(gold.title) });
    expect(link).toHaveAttribute('href', `/stories/${article.slug}`);
    expect(screen.getByText(prose(gold.dek))).toBeInTheDocument();
    expect(screen.getByText(/min read/)).toHaveTextContent(`· ${article.readingMinutes} min read`);
    expect(screen.getByText('Featured interview', { exact: false })).toBeInTheDocument();
    expect(screen.queryByRole('img')).toBeNull(); // the art is decorative here
  });

  it('follows `featured` to another article', async () => {
    renderCard((c) => c.setQueryData(articlesQuery().queryKey, { ...file, featured: 'another-story' }));
    expect(await screen.findByRole('link', { name: 'Another story' })).toHaveAttribute(
      'href',
      '/stories/another-story',
    );
  });

  it('renders a fixed-height, hidden skeleton while loading', () => {
    vi.stubGlobal('fetch', () => new Promise<never>(() => {}));
    const { container } = renderCard(() => {});
    const skeleton = screen.getByTestId('featured-story-skeleton');
    expect(skeleton).toHaveAttribute('aria-hidden', 'true');
    expect(skeleton.className).toMatch(/\bh-36\b/);
    expect(container).toHaveTextContent('Board');
  });

  it('fetches articles.json itself and reads only what the card shows', async () => {
    vi.stubGlobal('fetch', async () => Response.json(file));
    renderCard(() => {});
    expect(await screen.findByRole('link', { name: prose(gold.title) })).toBeInTheDocument();
  });

  it('renders nothing when the file is damaged', async () => {
    const damaged = { ...file, articles: [{ ...article, readingMinutes: 'soon' }] };
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
    const again = renderCard((c) => c.setQueryData(articlesQuery().queryKey, { ...file, featured: null }));
    await waitFor(() => expect(screen.queryByTestId('featured-story-skeleton')).toBeNull());
    expect(again.container).toHaveTextContent(/^Board$/);
  });
});
