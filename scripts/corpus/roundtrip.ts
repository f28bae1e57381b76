/**
 * Checks for a bundle built from a corpus: the compact index (index.json) must decode to exactly the cards of
 * jobs.json, with the same facet counts. Used by the round-trip test and by the benchmark at 10,000 listings.
 */
import type { JobSummary } from '../../src/shared/bundle-schema';
import type { JobCard } from '../../src/shared/compact-index';

/** The card the compact index should decode to, from a jobs.json entry. */
export function cardOf(job: JobSummary): JobCard {
  return {
    id: job.id,
    title: job.displayTitle,
    titleStated: job.title !== null,
    team: job.team,
    location: job.location,
    researchAreas: job.researchAreas,
    internship: job.internship,
    manager: job.manager,
    summary: job.summary,
    stories: job.stories,
  };
}

/** Facet value → count, keyed `facet:value` (location at each depth; type as the board counts it). */
export function cardCounts(cards: readonly JobCard[]): Map<string, number> {
  const counts = new Map<string, number>();
  const add = (key: string) => counts.set(key, (counts.get(key) ?? 0) + 1);
  for (const c of cards) {
    add(`country:${c.location.country}`);
    if (c.location.region !== null) add(`region:${c.location.country}/${c.location.region}`);
    add(`city:${c.location.label}`);
    add(`team:${c.team ?? '(none)'}`);
    for (const a of c.researchAreas) add(`area:${a}`);
    add(`type:${c.internship ? 'internship' : 'full-time'}`);
    if (c.manager) add('type:manager');
  }
  return counts;
}

/** The first difference between the decoded index and jobs.json, or null when they agree. */
export function roundTripProblem(decoded: readonly JobCard[], jobs: readonly JobSummary[]): string | null {
  if (decoded.length !== jobs.length) return `index has ${decoded.length} jobs, jobs.json ${jobs.length}`;
  for (let i = 0; i < jobs.length; i++) {
    const a = JSON.stringify(decoded[i]);
    const b = JSON.stringify(cardOf(jobs[i] as JobSummary));
    if (a !== b)
      return `job ${i} differs:\n    index:     ${a.slice(0, 300)}\n    jobs.json: ${b.slice(0, 300)}`;
  }
  const ca = cardCounts(decoded);
  const cb = cardCounts(jobs.map(cardOf));
  for (const [k, v] of cb) if (ca.get(k) !== v) return `count ${k}: index ${ca.get(k) ?? 0}, jobs.json ${v}`;
  if (ca.size !== cb.size) return `index has ${ca.size} facet values, jobs.json ${cb.size}`;
  return null;
}
