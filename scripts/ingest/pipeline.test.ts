import { describe, it, expect, afterEach } from 'vitest';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import {
  articlesFileSchema,
  jobDetailSchema,
  jobsFileSchema,
  reportSchema,
} from '../../src/shared/bundle-schema';
import { compactIndexSchema, decodeIndex } from '../../src/shared/compact-index';
import { parseDocument } from './parse/parse';
import { assertAccounting, chooseFeatured, generatedAtFrom, runIngest } from './pipeline';
import { cleanTempDirs, SEED_DIR, SEED_FILES, seedText, snapshotDir, tempDir } from './test-helpers';

afterEach(cleanTempDirs);

const readJson = (file: string): unknown => JSON.parse(readFileSync(file, 'utf8'));
const quiet = { progress: null } as const;

describe('runIngest on content/documents', () => {
  it('reports 20 listings seen, 19 jobs, one duplicate, the interview with 9 Q&A pairs, all valid', async () => {
    const out = path.join(tempDir(), 'data');
    const result = await runIngest({ input: SEED_DIR, out, ...quiet });
    expect(result.exitCode).toBe(0);
    const report = reportSchema.parse(readJson(path.join(out, 'report.json')));
    expect(report).toMatchObject({
      documents: 2,
      listingsSeen: 20,
      jobsEmitted: 19,
      articles: 1,
      rejected: [],
      warnings: [],
      skippedFiles: [],
    });
    expect(report.duplicates).toHaveLength(1);

    const jobs = jobsFileSchema.parse(readJson(path.join(out, 'jobs.json'))).jobs;
    expect(jobs).toHaveLength(19);
    expect(jobs.reduce((n, j) => n + j.sources.length, 0) + report.rejected.length).toBe(report.listingsSeen);
    const ny = jobs.filter((j) => j.sources.length === 2);
    expect(ny).toHaveLength(1);
    expect(ny[0]?.location.label).toBe('US, NY, New York');
    expect(report.duplicates[0]?.of).toBe(ny[0]?.id);
    expect(readdirSync(path.join(out, 'jobs')).sort()).toEqual(jobs.map((j) => `${j.id}.json`).sort());
    for (const job of jobs) {
      const detail = jobDetailSchema.parse(readJson(path.join(out, 'jobs', `${job.id}.json`)));
      expect(detail.sources).toEqual(job.sources);
      expect(detail.sections.length).toBeGreaterThan(0);
    }

    const index = compactIndexSchema.parse(readJson(path.join(out, 'index.json')));
    expect(decodeIndex(index).map((c) => c.id)).toEqual(jobs.map((j) => j.id));

    const articles = articlesFileSchema.parse(readJson(path.join(out, 'articles.json')));
    expect(articles.articles).toHaveLength(1);
    const interview = articles.articles[0];
    expect(interview?.qa).toHaveLength(9);
    expect(interview?.sources).toEqual(SEED_FILES.map((file) => ({ file, line: 1 })));
    expect(articles.featured).toBe(interview?.slug);
    expect(interview?.teams).toEqual(['Alexa']); // named in answer 5 and the team of a job
  });
});

