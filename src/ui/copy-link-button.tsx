import { useEffect, useRef, useState } from 'react';
import { copyText } from './copy-text';
import { secondaryButton } from './styles';

type CopyState = { kind: 'idle' } | { kind: 'copied' } | { kind: 'failed'; url: string };

/** "Copy link" with a visible, announced outcome; on failure it shows the link to copy by hand. */
export function CopyLinkButton({ url, label = 'Copy link' }: { url: string; label?: string }) {
  const [state, setState] = useState<CopyState>({ kind: 'idle' });
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);

  async function copy() {
    const copied = await copyText(url);
    setState(copied ? { kind: 'copied' } : { kind: 'failed', url });
    clearTimeout(timer.current);
    if (copied) timer.current = setTimeout(() => setState({ kind: 'idle' }), 2500);
  }

  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      <button type="button" onClick={() => void copy()} className={secondaryButton}>
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
        {label}
      </button>
      <span role="status" className="text-sm font-medium text-emerald-800 dark:text-emerald-300">
        {state.kind === 'copied' && 'Link copied'}
        {state.kind === 'failed' && (
          <span className="text-slate-800 dark:text-slate-200">
            Could not copy. The link is <span className="break-all select-all">{state.url}</span>
          </span>
        )}
      </span>
    </span>
  );
}
