import { useEffect, useRef, useState } from 'react';
import { copyText } from '../../ui/copy-text';
import { focusRing } from './styles';

type CopyState = { kind: 'idle' } | { kind: 'copied' } | { kind: 'failed'; url: string };

/** A per-question "copy link" button with a visible, announced status. */
export function CopyLinkButton({ anchor, label }: { anchor: string; label: string }) {
  const [state, setState] = useState<CopyState>({ kind: 'idle' });
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);

  async function copy() {
    const { origin, pathname, search } = window.location;
    const url = `${origin}${pathname}${search}#${anchor}`;
    const copied = await copyText(url);
    setState(copied ? { kind: 'copied' } : { kind: 'failed', url });
    clearTimeout(timer.current);
    if (copied) timer.current = setTimeout(() => setState({ kind: 'idle' }), 2500);
  }

  return (
    <span className="inline-flex items-center gap-2 font-sans print:hidden">
      <button
        type="button"
        onClick={() => void copy()}
        aria-label={`Copy link to ${label}`}
        className={`inline-flex items-center gap-1 px-1 py-0.5 text-sm text-slate-700 hover:text-brand-700 dark:text-slate-300 dark:hover:text-brand-100 ${focusRing}`}
      >
        <svg
          aria-hidden="true"
          viewBox="0 0 20 20"
          className="h-4 w-4"
          fill="none"
          stroke="currentColor"
          strokeWidth="1.8"
        >
          <path d="M8.5 11.5a3.5 3.5 0 0 0 5 0l2.5-2.5a3.5 3.5 0 0 0-5-5l-1 1" strokeLinecap="round" />
          <path d="M11.5 8.5a3.5 3.5 0 0 0-5 0L4 11a3.5 3.5 0 0 0 5 5l1-1" strokeLinecap="round" />
        </svg>
        <span>Copy link</span>
      </button>
      <span role="status" className="text-sm font-medium text-emerald-800 dark:text-emerald-300">
        {state.kind === 'copied' && 'Copied'}
        {state.kind === 'failed' && (
          <span className="text-slate-800 dark:text-slate-200">
            Copy failed. The link is <span className="select-all break-all">{state.url}</span>
          </span>
        )}
      </span>
    </span>
  );
}