describe('bad input gets a clear message and loses nothing', () => {
  const DESC =
    'We are looking for an Applied Scientist to build machine learning models for robots in our fulfillment centers. '
      .repeat(3)
      .trim();
  function badFolder(): string {
    const dir = tempDir();
    const w = (name: string, content: string | Uint8Array) => writeFileSync(path.join(dir, name), content);
    w('a-empty.txt', '');
    w('b-binary.txt', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]));
    w(
      'c-invalid.txt',
      Buffer.concat([
        Buffer.from(`Research areas\n\nUS, WA, Seattle\n${DESC} caf`),
        Buffer.from([0xe9]),
        Buffer.from(' ok\n'),
      ]),
    );
    w(
      'd-bom-crlf.txt',
      `\ufeffTitle\r\n\r\nResearch areas\r\n\r\n\tGB, London \t\r\n\t${DESC}  \r\n\r\n\r\nIN, KA, Bangalore\r\n${DESC} Bangalore.\r\n`,
    );
    w(
      'e-no-description.txt',
      `Research areas\n\nUS, WA, Seattle\nUS, CA, Santa Clara\n${DESC} Santa Clara.\nLU, Luxembourg\n`,
    );
    w(
      'f-html.txt',
      `Research areas\n\nUS, NY, New York\n${DESC} <script>alert('x')</script> <a href="javascript:alert(1)">apply</a> https://amazon.jobs/en/x\n`,
    );
    w(
      'g-big.txt',
      `Research areas\n\nDE, BE, Berlin\n${'We are looking for an Applied Scientist to build robotics systems. '.repeat(16_000)}\n`,
    );
    w('notes.md', '# not an input');
    w('picture.png', 'png');
    return dir;
  }

  it('skips, warns and rejects with file and line, and the accounting closes', async () => {
    const out = path.join(tempDir(), 'data');
    const result = await runIngest({ input: badFolder(), out, ...quiet });
    expect(result.exitCode).toBe(0);
    const r = result.report;
    expect(r.skippedFiles).toEqual(
      [
        { name: 'a-empty.txt', reason: 'empty file' },
        { name: 'b-binary.txt', reason: 'binary file (contains NUL bytes)' },
        { name: 'notes.md', reason: 'not a .txt file' },
        { name: 'picture.png', reason: 'not a .txt file' },
      ].sort((a, b) => (a.name < b.name ? -1 : 1)),
    );
    expect(r.documents).toBe(5);
    expect(r.warnings).toHaveLength(1);
    expect(r.warnings[0]).toMatchObject({
      file: 'c-invalid.txt',
      line: 4,
      message: expect.stringMatching(/invalid UTF-8/),
    });
    expect(r.rejected).toEqual([
      { file: 'e-no-description.txt', line: 3, reason: 'location line "US, WA, Seattle" has no description' },
      { file: 'e-no-description.txt', line: 6, reason: 'location line "LU, Luxembourg" has no description' },
    ]);
    expect(r.listingsSeen).toBe(8);
    expect(r.jobsEmitted).toBe(6);
    const jobs = jobsFileSchema.parse(readJson(path.join(out, 'jobs.json'))).jobs;
    expect(jobs.reduce((n, j) => n + j.sources.length, 0) + r.rejected.length).toBe(r.listingsSeen);
    // CRLF, BOM, tabs and blank lines: line numbers are the editor's
    expect(
      jobs
        .filter((j) => j.sources[0]?.file === 'd-bom-crlf.txt')
        .map((j) => [j.location.label, j.sources[0]?.line]),
    ).toEqual([
      ['GB, London', 5],
      ['IN, KA, Bangalore', 9],
    ]);
    // invalid UTF-8 decoded with replacement
    const seattle = jobs.find((j) => j.sources[0]?.file === 'c-invalid.txt');
    const seattleDetail = readFileSync(path.join(out, 'jobs', `${seattle?.id}.json`), 'utf8');
    expect(seattleDetail).toContain('caf\ufffd ok');
    // markup stays literal text; javascript: never becomes a link
    const html = jobDetailSchema.parse(
      readJson(path.join(out, 'jobs', `${jobs.find((j) => j.sources[0]?.file === 'f-html.txt')?.id}.json`)),
    );
    expect(JSON.stringify(html.sections)).toContain("<script>alert('x')</script>");
    expect(html.facts.links.map((l) => l.url)).toEqual(['https://amazon.jobs/en/x']);
    // the megabyte description is kept whole
    const big = jobDetailSchema.parse(
      readJson(path.join(out, 'jobs', `${jobs.find((j) => j.sources[0]?.file === 'g-big.txt')?.id}.json`)),
    );
    const kept = big.sections
      .flatMap((s) => s.blocks.map((b) => (b.type === 'paragraph' ? b.text : b.items.join(' '))))
      .join(' ');
    expect(kept.length).toBeGreaterThan(1_000_000);
  });

  it('--strict exits 1 with every problem as file:line: message and leaves the previous bundle intact', async () => {
    const out = path.join(tempDir(), 'data');
    await runIngest({ input: SEED_DIR, out, ...quiet });
    const before = snapshotDir(out);
    const result = await runIngest({ input: badFolder(), out, strict: true, ...quiet });
    expect(result.exitCode).toBe(1);
    expect(result.wrote).toBe(false);
    expect(result.problems).toEqual([
      'a-empty.txt:0: skipped: empty file',
      'b-binary.txt:0: skipped: binary file (contains NUL bytes)',
      'e-no-description.txt:3: rejected: location line "US, WA, Seattle" has no description',
      'e-no-description.txt:6: rejected: location line "LU, Luxembourg" has no description',
      expect.stringMatching(/^c-invalid\.txt:4: invalid UTF-8/),
    ]);
    expect(snapshotDir(out)).toEqual(before);
  });

  it('--strict on clean input exits 0 and writes', async () => {
    const out = path.join(tempDir(), 'data');
    const result = await runIngest({ input: SEED_DIR, out, strict: true, ...quiet });
    expect(result).toMatchObject({ exitCode: 0, wrote: true, problems: [] });
  });

  it('a missing input folder is an error and writes nothing', async () => {
    const root = tempDir();
    await expect(
      runIngest({ input: path.join(root, 'missing'), out: path.join(root, 'data'), ...quiet }),
    ).rejects.toThrow(/does not exist/);
    expect(existsSync(path.join(root, 'data'))).toBe(false);
  });
});

