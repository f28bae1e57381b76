import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { datePostedFileSchema, datesPosted, DATE_POSTED_FILE, readPreviousDates } from './date-posted';
import { runIngest } from '../pipeline';
import { cleanTempDirs, SEED_DIR, SEED_FILES, tempDir } from '../test-helpers';

afterEach(cleanTempDirs);

const quiet = { progress: null } as const;

function readDates(out: string): Record<string, string> {
  return datePostedFileSchema.parse(JSON.parse(readFileSync(path.join(out, DATE_POSTED_FILE), 'utf8'))).dates;
}

describe('datesPosted', () => {
  it('keeps a listed job’s first day and gives a new job the day of generatedAt, sorted by id', () => {
    const previous = new Map([
      ['b-job', '2025-03-01'],
      ['gone-job', '2024-01-01'],
    ]);
    const file = datesPosted(['c-job', 'b-job'], previous, '2026-06-30T23:59:59.000Z');
    expect(file).toEqual({ dates: { 'b-job': '2025-03-01', 'c-job': '2026-06-30' } });
    expect(Object.keys(file.dates)).toEqual(['b-job', 'c-job']);
  });

  it('refuses a generatedAt that is not a date', () => {
    expect(() => datesPosted(['a'], new Map(), 'soon')).toThrow(/not a date/);
  });
});

describe('readPreviousDates', () => {
  it('is empty, without a problem, where there is no bundle yet', async () => {
    expect(await readPreviousDates(path.join(tempDir(), 'none'))).toEqual({ ok: true, dates: new Map() });
  });

  it('names a damaged file as a problem and keeps no dates from it', async () => {
    const out = tempDir();
    writeFileSync(path.join(out, DATE_POSTED_FILE), '{"dates":{"a":"yesterday"}}');
    const read = await readPreviousDates(out);
    expect(read.ok).toBe(false);
    expect(read.dates.size).toBe(0);
    writeFileSync(path.join(out, DATE_POSTED_FILE), 'not json');
    expect(await readPreviousDates(out)).toMatchObject({
      ok: false,
      problem: expect.stringMatching(/not JSON/),
    });
  });
});

describe('date-posted.json across rebuilds', () => {
  it('keeps the day each job was first seen; a job seen later gets the later day', async () => {
    const input = tempDir();
    const out = path.join(tempDir(), 'bundle');
    mkdirSync(input, { recursive: true });
    copyFileSync(path.join(SEED_DIR, SEED_FILES[0]), path.join(input, SEED_FILES[0]));
    await runIngest({ input, out, generatedAt: '2026-01-05T10:00:00.000Z', ...quiet });
    const first = readDates(out);
    expect(Object.keys(first).length).toBeGreaterThan(0);
    expect(new Set(Object.values(first))).toEqual(new Set(['2026-01-05']));

    copyFileSync(path.join(SEED_DIR, SEED_FILES[1]), path.join(input, SEED_FILES[1]));
    await runIngest({ input, out, generatedAt: '2026-02-10T10:00:00.000Z', ...quiet });
    const second = readDates(out);
    for (const [id, day] of Object.entries(first)) expect(second[id]).toBe(day);
    const added = Object.keys(second).filter((id) => !(id in first));
    expect(added.length).toBeGreaterThan(0);
    for (const id of added) expect(second[id]).toBe('2026-02-10');
    // Every job in the bundle has its day, and no other id.
    const jobs = JSON.parse(readFileSync(path.join(out, 'jobs.json'), 'utf8')) as { jobs: { id: string }[] };
    expect(Object.keys(second).sort()).toEqual(jobs.jobs.map((job) => job.id).sort());
  });

  it('warns about a damaged previous file in the report, and starts the dates afresh', async () => {
    const out = path.join(tempDir(), 'bundle');
    await runIngest({ input: SEED_DIR, out, generatedAt: '2026-01-05T10:00:00.000Z', ...quiet });
    writeFileSync(path.join(out, DATE_POSTED_FILE), '[]');
    const result = await runIngest({
      input: SEED_DIR,
      out,
      generatedAt: '2026-03-01T00:00:00.000Z',
      ...quiet,
    });
    expect(result.report.warnings).toContainEqual({
      file: DATE_POSTED_FILE,
      line: 0,
      message: `the previous ${DATE_POSTED_FILE} is not in the expected format`,
    });
    expect(new Set(Object.values(readDates(out)))).toEqual(new Set(['2026-03-01']));
  });
});
