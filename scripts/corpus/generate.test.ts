import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../ingest/parse/parse';
import { runIngest } from '../ingest/pipeline';
import { parseArgs, writeCorpus } from './cli';
import { corpusFileName, generateCorpus, type GeneratedDocument } from './generate';
import { createRng, hashKey, mulberry32 } from './prng';

const all = (docs: number, per: number, seed?: number, duplicateRate?: number): GeneratedDocument[] => [
  ...generateCorpus({ docs, per, seed, duplicateRate }),
];
const joined = (docs: GeneratedDocument[]) => docs.map((d) => `${d.name}\n${d.text}`).join('\n\u0000\n');

describe('prng', () => {
  it('is deterministic and uniform enough', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const xs = Array.from({ length: 10_000 }, () => a());
    expect(xs.slice(0, 5)).toEqual(Array.from({ length: 5 }, () => b()));
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...xs)).toBeLessThan(1);
    const mean = xs.reduce((s, x) => s + x, 0) / xs.length;
    expect(mean).toBeGreaterThan(0.48);
    expect(mean).toBeLessThan(0.52);
  });

  it('keys sub-streams independently', () => {
    expect(hashKey(1, 'listing', 2, 3)).toBe(hashKey(1, 'listing', 2, 3));
    expect(hashKey(1, 'listing', 2, 3)).not.toBe(hashKey(1, 'listing', 23));
    const rng = createRng(7);
    const sample = rng.sample([1, 2, 3, 4, 5], 5);
    expect([...sample].sort()).toEqual([1, 2, 3, 4, 5]);
  });
});

describe('generateCorpus', () => {
  it('gives the same bytes for the same seed and different bytes for another', () => {
    const a = joined(all(12, 6, 1));
    expect(joined(all(12, 6, 1))).toBe(a);
    expect(joined(all(12, 6, 2))).not.toBe(a);
  });

  it('is lazy: the first document comes without generating the rest', () => {
    const it = generateCorpus({ docs: 1_000_000, per: 10 });
    const first = it.next();
    expect(first.done).toBe(false);
    expect(first.value?.name).toBe('corpus_00000.txt');
  });

  it('writes the input format: an article, the header, then location / one-line description pairs', () => {
    for (const doc of all(20, 8, 3)) {
      const lines = doc.text.split('\n');
      const header = lines.indexOf('Research areas');
      const related = lines.indexOf('Related content');
      expect(header).toBeGreaterThan(3);
      expect(related).toBeGreaterThan(header);
      expect(lines[related + 1]).toBe('');
      const listingLines = lines.slice(related + 2);
      expect(listingLines).toHaveLength(2 * 8);
      for (let i = 0; i < 8; i++) {
        expect(listingLines[2 * i]).toBe(doc.listings[i]?.location);
        expect((listingLines[2 * i + 1] ?? '').length).toBeGreaterThan(800);
      }
      expect(doc.text.endsWith('\n')).toBe(false);
    }
  });

  it('varies locations (both forms), titles, teams and areas, and repeats some listings exactly', () => {
    const docs = all(200, 10, 5);
    const listings = docs.flatMap((d) => d.listings);
    const locations = new Set(listings.map((l) => l.location));
    expect(locations.size).toBeGreaterThan(50);
    expect([...locations].some((l) => /^[A-Z]{2}, [A-Z0-9]{1,3}, /.test(l))).toBe(true);
    expect([...locations].some((l) => /^[A-Z]{2}, [^,]+$/.test(l))).toBe(true);
    expect(new Set(listings.map((l) => l.title)).size).toBeGreaterThan(60);
    expect(new Set(listings.map((l) => l.team)).size).toBeGreaterThan(120);
    expect(new Set(listings.flatMap((l) => l.areas)).size).toBe(13);
    expect(listings.some((l) => l.internship)).toBe(true);
    expect(listings.some((l) => l.manager)).toBe(true);
    const dups = listings.filter((l) => l.duplicateOf !== null).length;
    expect(dups).toBeGreaterThan(listings.length * 0.01);
    expect(dups).toBeLessThan(listings.length * 0.06);
    // Every duplicate is byte-identical to the listing it repeats.
    const descriptionOf = (d: number, j: number) => {
      const doc = docs[d] as GeneratedDocument;
      const lines = doc.text.split('\n');
      const start = lines.indexOf('Related content') + 2;
      return `${lines[start + 2 * j]}\n${lines[start + 2 * j + 1]}`;
    };
    for (const [d, doc] of docs.entries()) {
      for (const [j, l] of doc.listings.entries()) {
        if (l.duplicateOf !== null) expect(descriptionOf(d, j)).toBe(descriptionOf(...l.duplicateOf));
      }
    }
  });

  it('averages about 5 KB per listing, so 10,000 listings make about 50 MB', () => {
    const docs = all(50, 10, 9);
    const bytes = docs.reduce((n, d) => n + Buffer.byteLength(d.text), 0);
    expect(bytes / 500).toBeGreaterThan(4000);
    expect(bytes / 500).toBeLessThan(6000);
  });

  it('parses with the build step’s parser: no rejections, no warnings, every listing found', () => {
    for (const doc of all(40, 10, 11)) {
      const parsed = parseDocument(doc.name, doc.text);
      expect(parsed.rejected).toEqual([]);
      expect(parsed.warnings).toEqual([]);
      expect(parsed.listings.map((l) => l.location.label)).toEqual(doc.listings.map((l) => l.location));
      expect(parsed.listingsSeen).toBe(10);
    }
  });
});

