/**
 * The build step's speed-ups must not show in its output: extraction on worker threads (extract-pool.ts) and job
 * files written while the build runs (BundleStaging in write.ts) give the same bytes as the plain path.
 */
import { describe, it, expect, afterEach } from 'vitest';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { jobDetailSchema, jobsFileSchema, reportSchema } from '../../../src/shared/bundle-schema';
import { DocAnalyser } from '../../../src/shared/search-index';
import {
  defaultWorkerCount,
  extractListing,
  ListingExtractor,
  WORKER_MIN_BYTES,
  type ExtractedListing,
} from './extract-pool';
import { parseDocument } from '../parse/parse';
import { runIngest } from '../pipeline';
import { cleanTempDirs, SEED_DIR, SEED_FILES, seedText, snapshotDir, tempDir } from '../test-helpers';

afterEach(cleanTempDirs);

const quiet = { progress: null, generatedAt: '2026-01-01T00:00:00.000Z' } as const;
const seedListings = SEED_FILES.flatMap((name) => parseDocument(name, seedText(name)).listings);

/**
 * Documents of 40 listings: new ones, and repeats of listings from earlier documents and from their own, so that
 * duplicates turn up both before and after the job they repeat has been extracted.
 */
function corpus(docs = 6): string {
  const dir = tempDir();
  const article = seedText(SEED_FILES[0]).split('\n').slice(0, 150).join('\n');
  const written: string[] = [];
  for (let d = 0; d < docs; d++) {
    const lines = [article, ''];
    for (let j = 0; j < 40; j++) {
      const k = d * 40 + j;
      const l = seedListings[k % seedListings.length];
      if (l === undefined) continue;
      const repeat = j % 7 === 3 && written.length > 0 ? written[(k * 31) % written.length] : undefined;
      const pair = repeat ?? `${l.locationText}\n${l.description} Requisition ${k}.`;
      lines.push(pair);
      written.push(pair);
      if (j % 11 === 5) lines.push(pair); // twice in a row
    }
    writeFileSync(path.join(dir, `doc_${String(d).padStart(2, '0')}.txt`), `${lines.join('\n')}\n`);
  }
  for (const name of SEED_FILES) writeFileSync(path.join(dir, name), seedText(name));
  return dir;
}

describe('extraction on worker threads', () => {
  it('uses them for large inputs, one per core besides the main thread, unless the cores are busy or INGEST_WORKERS says otherwise', () => {
    const big = WORKER_MIN_BYTES;
    expect(defaultWorkerCount(big - 1, 8, 0, {})).toBe(0);
    expect(defaultWorkerCount(big, 2, 0.5, {})).toBe(1);
    expect(defaultWorkerCount(big, 2, 2.3, {})).toBe(0); // every core is busy already
    expect(defaultWorkerCount(big, 1, 0, {})).toBe(0);
    expect(defaultWorkerCount(big, 4, 1, {})).toBe(3);
    expect(defaultWorkerCount(big, 16, 0, {})).toBe(3);
    expect(defaultWorkerCount(big, 2, 0, { INGEST_WORKERS: '0' })).toBe(0);
    expect(defaultWorkerCount(1000, 2, 9, { INGEST_WORKERS: '2' })).toBe(2);
    expect(defaultWorkerCount(big, 2, 0, { INGEST_WORKERS: 'many' })).toBe(1);
  });

  it('gives byte-identical bundles with 0, 1 and 2 workers', async () => {
    const input = corpus();
    const outs: Map<string, string>[] = [];
    for (const workers of [0, 1, 2]) {
      const out = path.join(tempDir(), 'data');
      const result = await runIngest({ input, out, workers, ...quiet });
      expect(result.exitCode).toBe(0);
      // The threads asked for were the ones used (and they did extract), so the comparison means something.
      expect(result.extraction.workers).toBe(workers);
      expect(result.extraction.fromWorkers > 0).toBe(workers > 0);
      outs.push(snapshotDir(out));
    }
    const report = reportSchema.parse(JSON.parse(outs[0]?.get('report.json') ?? ''));
    expect(report.duplicates.length).toBeGreaterThan(20);
    expect(report.duplicates.every((d) => d.of !== '')).toBe(true);
    expect(outs[1]).toEqual(outs[0]);
    expect(outs[2]).toEqual(outs[0]);
  }, 60_000);

  it('hands results back in submission order, the same as on the main thread', async () => {
    const analyser = new DocAnalyser();
    const { dictionary } = analyser;
    const extractor = new ListingExtractor<number>(1, undefined, analyser);
    const got: { tag: number; title: string | null; body: string | null; terms: string[] }[] = [];
    const record = (r: { tag: number; listing: ExtractedListing | null }) =>
      got.push({
        tag: r.tag,
        title: r.listing?.title ?? null,
        body: r.listing?.body ?? null,
        terms: [...(r.listing?.search.termIds ?? [])].map((id) => dictionary.terms[id] ?? '?'),
      });
    try {
      for (let d = 0; d < 8; d++) {
        const batch = seedListings.map((l, i) => ({
          task: { description: l.description, location: l.location },
          tag: d * 100 + i,
        }));
        extractor.submit(batch);
        await extractor.poll();
        for (const r of extractor.take()) record(r);
      }
      await extractor.settle();
      for (const r of extractor.take()) record(r);
      // A listing that fails on the worker comes back as null, for the main thread to redo (and report).
      const broken = { description: 42, location: seedListings[0]?.location };
      extractor.submit([{ task: broken as never, tag: -1 }]);
      await extractor.settle();
      expect([...extractor.take()].map((r) => [r.tag, r.listing])).toEqual([[-1, null]]);
      // ... and the search terms sent after it still decode to the right words.
      extractor.submit(
        seedListings.map((l, i) => ({
          task: { description: l.description, location: l.location },
          tag: 800 + i,
        })),
      );
      await extractor.settle();
      for (const r of extractor.take()) record(r);
    } finally {
      await extractor.close();
    }
    expect(extractor.fromWorkers).toBeGreaterThan(0); // the worker did start and work
    expect(got.map((g) => g.tag)).toEqual(
      Array.from({ length: 9 }, (_, d) => seedListings.map((_, i) => d * 100 + i)).flat(),
    );
    for (const g of got) {
      const l = seedListings[g.tag % 100];
      if (l === undefined) throw new Error('no listing');
      const local = new DocAnalyser();
      const here = extractListing(
        { description: l.description, location: l.location },
        undefined,
        'x',
        local,
      );
      expect({ title: g.title, body: g.body, terms: g.terms }).toEqual({
        title: here.title,
        body: here.body,
        terms: [...here.search.termIds].map((id) => local.dictionary.terms[id]),
      });
    }
  }, 60_000);
});

