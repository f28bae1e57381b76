import { useId, useState } from 'react';
import { flushSync } from 'react-dom';
import type { QA } from '../../shared/bundle-schema';
import { focusRing } from './styles';
import { prose } from './text';

export function questionAnchor(qa: Pick<QA, 'number'>): string {
  return `q${qa.number}`;
}

/**
 * The questions as in-page links. Wide screens: a sticky column beside the text. Narrow screens: a disclosure
 * above the text, collapsed by default. The links are plain fragment links (the browser scrolls and moves
 * the focus start point; they work in any router setup); the question being read gets aria-current.
 */
export function TableOfContents({
  qa,
  active,
  className = '',
}: {
  qa: readonly QA[];
  active: string | null;
  className?: string;
}) {
  const [open, setOpen] = useState(false);
  const listId = useId();

  return (
    <nav aria-label="Table of contents" className={`font-sans print:hidden ${className}`}>
      <button
        type="button"
        aria-expanded={open}
        aria-controls={listId}
        onClick={() => setOpen((o) => !o)}
        className={`flex w-full items-center justify-between rounded-md border border-slate-300 px-4 py-3 text-left text-sm font-semibold text-slate-900 lg:hidden dark:border-slate-700 dark:text-slate-100 ${focusRing}`}
      >
        <span>In this interview: {qa.length} questions</span>
        <svg
          aria-hidden="true"
          viewBox="0 0 20 20"
          className={`h-4 w-4 transition-transform motion-reduce:transition-none ${open ? 'rotate-180' : ''}`}
          fill="currentColor"
        >
          <path d="M5.3 7.3a1 1 0 0 1 1.4 0L10 10.6l3.3-3.3a1 1 0 1 1 1.4 1.4l-4 4a1 1 0 0 1-1.4 0l-4-4a1 1 0 0 1 0-1.4Z" />
        </svg>
      </button>
      <p className="hidden text-xs font-semibold tracking-widest text-slate-700 uppercase lg:block dark:text-slate-300">
        In this interview
      </p>
      <ol
        id={listId}
        className={`${open ? 'mt-2 rounded-md border border-slate-300 p-2 dark:border-slate-700' : 'hidden'} space-y-1 lg:mt-3 lg:block lg:border-0 lg:p-0`}
      >
        {qa.map((item) => {
          const anchor = questionAnchor(item);
          const current = active === anchor;
          return (
            <li key={anchor}>
              <a
                href={`#${anchor}`}
                aria-current={current ? 'location' : undefined}
                onClick={() => {
                  // Collapse before the browser scrolls, so the jump lands on the final layout.
                  if (open) flushSync(() => setOpen(false));
                }}
                className={`flex gap-2 border-l-2 py-1 pl-3 text-sm leading-snug ${
                  current
                    ? 'border-brand-700 font-semibold text-slate-900 dark:border-brand-100 dark:text-white'
                    : 'border-transparent text-slate-700 hover:border-slate-400 hover:text-slate-900 dark:text-slate-300 dark:hover:text-white'
                } ${focusRing}`}
              >
                <span aria-hidden="true" className="w-4 shrink-0 text-right tabular-nums">
                  {item.number}
                </span>
                <span className="line-clamp-3">{prose(item.question)}</span>
              </a>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
