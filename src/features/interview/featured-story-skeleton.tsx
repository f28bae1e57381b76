/**
 * The home page's stories block while its code or data load. Same boxes as the loaded block, so the board below
 * never shifts when it arrives. A module of its own: the board shows it at once while the block's chunk loads.
 */

/**
 * The featured card's frame. The text inside must fit the fixed height at every width: one-line eyebrow, at most
 * two lines of title, and (narrow) one line of dek. Nothing in the column shrinks: a flex item that shrank would
 * clip its own text over the next one.
 */
export const FEATURED_FRAME =
  'relative flex h-36 overflow-hidden rounded-lg border border-slate-200 bg-white font-sans sm:h-40 dark:border-slate-800 dark:bg-slate-900 print:hidden';

/** The row of more stories under the card: fixed height too (three one-line titles narrow, three columns wide). */
export const MORE_FRAME = 'mt-3 h-36 overflow-hidden font-sans sm:h-24 print:hidden';

export function FeaturedStorySkeleton() {
  return (
    <div aria-hidden="true" data-testid="featured-story-skeleton">
      <div className={FEATURED_FRAME}>
        <div className="w-28 shrink-0 bg-slate-100 sm:w-56 dark:bg-slate-800" />
        <div className="flex-1 animate-pulse space-y-3 p-4 motion-reduce:animate-none sm:p-5">
          <div className="h-3 w-32 rounded bg-slate-200 dark:bg-slate-700" />
          <div className="h-5 w-5/6 rounded bg-slate-200 dark:bg-slate-700" />
          <div className="h-4 w-2/3 rounded bg-slate-200 dark:bg-slate-700" />
        </div>
      </div>
      <div className={MORE_FRAME}>
        <div className="h-3 w-24 rounded bg-slate-200 dark:bg-slate-700" />
      </div>
    </div>
  );
}
