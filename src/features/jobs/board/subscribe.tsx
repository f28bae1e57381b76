import { memo } from 'react';
import { DATA_BASE } from '../../../lib/data/queries';
import type { BoardState } from '../../../shared/board-state';
import { feedFile, feedForView } from '../../../shared/feeds';
import { secondaryButton } from '../../../ui/styles';
import type { FacetValue } from '../engine';

/** What a location slug is, from the facet tree: countries and regions have feeds, cities do not. */
function locationKinds(roots: readonly FacetValue[]) {
  return (slug: string): 'country' | 'region' | 'city' | null => {
    const find = (values: readonly FacetValue[]): FacetValue | null => {
      for (const value of values) {
        if (value.slug === slug) return value;
        const below = value.children ? find(value.children) : null;
        if (below) return below;
      }
      return null;
    };
    const node = find(roots);
    if (!node) return null;
    if ((node.depth ?? 0) === 0) return 'country';
    return (node.children?.length ?? 0) > 0 ? 'region' : 'city';
  };
}

/**
 * "Subscribe": for a view that one of the build's Atom feeds follows (all jobs, or one team, research area, country
 * or region), a link to that feed, and the same as `<link rel="alternate">`, which React puts in the head, for
 * browsers and feed readers that look for it.
 */
export const Subscribe = memo(function Subscribe({
  state,
  locations,
  known,
  title,
}: {
  state: BoardState;
  locations: readonly FacetValue[];
  /** False when the view names a value the data does not have (its feed does not exist). */
  known: boolean;
  title: string;
}) {
  const feed = known ? feedForView(state, locationKinds(locations)) : null;
  if (!feed) return null;
  const href = `${DATA_BASE}/${feedFile(feed)}`;
  return (
    <>
      <link rel="alternate" type="application/atom+xml" title={`${title} · Summit`} href={href} />
      <a href={href} className={secondaryButton} type="application/atom+xml">
        <svg aria-hidden="true" viewBox="0 0 20 20" className="h-4 w-4" fill="currentColor">
          <path d="M4 15.5a1.5 1.5 0 1 1 3 0 1.5 1.5 0 0 1-3 0ZM4 9v2a5 5 0 0 1 5 5h2a7 7 0 0 0-7-7Zm0-4v2a9 9 0 0 1 9 9h2A11 11 0 0 0 4 5Z" />
        </svg>
        Subscribe<span className="sr-only"> to {title} (Atom feed)</span>
      </a>
    </>
  );
});
