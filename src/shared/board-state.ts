/**
 * The board's view state. The URL is its only home: parse it once (board-url.ts), write it canonically.
 * Values are readable slugs; an unknown slug is kept (shown as a removable chip that matches nothing).
 */
export const SORT_KEYS = ['relevance', 'title', 'location'] as const;
export type SortKey = (typeof SORT_KEYS)[number];

export const JOB_TYPES = ['internship', 'full-time', 'manager'] as const;
export type JobType = (typeof JOB_TYPES)[number];

export interface BoardState {
  /** Keyword query as typed (trimmed, length-capped). */
  q: string;
  /** Location slugs at any depth of the tree: "us", "us-wa", "us-wa-seattle", "gb-london". */
  location: string[];
  /** Team slugs, e.g. "prime-video". */
  team: string[];
  /** Research-area slugs, e.g. "economics". */
  area: string[];
  /** Job-type slugs (JOB_TYPES; unknown ones kept). */
  type: string[];
  /** Story slugs: jobs listed with any of these stories (its pages carried them). */
  story: string[];
  /** Only jobs new since the visitor's last visit (`?new=1`; what is new is known in the browser only). */
  newOnly: boolean;
  sort: SortKey;
  /** 1-based. */
  page: number;
}

/** Results on a page of the board (and on the build step's precomputed first page). */
export const PAGE_SIZE = 20;

export const DEFAULT_BOARD_STATE: BoardState = {
  q: '',
  location: [],
  team: [],
  area: [],
  type: [],
  story: [],
  newOnly: false,
  sort: 'relevance',
  page: 1,
};

/**
 * True when the build step's precomputed first page (src/shared/first-page.ts) can show `state`: nothing chosen,
 * page 1, the default order.
 */
export function isFirstPageView(state: BoardState): boolean {
  return (
    state.q === '' &&
    state.location.length === 0 &&
    state.team.length === 0 &&
    state.area.length === 0 &&
    state.type.length === 0 &&
    state.story.length === 0 &&
    !state.newOnly &&
    state.sort === 'relevance' &&
    state.page === 1
  );
}

/** Lower-case ASCII slug: accents folded, anything else collapsed to single hyphens. */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
