import { describe, expect, it } from 'vitest';
import { syntheticJobs } from '../../../bench/lib/synthetic-jobs';
import { createEngine } from '../../../src/features/jobs/engine';
import { DEFAULT_BOARD_STATE, PAGE_SIZE } from '../../../src/shared/board-state';
import { decodeIndex, encodeCards } from '../../../src/shared/compact-index';
import { checkFirstPage, firstPageChecker } from '../../../src/shared/first-page';
import { firstPageFor } from './first-page';

/** The first page as the app reads it (through JSON), against the engine's answer on the whole index. */
function expectSameAsEngine(index: Parameters<typeof firstPageFor>[0]) {
  const page = JSON.parse(JSON.stringify(firstPageFor(index))) as unknown;
  const parsed = firstPageChecker.safeParse(page);
  expect(parsed.success).toBe(true);
  if (!parsed.success) return;
  const cards = decodeIndex(index);
  const answer = createEngine(cards).query(DEFAULT_BOARD_STATE);
  expect(parsed.data.total).toBe(answer.total);
  expect(parsed.data.generatedAt).toBe(index.generatedAt);
  expect(parsed.data.facets).toEqual(JSON.parse(JSON.stringify(answer.facets)));
  const firstIds = Array.from(answer.order.subarray(0, PAGE_SIZE), (i) => cards[i]);
  expect(decodeIndex(parsed.data.cards)).toEqual(firstIds);
}

// A handful of generated jobs: fewer than a page, so the first page is all of them.
const smallIndex = encodeCards(syntheticJobs(12, 3), '2026-11-23T00:00:00.000Z');

describe('firstPageFor', () => {
  it('is the engine’s default view of a few jobs (fewer than a page)', () => {
    expect(decodeIndex(smallIndex).length).toBeLessThan(PAGE_SIZE);
    expectSameAsEngine(smallIndex);
  });

  it('is the engine’s default view of 2,000 generated jobs: their count, facets and first 20 cards', () => {
    const index = encodeCards(syntheticJobs(2000, 7), '2026-11-23T00:00:00.000Z');
    expectSameAsEngine(index);
    expect(decodeIndex(firstPageFor(index).cards)).toHaveLength(PAGE_SIZE);
  });
});

describe('checkFirstPage', () => {
  const good = () => JSON.parse(JSON.stringify(firstPageFor(smallIndex))) as Record<string, unknown>;

  it('accepts what the build step writes', () => {
    expect(checkFirstPage(good())).toBeNull();
  });

  it.each([
    [
      'another version',
      (p: Record<string, unknown>): void => {
        p.version = 2;
      },
      ['version'],
    ],
    [
      'a negative total',
      (p: Record<string, unknown>): void => {
        p.total = -1;
      },
      ['total'],
    ],
    [
      'a facet without counts',
      (p: Record<string, unknown>): void => {
        (p.facets as { team: unknown[] }).team = [{ slug: 'x' }];
      },
      ['facets', 'team', 0],
    ],
    [
      'a missing facet',
      (p: Record<string, unknown>): void => {
        delete (p.facets as Record<string, unknown>).area;
      },
      ['facets', 'area'],
    ],
    [
      'broken cards',
      (p: Record<string, unknown>): void => {
        (p.cards as { jobs: { title: unknown } }).jobs.title = 'x';
      },
      ['cards', 'jobs', 'title'],
    ],
  ] as const)('rejects %s, naming where', (_name, spoil, path) => {
    const page = good();
    spoil(page);
    expect(checkFirstPage(page)?.path).toEqual(path);
  });

  it('rejects a facet tree deeper than locations go', () => {
    const page = good();
    const deep = { slug: 'a', label: 'A', count: 1, selected: false };
    let node: Record<string, unknown> = deep;
    for (let i = 0; i < 4; i++) {
      const child = { slug: `a${i}`, label: 'A', count: 1, selected: false };
      node.children = [child];
      node = child;
    }
    (page.facets as { location: unknown[] }).location = [deep];
    expect(checkFirstPage(page)?.message).toBe('facet tree too deep');
  });
});
