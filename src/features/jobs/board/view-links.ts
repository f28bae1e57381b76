/**
 * The links that undo part of a view: one chip per applied filter (and the query), and, when nothing matches, one
 * relaxation per filter with the jobs it would bring back. Pure: the board passes its state and engine answer.
 */
import type { BoardState } from '../../../shared/board-state';
import type { EngineResult } from '../engine/types';
import type { Chip } from './applied-filters';
import type { Relaxation } from './no-results';
import type { FilterKey } from './types';

const CHIP_MAX = 80;
const QUERY_IN_RELAXATION_MAX = 40;

const FACET_ORDER = ['story', 'location', 'team', 'area', 'type'] as const;

function cut(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}

/** The state without one value of a facet, back on page 1. */
export function withoutValue(state: BoardState, key: FilterKey, slug: string): BoardState {
  return { ...state, [key]: state[key].filter((s) => s !== slug), page: 1 };
}

/** The applied filters as chips: the query first, then each facet's values; unknown slugs shown as written. */
export function chipsFor(
  state: BoardState,
  unknown: EngineResult['unknown'],
  labelFor: (key: FilterKey, slug: string) => string,
  hrefFor: (next: BoardState) => string,
): Chip[] {
  const unknownKeys = new Set(unknown.map((u) => `${u.key}:${u.slug}`));
  const chips: Chip[] = [];
  if (state.q) {
    chips.push({
      key: 'q',
      slug: state.q,
      label: cut(state.q, CHIP_MAX),
      unknown: false,
      href: hrefFor({ ...state, q: '', page: 1 }),
    });
  }
  for (const key of FACET_ORDER) {
    for (const slug of state[key]) {
      const isUnknown = unknownKeys.has(`${key}:${slug}`);
      chips.push({
        key,
        slug,
        label: cut(isUnknown ? slug : labelFor(key, slug), CHIP_MAX),
        unknown: isUnknown,
        href: hrefFor(withoutValue(state, key, slug)),
      });
    }
  }
  if (state.newOnly) {
    chips.push({
      key: 'new',
      slug: '1',
      label: 'new since your last visit',
      unknown: false,
      href: hrefFor({ ...state, newOnly: false, page: 1 }),
    });
  }
  return chips;
}

/** For a view with no results: each filter (or the query) to drop, with the total without it. */
export function relaxationsFor(
  state: BoardState,
  relaxations: EngineResult['relaxations'],
  hrefFor: (next: BoardState) => string,
): Relaxation[] {
  return relaxations.map((r) => {
    const next: BoardState =
      r.key === 'q'
        ? { ...state, q: '', page: 1 }
        : r.slug === undefined
          ? { ...state, [r.key]: [], page: 1 }
          : withoutValue(state, r.key, r.slug);
    const label =
      r.key === 'q' ? `Drop the search “${cut(state.q, QUERY_IN_RELAXATION_MAX)}”` : `Drop ${r.label}`;
    return { label, total: r.total, href: hrefFor(next) };
  });
}
