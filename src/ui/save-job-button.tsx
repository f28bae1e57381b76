import type { SavedJob } from '../shared/user-data';
import { toggleSavedJob, useUserData } from '../lib/user-data/store';
import { focusRing } from './styles';

export type SaveableJob = Omit<SavedJob, 'savedAt'>;

export function BookmarkIcon({ filled, className = 'h-4 w-4' }: { filled: boolean; className?: string }) {
  return (
    <svg
      aria-hidden="true"
      viewBox="0 0 20 20"
      className={className}
      fill={filled ? 'currentColor' : 'none'}
      stroke="currentColor"
      strokeWidth="1.8"
    >
      <path d="M5 3h10v14l-5-3.5L5 17V3Z" strokeLinejoin="round" />
    </svg>
  );
}

/**
 * Saves a job for later: a toggle button (aria-pressed) whose name stays "Save …" in both states, as toggle
 * buttons should; the icon fills and the visible word reads "Saved" once saved. Before the stored data is read
 * (the first render, pre-rendered pages) it shows as not saved.
 */
export function SaveJobButton({ job, context }: { job: SaveableJob; context?: string }) {
  const { data } = useUserData();
  const saved = data !== null && data.savedJobs.some((j) => j.id === job.id);
  return (
    <button
      type="button"
      aria-pressed={saved}
      onClick={() => void toggleSavedJob(job).catch(() => undefined)}
      className={`relative z-10 inline-flex shrink-0 items-center gap-1.5 rounded-md border px-2.5 py-1.5 text-sm font-medium ${
        saved
          ? 'border-brand-700 bg-brand-50 text-brand-800 dark:border-brand-100 dark:bg-slate-800 dark:text-brand-100'
          : 'border-slate-300 bg-white text-slate-800 hover:border-brand-600 hover:text-brand-700 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100 dark:hover:text-brand-100'
      } ${focusRing}`}
    >
      <BookmarkIcon filled={saved} />
      <span aria-hidden="true">{saved ? 'Saved' : 'Save'}</span>
      <span className="sr-only">{context ? `Save ${context}` : 'Save'}</span>
    </button>
  );
}
