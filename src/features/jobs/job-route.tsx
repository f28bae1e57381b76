/**
 * The `/jobs/:id` page, lazy-loaded by the app's router. The page renders from the job's own file; the job index
 * (about 250 kB gzipped at 10,000 jobs) is needed only for the similar jobs at the bottom, so it loads when they
 * come near the viewport. A missing file means an unknown id ("no longer listed") unless the index lists the id:
 * then the file failed to load, and the page says so with a Retry.
 */
import { queryOptions, useQuery, useSuspenseQuery } from '@tanstack/react-query';
import { useMemo, useRef } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { DataError } from '../../lib/data/fetch-json';
import { jobDetailQuery, jobsIndexQuery } from '../../lib/data/queries';
import { queryClient } from '../../lib/query-client';
import type { JobDetail } from '../../shared/bundle-schema';
import { isJobId } from '../../shared/compact-index';
import { RouteError, RouteErrorBoundary, type ErrorFallbackProps } from '../../ui/route-error';
import { linkClass } from '../../ui/styles';
import { useDocumentTitle } from '../../ui/use-document-title';
import { useNearViewport } from '../../ui/use-near-viewport';
import { readFromBoard } from './job-meta';
import { jobsLikeId, similarJobs } from './job/similar-jobs';
import { BackToResults, JobView, SimilarJobs } from './job/job-view';

export interface JobPageData {
  id: string;
  /** Null when the index does not list this id. */
  job: JobDetail | null;
}

/** What the page shows for an id: the job's file, or "no longer listed" (with the index, for jobs like it). */
export async function loadJobPage(id: string): Promise<JobPageData> {
  // Not an id at all (a mangled link): no file to ask for, and the index's "jobs like it" still help.
  if (!isJobId(id)) return notListed(id);
  try {
    return { id, job: await queryClient.ensureQueryData(jobDetailQuery(id)) };
  } catch (error) {
    // The static server answers an unknown file with index.html (fetchJson: not-found). Only the index can tell
    // an id that is not listed from a listed job whose file failed.
    if (!(error instanceof DataError && error.kind === 'not-found')) throw error;
    const index = await queryClient.ensureQueryData(jobsIndexQuery());
    if (index.jobs.some((job) => job.id === id)) throw error;
    return notListed(id);
  }
}

/** "No longer listed" needs the index (for the jobs like the id): loaded before the page renders. */
async function notListed(id: string): Promise<JobPageData> {
  await queryClient.ensureQueryData(jobsIndexQuery());
  return { id, job: null };
}

/**
 * The page's data as one query over the job's file and the index (both from lib/data/queries.ts), so the page can
 * suspend on it; not retried itself (the files' own queries retry), and a failed one is dropped by Retry.
 */
const jobPageQuery = (id: string) =>
  queryOptions({
    queryKey: ['jobs', 'page', id] as const,
    queryFn: () => loadJobPage(id),
    staleTime: Infinity,
    retry: false,
  });

function JobNotListed({ id }: { id: string }) {
  const { data } = useSuspenseQuery(jobsIndexQuery());
  const location = useLocation();
  const from = readFromBoard(location.state);
  const like = useMemo(() => jobsLikeId(id, data.jobs), [id, data.jobs]);
  useDocumentTitle('Job no longer listed · Summit');
  return (
    <div className="mx-auto max-w-3xl px-4 pt-6 pb-8 sm:px-6">
      <p className="text-sm">
        <BackToResults from={from} />
      </p>
      <h1 className="mt-6 text-3xl font-bold text-slate-950 dark:text-white">This job is no longer listed</h1>
      <p className="mt-4 text-slate-700 dark:text-slate-300">
        It may have been filled or withdrawn, or the link may be mistyped. {data.jobs.length}{' '}
        {data.jobs.length === 1 ? 'job is' : 'jobs are'} open now.
      </p>
      <p className="mt-4">
        <Link to="/" className={linkClass}>
          Browse all jobs
        </Link>
      </p>
      <SimilarJobs jobs={like} from={null} heading="Jobs you might be looking for" />
    </div>
  );
}

function Job() {
  const { id = '' } = useParams();
  const {
    data: { job },
  } = useSuspenseQuery(jobPageQuery(id));
  if (!job) return <JobNotListed id={id} />;
  // Keyed, so moving between jobs starts each page fresh (copy status, open disclosures).
  return <JobPage key={job.id} job={job} />;
}

function JobPage({ job }: { job: JobDetail }) {
  // The similar jobs sit at the end of the page: the sentinel after it says when they are near.
  const end = useRef<HTMLDivElement>(null);
  const near = useNearViewport(end);
  const { data } = useQuery({ ...jobsIndexQuery(), enabled: near });
  const similar = useMemo(() => (data ? similarJobs(job, data.jobs) : []), [job, data]);
  return (
    <>
      <JobView job={job} similar={similar} />
      <div ref={end} />
    </>
  );
}

function JobError(props: ErrorFallbackProps) {
  return <RouteError title="This job could not be loaded" {...props} />;
}

export default function JobRoute() {
  return (
    <RouteErrorBoundary fallback={JobError}>
      <Job />
    </RouteErrorBoundary>
  );
}
