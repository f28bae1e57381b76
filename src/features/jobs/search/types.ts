/**
 * What a keyword search hands the facet engine: the matching job indexes (positions in index.json's job order)
 * and a relevance score per match. Either a bitset (bit i of word i >>> 5 set = job i matches) or a Set.
 */
export interface SearchMatches {
  /** Matching job indexes: a bitset over job indexes (Uint32Array words), or a Set of indexes. */
  indexes: Uint32Array | ReadonlySet<number>;
  /** Score per job index (higher is better). Only meaningful for matching jobs. */
  scores: Float32Array | ReadonlyMap<number, number>;
}

export interface Searcher {
  /** Number of documents (jobs) the searcher knows. */
  readonly docCount: number;
  /** All terms must match (AND); the last term is prefix-matched. A query without terms matches everything. */
  search(q: string): SearchMatches;
}
