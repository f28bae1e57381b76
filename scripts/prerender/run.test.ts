import { describe, expect, it } from 'vitest';
import { prerenderThreads } from './run';
import { shardOf } from './shard';

describe('shardOf', () => {
  it('gives every page to exactly one thread, alternating', () => {
    const pages = Array.from({ length: 11 }, (_, i) => i);
    const shards = [0, 1, 2].map((shard) => shardOf(pages, shard, 3));
    expect(shards).toEqual([
      [0, 3, 6, 9],
      [1, 4, 7, 10],
      [2, 5, 8],
    ]);
    expect(shards.flat().sort((a, b) => a - b)).toEqual(pages);
  });

  it('with one thread, is every page in order', () => {
    expect(shardOf(['a', 'b'], 0, 1)).toEqual(['a', 'b']);
  });
});

describe('prerenderThreads', () => {
  it('renders a small site on one thread', () => {
    expect(prerenderThreads(86, {})).toBe(1);
  });

  it('uses the cores for a large site, at most four', () => {
    const threads = prerenderThreads(10_000, {});
    expect(threads).toBeGreaterThanOrEqual(1);
    expect(threads).toBeLessThanOrEqual(4);
  });

  it('follows PRERENDER_THREADS and ignores a value that is not a positive whole number', () => {
    expect(prerenderThreads(86, { PRERENDER_THREADS: '2' })).toBe(2);
    expect(prerenderThreads(10_000, { PRERENDER_THREADS: '1' })).toBe(1);
    expect(prerenderThreads(86, { PRERENDER_THREADS: 'many' })).toBe(1);
    expect(prerenderThreads(86, { PRERENDER_THREADS: '0' })).toBe(1);
  });
});
