import type { RefObject } from 'react';
import { useReadingProgress } from './hooks';

/** A thin bar along the top of the viewport showing how much of the article has been read. */
export function ReadingProgress({ target }: { target: RefObject<HTMLElement | null> }) {
  const progress = useReadingProgress(target);
  return (
    <div
      role="progressbar"
      aria-label="Reading progress"
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={progress}
      aria-valuetext={`${progress}% read`}
      className="pointer-events-none fixed inset-x-0 top-0 z-50 h-1 bg-slate-200/70 dark:bg-slate-800/70 print:hidden"
    >
      {/* Nothing read: no bar, and no style attribute, which the CSP (style-src 'self') would refuse in the
          pre-rendered HTML; once the app runs, React sets the style through the CSSOM, which the CSP allows. */}
      {progress > 0 && (
        <div
          className="h-full origin-left bg-brand-700 dark:bg-brand-100"
          style={{ transform: `scaleX(${progress / 100})` }}
        />
      )}
    </div>
  );
}