describe('corpus CLI', () => {
  it('parses its options', () => {
    expect(parseArgs(['--docs', '10', '--per=3', '--out', 'x'])).toEqual({
      docs: 10,
      per: 3,
      out: 'x',
      seed: 20240801,
      duplicateRate: 0.03,
    });
    expect(parseArgs(['--docs', '1', '--per', '1', '--out', 'x', '--seed', '9']).seed).toBe(9);
    expect(() => parseArgs(['--docs', '1', '--out', 'x'])).toThrow(/--per/);
    expect(() => parseArgs(['--docs', '-1', '--per', '1', '--out', 'x'])).toThrow();
    expect(() => parseArgs(['--docs', '1', '--per', '1', '--out', 'x', '--nope', '1'])).toThrow(/unknown/);
  });

  it('streams the corpus to disk, replacing an earlier corpus, and the build step ingests it with no rejections', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'summit-corpus-'));
    try {
      const input = path.join(dir, 'docs');
      await writeCorpus({ docs: 9, per: 2, out: input, seed: 1, duplicateRate: 0.03 });
      const result = await writeCorpus({ docs: 30, per: 5, out: input, seed: 4, duplicateRate: 0.05 });
      expect(result).toMatchObject({ files: 30, listings: 150 });
      const names = (await readdir(input)).sort();
      expect(names).toHaveLength(30);
      expect(names[0]).toBe(corpusFileName(0));
      const again = all(30, 5, 4, 0.05);
      expect(await readFile(path.join(input, 'corpus_00007.txt'), 'utf8')).toBe(again[7]?.text);

      const ingest = await runIngest({
        input,
        out: path.join(dir, 'data'),
        progress: null,
        generatedAt: '2024-01-01T00:00:00.000Z',
      });
      expect(ingest.report.rejected).toEqual([]);
      expect(ingest.report.skippedFiles).toEqual([]);
      expect(ingest.report.documents).toBe(30);
      expect(ingest.report.listingsSeen).toBe(150);
      const expectedDuplicates = again
        .flatMap((d) => d.listings)
        .filter((l) => l.duplicateOf !== null).length;
      expect(ingest.report.duplicates.length).toBe(expectedDuplicates);
      expect(ingest.report.jobsEmitted + ingest.report.duplicates.length).toBe(150);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
