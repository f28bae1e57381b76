/** The engine's result shapes as the board uses them. */
export type { EngineResult, FacetKey, FacetValue, FilterKey } from '../engine/types';
