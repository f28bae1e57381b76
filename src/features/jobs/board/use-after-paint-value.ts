import { startTransition, useEffect, useState } from 'react';

/** Frames are not drawn in a hidden tab: never wait longer than this for one. */
const NO_FRAME_MS = 100;

/**
 * Calls `run` once the browser has drawn the next frame (a task after the next animation frame), or after 100 ms
 * where no frame comes. Returns a cancel function.
 */
export function afterNextPaint(run: () => void): () => void {
  let done = false;
  let frame = 0;
  let task: ReturnType<typeof setTimeout> | undefined;
  const fire = () => {
    if (done) return;
    done = true;
    clearTimeout(fallback);
    run();
  };
  const fallback = setTimeout(fire, NO_FRAME_MS);
  if (typeof requestAnimationFrame === 'function')
    frame = requestAnimationFrame(() => {
      task = setTimeout(fire, 0);
    });
  return () => {
    done = true;
    clearTimeout(fallback);
    clearTimeout(task);
    if (frame && typeof cancelAnimationFrame === 'function') cancelAnimationFrame(frame);
  };
}

/**
 * `value`, a frame late: after a change, the new value is rendered in a transition that starts once the frame
 * showing the change has been drawn. Unlike useDeferredValue, whose render may run before that frame (and delay
 * it), the urgent render reaches the screen first; like it, the late render is interruptible.
 */
export function useAfterPaintValue<T>(value: T): T {
  const [shown, setShown] = useState(value);
  useEffect(() => {
    if (Object.is(shown, value)) return;
    return afterNextPaint(() => startTransition(() => setShown(() => value)));
  }, [value, shown]);
  return shown;
}
