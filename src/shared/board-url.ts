/**
 * "The URL is the state": the board's BoardState lives in the query string, and only there.
 *
 * parseBoardSearch never throws: whatever arrives (hand-edited, truncated, hostile) becomes a valid, normalised
 * state. serialiseBoardSearch writes one canonical form, so equal states give equal URLs:
 *
 *   ?q=causal+inference&location=us-wa-seattle&team=prime-video&area=economics&type=internship&story=…&new=1&sort=title&page=2
 *
 * - fixed key order q, location, team, area, type, story, new, sort, page; defaults (empty, new off,
 *   sort=relevance, page=1) left out;
 * - multi-values as one comma-separated param each, de-duplicated and sorted (repeated params are accepted too);
 * - slugs are written as they are (commas and hyphens are not percent-encoded); q encodes spaces as `+`.
 *
 * No DOM and no Node imports: shared by the app and tests.
 */
import { DEFAULT_BOARD_STATE, SORT_KEYS, slugify, type BoardState, type SortKey } from './board-state';

export const MAX_QUERY_LENGTH = 200;
export const MAX_PAGE = 10_000;
export const MAX_VALUES_PER_KEY = 50;
export const MAX_SLUG_LENGTH = 100;

export const SLUG_RE = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** The multi-valued keys, in canonical order. */
export const LIST_KEYS = ['location', 'team', 'area', 'type', 'story'] as const;
export type ListKey = (typeof LIST_KEYS)[number];

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
// Control characters (C0, DEL, C1) and every kind of white space collapse to one space.
// eslint-disable-next-line no-control-regex
const SPACE_LIKE = /[\s\u0000-\u001f\u007f-\u009f\u200b\u2028\u2029\ufeff]+/g;

// Bidi embeddings, overrides, isolates and marks: in a query they only serve to make the search box, the heading
// and the tab title read other than they are (U+202E turns the rest of the line around).
const BIDI_CONTROLS = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/**
 * Trimmed, white space collapsed, control characters, bidi controls and lone surrogates removed, at most 200
 * characters.
 */
export function normaliseQuery(raw: unknown): string {
  if (typeof raw !== 'string') return '';
  let q = raw.replace(LONE_SURROGATE, '').replace(BIDI_CONTROLS, '').replace(SPACE_LIKE, ' ').trim();
  if (q.length > MAX_QUERY_LENGTH) {
    q = q.slice(0, MAX_QUERY_LENGTH);
    // Never cut a surrogate pair in half.
    if (/[\uD800-\uDBFF]$/.test(q)) q = q.slice(0, -1);
    q = q.trim();
  }
  return q;
}

/** A valid slug, or '' when nothing slug-like is left. */
export function normaliseSlug(raw: unknown): string {
  if (typeof raw !== 'string') return '';
  let slug = SLUG_RE.test(raw) ? raw : slugify(raw);
  if (slug.length > MAX_SLUG_LENGTH) slug = slug.slice(0, MAX_SLUG_LENGTH).replace(/-+$/, '');
  return slug;
}

/** De-duplicated, sorted, valid slugs; at most 50. */
export function normaliseSlugList(raw: unknown): string[] {
  if (!Array.isArray(raw)) return [];
  const out = new Set<string>();
  for (const value of raw) {
    const slug = normaliseSlug(value);
    if (slug) out.add(slug);
  }
  return [...out].sort().slice(0, MAX_VALUES_PER_KEY);
}

export function normaliseSort(raw: unknown): SortKey {
  return (SORT_KEYS as readonly unknown[]).includes(raw) ? (raw as SortKey) : DEFAULT_BOARD_STATE.sort;
}

export function normalisePage(raw: unknown): number {
  const n = typeof raw === 'number' ? raw : typeof raw === 'string' ? Number.parseInt(raw.trim(), 10) : NaN;
  if (!Number.isFinite(n) || n < 1) return 1;
  return Math.min(Math.floor(n), MAX_PAGE);
}

