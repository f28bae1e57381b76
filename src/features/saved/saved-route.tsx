/**
 * `/saved`: the visitor's shortlist, newest first. A saved job the bundle no longer lists stays, marked "no longer
 * listed", until removed: what was saved is never dropped behind the visitor's back. Everything here is read from
 * the browser (src/lib/user-data/store.ts) after mount; the job index says which saved jobs are still listed.
 */
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { Link } from 'react-router';
import { jobsIndexQuery } from '../../lib/data/queries';
import { toggleSavedJob, useUserData } from '../../lib/user-data/store';
import type { SavedJob } from '../../shared/user-data';
import { linkClass, secondaryButton } from '../../ui/styles';
import { useDocumentTitle } from '../../ui/use-document-title';

const savedDate = new Intl.DateTimeFormat('en', { dateStyle: 'medium' });

function SavedJobItem({ job, listed }: { job: SavedJob; listed: boolean | null }) {
  const gone = listed === false;
  return (
    <li className="flex flex-wrap items-start justify-between gap-3 rounded-lg border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900">
      <div className="min-w-0 flex-1">
        <h3 className="text-lg leading-snug font-semibold text-slate-950 dark:text-white">
          {gone ? (
            <span className="text-slate-700 dark:text-slate-300">{job.title}</span>
          ) : (
            <Link to={`/jobs/${encodeURIComponent(job.id)}`} className={linkClass}>
              {job.title}
            </Link>
          )}
        </h3>
        <p className="mt-1 flex flex-wrap gap-x-3 gap-y-1 text-sm text-slate-700 dark:text-slate-300">
          {job.team && <span>{job.team}</span>}
          <span>{job.place}</span>
          <span>
            Saved <time dateTime={new Date(job.savedAt).toISOString()}>{savedDate.format(job.savedAt)}</time>
          </span>
        </p>
        {gone && (
          <p className="mt-2 inline-block rounded bg-slate-100 px-2 py-0.5 text-sm font-medium text-slate-800 dark:bg-slate-800 dark:text-slate-200">
            No longer listed
          </p>
        )}
      </div>
      <button
        type="button"
        onClick={() => void toggleSavedJob(job).catch(() => undefined)}
        className={secondaryButton}
      >
        Remove<span className="sr-only"> {job.title}</span>
      </button>
    </li>
  );
}

function SavedJobs({ jobs }: { jobs: readonly SavedJob[] }) {
  // Which saved jobs the current bundle lists; null for all of them until the index is there (or if it fails).
  const index = useQuery(jobsIndexQuery());
  const listed = useMemo(() => (index.data ? new Set(index.data.jobs.map((j) => j.id)) : null), [index.data]);
  return (
    <section aria-labelledby="saved-jobs" className="mt-8">
      <h2 id="saved-jobs" className="text-xl font-semibold text-slate-950 dark:text-white">
        Saved jobs
        {jobs.length > 0 && <span className="text-slate-600 dark:text-slate-400"> ({jobs.length})</span>}
      </h2>
      {jobs.length === 0 ? (
        <p className="mt-3 text-slate-700 dark:text-slate-300">
          No saved jobs yet. Press <strong>Save</strong> on any job to keep it here.{' '}
          <Link to="/" className={linkClass}>
            Browse all jobs
          </Link>
        </p>
      ) : (
        <ul className="mt-3 space-y-3">
          {jobs.map((job) => (
            <SavedJobItem key={job.id} job={job} listed={listed ? listed.has(job.id) : null} />
          ))}
        </ul>
      )}
    </section>
  );
}

function SavedPage() {
  useDocumentTitle('Saved · Summit');
  const { data, mode } = useUserData();
  return (
    <div className="mx-auto max-w-3xl px-4 pt-6 pb-8 sm:px-6">
      <h1 className="text-2xl font-bold tracking-tight text-slate-950 sm:text-3xl dark:text-white">Saved</h1>
      <p className="mt-2 text-slate-700 dark:text-slate-300">
        {mode === 'memory'
          ? 'Kept in this tab only, until you close it.'
          : 'Kept in this browser only: no account, nothing sent anywhere.'}
      </p>
      {data === null ? (
        <p role="status" className="mt-8 text-slate-700 dark:text-slate-300">
          Loading your saved jobs…
        </p>
      ) : (
        <SavedJobs jobs={data.savedJobs} />
      )}
    </div>
  );
}

export default SavedPage;
