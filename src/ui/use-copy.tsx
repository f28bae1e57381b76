import { useEffect, useRef, useState } from 'react';
import { copyText } from './copy-text';

export type CopyState = { kind: 'idle' } | { kind: 'copied' } | { kind: 'failed'; url: string };

/** Copies a URL and reports the outcome; "copied" fades back to idle, a failure stays so the link can be copied by hand. */
export function useCopy(): { state: CopyState; copy: (url: string) => Promise<void> } {
  const [state, setState] = useState<CopyState>({ kind: 'idle' });
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);

  async function copy(url: string) {
    const copied = await copyText(url);
    setState(copied ? { kind: 'copied' } : { kind: 'failed', url });
    clearTimeout(timer.current);
    if (copied) timer.current = setTimeout(() => setState({ kind: 'idle' }), 2500);
  }
  return { state, copy };
}

export function LinkIcon() {
  return (
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
  );
}
