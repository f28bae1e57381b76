/**
 * A small seeded PRNG (mulberry32) and the helpers the corpus generator draws with. Every random choice in the
 * corpus goes through an `Rng`, so a seed fixes every byte. Sub-streams are keyed (`rngFor(seed, 'listing', d, j)`)
 * so that any listing or article can be regenerated on its own, without replaying the ones before it.
 */
import { mulberry32 } from '../../src/shared/prng';

export { mulberry32 };

export interface Rng {
  /** Uniform in [0, 1). */
  next(): number;
  /** Uniform integer in [min, max] (inclusive). */
  int(min: number, max: number): number;
  /** True with probability p. */
  chance(p: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** A pick where item i has weight weights[i]. */
  weighted<T>(items: readonly T[], weights: readonly number[]): T;
  /** k distinct items, in draw order (k is capped at items.length). */
  sample<T>(items: readonly T[], k: number): T[];
}

/** FNV-1a over the parts' text, then a murmur finaliser: a 32-bit key for a sub-stream. */
export function hashKey(...parts: readonly (string | number)[]): number {
  let h = 0x811c9dc5;
  const text = parts.join('\u0001');
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

export function createRng(seed: number): Rng {
  const next = mulberry32(seed);
  const rng: Rng = {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    chance: (p) => next() < p,
    pick: <T>(items: readonly T[]): T => {
      if (items.length === 0) throw new Error('pick from an empty list');
      return items[Math.floor(next() * items.length)] as T;
    },
    weighted: <T>(items: readonly T[], weights: readonly number[]): T => {
      let total = 0;
      for (const w of weights) total += w;
      let r = next() * total;
      for (let i = 0; i < items.length; i++) {
        r -= weights[i] ?? 0;
        if (r < 0) return items[i] as T;
      }
      return items[items.length - 1] as T;
    },
    sample: <T>(items: readonly T[], k: number): T[] => {
      const pool = [...items];
      const out: T[] = [];
      while (out.length < k && pool.length > 0) {
        const i = Math.floor(next() * pool.length);
        out.push(pool[i] as T);
        pool[i] = pool[pool.length - 1] as T;
        pool.pop();
      }
      return out;
    },
  };
  return rng;
}

/** The sub-stream for a key: independent of every other key's. */
export function rngFor(seed: number, ...key: readonly (string | number)[]): Rng {
  return createRng(hashKey(seed, ...key));
}
