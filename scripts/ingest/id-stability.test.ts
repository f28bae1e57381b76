/**
 * Stability of job ids (issue 6): a job's id — its URL, /jobs/<id> — depends only on its own text. Adding, removing,
 * renaming or reordering other documents never changes it, nor does moving the listing within or between
 * documents, changing line endings, or rebuilding at another time; changing the job's own text does.
 *
 * A seeded property builds random subsets of a pool of documents (the real ones, the fixtures, and documents made
 * from the real ones' listings, split, reordered and re-encoded), under random names so that they are read in
 * random orders, and checks every job's id against a reference build of the whole pool.
 */
import fc from 'fast-check';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jobDetailSchema, jobsFileSchema, type JobDetail } from '../../src/shared/bundle-schema';
import { jobKeyHash } from './assemble/ids';
import { parseLocation } from './parse/parse';
import { runIngest } from './pipeline';

const REPO = path.resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');
const SEED = Number(process.env.FUZZ_SEED ?? 20260607);
const RUNS = Number(process.env.ID_STABILITY_RUNS ?? 30);

interface Doc {
  name: string;
  text: string;
}

const read = (rel: string) => readFileSync(path.join(REPO, rel), 'utf8');
const seedNames = readdirSync(path.join(REPO, 'content/documents'))
  .filter((n) => n.endsWith('.txt'))
  .sort();

/** The listing pairs (location line, description line) after a document's header. */
function listingPairs(text: string): [string, string][] {
  const lines = text.split('\n');
  const header = lines.findIndex((l) => l === 'Research areas');
  const first = lines.findIndex((l, i) => i > header && parseLocation(l) !== null);
  expect(header, 'the document has a listings header').toBeGreaterThan(0);
  const body = lines.slice(first).filter((l) => l.trim() !== '');
  const pairs: [string, string][] = [];
  for (let i = 0; i + 1 < body.length; i += 2) pairs.push([body[i] as string, body[i + 1] as string]);
  return pairs;
}
const listingsDoc = (pairs: readonly [string, string][]) =>
  `${pairs.map(([l, d]) => `${l}\n${d}`).join('\n')}\n`;

function buildPool(): Doc[] {
  const seeds = seedNames.map((name) => ({ name, text: read(`content/documents/${name}`) }));
  const pool: Doc[] = [
    ...seeds,
    { name: 'international.txt', text: read('test/fixtures/ingest/international.txt') },
    { name: 'plain-article.txt', text: read('test/fixtures/ingest/plain-article.txt') },
  ];
  for (const seed of seeds) {
    const pairs = listingPairs(seed.text);
    const half = Math.ceil(pairs.length / 2);
    // The same listings in other documents: listings-only, split in two, one half reversed, CRLF.
    pool.push({ name: `first-half-of-${seed.name}`, text: listingsDoc(pairs.slice(0, half)) });
    pool.push({
      name: `second-half-reversed-of-${seed.name}`,
      text: listingsDoc(pairs.slice(half).reverse()),
    });
    pool.push({ name: `crlf-${seed.name}`, text: seed.text.replace(/\n/g, '\r\n') });
    // The same listings as another scrape might render them: runs of spaces, tabs, no-break spaces, NFD accents.
    const spaced = pairs.map(([l, d]): [string, string] => [
      `${l}\u00a0`,
      d.replace(/ /g, '  ').replace(/\. /g, '.\t').replace(/, /g, ',\u00a0'),
    ]);
    pool.push({ name: `spaced-${seed.name}`, text: listingsDoc(spaced).normalize('NFD') });
  }
  return pool;
}
const POOL = buildPool();

const root = mkdtempSync(path.join(tmpdir(), 'summit-ids-'));
let counter = 0;
afterAll(() => rmSync(root, { recursive: true, force: true }), 60_000);

interface Built {
  ids: string[];
  details: Map<string, JobDetail>;
}

async function build(docs: readonly Doc[], generatedAt = '2026-01-01T00:00:00.000Z'): Promise<Built> {
  const dir = path.join(root, `run-${counter++}`);
  const input = path.join(dir, 'in');
  const out = path.join(dir, 'out');
  mkdirSync(input, { recursive: true });
  for (const doc of docs) writeFileSync(path.join(input, doc.name), doc.text);
  const result = await runIngest({ input, out, generatedAt, progress: null });
  expect(result.wrote).toBe(true);
  const jobs = jobsFileSchema.parse(JSON.parse(readFileSync(path.join(out, 'jobs.json'), 'utf8'))).jobs;
  const details = new Map<string, JobDetail>();
  for (const job of jobs) {
    details.set(
      job.id,
      jobDetailSchema.parse(JSON.parse(readFileSync(path.join(out, 'jobs', `${job.id}.json`), 'utf8'))),
    );
  }
  rmSync(dir, { recursive: true, force: true });
  return { ids: jobs.map((j) => j.id), details };
}

/** What a job is, apart from where it was seen: everything on its page except its sources and their stories. */
function identity(detail: JobDetail): string {
  const { sources: _sources, stories: _stories, id: _id, ...rest } = detail;
  return JSON.stringify(rest);
}

/** Reference: the whole pool built at once, and each document built on its own. */
const reference = new Map<string, string>();
const alone = new Map<string, string[]>();

beforeAll(async () => {
  const all = await build(POOL);
  for (const [id, detail] of all.details) reference.set(identity(detail), id);
  for (const doc of POOL) alone.set(doc.name, (await build([doc])).ids);
}, 120_000);

