/**
 * Fuzzing the build step (issue 6). Real documents (content/documents/*.txt and test/fixtures/ingest/*.txt) are
 * mutated at the byte level — cut anywhere, lines inserted, deleted, duplicated and swapped, CRLF/CR/LF swapped,
 * control characters, NULs and invalid UTF-8 injected, huge lines, location-looking lines inside the article,
 * repeated headers, BOMs — written into a temporary folder beside an untouched document, and run through runIngest.
 *
 * On every case:
 *   - no exception escapes, and a bundle is written;
 *   - the accounting closes: job sources + rejected = listings seen (and duplicates = sources - jobs);
 *   - every file of the output passes the bundle schema, and the files agree with each other;
 *   - the same input (copied to another folder) gives byte-identical output;
 *   - nothing of the untouched document is lost: all its jobs are there, with the ids they have on their own.
 *
 * Seeded (FUZZ_SEED, default below) with a bounded number of cases (FUZZ_CASES), so a failure reproduces: fast-check
 * prints the seed, the path and the mutations of the smallest failing case.
 */
import fc from 'fast-check';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  articlesFileSchema,
  jobDetailSchema,
  jobsFileSchema,
  reportSchema,
  type JobDetail,
  type JobsFile,
  type Report,
} from '../../src/shared/bundle-schema';
import { compactIndexSchema, decodeIndex } from '../../src/shared/compact-index';
import { runIngest } from './pipeline';

const REPO = path.resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');
const SEED = Number(process.env.FUZZ_SEED ?? 20260606);
const CASES = Number(process.env.FUZZ_CASES ?? 120);
const GENERATED_AT = '2026-01-01T00:00:00.000Z';

interface BaseDoc {
  name: string;
  bytes: Buffer;
}

function loadBaseDocs(): BaseDoc[] {
  const docs: BaseDoc[] = [];
  for (const dir of ['content/documents', 'test/fixtures/ingest']) {
    const full = path.join(REPO, dir);
    for (const name of readdirSync(full).sort()) {
      if (name.endsWith('.txt'))
        docs.push({ name: `${path.basename(dir)}-${name}`, bytes: readFileSync(path.join(full, name)) });
    }
  }
  return docs;
}
const BASE = loadBaseDocs();

// ---------------------------------------------------------------------------------------------------------------
// Mutations, applied to bytes. Positions are fractions of the current length, so any mutation fits any document.

const LF = 0x0a;

function splitLines(bytes: Buffer): Buffer[] {
  const lines: Buffer[] = [];
  let start = 0;
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] === LF) {
      lines.push(bytes.subarray(start, i));
      start = i + 1;
    }
  }
  lines.push(bytes.subarray(start));
  return lines;
}
const joinLines = (lines: readonly Buffer[]) =>
  Buffer.concat(lines.flatMap((l, i) => (i === 0 ? [l] : [Buffer.from([LF]), l])));
const at = (fraction: number, length: number) => Math.min(length, Math.floor(fraction * (length + 1)));

/** Lines a scrape might hold, or an attacker might write. */
const LINE_POOL = [
  'US, WA, Seattle',
  'GB, London',
  'US, CA',
  'AI, ML, Robotics',
  'XX, YY, Nowhere',
  'us, wa, seattle',
  'US, WA, Seattle.',
  'US,WA,Seattle   ',
  '\u00a0US, NY, New York\u00a0',
  'US, WA, ' + 'Seattle'.repeat(12),
  'Research areas',
  'Related content',
  'RESEARCH AREAS',
  'Machine learning',
  'Economics',
  '',
  '   ',
  '\u200b',
  '\t\t',
  'Key job responsibilities',
  'About the team',
  '- a bullet',
  '•',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  'Apply at javascript:alert(1) or data:text/html,<b>x</b> or https://example.com/apply?x=<y>',
  '"}],"jobs":[{"id":"../../etc/passwd"}]',
  '__proto__',
  'Q1. What is the question?',
  '1. What did you study?',
  'Amazon is looking for an Applied Scientist to join the Fuzz team in Seattle. '.repeat(4),
  'x'.repeat(250),
  '\u202eevil\u202c',
  '🧪👩‍🔬',
] as const;

