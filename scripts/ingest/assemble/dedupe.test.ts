import { describe, it, expect } from 'vitest';
import { Deduper, dedupe } from './dedupe';
import { jobKey, jobKeyHash } from './ids';
import { parseDocument, parseLocation } from '../parse/parse';
import { SEED_FILES, seedText } from '../test-helpers';

const ny = parseLocation('US, NY, New York')!;
const sf = parseLocation('US, CA, Santa Clara')!;

describe('dedupe', () => {
  it('merges the two identical New York listings of the seed into one job with two sources', () => {
    const listings = SEED_FILES.flatMap((name) =>
      parseDocument(name, seedText(name)).listings.map((l) => ({
        key: jobKeyHash(l.location, l.description),
        source: { file: name, line: l.line },
      })),
    );
    expect(listings).toHaveLength(20);
    const { jobs, duplicates } = dedupe(listings, (l) => `job-${l.key.slice(0, 8)}`);
    expect(jobs).toHaveLength(19);
    const merged = jobs.filter((j) => j.sources.length > 1);
    expect(merged).toHaveLength(1);
    expect(merged[0]?.sources).toEqual([
      { file: '000_f1f1fbf0c48f56fc.txt', line: 159 },
      { file: '000_f1f1fbf0c48f56fc.txt', line: 161 },
    ]);
    expect(duplicates).toEqual([
      {
        file: '000_f1f1fbf0c48f56fc.txt',
        line: 161,
        of: merged[0]?.id,
        firstSeen: { file: '000_f1f1fbf0c48f56fc.txt', line: 159 },
      },
    ]);
  });

  it('treats whitespace differences as the same job but another place as another job', () => {
    expect(jobKey(ny, 'Build  models.\u00a0Now ')).toBe(jobKey(ny, 'Build models. Now'));
    expect(jobKey(ny, 'Build models.')).not.toBe(jobKey(sf, 'Build models.'));
    expect(jobKey(ny, 'Build models.')).not.toBe(jobKey(ny, 'Build models!'));
  });

  it('keeps sources sorted by file then line whatever the arrival order', () => {
    const d = new Deduper<{ id: string; sources: { file: string; line: number }[] }>();
    d.set('k', { id: 'a', sources: [{ file: 'b.txt', line: 9 }] });
    d.seen('k', { file: 'a.txt', line: 30 });
    d.seen('k', { file: 'b.txt', line: 2 });
    expect(d.values()[0]?.sources).toEqual([
      { file: 'a.txt', line: 30 },
      { file: 'b.txt', line: 2 },
      { file: 'b.txt', line: 9 },
    ]);
    expect(d.duplicates.map((x) => x.firstSeen)).toEqual([
      { file: 'b.txt', line: 9 },
      { file: 'b.txt', line: 9 },
    ]);
  });
});
