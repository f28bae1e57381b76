import { describe, expect, it } from 'vitest';
import type { JobSummary } from './bundle-schema';
import { compactIndexSchema, decodeIndex, encodeIndex } from './compact-index';

const job = (id: string, over: Partial<JobSummary> = {}): JobSummary => ({
  id,
  title: 'Applied Scientist',
  displayTitle: 'Applied Scientist',
  team: 'Prime Video',
  location: { country: 'US', region: 'WA', city: 'Seattle', label: 'US, WA, Seattle' },
  researchAreas: ['Machine learning', 'Economics'],
  internship: false,
  manager: false,
  summary: 'Build things.',
  sources: [{ file: 'a.txt', line: 1 }],
  ...over,
});

describe('compact index', () => {
  it('round-trips the card fields of every job', () => {
    const jobs = [
      job('a'),
      job('b', { title: null, displayTitle: 'Role at X', team: null, internship: true, manager: true }),
      job('c', { location: { country: 'GB', region: null, city: 'London', label: 'GB, London' }, researchAreas: [] }),
    ];
    const index = compactIndexSchema.parse(JSON.parse(JSON.stringify(encodeIndex(jobs, 'now'))));
    expect(decodeIndex(index)).toEqual(
      jobs.map(({ sources: _s, displayTitle, title, ...rest }) => ({
        ...rest,
        title: displayTitle,
        titleStated: title !== null,
      })),
    );
  });

  it('rejects columns of unequal length', () => {
    const index = encodeIndex([job('a')], 'now');
    index.jobs.title.push('extra');
    expect(compactIndexSchema.safeParse(index).success).toBe(false);
  });
});
