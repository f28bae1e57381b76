/**
 * "Jobs related to this story": which jobs match an article's subjects (its research areas and the teams it
 * names), and which pre-filtered board links to offer, each with the number of jobs it leads to. Pure.
 */
import type { Article } from '../../shared/bundle-schema';
import { slugify } from '../../shared/board-state';
import type { JobCard } from '../../shared/compact-index';
import { boardHref } from './board-link';

export interface BoardFilterLink {
  kind: 'team' | 'area';
  /** The team or research area as people read it. */
  label: string;
  slug: string;
  /** Jobs on the board under this one filter (what the board's status will read). */
  count: number;
  href: string;
}

export interface RelatedJobs {
  /** The best matches first. */
  jobs: JobCard[];
  /** Every job that matches the article in any way. */
  total: number;
  /** Teams first, then research areas in the article's order; filters that match nothing are left out. */
  filters: BoardFilterLink[];
}

type Subjects = Pick<Article, 'researchAreas' | 'teams'>;

/** How well a job fits the article: a shared team counts most, then shared areas by their relevance. */
export function relevance(article: Subjects, job: JobCard): number {
  const teams = new Set(article.teams.map(slugify));
  let score = job.team !== null && teams.has(slugify(job.team)) ? 100 : 0;
  article.researchAreas.forEach((area, articleRank) => {
    const jobRank = job.researchAreas.indexOf(area);
    if (jobRank < 0) return;
    score += article.researchAreas.length - articleRank + (jobRank === 0 ? 2 : 0);
  });
  return score;
}

export function relatedJobs(article: Subjects, jobs: readonly JobCard[], limit = 5): RelatedJobs {
  const scored = jobs
    .map((job) => ({ job, score: relevance(article, job) }))
    .filter(({ score }) => score > 0)
    .sort(
      (a, b) =>
        b.score - a.score ||
        // A job with a stated title is a better lead than one the board had to name ("Untitled role").
        Number(b.job.titleStated) - Number(a.job.titleStated) ||
        a.job.title.localeCompare(b.job.title) ||
        a.job.id.localeCompare(b.job.id),
    );

  const filters: BoardFilterLink[] = [];
  const seen = new Set<string>();
  for (const team of article.teams) {
    const slug = slugify(team);
    if (!slug || seen.has(`team:${slug}`)) continue;
    seen.add(`team:${slug}`);
    const count = jobs.filter((job) => job.team !== null && slugify(job.team) === slug).length;
    if (count > 0)
      filters.push({ kind: 'team', label: team, slug, count, href: boardHref({ team: [slug] }) });
  }
  for (const area of article.researchAreas) {
    const slug = slugify(area);
    if (seen.has(`area:${slug}`)) continue;
    seen.add(`area:${slug}`);
    const count = jobs.filter((job) => job.researchAreas.includes(area)).length;
    if (count > 0)
      filters.push({ kind: 'area', label: area, slug, count, href: boardHref({ area: [slug] }) });
  }

  return { jobs: scored.slice(0, limit).map(({ job }) => job), total: scored.length, filters };
}

/** "1 job", "14 jobs". */
export function jobCount(count: number): string {
  return `${count} ${count === 1 ? 'job' : 'jobs'}`;
}
