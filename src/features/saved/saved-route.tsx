/**
 * `/saved`: the visitor's shortlist, newest first. A saved job the bundle no longer lists stays, marked "no longer
 * listed", until removed: what was saved is never dropped behind the visitor's back. Everything here is read from
 * the browser (src/lib/user-data/store.ts) after mount; the job index says which saved jobs are still listed.
 */
import { useQuery } from '@tanstack/react-query';
import { useEffect, useMemo } from 'react';
import { Link } from 'react-router';
import { jobsIndexQuery } from '../../lib/data/queries';
import {
  loadedUserDataModel,
  markSavedSearchLooked,
  recordJobsSeen,
  removeSavedSearch,
  toggleSavedJob,
  useUserData,
} from '../../lib/user-data/store';
import type { SavedJob, SavedSearch, UserData } from '../../shared/user-data';
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

/** What /saved needs from the board: the jobs a saved search lists now (the app passes the board's engine). */
export interface SearchCounter {
  allIds: readonly string[];
  idsFor(query: string): string[];
}

function SavedSearchItem({
  search,
  total,
  fresh,
}: {
  search: SavedSearch;
  total: number | null;
  fresh: number | null;
}) {
  return (
    <li className="flex flex-wrap items-start justify-between gap-3 rounded-lg border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900">
      <div className="min-w-0 flex-1">
        <h3 className="text-lg leading-snug font-semibold">
          <Link
            to={`/${search.query}`}
            onClick={() => void markSavedSearchLooked(search.id).catch(() => undefined)}
            className={linkClass}
          >
            {search.name}
          </Link>
        </h3>
        <p className="mt-1 flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-slate-700 dark:text-slate-300">
          <span className="tabular-nums">
            {total === null ? 'Counting…' : `${total} ${total === 1 ? 'job' : 'jobs'}`}
          </span>
          {fresh !== null && fresh > 0 && (
            <span className="rounded-full bg-emerald-100 px-2 py-0.5 text-xs font-semibold text-emerald-900 dark:bg-emerald-900/50 dark:text-emerald-100">
              {fresh} new since you last looked
            </span>
          )}
          {fresh === 0 && <span>Nothing new since you last looked</span>}
        </p>
      </div>
      <button
        type="button"
        onClick={() => void removeSavedSearch(search.id).catch(() => undefined)}
        className={secondaryButton}
      >
        Remove<span className="sr-only"> {search.name}</span>
      </button>
    </li>
  );
}

function SavedSearches({ data, counter }: { data: UserData; counter: SearchCounter | undefined }) {
  const searches = data.savedSearches;
  const counts = useMemo(() => {
    const model = loadedUserDataModel();
    if (!counter || !model) return null;
    const index = model.seenIndex(data);
    return new Map(
      searches.map((search) => {
        const ids = counter.idsFor(search.query);
        return [search.id, { total: ids.length, fresh: model.countNewForSearch(index, search, ids) }];
      }),
    );
  }, [counter, data, searches]);
  return (
    <section aria-labelledby="saved-searches" className="mt-10">
      <h2 id="saved-searches" className="text-xl font-semibold text-slate-950 dark:text-white">
        Saved searches
        {searches.length > 0 && (
          <span className="text-slate-600 dark:text-slate-400"> ({searches.length})</span>
        )}
      </h2>
      {searches.length === 0 ? (
        <p className="mt-3 text-slate-700 dark:text-slate-300">
          No saved searches yet. On the board, choose your filters, then press{' '}
          <strong>Save this search</strong> to come back to them and see what is new.
        </p>
      ) : (
        <ul className="mt-3 space-y-3">
          {searches.map((search) => {
            const count = counts?.get(search.id);
            return (
              <SavedSearchItem
                key={search.id}
                search={search}
                total={count?.total ?? null}
                fresh={count?.fresh ?? null}
              />
            );
          })}
        </ul>
      )}
    </section>
  );
}

export function SavedPage({ counter }: { counter?: SearchCounter }) {
  useDocumentTitle('Saved · Summit');
  const { data, mode } = useUserData();
  const allIds = counter?.allIds;
  // This page has loaded the jobs: they count as seen in this visit, as on the board.
  useEffect(() => {
    if (allIds) void recordJobsSeen(allIds).catch(() => undefined);
  }, [allIds]);
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
        <>
          <SavedJobs jobs={data.savedJobs} />
          <SavedSearches data={data} counter={counter} />
        </>
      )}
    </div>
  );
}
