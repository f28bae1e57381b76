import type { MouseEvent } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import type { JobDetail, Section, TextBlock } from '../../../shared/bundle-schema';
import type { JobCard } from '../../../shared/compact-index';
import { CopyLinkButton } from '../../../ui/copy-link-button';
import { SaveJobButton } from '../../../ui/save-job-button';
import { linkClass } from '../../../ui/styles';
import { useDocumentTitle } from '../../../ui/use-document-title';
import { useHistoryState } from '../../../ui/live-location';
import { boardLinkFor } from '../board/links';
import { JobSummaryCard } from '../job-card';
import { jobTypeLabels, locationText, readFromBoard, safeHref, type FromBoard } from '../job-meta';
import { JobActions } from './job-actions';

function Blocks({ blocks }: { blocks: readonly TextBlock[] }) {
  return (
    <>
      {blocks.map((block, i) =>
        block.type === 'paragraph' ? (
          <p key={i} className="mt-3 leading-relaxed">
            {block.text}
          </p>
        ) : (
          <ul key={i} className="mt-3 list-disc space-y-1.5 pl-6 leading-relaxed marker:text-slate-500">
            {block.items.map((item, j) => (
              <li key={j}>{item}</li>
            ))}
          </ul>
        ),
      )}
    </>
  );
}

function SectionView({ section }: { section: Section }) {
  if (section.boilerplate) {
    return (
      <details className="group mt-6 rounded-lg border border-slate-200 px-4 py-2 dark:border-slate-800">
        <summary className="cursor-pointer rounded-sm py-1 font-semibold text-slate-900 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600 dark:text-slate-100 dark:focus-visible:outline-brand-100">
          {section.heading ?? 'About the company'}
        </summary>
        <div className="pb-2 text-slate-800 dark:text-slate-200">
          <Blocks blocks={section.blocks} />
        </div>
      </details>
    );
  }
  return (
    <section className="mt-8 first:mt-0">
      {section.heading && (
        <h2 className="text-xl font-semibold text-slate-950 dark:text-white">{section.heading}</h2>
      )}
      <Blocks blocks={section.blocks} />
    </section>
  );
}

/** "Back to results" returns through history (so the list comes back as it was, scroll included) when we came from it. */
export function BackToResults({ from }: { from: FromBoard | null }) {
  const navigate = useNavigate();
  const historyState = useHistoryState();
  function back(event: MouseEvent<HTMLAnchorElement>) {
    if (!from || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey || event.button !== 0)
      return;
    // History can be a page ahead of this one (a similar job clicked a moment ago, still loading): count the
    // steps back from there (busy run SE5 landed on the job it left). If that page did not come from the list,
    // the link's own push to the list.
    const now = readFromBoard(historyState());
    if (!now) return;
    event.preventDefault();
    void navigate(-now.depth);
  }
  return (
    <Link to={from ? `/${from.board}` : '/'} onClick={back} className={linkClass}>
      <span aria-hidden="true">← </span>
      {from ? 'Back to results' : 'All jobs'}
    </Link>
  );
}

function Fact({ term, children }: { term: string; children: React.ReactNode }) {
  return (
    <div className="py-2 first:pt-0">
      <dt className="text-xs font-semibold tracking-wide text-slate-600 uppercase dark:text-slate-400">
        {term}
      </dt>
      <dd className="mt-0.5 text-slate-900 dark:text-slate-100">{children}</dd>
    </div>
  );
}

