import type { ReactNode } from 'react';
import { applyTarget, type ApplyInput } from '../../../shared/apply-link';
import { primaryButton } from '../../../ui/styles';

/**
 * The job page's actions: the one primary action (apply on amazon.jobs, or find the job there when the listing
 * states no job number or link: the label says which), then whatever the page adds beside it (saving the job).
 */
export function JobActions({ job, children }: { job: ApplyInput; children?: ReactNode }) {
  const target = applyTarget(job);
  return (
    <div className="mt-5 flex flex-wrap items-center gap-3 print:hidden">
      <a
        href={target.href}
        target="_blank"
        rel="noopener noreferrer"
        data-apply={target.kind}
        className={`${primaryButton} px-5 py-2.5 text-base`}
      >
        {target.label}
        <svg
          aria-hidden="true"
          viewBox="0 0 20 20"
          className="h-4 w-4"
          fill="none"
          stroke="currentColor"
          strokeWidth="2"
        >
          <path d="M8 4H4v12h12v-4M11 3h6v6M17 3l-8 8" strokeLinecap="round" strokeLinejoin="round" />
        </svg>
        <span className="sr-only"> (opens in a new tab)</span>
      </a>
      {children}
    </div>
  );
}