/** Descriptions a listing might carry: degenerate, hostile or odd. */
const DESCRIPTION_POOL = [
  '-',
  '•',
  '.',
  '...',
  '"',
  '()',
  '🧪',
  'a',
  'I',
  '\u200f',
  '\u00ad',
  '\u0301',
  '\u2060',
  '\u3000x',
  '\u0085',
  'Ⅻ',
  '&',
  '’',
  '研究員',
  '﷽',
  '\u202e',
  '<script>alert(1)</script>',
  'javascript:alert(1)',
  'https://',
  'http://x',
  'Apply at https://a.b/c"onmouseover="alert(1) now',
  'Key job responsibilities',
  'Basic qualifications - ',
  '- - - -',
  '$',
  'US$100,000 - US$1',
  'Research areas',
  '1.',
  'Q1.',
  'US, WA, Seattle US, WA, Seattle',
  'A'.repeat(5000),
  'We are hiring a Scientist. '.repeat(300),
] as const;

/** Bytes that do not belong in text. */
const BYTE_POOL: readonly (readonly number[])[] = [
  [0x00],
  [0x00, 0x00, 0x00],
  [0x01],
  [0x07],
  [0x08],
  [0x1b, 0x5b, 0x33, 0x31, 0x6d], // ANSI escape
  [0x7f],
  [0x0c],
  [0x0b],
  [0x0d],
  [0xff],
  [0xfe, 0xff],
  [0xc0, 0xaf], // overlong '/'
  [0xe2, 0x82], // truncated €
  [0xed, 0xa0, 0x80], // UTF-16 surrogate as UTF-8
  [0xf4, 0x90, 0x80, 0x80], // above U+10FFFF
  [0xef, 0xbb, 0xbf], // a BOM in the middle
  [0xc2, 0x85], // NEL
  [0xe2, 0x80, 0xa8], // LINE SEPARATOR
];

type Mutation =
  | { kind: 'truncate'; at: number }
  | { kind: 'insert-line'; at: number; line: string }
  | { kind: 'delete-lines'; at: number; count: number }
  | { kind: 'duplicate-lines'; at: number; count: number }
  | { kind: 'swap-lines'; a: number; b: number }
  | { kind: 'line-endings'; style: 'crlf' | 'cr' | 'mixed' | 'lf' }
  | { kind: 'inject-bytes'; at: number; bytes: readonly number[]; times: number }
  | { kind: 'huge-line'; at: number; size: number; style: 'words' | 'letters' | 'location-prefix' | 'commas' }
  | { kind: 'location-in-article'; at: number; line: string }
  | { kind: 'repeat-header'; at: number }
  | { kind: 'bom'; encoding: 'utf-8' | 'utf-16le' | 'utf-16be' }
  | { kind: 'insert-listing'; at: number; location: string; description: string };

const frac = fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true });

const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('truncate' as const), at: frac }) },
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant('insert-line' as const),
      at: frac,
      line: fc.constantFrom(...LINE_POOL),
    }),
  },
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('delete-lines' as const),
      at: frac,
      count: fc.integer({ min: 1, max: 5 }),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('duplicate-lines' as const),
      at: frac,
      count: fc.integer({ min: 1, max: 4 }),
    }),
  },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('swap-lines' as const), a: frac, b: frac }) },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('line-endings' as const),
      style: fc.constantFrom('crlf', 'cr', 'mixed', 'lf'),
    }),
  },
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant('inject-bytes' as const),
      at: frac,
      bytes: fc.constantFrom(...BYTE_POOL),
      times: fc.integer({ min: 1, max: 3 }),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('huge-line' as const),
      at: frac,
      size: fc.integer({ min: 20_000, max: 300_000 }),
      style: fc.constantFrom('words', 'letters', 'location-prefix', 'commas'),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('location-in-article' as const),
      at: frac,
      line: fc.constantFrom('US, WA, Seattle', 'GB, London', 'US, NY, New York', 'AI, ML, Robotics'),
    }),
  },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('repeat-header' as const), at: frac }) },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('bom' as const),
      encoding: fc.constantFrom('utf-8', 'utf-16le', 'utf-16be'),
    }),
  },
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('insert-listing' as const),
      at: frac,
      location: fc.constantFrom(
        'US, WA, Seattle',
        'GB, London',
        'JP, 13, Tokyo',
        'FR, Île-de-France',
        'BR, SP, São Paulo',
      ),
      description: fc.constantFrom(...DESCRIPTION_POOL),
    }),
  },
);

