import { useEffect, useReducer } from 'react';
import { flushSync } from 'react-dom';

/** Re-renders, one per idle period. */
const REHEARSALS = 3;

/**
 * Re-renders the calling component a few times, synchronously, while the page is idle after `key` changes or
 * `enabled` turns true (the board: once its engine is the full index's). Nothing on screen changes: the state is
 * the same, so the render ends in the same DOM. What changes is the code: the first click after load otherwise
 * runs React's update path, the board's hooks and the memo checks for the first time, and pays for compiling them
 * (V8's bytecode budget interrupts) inside the click's own task.
 */
export function useIdleRehearsal(key: unknown, enabled = true): void {
  const [, rehearse] = useReducer((n: number) => n + 1, 0);
  useEffect(() => {
    if (!enabled || typeof requestIdleCallback !== 'function') return;
    let left = REHEARSALS;
    let handle = 0;
    const run = () => {
      flushSync(rehearse);
      if (--left > 0) handle = requestIdleCallback(run, { timeout: 3000 });
    };
    handle = requestIdleCallback(run, { timeout: 3000 });
    return () => cancelIdleCallback(handle);
  }, [key, enabled]);
}