export function SimilarJobs({
  jobs,
  from,
  heading = 'Similar jobs',
}: {
  jobs: readonly JobCard[];
  from: FromBoard | null;
  heading?: string;
}) {
  if (jobs.length === 0) return null;
  return (
    <section aria-labelledby="similar-jobs" className="mt-10">
      <h2 id="similar-jobs" className="text-lg font-semibold text-slate-950 dark:text-white">
        {heading}
      </h2>
      <ul className="mt-3 space-y-3">
        {jobs.map((job) => (
          <li key={job.id}>
            <JobSummaryCard job={job} from={from} compact />
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The job page's content. */
export function JobView({ job, similar }: { job: JobDetail; similar: readonly JobCard[] }) {
  const location = useLocation();
  const from = readFromBoard(location.state);
  const nextFrom: FromBoard | null = from ? { board: from.board, depth: from.depth + 1 } : null;
  useDocumentTitle(`${job.displayTitle} — ${job.location.city} · Summit`);
  const { facts } = job;
  const links = facts.links.flatMap((link) => {
    const href = safeHref(link.url);
    return href ? [{ href, label: link.label.trim() || href }] : [];
  });
  const shareUrl =
    typeof window === 'undefined'
      ? `/jobs/${job.id}`
      : `${window.location.origin}/jobs/${encodeURIComponent(job.id)}`;

  return (
    <div className="mx-auto max-w-7xl px-4 pt-6 pb-8 sm:px-6">
      <p className="text-sm print:hidden">
        <BackToResults from={from} />
      </p>
      <div className="mt-4 lg:grid lg:grid-cols-[minmax(0,1fr)_20rem] lg:gap-x-12">
        <article lang="en" className="min-w-0">
          <header>
            <h1 className="text-3xl leading-tight font-bold tracking-tight text-balance text-slate-950 sm:text-4xl dark:text-white">
              {job.displayTitle}
            </h1>
            {job.title === null ? (
              <p className="mt-2 text-sm text-slate-600 italic dark:text-slate-400">
                The listing states no job title; this one is taken from its text.
              </p>
            ) : (
              job.titleSource === 'inferred' && (
                <p className="mt-2 text-sm text-slate-600 italic dark:text-slate-400">
                  Title inferred from the description: the listing does not state it.
                </p>
              )
            )}
            <ul
              aria-label="About this job"
              className="mt-4 flex flex-wrap gap-x-4 gap-y-2 text-slate-800 dark:text-slate-200"
            >
              {job.team && (
                <li>
                  <span className="sr-only">Team: </span>
                  <Link to={boardLinkFor('team', job.team)} className={linkClass}>
                    {job.team}
                  </Link>
                </li>
              )}
              <li>
                <span className="sr-only">Location: </span>
                <Link to={boardLinkFor('location', job.location)} className={linkClass}>
                  {locationText(job.location)}
                </Link>
              </li>
              <li>
                <span className="sr-only">Job type: </span>
                {jobTypeLabels(job).join(' · ')}
              </li>
            </ul>
            {job.researchAreas.length > 0 && (
              <ul aria-label="Research areas" className="mt-3 flex flex-wrap gap-2">
                {job.researchAreas.map((area) => (
                  <li key={area}>
                    <Link
                      to={boardLinkFor('area', area)}
                      className="inline-block rounded-full bg-slate-100 px-3 py-1 text-sm text-slate-800 hover:bg-brand-50 hover:text-brand-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600 dark:bg-slate-800 dark:text-slate-100 dark:hover:bg-slate-700"
                    >
                      {area}
                    </Link>
                  </li>
                ))}
              </ul>
            )}
            {job.stories.length > 0 && (
              <div className="mt-4 flex flex-wrap items-baseline gap-x-2 gap-y-1 text-sm">
                <span aria-hidden="true" className="font-semibold text-slate-700 dark:text-slate-300">
                  Listed with
                </span>
                <ul aria-label="Listed with" className="flex flex-wrap gap-x-3 gap-y-1">
                  {job.stories.map((story) => (
                    <li key={story.slug}>
                      <Link to={`/stories/${encodeURIComponent(story.slug)}`} className={linkClass}>
                        {story.title}
                      </Link>
                    </li>
                  ))}
                </ul>
              </div>
            )}
            <JobActions job={job}>
              <SaveJobButton
                job={{
                  id: job.id,
                  title: job.displayTitle,
                  team: job.team,
                  place: locationText(job.location),
                }}
                context="this job"
              />
            </JobActions>
          </header>
          <div className="mt-8 max-w-measure text-slate-800 dark:text-slate-200">
            {job.sections.length === 0 ? (
              <p className="leading-relaxed">{job.summary}</p>
            ) : (
              job.sections.map((section, i) => <SectionView key={i} section={section} />)
            )}
          </div>
        </article>

        <aside aria-label="Job details" className="mt-10 lg:mt-0">
          <div className="rounded-lg border border-slate-200 p-4 dark:border-slate-800">
            <dl className="divide-y divide-slate-200 dark:divide-slate-800">
              {facts.jobNumber && <Fact term="Job number">{facts.jobNumber}</Fact>}
              {facts.salary && <Fact term="Salary">{facts.salary.text}</Fact>}
              {facts.hours && <Fact term="Hours">{facts.hours}</Fact>}
              {facts.employer && <Fact term="Employer">{facts.employer}</Fact>}
              {facts.exportControl && <Fact term="Export control">{facts.exportControl}</Fact>}
              <Fact term="Location">{job.location.label}</Fact>
            </dl>
            {links.length > 0 && (
              <>
                <h2 className="mt-4 text-sm font-semibold text-slate-900 dark:text-slate-100">
                  Links in the listing
                </h2>
                <ul className="mt-1 space-y-1 text-sm">
                  {links.map((link, i) => (
                    <li key={i} className="break-words">
                      <a href={link.href} rel="noopener noreferrer" target="_blank" className={linkClass}>
                        {link.label}
                        <span className="sr-only"> (opens in a new tab)</span>
                      </a>
                    </li>
                  ))}
                </ul>
              </>
            )}
            <div className="mt-4 print:hidden">
              <CopyLinkButton url={shareUrl} />
            </div>
          </div>
          <SimilarJobs jobs={similar} from={nextFrom} />
        </aside>
      </div>
    </div>
  );
}
