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

  it('rejects a bad cell in a column, naming its row', () => {
    const cases: [string, (index: ReturnType<typeof encodeIndex>) => void][] = [
      ['team', (i) => ((i.jobs.team as unknown[])[1] = 1.5)],
      ['location', (i) => ((i.jobs.location as unknown[])[1] = -1)],
      ['titleStated', (i) => ((i.jobs.titleStated as unknown[])[1] = 2)],
      ['flags', (i) => ((i.jobs.flags as unknown[])[1] = '0')],
      ['id', (i) => (i.jobs.id[1] = 'Not An Id')],
      ['summary', (i) => ((i.jobs.summary as unknown[])[1] = null)],
      ['areas', (i) => ((i.jobs.areas[1] as unknown[])[0] = 'x')],
    ];
    for (const [column, spoil] of cases) {
      const index = encodeIndex([job('a'), job('b')], 'now');
      spoil(index);
      const result = compactIndexSchema.safeParse(JSON.parse(JSON.stringify(index)));
      expect(result.success, column).toBe(false);
      expect(result.error?.issues[0]?.path.slice(0, 3), column).toEqual(['jobs', column, 1]);
      expect(result.error?.issues[0]?.message, column).toMatch(/^expected /);
    }
  });

  it('rejects a column that is not an array', () => {
    const index = { ...encodeIndex([job('a')], 'now') } as unknown as { jobs: Record<string, unknown> };
    index.jobs = { ...index.jobs, team: 'nope' };
    const result = compactIndexSchema.safeParse(index);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['jobs', 'team']);
  });
});