function hugeLine(size: number, style: 'words' | 'letters' | 'location-prefix' | 'commas'): string {
  switch (style) {
    case 'words':
      return 'The team builds machine learning systems. Key job responsibilities - Build models. '
        .repeat(Math.ceil(size / 84))
        .slice(0, size);
    case 'letters':
      return 'a'.repeat(size);
    case 'location-prefix':
      return `US, WA, ${'Seattle '.repeat(Math.ceil(size / 8))}`.slice(0, size);
    case 'commas':
      return 'US, '.repeat(Math.ceil(size / 4)).slice(0, size);
  }
}

/** Index of the first line after the listings header, or the line count when there is none. */
function headerLine(lines: readonly Buffer[]): number {
  const i = lines.findIndex((l) => l.toString('latin1').trim().toLowerCase() === 'research areas');
  return i === -1 ? lines.length : i;
}

function mutate(input: Buffer, mutation: Mutation): Buffer {
  switch (mutation.kind) {
    case 'truncate':
      return input.subarray(0, at(mutation.at, input.length));
    case 'insert-line': {
      const lines = splitLines(input);
      lines.splice(at(mutation.at, lines.length), 0, Buffer.from(mutation.line, 'utf8'));
      return joinLines(lines);
    }
    case 'delete-lines': {
      const lines = splitLines(input);
      lines.splice(at(mutation.at, lines.length - 1), mutation.count);
      return joinLines(lines);
    }
    case 'duplicate-lines': {
      const lines = splitLines(input);
      const start = at(mutation.at, lines.length - 1);
      lines.splice(start, 0, ...lines.slice(start, start + mutation.count));
      return joinLines(lines);
    }
    case 'swap-lines': {
      const lines = splitLines(input);
      const a = at(mutation.a, lines.length - 1);
      const b = at(mutation.b, lines.length - 1);
      const la = lines[a];
      const lb = lines[b];
      if (la !== undefined && lb !== undefined) {
        lines[a] = lb;
        lines[b] = la;
      }
      return joinLines(lines);
    }
    case 'line-endings': {
      const lf = Buffer.from(input.toString('latin1').replace(/\r\n?/g, '\n'), 'latin1');
      if (mutation.style === 'lf') return lf;
      const lines = splitLines(lf);
      const eol = (i: number) =>
        mutation.style === 'crlf'
          ? '\r\n'
          : mutation.style === 'cr'
            ? '\r'
            : (['\r\n', '\n', '\r'][i % 3] ?? '\n');
      return Buffer.concat(lines.flatMap((l, i) => (i === 0 ? [l] : [Buffer.from(eol(i), 'latin1'), l])));
    }
    case 'inject-bytes': {
      let out = input;
      for (let t = 0; t < mutation.times; t++) {
        const p = at((mutation.at + t * 0.37) % 1, out.length);
        out = Buffer.concat([out.subarray(0, p), Buffer.from(mutation.bytes), out.subarray(p)]);
      }
      return out;
    }
    case 'huge-line': {
      const lines = splitLines(input);
      lines.splice(
        at(mutation.at, lines.length),
        0,
        Buffer.from(hugeLine(mutation.size, mutation.style), 'utf8'),
      );
      return joinLines(lines);
    }
    case 'location-in-article': {
      const lines = splitLines(input);
      const end = headerLine(lines);
      lines.splice(at(mutation.at, end), 0, Buffer.from(mutation.line, 'utf8'));
      return joinLines(lines);
    }
    case 'repeat-header': {
      const lines = splitLines(input);
      const header = ['Research areas', '', 'Related content', ''].map((l) => Buffer.from(l, 'utf8'));
      lines.splice(at(mutation.at, lines.length), 0, ...header);
      return joinLines(lines);
    }
    case 'insert-listing': {
      const lines = splitLines(input);
      const start = Math.min(lines.length, headerLine(lines) + 1);
      const p = start + at(mutation.at, lines.length - start);
      lines.splice(p, 0, Buffer.from(mutation.location, 'utf8'), Buffer.from(mutation.description, 'utf8'));
      return joinLines(lines);
    }
    case 'bom': {
      if (mutation.encoding === 'utf-8') return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), input]);
      // Re-encode the (lossily decoded) text as UTF-16.
      const le = Buffer.from(input.toString('utf8'), 'utf16le');
      if (mutation.encoding === 'utf-16le') return Buffer.concat([Buffer.from([0xff, 0xfe]), le]);
      return Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(le).swap16()]);
    }
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Running and checking.

