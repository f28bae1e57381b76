/**
 * "Similar jobs": the jobs sharing the most with a given one — the same team counts most, then shared research
 * areas (the job's most relevant areas weigh more), then the same city as a tie-breaker. Pure.
 */
import type { JobCard } from '../../../shared/compact-index';

export interface SimilarSubject {
  id?: string;
  team: string | null;
  researchAreas: readonly string[];
  location?: { country: string; city: string };
}

export function similarity(subject: SimilarSubject, job: JobCard): number {
  let score = subject.team !== null && job.team === subject.team ? 10 : 0;
  subject.researchAreas.forEach((area, rank) => {
    if (job.researchAreas.includes(area as never)) score += rank === 0 ? 3 : 2;
  });
  if (
    score > 0 &&
    subject.location &&
    job.location.city === subject.location.city &&
    job.location.country === subject.location.country
  ) {
    score += 0.5;
  }
  return score;
}

export function similarJobs(subject: SimilarSubject, jobs: readonly JobCard[], limit = 5): JobCard[] {
  return jobs
    .filter((job) => job.id !== subject.id)
    .map((job) => ({ job, score: similarity(subject, job) }))
    .filter(({ score }) => score > 0)
    .sort(
      (a, b) =>
        b.score - a.score || a.job.title.localeCompare(b.job.title) || a.job.id.localeCompare(b.job.id),
    )
    .slice(0, limit)
    .map(({ job }) => job);
}

/**
 * For an id that is no longer listed: jobs whose title, team or location share the most words with the id
 * (ids are slugs of title, team and place), best first. Empty when nothing overlaps.
 */
export function jobsLikeId(id: string, jobs: readonly JobCard[], limit = 5): JobCard[] {
  const STOP = new Set(['and', 'of', 'the', 'in', 'for', 'i', 'ii', 'iii', 'us']);
  const words = new Set(
    id
      .toLowerCase()
      .split(/[^a-z0-9]+/)
      .filter((w) => w.length > 1 && !STOP.has(w) && !/^\d+$/.test(w)),
  );
  if (words.size === 0) return [];
  const tokens = (job: JobCard) =>
    new Set(
      `${job.title} ${job.team ?? ''} ${job.location.city} ${job.researchAreas.join(' ')}`
        .toLowerCase()
        .split(/[^a-z0-9]+/)
        .filter(Boolean),
    );
  return jobs
    .map((job) => {
      const have = tokens(job);
      let score = 0;
      for (const word of words) if (have.has(word)) score += 1;
      return { job, score };
    })
    .filter(({ score }) => score > 0)
    .sort((a, b) => b.score - a.score || a.job.title.localeCompare(b.job.title))
    .slice(0, limit)
    .map(({ job }) => job);
}
