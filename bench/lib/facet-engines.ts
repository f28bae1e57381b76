/**
 * Every engine the board could be built on, behind one interface, answering the same FacetQuery: Summit's own
 * engine, itemsjs, Orama, MiniSearch, FlexSearch and a naive Array.filter. Each is used the way its documentation
 * suggests for faceted filtering; where a library has no disjunctive counts of its own, the adapter asks it for
 * the matching ids once per facet with a selection (that facet's filter dropped) and counts over the columns.
 */
import { create, insertMultiple, search as oramaSearch, type AnyOrama } from '@orama/orama';
import { Document as FlexDocument, type DocumentData } from 'flexsearch';
import itemsjs from 'itemsjs';
import MiniSearch from 'minisearch';
import { DEFAULT_BOARD_STATE, type BoardState } from '../../src/shared/board-state';
import type { SummitEngine, SummitFacetValue } from './app-modules';
import type { JobCard } from '../../src/shared/compact-index';
import {
  disjunctiveFromIds,
  emptyCounts,
  FACETS,
  matching,
  referenceAnswer,
  valuesOf,
  type Facet,
  type FacetAnswer,
  type FacetColumns,
  type FacetCounts,
  type FacetQuery,
} from './facets';

export interface FacetEngine {
  name: string;
  /** One line: what it is and how it is used here. */
  about: string;
  /** Whether its answer lists every value with a count > 0 (so a missing value is a mismatch). */
  listsAll: boolean;
  build(jobs: readonly JobCard[], columns: FacetColumns): Promise<void>;
  query(q: FacetQuery): FacetAnswer | Promise<FacetAnswer>;
  /** Drop the index (so the next engine's memory is measured alone). */
  dispose(): void;
}

// ---------------------------------------------------------------------------------------------------------------
// Summit

function flatten(values: readonly SummitFacetValue[], into: Map<string, number>): void {
  for (const v of values) {
    into.set(v.slug, v.count);
    if (v.children !== undefined) flatten(v.children, into);
  }
}