/** Any (possibly partial, possibly malformed) state to a valid, canonical one. Idempotent. Never throws. */
export function normaliseBoardState(state: Partial<BoardState> | null | undefined): BoardState {
  const s: Partial<BoardState> = state !== null && typeof state === 'object' ? state : {};
  return {
    q: normaliseQuery(s.q),
    location: normaliseSlugList(s.location),
    team: normaliseSlugList(s.team),
    area: normaliseSlugList(s.area),
    type: normaliseSlugList(s.type),
    story: normaliseSlugList(s.story),
    newOnly: s.newOnly === true,
    sort: normaliseSort(s.sort),
    page: normalisePage(s.page),
  };
}

function toParams(search: string | URLSearchParams): URLSearchParams {
  if (typeof search !== 'string') return search;
  let text = search;
  const hash = text.indexOf('#');
  if (hash >= 0) text = text.slice(0, hash);
  const question = text.indexOf('?');
  if (question >= 0) text = text.slice(question + 1);
  // The WHATWG parser never throws: malformed percent-encoding is kept literally or becomes U+FFFD.
  return new URLSearchParams(text);
}

/** `new=1` is canonical; `true` and `yes` are read as it too. */
const NEW_ON = new Set(['1', 'true', 'yes']);

/** The board state a query string stands for (`?q=…`, `q=…`, a path with a query, or URLSearchParams). Never throws. */
export function parseBoardSearch(search: string | URLSearchParams): BoardState {
  try {
    const params = toParams(search);
    const list = (key: ListKey): string[] => {
      const values: string[] = [];
      // Cap the work on hostile input: no key needs more than a few hundred raw values.
      for (const param of params.getAll(key).slice(0, MAX_VALUES_PER_KEY * 4)) {
        for (const value of param.split(',')) {
          values.push(value);
          if (values.length >= MAX_VALUES_PER_KEY * 8) return values;
        }
      }
      return values;
    };
    const q = params.getAll('q').find((value) => normaliseQuery(value) !== '') ?? '';
    return normaliseBoardState({
      q,
      location: list('location'),
      team: list('team'),
      area: list('area'),
      type: list('type'),
      story: list('story'),
      newOnly: NEW_ON.has(params.get('new') ?? ''),
      sort: (params.get('sort') ?? undefined) as SortKey | undefined,
      page: normalisePage(params.get('page') ?? undefined),
    });
  } catch {
    return { ...DEFAULT_BOARD_STATE, location: [], team: [], area: [], type: [], story: [], newOnly: false };
  }
}

/** Percent-encodes what must be, leaving `,:/@$!'()*` readable; spaces become `+`. */
function encodeQueryValue(value: string): string {
  return encodeURIComponent(value)
    .replace(/%20/g, '+')
    .replace(/%2C/gi, ',')
    .replace(/%3A/gi, ':')
    .replace(/%2F/gi, '/')
    .replace(/%40/gi, '@')
    .replace(/%24/gi, '$');
}

/** The canonical query string for a state: '' for the default state, else '?key=value&…'. */
export function serialiseBoardSearch(state: BoardState): string {
  const s = normaliseBoardState(state);
  const parts: string[] = [];
  if (s.q) parts.push(`q=${encodeQueryValue(s.q)}`);
  for (const key of LIST_KEYS) {
    // Valid slugs need no encoding: [a-z0-9-] only.
    if (s[key].length > 0) parts.push(`${key}=${s[key].join(',')}`);
  }
  if (s.newOnly) parts.push('new=1');
  if (s.sort !== DEFAULT_BOARD_STATE.sort) parts.push(`sort=${s.sort}`);
  if (s.page !== 1) parts.push(`page=${s.page}`);
  return parts.length === 0 ? '' : `?${parts.join('&')}`;
}

/** A link to the board with the given state (missing keys take their defaults). */
export function boardHref(state: Partial<BoardState>): string {
  return `/${serialiseBoardSearch({ ...DEFAULT_BOARD_STATE, ...state })}`;
}
