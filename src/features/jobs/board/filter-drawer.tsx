import { useEffect, useRef, type ReactNode } from 'react';
import { focusRing, primaryButton } from '../../../ui/styles';

/**
 * The mobile filters: a modal <dialog> (showModal gives the focus trap, inert background and Esc for free).
 * Filter changes inside apply to the URL at once; "Show N jobs" closes it.
 */
export function FilterDrawer({
  open,
  onClose,
  onShowResults,
  total,
  onClearAll,
  canClear,
  children,
}: {
  open: boolean;
  onClose: () => void;
  /** "Show N jobs": close and bring the results into view. */
  onShowResults: () => void;
  /** Null while the count is not known (the board waits for the job index). */
  total: number | null;
  onClearAll: () => void;
  canClear: boolean;
  children: ReactNode;
}) {
  const ref = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      if (typeof dialog.showModal === 'function') dialog.showModal();
      else dialog.setAttribute('open', '');
    } else if (!open && dialog.open) {
      if (typeof dialog.close === 'function') dialog.close();
      else dialog.removeAttribute('open');
    }
  }, [open]);

  // The drawer is for narrow screens: widening the window past the breakpoint closes it.
  useEffect(() => {
    if (!open || typeof window.matchMedia !== 'function') return;
    const wide = window.matchMedia('(min-width: 64rem)');
    const onChange = () => {
      if (wide.matches) onClose();
    };
    wide.addEventListener('change', onChange);
    return () => wide.removeEventListener('change', onChange);
  }, [open, onClose]);

  return (
    <dialog
      ref={ref}
      aria-labelledby="filters-title"
      onClose={onClose}
      className="fixed inset-y-0 left-0 m-0 h-full max-h-none w-[min(24rem,100vw)] max-w-none bg-white p-0 text-slate-900 shadow-xl backdrop:bg-slate-950/50 dark:bg-slate-900 dark:text-slate-100"
    >
      {open && (
        <div className="flex h-full flex-col">
          <div className="flex items-center justify-between border-b border-slate-200 px-4 py-3 dark:border-slate-700">
            <h2 id="filters-title" className="text-lg font-semibold">
              Filters
            </h2>
            <button
              type="button"
              onClick={onClose}
              aria-label="Close filters"
              className={`rounded p-2 text-slate-700 hover:bg-slate-100 dark:text-slate-300 dark:hover:bg-slate-800 ${focusRing}`}
            >
              <svg
                aria-hidden="true"
                viewBox="0 0 20 20"
                className="h-5 w-5"
                fill="none"
                stroke="currentColor"
                strokeWidth="2"
              >
                <path d="M5 5l10 10M15 5 5 15" strokeLinecap="round" />
              </svg>
            </button>
          </div>
          <div className="flex-1 space-y-5 overflow-y-auto px-4 py-4">{children}</div>
          <div className="flex items-center justify-between gap-3 border-t border-slate-200 px-4 py-3 dark:border-slate-700">
            <button
              type="button"
              onClick={onClearAll}
              disabled={!canClear}
              className={`rounded px-2 py-2 text-sm font-medium text-brand-700 hover:underline disabled:text-slate-500 disabled:no-underline dark:text-brand-100 dark:disabled:text-slate-400 ${focusRing}`}
            >
              Clear all
            </button>
            <button type="button" onClick={onShowResults} className={primaryButton}>
              {total === null ? 'Show jobs' : `Show ${total} ${total === 1 ? 'job' : 'jobs'}`}
            </button>
          </div>
        </div>
      )}
    </dialog>
  );
}
