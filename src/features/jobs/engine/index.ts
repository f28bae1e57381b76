export type { Engine, EngineResult, FacetKey, FacetValue, FilterKey } from './types';
export { FACET_KEYS } from './types';
export { createEngine, type EngineOptions } from './engine';
export { areaSlug, countryName, JOB_TYPE_LABELS, locationSlugs, safeSlug, teamSlug } from './labels';
export type { SearchMatches, Searcher } from '../search/types';
