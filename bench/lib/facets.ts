/**
 * The facet workload every engine answers: filters on location (any depth of the tree), team and research area —
 * OR within a facet, AND across facets — plus disjunctive counts for those three facets (each facet's counts apply
 * every other facet's selection but not its own). Values are the board's slugs (src/features/jobs/engine/labels).
 *
 * Also the reference: a plain Array.filter answer, which is both the correctness oracle and the "naive" row.
 */
import type { JobCard } from '../../src/shared/compact-index';
import type { Labels } from './app-modules';
import { rngFor } from '../../scripts/corpus/prng';

export const FACETS = ['location', 'team', 'area'] as const;
export type Facet = (typeof FACETS)[number];

export type FacetQuery = Record<Facet, string[]>;
export type FacetCounts = Record<Facet, Map<string, number>>;

export interface FacetAnswer {
  total: number;
  /** Disjunctive counts, or null for an engine that does not compute them. */
  counts: FacetCounts | null;
}

/** Each job's facet values as slugs: location at every depth (country, region, city), team, areas. */
export interface FacetColumns {
  n: number;
  location: string[][];
  team: (string | null)[];
  area: string[][];
}

/** Each job's facet slugs, with the board's own slug functions (so every engine is asked the same values). */
export function facetColumns(
  jobs: readonly JobCard[],
  { locationSlugs, teamSlug, areaSlug }: Labels,
): FacetColumns {
  return {
    n: jobs.length,
    location: jobs.map((j) => {
      const s = locationSlugs(j.location);
      return s.region === null ? [s.country, s.city] : [s.country, s.region, s.city];
    }),
    team: jobs.map((j) => (j.team === null ? null : teamSlug(j.team))),
    area: jobs.map((j) => j.researchAreas.map(areaSlug)),
  };
}

export function valuesOf(columns: FacetColumns, facet: Facet, i: number): readonly string[] {
  if (facet === 'team') {
    const t = columns.team[i];
    return t === null || t === undefined ? [] : [t];
  }
  return columns[facet][i] ?? [];
}

export const emptyCounts = (): FacetCounts => ({ location: new Map(), team: new Map(), area: new Map() });

/** Count facet values over the given job indexes. */
export function countInto(
  into: Map<string, number>,
  columns: FacetColumns,
  facet: Facet,
  indexes: Iterable<number>,
): void {
  if (facet === 'team') {
    for (const i of indexes) {
      const t = columns.team[i];
      if (t !== null && t !== undefined) into.set(t, (into.get(t) ?? 0) + 1);
    }
    return;
  }
  const column = columns[facet];
  for (const i of indexes) for (const v of column[i] as string[]) into.set(v, (into.get(v) ?? 0) + 1);
}

/** Whether job i has any of the values in `set` for the facet (no allocation: this is the naive engine's loop). */
function hasAny(columns: FacetColumns, facet: Facet, i: number, set: ReadonlySet<string>): boolean {
  if (facet === 'team') {
    const t = columns.team[i];
    return t !== null && t !== undefined && set.has(t);
  }
  const values = columns[facet][i] as string[];
  for (let k = 0; k < values.length; k++) if (set.has(values[k] as string)) return true;
  return false;
}

/** Job indexes matching every facet's selection except `except`'s: one Array.filter-style pass. */
export function matching(columns: FacetColumns, query: FacetQuery, except: Facet | null): number[] {
  const sets = FACETS.filter((f) => f !== except && query[f].length > 0).map(
    (f) => [f, new Set(query[f])] as const,
  );
  const out: number[] = [];
  for (let i = 0; i < columns.n; i++) {
    let ok = true;
    for (const [f, set] of sets) {
      if (!hasAny(columns, f, i, set)) {
        ok = false;
        break;
      }
    }
    if (ok) out.push(i);
  }
  return out;
}

/** The reference answer, by brute force. */
export function referenceAnswer(columns: FacetColumns, query: FacetQuery): FacetAnswer {
  const all = matching(columns, query, null);
  const counts = emptyCounts();
  for (const f of FACETS)
    countInto(counts[f], columns, f, query[f].length === 0 ? all : matching(columns, query, f));
  return { total: all.length, counts };
}

/**
 * Disjunctive counts from a library that only returns matching ids: one id set per facet with a selection (that
 * facet's filter dropped), counted over the columns. `resultFor(except)` gives the job indexes for a query without
 * `except`'s selection (null: the full query).
 */
export function disjunctiveFromIds(
  columns: FacetColumns,
  query: FacetQuery,
  resultFor: (except: Facet | null) => Iterable<number>,
): FacetAnswer {
  const all = [...resultFor(null)];
  const counts = emptyCounts();
  for (const f of FACETS) countInto(counts[f], columns, f, query[f].length === 0 ? all : resultFor(f));
  return { total: all.length, counts };
}

/** Seeded random queries over values that occur in the jobs: 1–3 facets, 1–3 values each; a few empty queries. */
export function randomQueries(columns: FacetColumns, count: number, seed = 7): FacetQuery[] {
  const rng = rngFor(seed, 'facet-queries', columns.n, count);
  const areas = [...new Set(columns.area.flat())].sort();
  const out: FacetQuery[] = [];
  for (let q = 0; q < count; q++) {
    const query: FacetQuery = { location: [], team: [], area: [] };
    if (columns.n > 0 && !rng.chance(0.04)) {
      for (const facet of rng.sample(FACETS, rng.weighted([1, 2, 3], [40, 40, 20]))) {
        const k = rng.weighted([1, 2, 3], [60, 30, 10]);
        const values = new Set<string>();
        for (let tries = 0; values.size < k && tries < 20; tries++) {
          const i = rng.int(0, columns.n - 1);
          if (facet === 'area') values.add(rng.pick(areas));
          else if (facet === 'team') {
            const t = columns.team[i];
            if (t !== null && t !== undefined) values.add(t);
          } else {
            const path = columns.location[i] ?? [];
            // country 25%, region 15% (when there is one), city otherwise
            const depth = rng.weighted([0, 1, 2], [25, 15, 60]);
            const v = path[Math.min(depth, path.length - 1)];
            if (v !== undefined) values.add(v);
          }
        }
        query[facet] = [...values];
      }
    }
    out.push(query);
  }
  return out;
}

export function describeQuery(q: FacetQuery): string {
  const parts = FACETS.filter((f) => q[f].length > 0).map((f) => `${f}=${q[f].join('|')}`);
  return parts.length === 0 ? '(no filters)' : parts.join(' & ');
}

/**
 * Compare an engine's answer with the reference. Counts are compared for the values the engine lists (an engine
 * may list only values worth showing); a listed count that differs, or a missing value with count > 0 when the
 * engine claims to list all, is a mismatch.
 */
export function compareAnswers(
  reference: FacetAnswer,
  answer: FacetAnswer,
  listsAll: boolean,
): string | null {
  if (answer.total !== reference.total) return `total ${answer.total} ≠ reference ${reference.total}`;
  if (answer.counts === null || reference.counts === null) return null;
  for (const f of FACETS) {
    const ref = reference.counts[f];
    for (const [value, count] of answer.counts[f]) {
      const expected = ref.get(value) ?? 0;
      if (count !== expected) return `${f} "${value}" count ${count} ≠ reference ${expected}`;
    }
    if (listsAll) {
      for (const [value, count] of ref) {
        if (count > 0 && !answer.counts[f].has(value)) return `${f} "${value}" (count ${count}) missing`;
      }
    }
  }
  return null;
}
