/**
 * A bigger board than the user's documents give (for paging and scroll tests): the built index's jobs repeated
 * with new ids and numbered titles, served through page.route in place of /data/index.json and job details.
 */
import { expect, type APIRequestContext } from '@playwright/test';
import { decodeIndex, encodeCards, type CompactIndex, type JobCard } from '../../src/shared/compact-index';

export async function largeIndex(request: APIRequestContext, size: number) {
  const response = await request.get('/data/index.json');
  expect(response.ok()).toBe(true);
  const base = (await response.json()) as CompactIndex;
  // Through the cards and back: the index stores most ids as hash digits beside the title, and these copies
  // have new titles and ids.
  const cards = decodeIndex(base);
  const n = cards.length;
  const copies: JobCard[] = [];
  const origin = new Map<string, { id: string; title: string }>();
  for (let i = 0; i < size; i++) {
    const from = cards[i % n]!;
    const id = `${from.id}-copy-${i + 1}`;
    const title = `${from.title} ${String(i + 1).padStart(3, '0')}`;
    origin.set(id, { id: from.id, title });
    copies.push({ ...from, id, title });
  }
  const details = new Map<string, Record<string, unknown>>();
  for (const id of new Set(cards.map((c) => c.id))) {
    const detail = await request.get(`/data/jobs/${id}.json`);
    expect(detail.ok()).toBe(true);
    details.set(id, (await detail.json()) as Record<string, unknown>);
  }
  return {
    index: encodeCards(copies, base.generatedAt),
    /** The job detail for a copied id (from the request URL). */
    detailFor(url: string): Record<string, unknown> {
      const id = decodeURIComponent(
        new URL(url).pathname
          .split('/')
          .pop()!
          .replace(/\.json$/, ''),
      );
      const from = origin.get(id);
      if (!from) return {};
      return { ...details.get(from.id), id, title: from.title, displayTitle: from.title };
    },
  };
}
