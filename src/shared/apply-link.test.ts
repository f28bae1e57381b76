import { describe, expect, it } from 'vitest';
import { amazonJobLink, applyTarget, type ApplyInput } from './apply-link';

const base: ApplyInput = {
  title: 'Applied Scientist',
  displayTitle: 'Applied Scientist',
  location: { city: 'Seattle' },
  facts: { jobNumber: null, links: [] },
};

describe('applyTarget', () => {
  it("goes to the job's own amazon.jobs page when the listing links it", () => {
    const target = applyTarget({
      ...base,
      facts: {
        jobNumber: '999999',
        links: [
          { url: 'https://amazon.jobs/en/teams/amazon-robotics' },
          { url: 'http://amazon.jobs/en/jobs/2712345/applied-scientist' },
        ],
      },
    });
    expect(target).toEqual({
      kind: 'job',
      href: 'https://www.amazon.jobs/en/jobs/2712345/applied-scientist',
      label: 'Apply on amazon.jobs',
    });
  });

  it('builds the job page from a stated numeric job number', () => {
    const target = applyTarget({ ...base, facts: { jobNumber: ' 2801234 ', links: [] } });
    expect(target.kind).toBe('job');
    expect(target.href).toBe('https://www.amazon.jobs/en/jobs/2801234');
  });

  it('otherwise searches amazon.jobs for the title in the city, and says so', () => {
    const target = applyTarget({ ...base, facts: { jobNumber: 'ABC-12', links: [] } });
    expect(target.kind).toBe('search');
    expect(target.label).toBe('Find this job on amazon.jobs');
    const url = new URL(target.href);
    expect(url.origin).toBe('https://www.amazon.jobs');
    expect(url.pathname).toBe('/en/search');
    expect(url.searchParams.get('base_query')).toBe('Applied Scientist');
    expect(url.searchParams.get('loc_query')).toBe('Seattle');
  });

  it('searches for the role part of a fallback title', () => {
    const target = applyTarget({ ...base, title: null, displayTitle: 'Scientist — Think Forward Lab' });
    expect(new URL(target.href).searchParams.get('base_query')).toBe('Scientist');
  });
});

describe('amazonJobLink', () => {
  it.each([
    'https://evil.example/jobs/2712345',
    'https://amazon.jobs.evil.example/en/jobs/2712345',
    'javascript:alert(1)//amazon.jobs/en/jobs/2712345',
    'https://www.amazon.jobs/en/teams/aws',
    'not a url',
  ])('ignores %s', (url) => {
    expect(amazonJobLink(url)).toBeNull();
  });
});