const root = mkdtempSync(path.join(tmpdir(), 'summit-fuzz-'));
let counter = 0;
const freshDir = (label: string) => {
  const dir = path.join(root, `${label}-${counter++}`);
  mkdirSync(dir, { recursive: true });
  return dir;
};

afterAll(() => rmSync(root, { recursive: true, force: true }), 60_000);

function snapshot(dir: string): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const full = path.join(d, name);
      if (statSync(full).isDirectory()) walk(full);
      else out.set(path.relative(dir, full).split(path.sep).join('/'), readFileSync(full));
    }
  };
  walk(dir);
  return out;
}

function sameBytes(a: Map<string, Buffer>, b: Map<string, Buffer>): string | null {
  const names = [...new Set([...a.keys(), ...b.keys()])].sort();
  for (const name of names) {
    const x = a.get(name);
    const y = b.get(name);
    if (x === undefined || y === undefined) return `${name} only in one output`;
    if (!x.equals(y)) return `${name} differs`;
  }
  return null;
}

const readJson = (dir: string, name: string): unknown =>
  JSON.parse(readFileSync(path.join(dir, name), 'utf8'));

/** Validates every file of a bundle and how they agree. Returns the jobs and the report. */
function checkBundle(out: string): { jobs: JobsFile['jobs']; report: Report } {
  const jobs = jobsFileSchema.parse(readJson(out, 'jobs.json'));
  const index = compactIndexSchema.parse(readJson(out, 'index.json'));
  const articles = articlesFileSchema.parse(readJson(out, 'articles.json'));
  const report = reportSchema.parse(readJson(out, 'report.json'));

  const ids = jobs.jobs.map((j) => j.id);
  expect(new Set(ids).size, 'job ids are unique').toBe(ids.length);
  expect(
    decodeIndex(index).map((j) => j.id),
    'index.json lists the jobs of jobs.json',
  ).toEqual(ids);
  const jobsDir = path.join(out, 'jobs');
  const files = existsSync(jobsDir) ? readdirSync(jobsDir).sort() : [];
  expect(files, 'one detail file per job').toEqual(ids.map((id) => `${id}.json`).sort());
  for (const summary of jobs.jobs) {
    const detail: JobDetail = jobDetailSchema.parse(readJson(out, `jobs/${summary.id}.json`));
    const { sections: _sections, facts: _facts, ...head } = detail;
    expect(head, `jobs/${summary.id}.json agrees with jobs.json`).toEqual(summary);
  }

  // The accounting closes.
  const sources = jobs.jobs.reduce((n, j) => n + j.sources.length, 0);
  expect(sources + report.rejected.length, 'sources + rejected = listings seen').toBe(report.listingsSeen);
  expect(report.jobsEmitted).toBe(jobs.jobs.length);
  expect(report.duplicates.length, 'duplicates = sources - jobs').toBe(sources - jobs.jobs.length);
  for (const d of report.duplicates) expect(ids).toContain(d.of);
  expect(report.articles).toBe(articles.articles.length);
  if (articles.featured !== null) expect(articles.articles.map((a) => a.slug)).toContain(articles.featured);
  return { jobs: jobs.jobs, report };
}

async function ingest(input: string): Promise<string> {
  const out = path.join(freshDir('out'), 'bundle');
  const result = await runIngest({ input, out, generatedAt: GENERATED_AT, progress: null });
  expect(result.exitCode).toBe(0);
  expect(result.wrote).toBe(true);
  return out;
}

function writeDocs(docs: readonly { name: string; bytes: Buffer }[]): string {
  const dir = freshDir('in');
  for (const doc of docs) writeFileSync(path.join(dir, doc.name), doc.bytes);
  return dir;
}

/** Ids of each base document's jobs when it is built on its own. */
const aloneIds = new Map<string, string[]>();

beforeAll(async () => {
  expect(BASE.length).toBeGreaterThanOrEqual(2);
  for (const doc of BASE) {
    const out = await ingest(writeDocs([doc]));
    aloneIds.set(
      doc.name,
      checkBundle(out).jobs.map((j) => j.id),
    );
  }
}, 60_000);

