import { describe, it, expect } from 'vitest';
import * as sharedIds from '../../../src/shared/job-id';
import { IdClaims, jobId, jobKeyHash } from './ids';
import { parseLocation } from '../parse/parse';
import { slugify } from '../text';

const ny = parseLocation('US, NY, New York')!;

describe('ids', () => {
  it('are URL-safe, readable and depend only on the listing’s own text', () => {
    const hash = jobKeyHash(ny, 'Text');
    const id = jobId('Manager III, Economist', 'New York', hash);
    expect(id).toMatch(/^manager-iii-economist-new-york-[0-9a-f]{8}$/);
    expect(jobId('Manager III, Economist', 'New York', jobKeyHash(ny, 'Text'))).toBe(id);
    expect(jobId('Manager III, Economist', 'New York', jobKeyHash(ny, 'Other text'))).not.toBe(id);
    expect(jobId('研究員', '東京', hash)).toMatch(/^job-[0-9a-f]{8}$/);
    expect(jobId('Scientist — Think Forward Lab', 'São Paulo', hash)).toMatch(
      /^scientist-think-forward-lab-sao-paulo-[0-9a-f]{8}$/,
    );
    const long = jobId(
      'A very long title '.repeat(10),
      'Llanfairpwllgwyngyllgogerychwyrndrobwllllantysiliogogogoch',
      hash,
    );
    expect(long.length).toBeLessThanOrEqual(48 + 1 + 24 + 1 + 8);
    expect(long).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
  });

  it('are made by the same functions as the app uses to rebuild them from the job index', () => {
    // One definition (src/shared/job-id.ts): a copy could drift, and the board would then link to wrong ids.
    expect(jobId).toBe(sharedIds.jobId);
    expect(slugify).toBe(sharedIds.slugify);
  });

  it('have not changed: published job URLs keep working', () => {
    // Written down from the build step as it was before jobId moved to src/shared: any change here moves
    // bookmarked URLs.
    const hash = '0a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f9';
    const cases: [string, string, number, string][] = [
      ['Manager III, Economist', 'New York', 8, 'manager-iii-economist-new-york-0a1b2c3d'],
      [
        'Sr. Applied Scientist & ML Lead (Prime Video)',
        'Zürich',
        8,
        'sr-applied-scientist-and-ml-lead-prime-video-zurich-0a1b2c3d',
      ],
      ['研究員', '東京', 8, 'job-0a1b2c3d'],
      ['Économiste principal', 'Montréal', 12, 'economiste-principal-montreal-0a1b2c3d4e5f'],
      [
        'Scientist — Think Forward Lab',
        'São Paulo',
        16,
        'scientist-think-forward-lab-sao-paulo-0a1b2c3d4e5f6071',
      ],
      ["AWS's “secret sauce” Researcher", 'İstanbul', 8, 'awss-secret-sauce-researcher-istanbul-0a1b2c3d'],
      ['ﬁnance ｆｕｌｌｗｉｄｔｈ Ⅻ', 'Köln', 8, 'finance-fullwidth-xii-koln-0a1b2c3d'],
      [
        'A very long title '.repeat(10),
        'Llanfairpwllgwyngyllgogerychwyrndrobwllllantysiliogogogoch',
        64,
        `a-very-long-title-a-very-long-title-a-very-long-llanfairpwllgwyngyllgoge-${hash}`,
      ],
      ['---', '', 8, 'job-0a1b2c3d'],
    ];
    for (const [title, city, length, id] of cases) expect(jobId(title, city, hash, length), title).toBe(id);
  });
});

describe('IdClaims', () => {
  const permutations = <T>(items: readonly T[]): T[][] =>
    items.length <= 1
      ? [[...items]]
      : items.flatMap((item, i) =>
          permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [item, ...rest]),
        );

  it('gives colliding jobs the same ids in every reading order, the smaller hash keeping the shorter id', () => {
    // Four jobs, one title and city: three share 8 digits, two of those share 12 as well.
    const hashes = [
      'abcdef01' + '1111' + '0'.repeat(52),
      'abcdef01' + '2222' + '0'.repeat(52),
      'abcdef01' + '2222' + '3'.repeat(52),
      '12345678' + '0'.repeat(56),
    ];
    const outcomes = new Set<string>();
    for (const order of permutations(hashes)) {
      // The job files as the build would keep them: written at the claimed id, moved when told.
      const files = new Set<string>();
      const claims = new IdClaims<{ id: string; location: typeof ny }>((from, to) => {
        expect(files.has(from) && !files.has(to)).toBe(true);
        files.delete(from);
        files.add(to);
      });
      const records = order.map((keyHash) => ({ keyHash, record: { id: '', location: ny } }));
      for (const { keyHash, record } of records) {
        const id = claims.claim({ record, displayTitle: 'Economist', keyHash });
        expect(files.has(id)).toBe(false);
        files.add(id);
      }
      expect([...files].sort()).toEqual(records.map((r) => r.record.id).sort());
      outcomes.add(
        JSON.stringify(records.map((r) => [r.keyHash, r.record.id]).sort(([a], [b]) => (a! < b! ? -1 : 1))),
      );
    }
    expect(outcomes.size).toBe(1);
    const ids = Object.fromEntries(JSON.parse([...outcomes][0]!) as [string, string][]);
    expect(ids[hashes[0]!]).toBe('economist-new-york-abcdef01');
    expect(ids[hashes[1]!]).toBe('economist-new-york-abcdef012222');
    expect(ids[hashes[2]!]).toBe(`economist-new-york-abcdef012222${'3'.repeat(4)}`);
    expect(ids[hashes[3]!]).toBe('economist-new-york-12345678');
  });
});
