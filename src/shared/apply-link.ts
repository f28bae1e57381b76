/**
 * Where a job's "apply" action goes. The documents are scrapes of Amazon Science pages, whose jobs are posted on
 * amazon.jobs. When the listing states that job's own amazon.jobs link, or a (numeric) job number, the action goes
 * to that job's page there; otherwise to a search on amazon.jobs for the title in the job's city, and its label
 * says so, because the seeker must then pick the job out of the results. Pure: no DOM.
 */
export const AMAZON_JOBS_ORIGIN = 'https://www.amazon.jobs';

export interface ApplyTarget {
  /** 'job': the job's own page; 'search': a search that should find it. */
  kind: 'job' | 'search';
  href: string;
  label: string;
}

export interface ApplyInput {
  title: string | null;
  displayTitle: string;
  location: { city: string };
  facts: { jobNumber: string | null; links: readonly { url: string }[] };
}

const JOB_PATH = /^\/(?:[a-z]{2}(?:-[a-z]{2})?\/)?jobs\/(\d{4,12})(?:\/|$)/i;

/** A stated amazon.jobs link to one job (`https://www.amazon.jobs/en/jobs/2712345/…`), normalised; else null. */
export function amazonJobLink(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return null;
  const host = parsed.hostname.toLowerCase();
  if (host !== 'amazon.jobs' && host !== 'www.amazon.jobs') return null;
  if (!JOB_PATH.test(parsed.pathname)) return null;
  // Always https on the canonical host; the path (with the job's slug) as written.
  return `${AMAZON_JOBS_ORIGIN}${parsed.pathname}${parsed.search}`;
}

/** The title to search for: the stated one, else the fallback's role part ("Scientist — Think Forward Lab"). */
function searchTitle(job: ApplyInput): string {
  return (job.title ?? job.displayTitle.split(' — ')[0] ?? job.displayTitle).trim();
}

export function applyTarget(job: ApplyInput): ApplyTarget {
  for (const link of job.facts.links) {
    const href = amazonJobLink(link.url);
    if (href) return { kind: 'job', href, label: 'Apply on amazon.jobs' };
  }
  const number = job.facts.jobNumber?.trim() ?? '';
  if (/^\d{4,12}$/.test(number)) {
    return { kind: 'job', href: `${AMAZON_JOBS_ORIGIN}/en/jobs/${number}`, label: 'Apply on amazon.jobs' };
  }
  const params = new URLSearchParams({ base_query: searchTitle(job), loc_query: job.location.city });
  return {
    kind: 'search',
    href: `${AMAZON_JOBS_ORIGIN}/en/search?${params.toString()}`,
    label: 'Find this job on amazon.jobs',
  };
}