describe('reproducibility', () => {
  it('the same input gives byte-identical output', async () => {
    const a = path.join(tempDir(), 'a');
    const b = path.join(tempDir(), 'b');
    await runIngest({ input: SEED_DIR, out: a, ...quiet });
    await runIngest({ input: SEED_DIR, out: b, ...quiet });
    const sa = snapshotDir(a);
    // 19 jobs + jobs.json, index.json, first-page.json, search-index.json, articles.json, stories.json, the one
    // story's file, date-posted.json and report.json
    expect(sa.size).toBe(19 + 9);
    expect(snapshotDir(b)).toEqual(sa);
  });

  it('generatedAt comes from SOURCE_DATE_EPOCH, else the newest input mtime', () => {
    expect(generatedAtFrom({ SOURCE_DATE_EPOCH: '1700000000' }, [5])).toBe('2023-11-14T22:13:20.000Z');
    expect(generatedAtFrom({}, [1_600_000_000_500, 1_500_000_000_000])).toBe('2020-09-13T12:26:40.000Z');
    expect(generatedAtFrom({}, [])).toBe('1970-01-01T00:00:00.000Z');
  });

  it('ids do not move when other documents are added, removed or reordered', async () => {
    const alone = tempDir();
    copyFileSync(path.join(SEED_DIR, SEED_FILES[1]), path.join(alone, SEED_FILES[1]));
    const crowd = tempDir();
    copyFileSync(path.join(SEED_DIR, SEED_FILES[1]), path.join(crowd, '000-first-now.txt'));
    copyFileSync(path.join(SEED_DIR, SEED_FILES[0]), path.join(crowd, 'zzz-other.txt'));
    writeFileSync(
      path.join(crowd, 'mmm.txt'),
      `Research areas\n\nUS, WA, Seattle\n${'Amazon is looking for an Economist to study pricing. '.repeat(5)}\n`,
    );
    const idsOf = async (input: string) => {
      const out = path.join(tempDir(), 'data');
      await runIngest({ input, out, ...quiet });
      return jobsFileSchema.parse(readJson(path.join(out, 'jobs.json'))).jobs;
    };
    const a = await idsOf(alone);
    const b = await idsOf(crowd);
    expect(a).toHaveLength(10);
    const fromSameDoc = b.filter((j) => j.sources[0]?.file === '000-first-now.txt').map((j) => j.id);
    expect(fromSameDoc).toEqual(a.map((j) => j.id));
    renameSync(path.join(crowd, '000-first-now.txt'), path.join(crowd, 'zzzz-last-now.txt'));
    const c = await idsOf(crowd);
    expect(
      c
        .filter((j) => j.sources[0]?.file === 'zzzz-last-now.txt')
        .map((j) => j.id)
        .sort(),
    ).toEqual(a.map((j) => j.id).sort());
  });
});

