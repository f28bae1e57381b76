/**
 * The `/jobs/:id` route module, lazy-loaded by the app's router. The id is checked against the index first
 * (the static server answers unknown files with index.html), so an unknown id shows "no longer listed".
 */
import { useSuspenseQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { Link, useLoaderData, useLocation, type LoaderFunctionArgs } from 'react-router';
import { jobDetailQuery, jobsIndexQuery } from '../../lib/data/queries';
import { queryClient } from '../../lib/query-client';
import type { JobDetail } from '../../shared/bundle-schema';
import { RouteError } from '../../ui/route-error';
import { linkClass } from '../../ui/styles';
import { useDocumentTitle } from '../../ui/use-document-title';
import { readFromBoard } from './job-meta';
import { jobsLikeId, similarJobs } from './job/similar-jobs';
import { BackToResults, JobView, SimilarJobs } from './job/job-view';

export interface JobLoaderData {
  id: string;
  /** Null when the index does not list this id. */
  job: JobDetail | null;
}

export async function loader({ params }: Pick<LoaderFunctionArgs, 'params'>): Promise<JobLoaderData> {
  const id = params.id ?? '';
  const index = await queryClient.ensureQueryData(jobsIndexQuery());
  if (!index.jobs.some((job) => job.id === id)) return { id, job: null };
  const job = await queryClient.ensureQueryData(jobDetailQuery(id));
  return { id, job };
}

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

export function Component() {
  const { id, job } = useLoaderData() as JobLoaderData;
  const { data } = useSuspenseQuery(jobsIndexQuery());
  const similar = useMemo(() => (job ? similarJobs(job, data.jobs) : []), [job, data.jobs]);
  if (!job) return <JobNotListed id={id} />;
  // Keyed, so moving between jobs starts each page fresh (copy status, open disclosures).
  return <JobView key={job.id} job={job} similar={similar} />;
}

export function ErrorBoundary() {
  return <RouteError title="This job could not be loaded" />;
}