describe('job files written while the build runs', () => {
  it('give the same bytes as a build that writes everything at the end (--strict on clean input)', async () => {
    const input = corpus(3);
    const staged = path.join(tempDir(), 'data');
    const atEnd = path.join(tempDir(), 'data');
    expect((await runIngest({ input, out: staged, ...quiet })).exitCode).toBe(0);
    expect((await runIngest({ input, out: atEnd, strict: true, ...quiet })).exitCode).toBe(0);
    expect(snapshotDir(staged)).toEqual(snapshotDir(atEnd));
    // a job repeated after it was written carries every source in its file
    const jobs = jobsFileSchema.parse(JSON.parse(readFileSync(path.join(staged, 'jobs.json'), 'utf8'))).jobs;
    const repeated = jobs.filter((j) => j.sources.length > 1);
    expect(repeated.length).toBeGreaterThan(5);
    for (const job of repeated) {
      const detail = jobDetailSchema.parse(
        JSON.parse(readFileSync(path.join(staged, 'jobs', `${job.id}.json`), 'utf8')),
      );
      expect(detail.sources).toEqual(job.sources);
    }
  }, 60_000);

  it('replace a previous bundle whole and leave no temporary folder, also when the build fails midway', async () => {
    const root = tempDir();
    const out = path.join(root, 'data');
    await runIngest({ input: SEED_DIR, out, ...quiet });
    const before = snapshotDir(out);
    const input = corpus(6);
    let calls = 0;
    const failing = {
      isTTY: true, // a line per document once the input is large
      write: () => {
        if (++calls === 2) throw new Error('disk full');
      },
    };
    await expect(runIngest({ input, out, ...quiet, progress: failing })).rejects.toThrow('disk full');
    expect(readdirSync(root)).toEqual(['data']);
    expect(snapshotDir(out)).toEqual(before);

    await runIngest({ input, out, ...quiet });
    expect(readdirSync(root)).toEqual(['data']);
    const jobs = jobsFileSchema.parse(JSON.parse(readFileSync(path.join(out, 'jobs.json'), 'utf8'))).jobs;
    expect(readdirSync(path.join(out, 'jobs')).sort()).toEqual(jobs.map((j) => `${j.id}.json`).sort());
  }, 60_000);

  it('stage nothing beside an --out that is refused, and nothing in a parent folder that does not exist', async () => {
    const root = tempDir();
    const precious = path.join(root, 'precious');
    mkdirSync(precious);
    writeFileSync(path.join(precious, 'thesis.tex'), 'years of work');
    await expect(runIngest({ input: SEED_DIR, out: precious, ...quiet })).rejects.toThrow(
      /refusing to replace/,
    );
    expect(readdirSync(root)).toEqual(['precious']);

    const nested = path.join(root, 'new', 'data');
    expect((await runIngest({ input: SEED_DIR, out: nested, ...quiet })).exitCode).toBe(0);
    expect(existsSync(path.join(nested, 'report.json'))).toBe(true);
    expect(readdirSync(path.join(root, 'new'))).toEqual(['data']);
  }, 60_000);
});
