/**
 * The compact index round-trips at scale: corpus → build step → index.json → decodeIndex gives exactly the cards
 * of jobs.json, and the facet counts agree — from the decoded cards, and from the board's engine on them.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadEngine, type SummitFacetValue } from '../../bench/lib/app-modules';
import { DEFAULT_BOARD_STATE } from '../../src/shared/board-state';
import { jobsFileSchema, type JobSummary } from '../../src/shared/bundle-schema';
import { compactIndexSchema, decodeIndex, type JobCard } from '../../src/shared/compact-index';
import { runIngest } from '../ingest/pipeline';
import { writeCorpus } from './cli';
import { cardCounts, cardOf, roundTripProblem } from './roundtrip';

/** Big enough for a long tail of teams and every office; small enough for the unit suite (~1 s of ingest). */
const DOCS = 150;
const PER = 10;

let dir = '';
let jobs: JobSummary[] = [];
let decoded: JobCard[] = [];

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'summit-roundtrip-'));
  await writeCorpus({ docs: DOCS, per: PER, out: path.join(dir, 'docs'), seed: 77, duplicateRate: 0.03 });
  const result = await runIngest({
    input: path.join(dir, 'docs'),
    out: path.join(dir, 'data'),
    progress: null,
    generatedAt: '2024-01-01T00:00:00.000Z',
  });
  expect(result.report.rejected).toEqual([]);
  expect(result.report.listingsSeen).toBe(DOCS * PER);
  jobs = jobsFileSchema.parse(JSON.parse(await readFile(path.join(dir, 'data', 'jobs.json'), 'utf8'))).jobs;
  decoded = decodeIndex(
    compactIndexSchema.parse(JSON.parse(await readFile(path.join(dir, 'data', 'index.json'), 'utf8'))),
  );
}, 120_000);

afterAll(async () => {
  if (dir !== '') await rm(dir, { recursive: true, force: true });
});

describe('compact index at scale', () => {
  it('has the variety of a real board', () => {
    expect(jobs.length).toBeGreaterThan(DOCS * PER * 0.9);
    expect(new Set(jobs.map((j) => j.team)).size).toBeGreaterThan(100);
    expect(new Set(jobs.map((j) => j.location.label)).size).toBeGreaterThan(50);
    expect(new Set(jobs.map((j) => j.displayTitle)).size).toBeGreaterThan(50);
    expect(new Set(jobs.flatMap((j) => j.researchAreas)).size).toBe(13);
  });

  it('decodes index.json to exactly the cards of jobs.json, in order, with equal counts', () => {
    expect(roundTripProblem(decoded, jobs)).toBeNull();
    expect(decoded).toEqual(jobs.map(cardOf));
    expect(cardCounts(decoded)).toEqual(cardCounts(jobs.map(cardOf)));
  });

  it('gives the board engine the counts jobs.json gives', async () => {
    const engineModule = await loadEngine();
    if (typeof engineModule === 'string') throw new Error(engineModule);
    const { createEngine, locationSlugs, teamSlug, areaSlug } = engineModule;
    const result = createEngine(decoded).query(DEFAULT_BOARD_STATE);
    expect(result.total).toBe(jobs.length);

    const expected = new Map<string, number>();
    const add = (key: string) => expected.set(key, (expected.get(key) ?? 0) + 1);
    for (const j of jobs) {
      const s = locationSlugs(j.location);
      add(`location:${s.country}`);
      if (s.region !== null) add(`location:${s.region}`);
      add(`location:${s.city}`);
      if (j.team !== null) add(`team:${teamSlug(j.team)}`);
      for (const a of j.researchAreas) add(`area:${areaSlug(a)}`);
      add(`type:${j.internship ? 'internship' : 'full-time'}`);
      if (j.manager) add('type:manager');
    }
    const actual = new Map<string, number>();
    const walk = (key: string, values: readonly SummitFacetValue[]) => {
      for (const v of values) {
        if (v.count > 0) actual.set(`${key}:${v.slug}`, v.count);
        walk(key, v.children ?? []);
      }
    };
    for (const key of ['location', 'team', 'area', 'type'] as const) walk(key, result.facets[key]);
    expect(actual).toEqual(expected);
  });
});
