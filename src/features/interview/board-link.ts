/** Links into the board: the canonical board URL from the shared URL-state module. */
export { boardHref } from '../../shared/board-url';
