import { describe, expect, it } from 'vitest';
import { boardHref } from './board-link';
import { jobCount, relatedJobs, relevance } from './related-jobs-model';
import { JOBS } from './test-support/jobs';

const article = { researchAreas: ['Machine learning', 'Cloud and systems'] as const, teams: ['Alexa'] };
const subjects = { researchAreas: [...article.researchAreas], teams: article.teams };

describe('relatedJobs', () => {
  it('ranks a shared team first, then shared areas by relevance; unrelated jobs are left out', () => {
    const result = relatedJobs(subjects, JOBS);
    expect(result.jobs.map((j) => j.id)).toEqual([
      'alexa-applied-scientist',
      'systems-researcher',
      'ml-scientist',
      'robotics-intern',
    ]);
    expect(result.total).toBe(4);
    expect(relevance(subjects, JOBS[3]!)).toBe(0);
  });

  it('caps the list', () => {
    expect(relatedJobs(subjects, JOBS, 2).jobs).toHaveLength(2);
  });

  it('offers board filters with the number of jobs each leads to, and drops empty ones', () => {
    const { filters } = relatedJobs(
      { researchAreas: ['Machine learning', 'Quantum technologies'], teams: ['Alexa', 'Nobody'] },
      JOBS,
    );
    expect(filters).toEqual([
      { kind: 'team', label: 'Alexa', slug: 'alexa', count: 1, href: '/?team=alexa' },
      {
        kind: 'area',
        label: 'Machine learning',
        slug: 'machine-learning',
        count: 3,
        href: '/?area=machine-learning',
      },
    ]);
  });

  it('counts the same way the board filters: any of a job\u2019s areas, team by slug', () => {
    const { filters } = relatedJobs({ researchAreas: ['Robotics'], teams: ['amazon robotics'] }, JOBS);
    expect(filters.map((f) => [f.slug, f.count])).toEqual([
      ['amazon-robotics', 1],
      ['robotics', 1],
    ]);
  });
});

it('jobCount and board links', () => {
  expect(jobCount(1)).toBe('1 job');
  expect(jobCount(0)).toBe('0 jobs');
  expect(boardHref({})).toBe('/');
  expect(boardHref({ area: ['machine-learning'] })).toBe('/?area=machine-learning');
  expect(boardHref({ team: ['alexa'] })).toBe('/?team=alexa');
});
