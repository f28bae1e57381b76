import type { BoardState } from '../../../shared/board-state';
import type { JobCard } from '../../../shared/compact-index';
import type { SearchMatches } from '../search/types';

export type FacetKey = 'location' | 'team' | 'area' | 'type';
export const FACET_KEYS: readonly FacetKey[] = ['location', 'team', 'area', 'type'];
/** What the board filters by: the facets, and the story the jobs were listed with (a filter, not a facet). */
export type FilterKey = FacetKey | 'story';

export interface FacetValue {
  slug: string;
  label: string;
  /** Jobs matching with every OTHER facet's selection (and the query) applied, but not this facet's. */
  count: number;
  selected: boolean;
  /** Location tree only: 0 country, 1 region (or region-less city), 2 city. */
  depth?: number;
  /** Location tree only: the parent's slug, null for a country. */
  parent?: string | null;
  /** Location tree only: visible children, sorted like their parents. */
  children?: FacetValue[];
}

export interface EngineResult {
  /** Jobs matching everything. */
  total: number;
  /** Matching job indexes (into engine.jobs), sorted. A fresh array per query: safe to keep. */
  order: Int32Array;
  /**
   * Per facet, the values worth showing: count > 0, or selected (even at 0), or (location) on the path to one.
   * Sorted by count desc then label; type in fixed order (internship, full-time, manager).
   */
  facets: { location: FacetValue[]; team: FacetValue[]; area: FacetValue[]; type: FacetValue[] };
  /** Selected slugs that are not in the data: they match nothing; show them as removable chips. */
  unknown: { key: FilterKey; slug: string }[];
  /** For each active filter value (and the query), the total without just that one; largest first. */
  relaxations: { key: 'q' | FilterKey; slug?: string; label: string; total: number }[];
}

export interface Engine {
  readonly jobs: readonly JobCard[];
  /**
   * Filters, counts and orders. `search` is the keyword matches for state.q; when it is omitted or null and state.q
   * has terms, the engine searches the cards' own fields (createCardSearcher, built on first use).
   */
  query(state: BoardState, search?: SearchMatches | null): EngineResult;
  /** query(state, search).total, without the counts, relaxations and order: the cheap answer for a click's frame. */
  count(state: BoardState, search?: SearchMatches | null): number;
  /** The label of a facet value, or null when the slug is not in the data. */
  labelFor(key: FilterKey, slug: string): string | null;
}
