/** The board's URL state: parsed and written only by the shared module (src/shared/board-url.ts). */
export {
  boardHref,
  LIST_KEYS,
  normaliseQuery,
  parseBoardSearch,
  serialiseBoardSearch,
} from '../../../shared/board-url';