describe('job ids', () => {
  it('the pool exercises what it should: shared listings across documents, and several documents with jobs', () => {
    expect(POOL.length).toBeGreaterThanOrEqual(8);
    expect(reference.size).toBeGreaterThan(10);
    expect([...alone.values()].filter((ids) => ids.length > 0).length).toBeGreaterThanOrEqual(5);
  });

  it(`do not move when documents are added, removed, renamed or reordered (${RUNS} seeded subsets, seed ${SEED})`, async () => {
    const subsetArb = fc
      .subarray(POOL, { minLength: 1 })
      .chain((docs) =>
        fc.tuple(
          fc.constant(docs),
          fc.array(fc.stringMatching(/^[a-z0-9]{1,4}$/), { minLength: docs.length, maxLength: docs.length }),
        ),
      )
      // Names only (a failing case prints short): the texts are looked up in the pool.
      .map(([docs, prefixes]) =>
        docs.map((doc, i) => ({ name: `${prefixes[i]}-${i}-${doc.name}`, original: doc.name })),
      );
    const textOf = new Map(POOL.map((doc) => [doc.name, doc.text]));
    await fc.assert(
      fc.asyncProperty(subsetArb, async (docs) => {
        const built = await build(docs.map((d) => ({ name: d.name, text: textOf.get(d.original) ?? '' })));
        for (const [id, detail] of built.details) {
          // The same job (same text and place) has the id it has in the reference build.
          expect(reference.get(identity(detail)), `job ${id}`).toBe(id);
        }
        const ids = new Set(built.ids);
        for (const doc of docs) {
          for (const id of alone.get(doc.original) ?? [])
            expect(ids.has(id), `${doc.original}: ${id} kept`).toBe(true);
        }
      }),
      { seed: SEED, numRuns: RUNS, endOnFailure: true },
    );
  }, 180_000);

  it('do not depend on the build time, the file name, the line or the line endings', async () => {
    const seed = POOL[0] as Doc;
    const first = await build([seed], '2020-01-01T00:00:00.000Z');
    const later = await build(
      [{ name: 'zzz-renamed.txt', text: `\n\n\n${seed.text.replace(/\n/g, '\r\n')}` }],
      '2030-06-01T12:00:00.000Z',
    );
    expect(later.ids.sort()).toEqual(first.ids.sort());
  });

  it('ignore white space changes inside the description (the same job, the same URL)', async () => {
    const pairs = listingPairs((POOL[0] as Doc).text);
    const spaced = pairs.map(([l, d]): [string, string] => [
      `  ${l}\u00a0`,
      d.replace(/ /g, '  ').replace(/\. /g, '.\t'),
    ]);
    const plain = await build([{ name: 'a.txt', text: listingsDoc(pairs) }]);
    const messy = await build([{ name: 'a.txt', text: listingsDoc(spaced) }]);
    expect(messy.ids).toEqual(plain.ids);
  });

  it('change for exactly the job whose text changes (its old URL is then "no longer listed")', async () => {
    const pairs = listingPairs((POOL[0] as Doc).text);
    const before = await build([{ name: 'a.txt', text: listingsDoc(pairs) }]);
    const edited = pairs.map(([l, d], i): [string, string] =>
      i === 2 ? [l, `${d} Apply by Friday.`] : [l, d],
    );
    const after = await build([{ name: 'a.txt', text: listingsDoc(edited) }]);
    const gone = before.ids.filter((id) => !after.ids.includes(id));
    const added = after.ids.filter((id) => !before.ids.includes(id));
    expect(gone).toHaveLength(1);
    expect(added).toHaveLength(1);
    // The same place and title: the readable part of the id stays, the hash moves.
    expect(added[0]?.replace(/-[0-9a-f]+$/, '')).toBe(gone[0]?.replace(/-[0-9a-f]+$/, ''));
  });

  it('are URL-safe and unique in every build of the pool', () => {
    const ids = [...reference.values()];
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
  });

  /**
   * Two distinct jobs with one title and city whose short hashes collide: which of them keeps the short id must not
   * depend on which is read first (IdClaims gives it to the smaller full hash), or adding or renaming a document
   * could hand a bookmarked URL to another job.
   */
  it('do not depend on reading order even when two jobs’ short hashes collide', async () => {
    const seattle = parseLocation('US, WA, Seattle');
    expect(seattle).not.toBeNull();
    if (seattle === null) return;
    const description = (n: number) =>
      `Amazon is looking for an Applied Scientist to join the Fuzz team. Reference ${n}.`;
    // Find two descriptions whose hashes share their first 8 hex digits (a birthday search: ~10^5 hashes).
    const seen = new Map<string, number>();
    let pair: [number, number] | null = null;
    for (let n = 0; pair === null && n < 2_000_000; n++) {
      const short = jobKeyHash(seattle, description(n)).slice(0, 8);
      const earlier = seen.get(short);
      if (earlier === undefined) seen.set(short, n);
      else pair = [earlier, n];
    }
    expect(pair).not.toBeNull();
    const [x, y] = pair ?? [0, 0];
    const doc = (n: number) => `US, WA, Seattle\n${description(n)}\n`;
    const xFirst = await build([
      { name: 'a.txt', text: doc(x) },
      { name: 'b.txt', text: doc(y) },
    ]);
    const yFirst = await build([
      { name: 'a.txt', text: doc(y) },
      { name: 'b.txt', text: doc(x) },
    ]);
    const idOf = (built: Built, n: number) =>
      [...built.details].find(([, d]) => identity(d).includes(`Reference ${n}.`))?.[0];
    expect(idOf(yFirst, x)).toBe(idOf(xFirst, x));
    expect(idOf(yFirst, y)).toBe(idOf(xFirst, y));
  }, 60_000);
});
