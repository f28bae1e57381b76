/**
 * The Atom feeds the build writes (scripts/feeds/) and the board views that map to one of them. One rule for
 * both sides: a feed per team, research area, country and region, named by the board's own slugs, plus one for all
 * jobs. No DOM and no Node imports.
 */
import type { BoardState } from './board-state';

export type FeedKind = 'all' | 'team' | 'area' | 'location';

export interface FeedRef {
  kind: FeedKind;
  /** The board slug ('' for all jobs). */
  slug: string;
}

/** Where a feed is, relative to the bundle folder: `feeds/all.xml`, `feeds/area/economics.xml`. */
export function feedFile(feed: FeedRef): string {
  return feed.kind === 'all' ? 'feeds/all.xml' : `feeds/${feed.kind}/${feed.slug}.xml`;
}

/**
 * The one feed a board view maps to, or null: all jobs with nothing chosen, else exactly one team, research area,
 * country or region and nothing else (no query, type, other filter or "new"). `locationKind` tells countries and
 * regions (which have feeds) from cities (which do not).
 */
export function feedForView(
  state: BoardState,
  locationKind: (slug: string) => 'country' | 'region' | 'city' | null,
): FeedRef | null {
  if (state.q !== '' || state.type.length > 0 || state.newOnly) return null;
  const chosen = (['team', 'area', 'location'] as const).filter((key) => state[key].length > 0);
  if (chosen.length === 0) return { kind: 'all', slug: '' };
  const key = chosen[0];
  if (chosen.length > 1 || key === undefined || state[key].length !== 1) return null;
  const slug = state[key][0]!;
  if (key === 'location') {
    const kind = locationKind(slug);
    if (kind !== 'country' && kind !== 'region') return null;
  }
  return { kind: key, slug };
}