describe('fuzzing the build step with mutated real documents', () => {
  const seen = { cases: 0, skipped: 0, rejected: 0, warnings: 0, duplicates: 0 };
  it(`${CASES} seeded cases (seed ${SEED}): no exception, accounting closes, schema-valid, deterministic, nothing lost`, async () => {
    const caseArb = fc.record({
      target: fc.integer({ min: 0, max: BASE.length - 1 }),
      companionOffset: fc.integer({ min: 1, max: BASE.length - 1 }),
      mutations: fc.array(mutationArb, { minLength: 1, maxLength: 5 }),
    });
    await fc.assert(
      fc.asyncProperty(caseArb, async ({ target, companionOffset, mutations }) => {
        const base = BASE[target] as BaseDoc;
        const companion = BASE[(target + companionOffset) % BASE.length] as BaseDoc;
        const bytes = mutations.reduce((b, m) => mutate(b, m), base.bytes);
        // The mutated document sorts first or last depending on its name: both orders get tried.
        const docs = [
          { name: `fuzzed-${base.name}`, bytes },
          { name: companion.name, bytes: companion.bytes },
        ];
        const input = writeDocs(docs);
        const out = await ingest(input);
        const { jobs, report } = checkBundle(out);
        seen.cases++;
        if (report.skippedFiles.length > 0) seen.skipped++;
        if (report.rejected.length > 0) seen.rejected++;
        if (report.warnings.length > 0) seen.warnings++;
        if (report.duplicates.length > 0) seen.duplicates++;

        // Determinism: the same documents in another folder give byte-identical output.
        const copy = freshDir('copy');
        cpSync(input, copy, { recursive: true });
        const again = await ingest(copy);
        expect(sameBytes(snapshot(out), snapshot(again)), 'byte-identical output').toBeNull();

        // Nothing lost: every job of the untouched document is there, under the id it has on its own.
        const ids = new Set(jobs.map((j) => j.id));
        for (const id of aloneIds.get(companion.name) ?? [])
          expect(ids.has(id), `companion job ${id} kept`).toBe(true);
        const companionSources = jobs.flatMap((j) =>
          j.sources.filter((s) => s.file === companion.name).map(() => j.id),
        );
        expect(new Set(companionSources)).toEqual(new Set(aloneIds.get(companion.name)));
        for (const dir of [input, copy, path.dirname(out), path.dirname(again)])
          rmSync(dir, { recursive: true, force: true });
      }),
      { seed: SEED, numRuns: CASES, endOnFailure: true },
    );
    // The mutations reach every path of the report (a fuzzer that only ever builds clean input proves little).
    expect(seen.cases).toBe(CASES);
    if (CASES >= 50) {
      for (const what of ['skipped', 'rejected', 'warnings', 'duplicates'] as const)
        expect(seen[what], `cases with ${what}`).toBeGreaterThan(0);
    }
    // A hang check, not a speed check: the cases take about a minute here, several when the machine is shared.
  }, 600_000);
});

