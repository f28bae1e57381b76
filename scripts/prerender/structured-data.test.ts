import { describe, expect, it } from 'vitest';
import { fixtureDetail } from '../../src/features/jobs/test-fixtures';
import type { Article, JobDetail } from '../../src/shared/bundle-schema';
import { articleLdSchema, jobPostingSchema } from './job-posting-schema';
import { articleJsonLd, descriptionHtml, jobPostingJsonLd } from './structured-data';

const url = 'https://jobs.example.org/jobs/economist-prime-video-seattle';

const ARTICLE: Article = {
  id: 'a-story',
  slug: 'a-story',
  kind: 'article',
  title: 'A story',
  dek: 'What the story is about.',
  researchAreas: ['Economics'],
  teams: [],
  wordCount: 1200,
  readingMinutes: 6,
  blocks: [{ type: 'paragraph', text: 'The opening paragraph.' }],
  qa: [],
  closing: [],
  sources: [{ file: 'doc.txt', line: 1 }],
  jobs: [],
};

function withFacts(job: JobDetail, facts: Partial<JobDetail['facts']>): JobDetail {
  return { ...job, facts: { ...job.facts, ...facts } };
}

describe('jobPostingJsonLd', () => {
  it('satisfies the job-posting schema with what the text supports, and leaves the rest out', () => {
    const job = withFacts(fixtureDetail(), { jobNumber: null, salary: null, employer: null });
    const posting = jobPostingSchema.parse(jobPostingJsonLd(job, { url, datePosted: '2026-01-05' }));
    expect(posting).toMatchObject({
      title: job.title ?? job.displayTitle,
      datePosted: '2026-01-05',
      hiringOrganization: { name: 'Amazon' },
      jobLocation: { address: { addressLocality: job.location.city, addressCountry: job.location.country } },
      employmentType: 'FULL_TIME',
      directApply: false,
      url,
    });
    expect(posting).not.toHaveProperty('identifier');
    expect(posting).not.toHaveProperty('baseSalary');
  });

  it('adds the job number, the salary range, the stated employer and INTERN when the listing says so', () => {
    const job = withFacts(
      { ...fixtureDetail(), internship: true },
      {
        jobNumber: '2871234',
        employer: 'Amazon.com Services LLC',
        salary: {
          text: '$100,000/year to $150,000/year',
          min: 100000,
          max: 150000,
          currency: 'USD',
          period: 'year',
        },
      },
    );
    const posting = jobPostingSchema.parse(jobPostingJsonLd(job, { url, datePosted: '2026-01-05' }));
    expect(posting.employmentType).toBe('INTERN');
    expect(posting.identifier).toEqual({
      '@type': 'PropertyValue',
      name: 'Amazon.com Services LLC',
      value: '2871234',
    });
    expect(posting.hiringOrganization.name).toBe('Amazon.com Services LLC');
    expect(posting.baseSalary).toEqual({
      '@type': 'MonetaryAmount',
      currency: 'USD',
      value: { '@type': 'QuantitativeValue', minValue: 100000, maxValue: 150000, unitText: 'YEAR' },
    });
  });

  it('states no salary when the range has no currency or period', () => {
    const job = withFacts(fixtureDetail(), {
      salary: { text: 'competitive', min: null, max: null, currency: null, period: null },
    });
    expect(jobPostingJsonLd(job, { url, datePosted: '2026-01-05' })).not.toHaveProperty('baseSalary');
  });

  it('writes the description as escaped HTML: document text never becomes markup', () => {
    const html = descriptionHtml(fixtureDetail().sections);
    expect(html).toContain('<h2>Key job responsibilities</h2>');
    expect(html).toContain('&lt;script&gt;window.__pwned=1&lt;/script&gt;');
    expect(html).not.toMatch(/<script|<img/);
  });
});

describe('jobPostingSchema', () => {
  const good = jobPostingJsonLd(fixtureDetail(), { url, datePosted: '2026-01-05' });
  it.each([
    ['no datePosted', { datePosted: undefined }],
    ['a date that is not ISO 8601', { datePosted: '5 Jan 2026' }],
    ['no hiring organization', { hiringOrganization: undefined }],
    [
      'a country that is not a code',
      {
        jobLocation: {
          '@type': 'Place',
          address: { '@type': 'PostalAddress', addressLocality: 'Seattle', addressCountry: 'USA' },
        },
      },
    ],
    ['an unknown employment type', { employmentType: 'FULLTIME' }],
    ['an empty description', { description: ' ' }],
    [
      'a salary range upside down',
      {
        baseSalary: {
          '@type': 'MonetaryAmount',
          currency: 'USD',
          value: { '@type': 'QuantitativeValue', minValue: 9, maxValue: 1, unitText: 'YEAR' },
        },
      },
    ],
    ['validThrough before datePosted', { validThrough: '2025-01-01' }],
  ])('refuses %s', (_what, change) => {
    expect(jobPostingSchema.safeParse({ ...good, ...change }).success).toBe(false);
  });
});

describe('articleJsonLd', () => {
  it('satisfies the Article schema, with a headline of at most 110 characters', () => {
    const article = ARTICLE;
    const long = 'A headline '.repeat(20);
    const ld = articleLdSchema.parse(
      articleJsonLd(article, { url: 'https://jobs.example.org/stories/x', headline: long }),
    );
    expect(ld.headline.length).toBeLessThanOrEqual(110);
    expect(ld.headline.endsWith('…')).toBe(true);
    expect(ld.description).toBe('What the story is about.');
    expect(ld.wordCount).toBe(article.wordCount);
  });
});
