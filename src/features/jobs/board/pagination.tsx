import { memo } from 'react';
import { BoardLink } from './board-link';
import { focusRing } from '../../../ui/styles';

/** Page numbers to show: first, last, and a window around the current page; null marks a gap. */
export function pageWindow(current: number, count: number, radius = 1): (number | null)[] {
  const pages: (number | null)[] = [];
  for (let p = 1; p <= count; p++) {
    if (
      p === 1 ||
      p === count ||
      Math.abs(p - current) <= radius ||
      (current <= 3 && p <= 4) ||
      (current >= count - 2 && p >= count - 3)
    ) {
      pages.push(p);
    } else if (pages[pages.length - 1] !== null) {
      pages.push(null);
    }
  }
  return pages;
}

const item = `inline-flex min-w-10 items-center justify-center rounded-md border px-3 py-2 text-sm font-medium ${focusRing}`;
const idle =
  'border-slate-300 text-brand-700 hover:border-brand-600 dark:border-slate-600 dark:text-brand-100';

/**
 * "Pagination" navigation: real links with canonical URLs, the current page marked aria-current. Memoised: a
 * filter click redraws the board at once, the pager only when its page, count or links change.
 */
export const Pagination = memo(function Pagination({
  page,
  count,
  hrefFor,
}: {
  page: number;
  count: number;
  hrefFor: (page: number) => string;
}) {
  if (count <= 1) return null;
  return (
    <nav aria-label="Pagination" className="mt-8">
      <ul className="flex flex-wrap items-center justify-center gap-2">
        {page > 1 && (
          <li>
            <BoardLink to={hrefFor(page - 1)} rel="prev" className={`${item} ${idle}`}>
              <span aria-hidden="true">←&nbsp;</span>Previous
            </BoardLink>
          </li>
        )}
        {pageWindow(page, count).map((p, i) =>
          p === null ? (
            <li key={`gap-${i}`} aria-hidden="true" className="px-1 text-slate-500">
              …
            </li>
          ) : (
            <li key={p}>
              {p === page ? (
                <BoardLink
                  to={hrefFor(p)}
                  aria-current="page"
                  aria-label={`Page ${p}`}
                  className={`${item} border-brand-700 bg-brand-700 text-white dark:border-brand-100 dark:bg-brand-100 dark:text-slate-950`}
                >
                  {p}
                </BoardLink>
              ) : (
                <BoardLink to={hrefFor(p)} aria-label={`Page ${p}`} className={`${item} ${idle}`}>
                  {p}
                </BoardLink>
              )}
            </li>
          ),
        )}
        {page < count && (
          <li>
            <BoardLink to={hrefFor(page + 1)} rel="next" className={`${item} ${idle}`}>
              Next<span aria-hidden="true">&nbsp;→</span>
            </BoardLink>
          </li>
        )}
      </ul>
    </nav>
  );
});
