/**
 * The built bundle as the tests see it (fetched from the running site), and an independent brute-force model of
 * the board's filtering and counting, to check the app's numbers against.
 */
import { expect, type APIRequestContext } from '@playwright/test';
import { slugify } from '../../src/shared/board-state';
import { mulberry32 } from '../../src/shared/prng';

export interface BundleJob {
  id: string;
  title: string | null;
  displayTitle: string;
  team: string | null;
  location: { country: string; region: string | null; city: string; label: string };
  researchAreas: string[];
  internship: boolean;
  manager: boolean;
  summary: string;
}

export async function loadJobs(request: APIRequestContext): Promise<BundleJob[]> {
  const response = await request.get('/data/jobs.json');
  expect(response.ok(), '/data/jobs.json is served (run `npm run build` first)').toBe(true);
  const file = (await response.json()) as { jobs: BundleJob[] };
  expect(file.jobs.length).toBeGreaterThan(0);
  return file.jobs;
}

export type FacetKey = 'location' | 'team' | 'area' | 'type';
export type Selection = Record<FacetKey, string[]>;

export const emptySelection = (): Selection => ({ location: [], team: [], area: [], type: [] });

/** The slugs a job answers to in each facet (a location answers to its country, region and city). */
export function slugsOf(job: BundleJob): Record<FacetKey, string[]> {
  const country = slugify(job.location.country);
  const region = job.location.region === null ? null : `${country}-${slugify(job.location.region)}`;
  const city = `${region ?? country}-${slugify(job.location.city)}`;
  return {
    location: [country, ...(region ? [region] : []), city],
    team: job.team === null ? [] : [slugify(job.team)],
    area: job.researchAreas.map(slugify),
    type: [job.internship ? 'internship' : 'full-time', ...(job.manager ? ['manager'] : [])],
  };
}

const KEYS: FacetKey[] = ['location', 'team', 'area', 'type'];

/** OR within a facet, AND across facets; `except` leaves one facet's selection out (disjunctive counts). */
export function matches(job: BundleJob, selection: Selection, except?: FacetKey): boolean {
  const slugs = slugsOf(job);
  return KEYS.every(
    (key) =>
      key === except || selection[key].length === 0 || selection[key].some((s) => slugs[key].includes(s)),
  );
}

export function bruteTotal(jobs: readonly BundleJob[], selection: Selection): number {
  return jobs.filter((job) => matches(job, selection)).length;
}

/** The count a facet value should show: every other facet's selection applied, not its own. */
export function bruteCount(
  jobs: readonly BundleJob[],
  selection: Selection,
  key: FacetKey,
  slug: string,
): number {
  return jobs.filter((job) => matches(job, selection, key) && slugsOf(job)[key].includes(slug)).length;
}

/** Every value of a facet present in the data. */
export function allValues(jobs: readonly BundleJob[], key: FacetKey): string[] {
  return [...new Set(jobs.flatMap((job) => slugsOf(job)[key]))].sort();
}

/**
 * The values of a facet, most frequent first (ties by slug): the ones a facet shows before "Show more", for
 * tests that click a box.
 */
export function commonValues(jobs: readonly BundleJob[], key: FacetKey): string[] {
  const counts = new Map<string, number>();
  for (const job of jobs) for (const slug of slugsOf(job)[key]) counts.set(slug, (counts.get(slug) ?? 0) + 1);
  return [...counts].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1)).map(([slug]) => slug);
}

/** A seeded PRNG: the same "random" combinations on every run. */
export const seeded = mulberry32;

export function pick<T>(random: () => number, items: readonly T[], count: number): T[] {
  const pool = [...items];
  const out: T[] = [];
  while (out.length < count && pool.length > 0)
    out.push(pool.splice(Math.floor(random() * pool.length), 1)[0]!);
  return out;
}

/** The board URL for a selection (any order: the app canonicalises). */
export function boardUrl(selection: Partial<Selection>, extra: Record<string, string> = {}): string {
  const params = new URLSearchParams();
  for (const key of KEYS) if (selection[key]?.length) params.set(key, selection[key]!.join(','));
  for (const [k, v] of Object.entries(extra)) params.set(k, v);
  const search = params.toString();
  return search ? `/?${search}` : '/';
}
