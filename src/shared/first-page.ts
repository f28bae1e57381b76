/**
 * The board's first page, precomputed by the build step (`data/first-page.json`): what `/` shows before anything
 * is chosen — the count, every facet's values and counts, and the first page of cards — so that the first view
 * downloads a few kB instead of the whole job index. The board loads the index after that first paint, and needs
 * it only once the seeker filters, searches or pages.
 *
 * The cards are a CompactIndex of their own (the same encoding, decoder and check as index.json), so a job reads
 * the same whichever file it came from. No DOM, no zod: the app reads it on its first-view path.
 */
import {
  checkCompactIndex,
  plainChecker,
  plainSchema,
  type CompactIndex,
  type IndexProblem,
} from './compact-index';

export const FIRST_PAGE_VERSION = 1;

/** One facet value as the board shows it (the engine's FacetValue, structurally). */
export interface FacetCount {
  slug: string;
  label: string;
  count: number;
  selected: boolean;
  depth?: number;
  parent?: string | null;
  children?: FacetCount[];
}

export interface FirstPageFacets {
  location: FacetCount[];
  team: FacetCount[];
  area: FacetCount[];
  type: FacetCount[];
}

export interface FirstPage {
  version: typeof FIRST_PAGE_VERSION;
  /** The index.json it was computed from: the board drops this page for the index when they differ. */
  generatedAt: string;
  /** Jobs in the whole index. */
  total: number;
  facets: FirstPageFacets;
  /** The first page of results, in the board's default order. */
  cards: CompactIndex;
}

const isCount = (v: unknown) => typeof v === 'number' && Number.isInteger(v) && v >= 0;

function checkFacetValues(path: (string | number)[], values: unknown, depth: number): IndexProblem | null {
  if (!Array.isArray(values)) return { path, message: 'expected an array' };
  // The location tree is three levels deep; anything deeper is not a file the build step wrote.
  if (depth > 3) return { path, message: 'facet tree too deep' };
  for (let i = 0; i < values.length; i++) {
    const at = [...path, i];
    const v = values[i] as Record<string, unknown> | null;
    if (typeof v !== 'object' || v === null) return { path: at, message: 'expected an object' };
    if (typeof v.slug !== 'string' || typeof v.label !== 'string' || !isCount(v.count))
      return { path: at, message: 'expected a slug, a label and a count' };
    if (typeof v.selected !== 'boolean') return { path: [...at, 'selected'], message: 'expected a boolean' };
    if (v.depth !== undefined && !isCount(v.depth))
      return { path: [...at, 'depth'], message: 'expected a depth' };
    if (v.parent !== undefined && v.parent !== null && typeof v.parent !== 'string')
      return { path: [...at, 'parent'], message: 'expected a slug or null' };
    if (v.children !== undefined) {
      const problem = checkFacetValues([...at, 'children'], v.children, depth + 1);
      if (problem) return problem;
    }
  }
  return null;
}

/** Null when `value` is a well-formed FirstPage. */
export function checkFirstPage(value: unknown): IndexProblem | null {
  if (typeof value !== 'object' || value === null) return { path: [], message: 'expected an object' };
  const page = value as Record<string, unknown>;
  if (page.version !== FIRST_PAGE_VERSION)
    return { path: ['version'], message: `expected version ${FIRST_PAGE_VERSION}` };
  if (typeof page.generatedAt !== 'string') return { path: ['generatedAt'], message: 'expected a string' };
  if (!isCount(page.total)) return { path: ['total'], message: 'expected a count' };
  const facets = page.facets as Record<string, unknown> | null;
  if (typeof facets !== 'object' || facets === null)
    return { path: ['facets'], message: 'expected an object' };
  for (const key of ['location', 'team', 'area', 'type'] as const) {
    const problem = checkFacetValues(['facets', key], facets[key], 1);
    if (problem) return problem;
  }
  const cards = checkCompactIndex(page.cards);
  return cards === null ? null : { path: ['cards', ...cards.path], message: cards.message };
}

/** The app's check, in the `safeParse` shape `fetchJson` takes. */
export const firstPageChecker = plainChecker<FirstPage>(checkFirstPage);

/** The same check as a zod schema, for the build step (the app's bundle drops it, and zod with it). */
export const firstPageSchema = /* @__PURE__ */ plainSchema<FirstPage>(checkFirstPage);
