/**
 * The board's first page (src/shared/first-page.ts), computed by the board's own engine from the index it is
 * written beside, so it cannot disagree with what the board computes once the index has loaded.
 */
import { createEngine } from '../../../src/features/jobs/engine';
import { DEFAULT_BOARD_STATE, PAGE_SIZE } from '../../../src/shared/board-state';
import { decodeIndex, encodeCards, type CompactIndex, type JobCard } from '../../../src/shared/compact-index';
import { FIRST_PAGE_VERSION, type FirstPage } from '../../../src/shared/first-page';

export function firstPageFor(index: CompactIndex): FirstPage {
  const cards = decodeIndex(index);
  const result = createEngine(cards).query(DEFAULT_BOARD_STATE);
  const first = Array.from(result.order.subarray(0, PAGE_SIZE), (i) => cards[i]).filter(
    (card): card is JobCard => card !== undefined,
  );
  return {
    version: FIRST_PAGE_VERSION,
    generatedAt: index.generatedAt,
    total: result.total,
    // Through JSON, as the app will read it: no undefined fields, no shared references.
    facets: JSON.parse(JSON.stringify(result.facets)) as FirstPage['facets'],
    cards: encodeCards(first, index.generatedAt),
  };
}