export function summitEngine(createEngine: (jobs: readonly JobCard[]) => SummitEngine): FacetEngine {
  let engine: SummitEngine | null = null;
  return {
    name: 'Summit',
    about: 'Summit’s engine (src/features/jobs/engine): per-value bitsets, word-wise AND/OR, popcount counts',
    listsAll: true,
    async build(jobs) {
      engine = createEngine(jobs);
    },
    query(q) {
      if (engine === null) throw new Error('not built');
      const state: BoardState = { ...DEFAULT_BOARD_STATE, location: q.location, team: q.team, area: q.area };
      const r = engine.query(state);
      const counts = emptyCounts();
      for (const f of FACETS) flatten(r.facets[f], counts[f]);
      return { total: r.total, counts };
    },
    dispose() {
      engine = null;
    },
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Naive

export function naiveEngine(): FacetEngine {
  let columns: FacetColumns | null = null;
  return {
    name: 'Array.filter',
    about:
      'naive: Array.filter over the jobs with Set lookups, once per facet for disjunctive counts (also the reference)',
    listsAll: true,
    async build(_jobs, c) {
      columns = c;
    },
    query(q) {
      if (columns === null) throw new Error('not built');
      return referenceAnswer(columns, q);
    },
    dispose() {
      columns = null;
    },
  };
}

// ---------------------------------------------------------------------------------------------------------------
// itemsjs

interface FacetDoc {
  id: string;
  i: number;
  title: string;
  location: string[];
  team: string[];
  area: string[];
}

function facetDocs(jobs: readonly JobCard[], columns: FacetColumns): FacetDoc[] {
  return jobs.map((j, i) => ({
    id: j.id,
    i,
    title: j.title,
    location: [...valuesOf(columns, 'location', i)],
    team: [...valuesOf(columns, 'team', i)],
    area: [...valuesOf(columns, 'area', i)],
  }));
}

export function itemsjsEngine(): FacetEngine {
  let engine: ReturnType<typeof itemsjs> | null = null;
  return {
    name: 'itemsjs',
    about:
      'itemsjs 2.4 (faceted search library): aggregations with conjunction:false (OR, disjunctive counts), native full-text off',
    listsAll: false,
    async build(jobs, columns) {
      const agg = { size: 100_000, conjunction: false };
      engine = itemsjs(facetDocs(jobs, columns), {
        aggregations: { location: agg, team: agg, area: agg },
        native_search_enabled: false,
      });
    },
    query(q) {
      if (engine === null) throw new Error('not built');
      const filters: Record<string, string[]> = {};
      for (const f of FACETS) if (q[f].length > 0) filters[f] = q[f];
      const r = engine.search({ per_page: 0, filters });
      const counts = emptyCounts();
      for (const f of FACETS) {
        for (const b of r.data.aggregations[f]?.buckets ?? [])
          if (b.doc_count > 0) counts[f].set(b.key, b.doc_count);
      }
      return { total: r.pagination.total, counts };
    },
    dispose() {
      engine = null;
    },
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Orama

export function oramaEngine(): FacetEngine {
  let db: AnyOrama | null = null;
  const where = (q: FacetQuery, except: Facet | null) => {
    const w: Record<string, unknown> = {};
    for (const f of FACETS) {
      if (f === except || q[f].length === 0) continue;
      w[f] = f === 'team' ? { in: q[f] } : { containsAny: q[f] };
    }
    return w;
  };
  return {
    name: 'Orama',
    about:
      'Orama 3.1 (full-text/vector search DB): enum/enum[] fields, `where` filters, `facets`; one search per facet with a selection for disjunctive counts',
    listsAll: false,
    async build(jobs, columns) {
      const o = create({
        schema: { id: 'string', title: 'string', team: 'enum', location: 'enum[]', area: 'enum[]' } as const,
      });
      const docs = facetDocs(jobs, columns).map((d) => ({
        id: String(d.i),
        title: d.title,
        team: d.team[0] ?? '',
        location: d.location,
        area: d.area,
      }));
      await insertMultiple(o, docs, 1000);
      db = o;
    },
    async query(q) {
      if (db === null) throw new Error('not built');
      const facetsFor = (keys: readonly Facet[]) =>
        Object.fromEntries(keys.map((k) => [k, { limit: 100_000 }]));
      const run = async (except: Facet | null, keys: readonly Facet[]) =>
        await oramaSearch(
          db as AnyOrama,
          { term: '', where: where(q, except), facets: facetsFor(keys), limit: 0 } as never,
        );
      const unselected = FACETS.filter((f) => q[f].length === 0);
      const main = await run(null, unselected);
      const counts = emptyCounts();
      const take = (facets: unknown, f: Facet) => {
        const values =
          (facets as Record<string, { values: Record<string, number> }> | undefined)?.[f]?.values ?? {};
        for (const [k, v] of Object.entries(values)) if (k !== '' && v > 0) counts[f].set(k, v);
      };
      for (const f of unselected) take(main.facets, f);
      for (const f of FACETS) if (q[f].length > 0) take((await run(f, [f])).facets, f);
      return { total: main.count, counts };
    },
    dispose() {
      db = null;
    },
  };
}

// ---------------------------------------------------------------------------------------------------------------
// MiniSearch

export function minisearchEngine(): FacetEngine {
  let ms: MiniSearch<FacetDoc> | null = null;
  let columns: FacetColumns | null = null;
  return {
    name: 'MiniSearch',
    about:
      'MiniSearch 7.2 (full-text search): wildcard search with a `filter` function over stored fields; counts over the returned ids',
    listsAll: true,
    async build(jobs, c) {
      columns = c;
      const m = new MiniSearch<FacetDoc>({
        fields: ['title'],
        storeFields: ['i', 'location', 'team', 'area'],
      });
      m.addAll(facetDocs(jobs, c));
      ms = m;
    },
    query(q) {
      if (ms === null || columns === null) throw new Error('not built');
      const m = ms;
      const resultFor = (except: Facet | null) => {
        const sets = FACETS.filter((f) => f !== except && q[f].length > 0).map(
          (f) => [f, new Set(q[f])] as const,
        );
        return m
          .search(MiniSearch.wildcard, {
            filter: (r) => sets.every(([f, set]) => (r[f] as string[]).some((v) => set.has(v))),
          })
          .map((r) => r.i as number);
      };
      return disjunctiveFromIds(columns, q, resultFor);
    },
    dispose() {
      ms = null;
      columns = null;
    },
  };
}

// ---------------------------------------------------------------------------------------------------------------
// FlexSearch

export function flexsearchEngine(): FacetEngine {
  let doc: FlexDocument | null = null;
  let columns: FacetColumns | null = null;
  return {
    name: 'FlexSearch',
    about:
      'FlexSearch 0.8 (full-text search): Document with tag fields; tag search per selected value, OR/AND of the id lists, counts over the ids',
    listsAll: true,
    async build(jobs, c) {
      columns = c;
      const d = new FlexDocument({
        document: {
          id: 'i',
          index: [{ field: 'title', tokenize: 'strict' }],
          tag: ['location', 'team', 'area'],
        },
      });
      for (const fd of facetDocs(jobs, c)) d.add(fd as unknown as DocumentData);
      doc = d;
    },
    query(q) {
      if (doc === null || columns === null) throw new Error('not built');
      const d = doc;
      const n = columns.n;
      // One tag search per selected value (each returns that value's id list); a facet's matches are their union.
      const perFacet = new Map<Facet, Uint8Array>();
      for (const f of FACETS) {
        if (q[f].length === 0) continue;
        const mark = new Uint8Array(n);
        for (const v of q[f]) {
          const groups = d.search({ tag: { [f]: v }, limit: n } as never) as unknown as {
            result: number[];
          }[];
          for (const g of groups) for (const id of g.result) mark[id] = 1;
        }
        perFacet.set(f, mark);
      }
      const resultFor = (except: Facet | null) => {
        const active = [...perFacet].filter(([f]) => f !== except).map(([, m]) => m);
        if (active.length === 0) return Array.from({ length: n }, (_, i) => i);
        const out: number[] = [];
        const [first, ...rest] = active as [Uint8Array, ...Uint8Array[]];
        for (let i = 0; i < n; i++) if (first[i] === 1 && rest.every((m) => m[i] === 1)) out.push(i);
        return out;
      };
      return disjunctiveFromIds(columns, q, resultFor);
    },
    dispose() {
      doc = null;
      columns = null;
    },
  };
}

/** Counts as plain objects (for printing a mismatch). */
export function countsSample(counts: FacetCounts | null, facet: Facet, limit = 5): string {
  if (counts === null) return '(none)';
  return [...counts[facet]]
    .sort((a, b) => b[1] - a[1])
    .slice(0, limit)
    .map(([k, v]) => `${k}:${v}`)
    .join(', ');
}

export { matching };
