import { BoardLink } from './board-link';
import { linkClass } from '../../../ui/styles';

export interface Relaxation {
  label: string;
  total: number;
  href: string;
}

/** Nothing matches: say so, and offer each filter to drop with the number of jobs it would bring back. */
export function NoResults({
  relaxations,
  clearHref,
  hasFilters,
}: {
  relaxations: readonly Relaxation[];
  clearHref: string;
  hasFilters: boolean;
}) {
  const useful = relaxations.filter((r) => r.total > 0);
  return (
    <div className="rounded-lg border border-dashed border-slate-300 px-4 py-8 text-center sm:px-8 dark:border-slate-700">
      <h2 className="text-lg font-semibold text-slate-950 dark:text-white">
        No jobs match {hasFilters ? 'all of these filters' : 'this search'}
      </h2>
      {useful.length > 0 ? (
        <>
          <p className="mt-2 text-slate-700 dark:text-slate-300">Try dropping one:</p>
          <ul className="mx-auto mt-3 max-w-md space-y-2 text-left">
            {useful.map((r) => (
              <li key={r.href} className="flex items-baseline justify-between gap-4">
                <BoardLink to={r.href} preventScrollReset className={linkClass}>
                  {r.label}
                </BoardLink>
                <span className="shrink-0 text-sm text-slate-600 dark:text-slate-400">
                  brings back {r.total} {r.total === 1 ? 'job' : 'jobs'}
                </span>
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p className="mt-2 text-slate-700 dark:text-slate-300">
          Check the spelling, or try fewer or broader words.
        </p>
      )}
      {hasFilters && (
        <p className="mt-4">
          <BoardLink to={clearHref} preventScrollReset className={linkClass}>
            Clear all filters
          </BoardLink>
        </p>
      )}
    </div>
  );
}