describe('accounting and featured story', () => {
  it('assertAccounting throws when sources + rejected differ from listings seen', () => {
    const jobs = [
      {
        sources: [
          { file: 'a', line: 1 },
          { file: 'a', line: 3 },
        ],
      },
    ];
    expect(() => assertAccounting(jobs, [{ file: 'a', line: 5, reason: 'x' }], 3)).not.toThrow();
    expect(() => assertAccounting(jobs, [], 3)).toThrow(/does not close/);
  });

  it('features the configured slug if it exists, else the first interview, else the first article', async () => {
    const out = path.join(tempDir(), 'data');
    const result = await runIngest({
      input: SEED_DIR,
      out,
      settings: { featuredStory: 'no-such-story' },
      ...quiet,
    });
    expect(result.report.warnings).toEqual([
      { file: 'settings', line: 0, message: expect.stringMatching(/not an article slug/) },
    ]);
    const plain = { slug: 'plain', qa: [] } as never;
    const interview = { slug: 'talk', qa: [{}] } as never;
    expect(chooseFeatured([plain, interview], 'plain')).toBe('plain');
    expect(chooseFeatured([plain, interview], null)).toBe('talk');
    expect(chooseFeatured([plain], 'missing')).toBe('plain');
    expect(chooseFeatured([], null)).toBeNull();
  });
});

describe('scale', () => {
  it('ingests 1,000 listings (~4 MB) with progress lines, bounded time, accounting closed', async () => {
    const listings = SEED_FILES.flatMap((name) => parseDocument(name, seedText(name)).listings);
    const input = tempDir();
    const article = seedText(SEED_FILES[0]).split('\n').slice(0, 150).join('\n');
    let k = 0;
    for (let d = 0; k < 1000; d++) {
      const lines = [article, ''];
      for (let j = 0; j < 100; j++, k++) {
        const l = listings[k % listings.length];
        if (l !== undefined) lines.push(l.locationText, `${l.description} Requisition ${k}.`);
      }
      mkdirSync(input, { recursive: true });
      writeFileSync(path.join(input, `doc_${String(d).padStart(3, '0')}.txt`), `${lines.join('\n')}\n`);
    }
    const progress: string[] = [];
    const out = path.join(tempDir(), 'data');
    const started = performance.now();
    const result = await runIngest({
      input,
      out,
      progress: { isTTY: false, write: (s: string) => progress.push(s) },
    });
    const seconds = (performance.now() - started) / 1000;
    console.log(
      `1,000 listings: ${seconds.toFixed(2)} s (read+extract ${(result.timings.extractMs / 1000).toFixed(2)} s, validate+write ${(result.timings.writeMs / 1000).toFixed(2)} s)`,
    );
    expect(result.report).toMatchObject({ listingsSeen: 1000, jobsEmitted: 1000, articles: 1 });
    expect(progress.length).toBeGreaterThan(0);
    expect(progress.at(-1)).toMatch(/^ingest: 10\/10 documents, 1000 listings/);
    // No time limit asserted: the machine is shared; the build's throughput is measured by `npm run bench`.
  });
});
