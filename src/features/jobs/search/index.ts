export type { SearchMatches, Searcher } from './types';
export { createSearcher, createCardSearcher, parseQuery, type QueryTerm } from './searcher';
export { highlightTerms, splitHighlights, type HighlightSegment } from './highlight';
export { searchIndexFileChecker, hashIds, type SearchIndexFile } from '../../../shared/search-index';
