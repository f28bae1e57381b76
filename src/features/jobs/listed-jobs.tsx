/**
 * The cards of the jobs listed with a story, in listing order (the story page composes them in, src/app). The
 * job index loads when the list comes near the viewport (it sits below the story), with a skeleton till then.
 */
import { useQuery } from '@tanstack/react-query';
import { useMemo, useRef, useState } from 'react';
import { jobsIndexQuery } from '../../lib/data/queries';
import { secondaryButton } from '../../ui/styles';
import { useNearViewport } from '../../ui/use-near-viewport';
import { JobSummaryCard } from './job-card';

/** More than this, and the list shows the first FOLDED_COUNT with a button for the rest. */
const SHOW_ALL_UP_TO = 12;
const FOLDED_COUNT = 8;

export function ListedJobCards({ ids }: { ids: readonly string[] }) {
  const ref = useRef<HTMLDivElement>(null);
  const near = useNearViewport(ref);
  const { data, isError, refetch, isRefetching } = useQuery({ ...jobsIndexQuery(), enabled: near });
  const [expanded, setExpanded] = useState(false);
  const jobs = useMemo(() => {
    if (!data) return null;
    const byId = new Map(data.jobs.map((job) => [job.id, job]));
    return ids.flatMap((id) => byId.get(id) ?? []);
  }, [data, ids]);
  const shown = jobs && !expanded && jobs.length > SHOW_ALL_UP_TO ? jobs.slice(0, FOLDED_COUNT) : jobs;

  return (
    <div ref={ref} className="mt-5">
      {isError ? (
        <div className="flex flex-wrap items-center gap-3 text-slate-700 dark:text-slate-300 print:hidden">
          <p>The jobs could not be loaded.</p>
          <button
            type="button"
            onClick={() => void refetch()}
            disabled={isRefetching}
            className={secondaryButton}
          >
            {isRefetching ? 'Retrying…' : 'Retry'}
          </button>
        </div>
      ) : shown === null || jobs === null ? (
        <div aria-hidden="true" className="min-h-48 animate-pulse space-y-3 motion-reduce:animate-none">
          {ids.slice(0, 3).map((id) => (
            <div key={id} className="h-20 rounded-lg bg-slate-100 dark:bg-slate-800" />
          ))}
        </div>
      ) : (
        <>
          <ul className="space-y-3">
            {shown.map((job) => (
              <li key={job.id}>
                <JobSummaryCard job={job} from={null} compact />
              </li>
            ))}
          </ul>
          {shown.length < jobs.length && (
            <button type="button" onClick={() => setExpanded(true)} className={`mt-4 ${secondaryButton}`}>
              Show all {jobs.length} jobs
            </button>
          )}
        </>
      )}
    </div>
  );
}
