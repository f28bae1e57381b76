import type { ReactNode } from 'react';
import { useIsNewJob } from '../../lib/user-data/store';
import { SaveJobButton } from '../../ui/save-job-button';
import { BoardLink } from './board/board-link';
import type { JobCard } from '../../shared/compact-index';
import { jobTypeLabels, locationText, type FromBoard } from './job-meta';

/** Renders a piece of card text; the list passes one that highlights matched words. */
export type TextRenderer = (text: string) => ReactNode;
const plain: TextRenderer = (text) => text;

/**
 * One job in a list: a link to `/jobs/<id>` whose name is the title (the whole card is clickable through the
 * link's stretched ::after), with team, location, areas, type badges and a short summary.
 */
export function JobSummaryCard({
  job,
  from,
  render = plain,
  headingLevel = 3,
  compact = false,
}: {
  job: JobCard;
  from: FromBoard | null;
  render?: TextRenderer;
  headingLevel?: 2 | 3;
  compact?: boolean;
}) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const types = jobTypeLabels(job).filter((t) => t !== 'Full-time');
  const isNew = useIsNewJob(job.id);
  return (
    <article
      className={`group relative rounded-lg border border-slate-200 bg-white hover:border-brand-600 has-[a:focus-visible]:outline-2 has-[a:focus-visible]:outline-offset-2 has-[a:focus-visible]:outline-brand-600 dark:border-slate-800 dark:bg-slate-900 dark:hover:border-brand-100 dark:has-[a:focus-visible]:outline-brand-100 ${compact ? 'p-3' : 'p-4 sm:p-5'}`}
    >
      <div className="flex items-start justify-between gap-3">
        <Heading
          className={`min-w-0 flex-1 font-semibold text-slate-950 dark:text-white ${compact ? 'text-base' : 'text-lg leading-snug'}`}
        >
          <BoardLink
            to={`/jobs/${encodeURIComponent(job.id)}`}
            state={from ?? undefined}
            className="text-brand-700 group-hover:underline after:absolute after:inset-0 after:content-[''] focus-visible:outline-none dark:text-brand-100"
          >
            {render(job.title)}
          </BoardLink>
        </Heading>
        <SaveJobButton
          job={{ id: job.id, title: job.title, team: job.team, place: locationText(job.location) }}
          context={job.title}
        />
      </div>
      <p className="mt-1 flex flex-wrap gap-x-3 gap-y-1 text-sm text-slate-700 dark:text-slate-300">
        {isNew && (
          <span className="rounded-full bg-emerald-100 px-2 text-xs leading-5 font-semibold text-emerald-900 dark:bg-emerald-900/50 dark:text-emerald-100">
            New<span className="sr-only"> since your last visit</span>
          </span>
        )}
        {job.team && <span>{render(job.team)}</span>}
        <span>{render(locationText(job.location))}</span>
        {types.map((t) => (
          <span
            key={t}
            className="rounded bg-amber-100 px-1.5 text-xs leading-5 font-medium text-amber-900 dark:bg-amber-900/40 dark:text-amber-100"
          >
            {t}
          </span>
        ))}
      </p>
      {!compact && job.researchAreas.length > 0 && (
        <p className="mt-2 flex flex-wrap gap-1.5">
          {job.researchAreas.map((area) => (
            <span
              key={area}
              className="rounded-full bg-slate-100 px-2 py-0.5 text-xs text-slate-800 dark:bg-slate-800 dark:text-slate-200"
            >
              {render(area)}
            </span>
          ))}
        </p>
      )}
      {!compact && job.summary && (
        <p className="mt-2 line-clamp-2 text-sm text-slate-700 dark:text-slate-300">{render(job.summary)}</p>
      )}
    </article>
  );
}
