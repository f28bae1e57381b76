import { memo } from 'react';
import { BoardLink } from './board-link';
import { focusRing } from '../../../ui/styles';

export interface Chip {
  key: 'q' | 'location' | 'team' | 'area' | 'type' | 'story' | 'new';
  slug: string;
  label: string;
  /** An unknown URL value: it matches nothing until removed. */
  unknown: boolean;
  /** Where removing it leads (canonical board URL). */
  href: string;
}

const KEY_WORDS: Record<Chip['key'], string> = {
  q: 'Search',
  location: 'Location',
  team: 'Team',
  area: 'Research area',
  type: 'Job type',
  story: 'Listed with',
  new: 'Only',
};

/**
 * The applied filters as removable chips (links to the view without each one), and "Clear all". Memoised: the
 * board redraws at once on a click, the chips only with the results.
 */
export const AppliedFilters = memo(function AppliedFilters({
  chips,
  clearHref,
}: {
  chips: readonly Chip[];
  clearHref: string;
}) {
  if (chips.length === 0) return null;
  return (
    <div className="mt-3 flex flex-wrap items-center gap-2">
      <h2 className="sr-only">Applied filters</h2>
      <ul className="contents">
        {chips.map((chip) => (
          <li key={`${chip.key}:${chip.slug}`}>
            <BoardLink
              to={chip.href}
              preventScrollReset
              aria-label={`Remove ${KEY_WORDS[chip.key].toLowerCase()} filter: ${chip.label}${chip.unknown ? ' (unknown value)' : ''}`}
              className={`inline-flex max-w-full items-center gap-1.5 rounded-full border py-1 pr-2 pl-3 text-sm ${
                chip.unknown
                  ? 'border-dashed border-amber-600 bg-amber-50 text-amber-950 hover:bg-amber-100 dark:border-amber-400 dark:bg-amber-950 dark:text-amber-100'
                  : 'border-brand-600 bg-brand-50 text-brand-800 hover:bg-brand-100 dark:border-brand-100 dark:bg-slate-800 dark:text-brand-100'
              } ${focusRing}`}
            >
              <span className="truncate">
                <span className="font-medium">{KEY_WORDS[chip.key]}:</span>{' '}
                {chip.key === 'q' ? `“${chip.label}”` : chip.label}
                {chip.unknown && <span className="italic"> (unknown)</span>}
              </span>
              <svg
                aria-hidden="true"
                viewBox="0 0 20 20"
                className="h-4 w-4 shrink-0"
                fill="none"
                stroke="currentColor"
                strokeWidth="2"
              >
                <path d="M6 6l8 8M14 6l-8 8" strokeLinecap="round" />
              </svg>
            </BoardLink>
          </li>
        ))}
      </ul>
      <BoardLink
        to={clearHref}
        preventScrollReset
        className={`rounded px-2 py-1 text-sm font-medium text-brand-700 underline-offset-2 hover:underline dark:text-brand-100 ${focusRing}`}
      >
        Clear all
      </BoardLink>
    </div>
  );
});
