// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import type { StoryCard, StoryList } from '../../../shared/story-list';
import { STORY_MATCHES_SHOWN, StoryMatchesRow } from './story-matches-row';

afterEach(cleanup);

const card = (slug: string, title: string, dek: string | null = null): StoryCard => ({
  slug,
  kind: slug.startsWith('q-') ? 'interview' : 'article',
  title,
  dek,
  readingMinutes: 5,
  researchAreas: [],
  art: null,
  jobCount: 1,
});

const list = (stories: StoryCard[]): StoryList => ({
  version: 1,
  generatedAt: '2026-01-01T00:00:00.000Z',
  featured: null,
  stories,
});

function renderRow(q: string, stories: StoryCard[]) {
  const router = createMemoryRouter([{ path: '/', element: <StoryMatchesRow q={q} list={list(stories)} /> }]);
  return render(<RouterProvider router={router} />);
}

describe('StoryMatchesRow', () => {
  it('shows the stories whose title or dek match, linked to their pages, with their kind', () => {
    renderRow('forecast', [
      card('a-demand', 'Forecasting demand at scale'),
      card('q-chips', 'Silicon chips', 'How forecasts shaped the chip roadmap'),
      card('c-robots', 'Robots in the warehouse'),
    ]);
    const region = screen.getByRole('region', { name: 'Stories match “forecast”' });
    const links = within(region).getAllByRole('link');
    expect(links.map((l) => [l.textContent, l.getAttribute('href')])).toEqual([
      ['Forecasting demand at scale', '/stories/a-demand'],
      ['Silicon chips', '/stories/q-chips'],
    ]);
    expect(within(region).getByText('Interview')).toBeInTheDocument();
    expect(within(region).queryByRole('link', { name: /^All \d+ stories matching$/ })).toBeNull();
  });

  it(`shows at most ${STORY_MATCHES_SHOWN}, and links to all of them on /stories?q=`, () => {
    const stories = Array.from({ length: 5 }, (_, i) => card(`s-${i}`, `Learning story ${i}`));
    renderRow('learning', stories);
    const region = screen.getByRole('region', { name: 'Stories match “learning”' });
    const all = within(region).getByRole('link', { name: 'All 5 stories matching' });
    expect(all).toHaveAttribute('href', '/stories?q=learning');
    expect(within(region).getAllByRole('link')).toHaveLength(STORY_MATCHES_SHOWN + 1);
  });

  it('says nothing when no story matches', () => {
    renderRow('zebra', [card('a', 'Forecasting demand')]);
    expect(screen.queryByRole('region')).toBeNull();
  });
});
