/**
 * JSON-LD for the pre-rendered pages: schema.org `JobPosting` on job pages (every property the listing's text
 * supports, see job-posting-schema.ts for what search engines require and recommend) and `Article` on stories.
 * Values are the bundle's own, never invented: a property the text does not support is left out.
 */
import type { Article, JobDetail, Section } from '../../src/shared/bundle-schema';
import { escapeHtml, truncate } from './html';

/** Listings on Amazon Science pages are Amazon's; a stated employer ("Employer: Amazon.com Services LLC") wins. */
const DEFAULT_EMPLOYER = 'Amazon';
const PUBLISHER = {
  '@type': 'Organization',
  name: 'Amazon Science',
  url: 'https://www.amazon.science',
} as const;

const PERIOD_UNIT = { year: 'YEAR', month: 'MONTH', hour: 'HOUR' } as const;

/** The job's whole description as the simple HTML search engines ask for (headings, paragraphs, lists). */
export function descriptionHtml(sections: readonly Section[]): string {
  const out: string[] = [];
  for (const section of sections) {
    if (section.heading !== null) out.push(`<h2>${escapeHtml(section.heading)}</h2>`);
    for (const block of section.blocks) {
      if (block.type === 'paragraph') out.push(`<p>${escapeHtml(block.text)}</p>`);
      else out.push(`<ul>${block.items.map((item) => `<li>${escapeHtml(item)}</li>`).join('')}</ul>`);
    }
  }
  return out.join('');
}

export function jobPostingJsonLd(job: JobDetail, { url, datePosted }: { url: string; datePosted: string }) {
  const { facts, location } = job;
  const salary = facts.salary;
  const hasRange =
    salary !== null &&
    salary.currency !== null &&
    salary.period !== null &&
    (salary.min ?? salary.max) !== null;
  return {
    '@context': 'https://schema.org',
    '@type': 'JobPosting',
    title: job.title ?? job.displayTitle,
    description: descriptionHtml(job.sections),
    datePosted,
    url,
    hiringOrganization: { '@type': 'Organization', name: facts.employer ?? DEFAULT_EMPLOYER },
    ...(job.team === null ? {} : { employmentUnit: { '@type': 'Organization', name: job.team } }),
    jobLocation: {
      '@type': 'Place',
      address: {
        '@type': 'PostalAddress',
        addressLocality: location.city,
        ...(location.region === null ? {} : { addressRegion: location.region }),
        addressCountry: location.country,
      },
    },
    employmentType: job.internship ? 'INTERN' : 'FULL_TIME',
    // Summit links to the employer's site to apply: not an application on this page.
    directApply: false,
    ...(facts.jobNumber === null
      ? {}
      : {
          identifier: {
            '@type': 'PropertyValue',
            name: facts.employer ?? DEFAULT_EMPLOYER,
            value: facts.jobNumber,
          },
        }),
    ...(hasRange && salary.period !== null
      ? {
          baseSalary: {
            '@type': 'MonetaryAmount',
            currency: salary.currency,
            value: {
              '@type': 'QuantitativeValue',
              ...(salary.min === null ? {} : { minValue: salary.min }),
              ...(salary.max === null ? {} : { maxValue: salary.max }),
              unitText: PERIOD_UNIT[salary.period],
            },
          },
        }
      : {}),
    ...(job.researchAreas.length === 0 ? {} : { occupationalCategory: job.researchAreas.join(', ') }),
  };
}

/** What a story's description says: its dek, else the opening paragraph. */
export function articleDescription(article: Article): string {
  const opening = article.blocks.find((block) => block.type === 'paragraph');
  return truncate(article.dek ?? (opening?.type === 'paragraph' ? opening.text : article.title), 200);
}

export function articleJsonLd(article: Article, { url, headline }: { url: string; headline: string }) {
  return {
    '@context': 'https://schema.org',
    '@type': 'Article',
    headline: truncate(headline, 110),
    description: articleDescription(article),
    url,
    mainEntityOfPage: url,
    author: PUBLISHER,
    publisher: PUBLISHER,
    wordCount: article.wordCount,
    ...(article.researchAreas.length === 0 ? {} : { about: article.researchAreas.join(', ') }),
    inLanguage: 'en',
  };
}
