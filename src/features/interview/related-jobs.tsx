import { useQuery } from '@tanstack/react-query';
import { useMemo, useRef } from 'react';
import { Link } from 'react-router';
import { jobsIndexQuery } from '../../lib/data/queries';
import type { Article } from '../../shared/bundle-schema';
import { useNearViewport } from '../../ui/use-near-viewport';
import { PrintUrl } from './print-url';
import { jobCount, relatedJobs } from './related-jobs-model';
import { focusRing } from './styles';

const HEADING_ID = 'related-jobs-heading';

function listOf(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/**
 * "Jobs related to this story": a few matching jobs and pre-filtered links into the board. The job index loads
 * when the section comes near the viewport (it sits below the story), with a skeleton of the same height till then.
 */
export function RelatedJobs({ article }: { article: Article }) {
  const ref = useRef<HTMLElement>(null);
  const near = useNearViewport(ref);
  const { data, isPending, isError, refetch, isRefetching } = useQuery({
    ...jobsIndexQuery(),
    enabled: near,
  });
  const related = useMemo(() => (data ? relatedJobs(article, data.jobs) : null), [article, data]);
  const subjects = [...article.teams, ...article.researchAreas];

  return (
    <aside
      ref={ref}
      id="related-jobs"
      aria-labelledby={HEADING_ID}
      className="mt-16 max-w-measure border-t-4 border-brand-700 pt-6 font-sans dark:border-brand-100 print:mt-8 print:border-t-2"
    >
      <h2 id={HEADING_ID} className="text-xl font-semibold tracking-tight text-slate-900 dark:text-slate-50">
        Jobs related to this story
      </h2>
      {subjects.length > 0 && (
        <p className="mt-2 max-w-measure text-slate-700 dark:text-slate-300">
          Open roles in {listOf(subjects)}, the subjects of this story.
        </p>
      )}

      {isPending && (
        <div aria-hidden="true" className="mt-6 min-h-48 animate-pulse space-y-3 motion-reduce:animate-none">
          <div className="h-5 w-2/3 rounded bg-slate-200 dark:bg-slate-800" />
          <div className="h-5 w-1/2 rounded bg-slate-200 dark:bg-slate-800" />
          <div className="h-5 w-3/5 rounded bg-slate-200 dark:bg-slate-800" />
        </div>
      )}

      {isError && (
        <div className="mt-6 flex flex-wrap items-center gap-3 text-slate-700 dark:text-slate-300 print:hidden">
          <p>The job list could not be loaded.</p>
          <button
            type="button"
            onClick={() => void refetch()}
            disabled={isRefetching}
            className={`rounded-md border border-slate-400 px-3 py-1.5 text-sm font-medium hover:bg-slate-100 dark:border-slate-500 dark:hover:bg-slate-800 ${focusRing}`}
          >
            {isRefetching ? 'Retrying…' : 'Retry'}
          </button>
        </div>
      )}

      {related && related.total === 0 && (
        <p className="mt-6 text-slate-700 dark:text-slate-300">
          No open roles match this story right now.{' '}
          <Link to="/" className={`font-medium text-brand-700 underline dark:text-brand-100 ${focusRing}`}>
            Browse all jobs
          </Link>
        </p>
      )}

      {related && related.total > 0 && (
        <>
          <ul className="mt-6 divide-y divide-slate-200 dark:divide-slate-800">
            {related.jobs.map((job) => {
              const href = `/jobs/${encodeURIComponent(job.id)}`;
              return (
                <li key={job.id} className="py-3">
                  <Link
                    to={href}
                    className={`font-semibold text-brand-700 underline-offset-2 hover:underline dark:text-brand-100 ${focusRing}`}
                  >
                    {job.title}
                  </Link>
                  <PrintUrl href={href} />
                  <p className="text-sm text-slate-700 dark:text-slate-300">
                    {[job.team, job.location.label].filter(Boolean).join(' · ')}
                  </p>
                </li>
              );
            })}
          </ul>

          {related.filters.length > 0 && (
            <>
              <h3 className="mt-8 text-base font-semibold text-slate-900 dark:text-slate-50">On the board</h3>
              <ul className="mt-3 flex flex-wrap gap-2">
                {related.filters.map((filter) => (
                  <li key={`${filter.kind}:${filter.slug}`}>
                    <Link
                      to={filter.href}
                      data-count={filter.count}
                      className={`inline-block rounded-full border border-brand-700 px-3 py-1 text-sm font-medium text-brand-700 hover:bg-brand-50 dark:border-brand-100 dark:text-brand-100 dark:hover:bg-slate-800 ${focusRing}`}
                    >
                      {jobCount(filter.count)} {filter.kind === 'team' ? 'at' : 'in'} {filter.label}
                    </Link>
                    <PrintUrl href={filter.href} />
                  </li>
                ))}
              </ul>
            </>
          )}
        </>
      )}
    </aside>
  );
}