describe('targeted hostile documents', () => {
  const seed = BASE[0] as BaseDoc;
  const run = async (bytes: Buffer, name = seed.name) => {
    const out = await ingest(writeDocs([{ name, bytes }]));
    return { out, ...checkBundle(out) };
  };

  it('CRLF, lone CR, mixed endings and a UTF-8 BOM give byte-identical bundles to LF', async () => {
    const lf = await run(mutate(seed.bytes, { kind: 'line-endings', style: 'lf' }));
    for (const variant of [
      mutate(seed.bytes, { kind: 'line-endings', style: 'crlf' }),
      mutate(seed.bytes, { kind: 'line-endings', style: 'cr' }),
      mutate(seed.bytes, { kind: 'line-endings', style: 'mixed' }),
      mutate(seed.bytes, { kind: 'bom', encoding: 'utf-8' }),
    ]) {
      const other = await run(variant);
      expect(sameBytes(snapshot(lf.out), snapshot(other.out))).toBeNull();
    }
  });

  it('a UTF-16 document (with BOM) gives the same jobs as its UTF-8 original', async () => {
    const utf8 = await run(seed.bytes);
    for (const encoding of ['utf-16le', 'utf-16be'] as const) {
      const utf16 = await run(mutate(seed.bytes, { kind: 'bom', encoding }));
      expect(utf16.jobs).toEqual(utf8.jobs);
    }
  });

  it('location-looking lines inside the article start no listing and change no job', async () => {
    const plain = await run(seed.bytes);
    let bytes = seed.bytes;
    for (const [i, line] of [
      'US, WA, Seattle',
      'GB, London',
      'AI, ML, Robotics',
      'US, NY, New York',
    ].entries()) {
      bytes = mutate(bytes, { kind: 'location-in-article', at: 0.2 + i * 0.2, line });
    }
    const seeded = await run(bytes);
    expect(seeded.report.listingsSeen).toBe(plain.report.listingsSeen);
    expect(seeded.jobs.map((j) => j.id)).toEqual(plain.jobs.map((j) => j.id));
  });

  it('a stray NUL byte is removed with a warning naming its line; the listings survive', async () => {
    const clean = await run(seed.bytes);
    const result = await run(mutate(seed.bytes, { kind: 'inject-bytes', at: 0.5, bytes: [0x00], times: 1 }));
    expect(result.report.skippedFiles).toEqual([]);
    expect(result.report.warnings.some((w) => w.line > 0 && /NUL/.test(w.message))).toBe(true);
    expect(result.report.listingsSeen).toBe(clean.report.listingsSeen);
  });

  it('dense NUL bytes make a document binary: skipped and reported, the other documents unaffected', async () => {
    const other = BASE[1] as BaseDoc;
    const out = await ingest(
      writeDocs([
        {
          name: 'a-binary.txt',
          bytes: mutate(seed.bytes, { kind: 'inject-bytes', at: 0.5, bytes: [0x00], times: 200 }),
        },
        { name: other.name, bytes: other.bytes },
      ]),
    );
    const { jobs, report } = checkBundle(out);
    expect(report.skippedFiles).toEqual([
      { name: 'a-binary.txt', reason: expect.stringMatching(/binary/) as unknown as string },
    ]);
    expect(jobs.map((j) => j.id).sort()).toEqual([...(aloneIds.get(other.name) ?? [])].sort());
  });

  it('invalid UTF-8 is replaced and warned about with its line; the listings survive', async () => {
    const text = seed.bytes.toString('utf8');
    const line = text.slice(0, text.indexOf('Research areas')).split('\n').length - 5;
    const lines = splitLines(seed.bytes);
    lines[line - 1] = Buffer.concat([lines[line - 1] ?? Buffer.alloc(0), Buffer.from([0xc0, 0xaf, 0xff])]);
    const result = await run(joinLines(lines));
    expect(result.report.warnings.some((w) => w.line === line && /invalid UTF-8/.test(w.message))).toBe(true);
    expect(result.jobs.map((j) => j.id)).toEqual(aloneIds.get(seed.name));
  });

  // The time limit is the hang check: a quadratic step on 2 MB would run for hours.
  it('a 2 MB line of one word, in the article and in the listings, neither crashes nor hangs', async () => {
    for (const where of [0.3, 0.95]) {
      await run(mutate(seed.bytes, { kind: 'huge-line', at: where, size: 2_000_000, style: 'letters' }));
      await run(mutate(seed.bytes, { kind: 'huge-line', at: where, size: 2_000_000, style: 'words' }));
    }
  }, 300_000);

  it('cut at every line of the listings: the accounting closes and every job is one of the whole document’s', async () => {
    const lines = splitLines(seed.bytes);
    const header = headerLine(lines);
    const whole = new Set(aloneIds.get(seed.name));
    for (let end = header; end <= lines.length; end++) {
      const { jobs, report } = await run(joinLines(lines.slice(0, end)));
      // A cut between a location line and its description loses nothing silently: it is a rejection.
      expect(
        jobs.every((j) => whole.has(j.id)),
        `cut after line ${end}`,
      ).toBe(true);
      expect(jobs.length + report.duplicates.length + report.rejected.length).toBe(report.listingsSeen);
    }
  }, 120_000);

  it('repeated headers and an empty listings section are tolerated', async () => {
    const twice = await run(
      mutate(mutate(seed.bytes, { kind: 'repeat-header', at: 0.99 }), { kind: 'repeat-header', at: 0.5 }),
    );
    expect(twice.report.listingsSeen).toBeGreaterThan(0);
    const onlyHeader = await run(Buffer.from('Research areas\n\nRelated content\n', 'utf8'));
    expect(onlyHeader.jobs).toEqual([]);
    expect(onlyHeader.report.listingsSeen).toBe(0);
  });
});
