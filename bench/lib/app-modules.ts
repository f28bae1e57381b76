/**
 * The app's engine, labels and searcher, loaded at run time. They live in src/features (the app's TypeScript
 * project, not the node one the benchmarks are checked with), so they are imported through a computed specifier
 * and typed here by the parts the benchmarks use. A module that is missing or broken gives a reason string, so
 * the benchmark can say "skipped: …" instead of crashing.
 */
import type { BoardState } from '../../src/shared/board-state';
import type { Location } from '../../src/shared/bundle-schema';
import type { JobCard } from '../../src/shared/compact-index';
import type { SearchIndexFile } from '../../src/shared/search-index';

export interface SummitFacetValue {
  slug: string;
  count: number;
  children?: SummitFacetValue[];
}

export interface SummitEngine {
  query(
    state: BoardState,
    search?: SearchMatches | null,
  ): {
    total: number;
    order: Int32Array;
    facets: Record<'location' | 'team' | 'area' | 'type', SummitFacetValue[]>;
  };
}

export interface SearchMatches {
  indexes: Uint32Array | ReadonlySet<number>;
  scores: Float32Array | ReadonlyMap<number, number>;
}

export interface Labels {
  locationSlugs(location: Pick<Location, 'country' | 'region' | 'city'>): {
    country: string;
    region: string | null;
    city: string;
  };
  teamSlug(team: string): string;
  areaSlug(area: string): string;
}

export interface EngineModule extends Labels {
  createEngine(jobs: readonly JobCard[]): SummitEngine;
}

export interface SearchModule {
  createSearcher(file: SearchIndexFile): { search(q: string): SearchMatches };
}

async function load<T>(
  specifier: string,
  check: (mod: Record<string, unknown>) => boolean,
): Promise<T | string> {
  try {
    const mod = (await import(specifier)) as Record<string, unknown>;
    return check(mod) ? (mod as T) : `${specifier} does not export what the benchmark needs`;
  } catch (error) {
    return `${specifier} cannot be loaded (${(error as Error).message.split('\n')[0]})`;
  }
}

const ENGINE = '../../src/features/jobs/engine/index.ts';
const LABELS = '../../src/features/jobs/engine/labels.ts';
const SEARCH = '../../src/features/jobs/search/searcher.ts';

export const loadEngine = () =>
  load<EngineModule>(
    ENGINE,
    (m) => typeof m.createEngine === 'function' && typeof m.locationSlugs === 'function',
  );
export const loadLabels = () =>
  load<Labels>(LABELS, (m) => typeof m.locationSlugs === 'function' && typeof m.teamSlug === 'function');
export const loadSearch = () => load<SearchModule>(SEARCH, (m) => typeof m.createSearcher === 'function');
