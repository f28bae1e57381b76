/** The engine's result shapes as the board uses them. */
export type { EngineResult, FacetKey, FacetValue } from '../engine/types';
