/**
 * Section c: the build step at 10,000 listings (≈ 50 MB): generate the corpus, run the ingest CLI in a fresh
 * process, and check what it wrote — every listing accounted for, and the compact index decodes to exactly the
 * cards of jobs.json with the same facet counts (the round trip at scale).
 */
import { spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { writeCorpus } from '../../scripts/corpus/cli';
import { DEFAULT_SEED } from '../../scripts/corpus/generate';
import { jobsFileSchema, reportSchema, type JobSummary } from '../../src/shared/bundle-schema';
import { compactIndexSchema, decodeIndex, type JobCard } from '../../src/shared/compact-index';
import { mb, ms } from '../lib/measure';
import type { Report } from '../lib/report';

export interface IngestSectionOptions {
  work: string;
  listings: number;
  /** false: only produce the corpus and bundle (for the browser section), no budget lines. */
  measure: boolean;
}

export interface Bundle {
  corpus: string;
  data: string;
}

export const REPO = path.resolve(import.meta.dirname ?? '.', '..', '..');

interface ChildResult {
  code: number;
  wallMs: number;
  elapsedMs: number;
  maxRssKb: number;
  stdout: string;
  stderr: string;
}

export function runIngestProcess(input: string, out: string): Promise<ChildResult> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(REPO, 'bench', 'ingest-child.ts'), '--input', input, '--out', out], {
      cwd: REPO,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      const wallMs = performance.now() - t0;
      const last = stdout.trim().split('\n').pop() ?? '';
      try {
        const parsed = JSON.parse(last) as { code: number; elapsedMs: number; maxRssKb: number };
        resolve({ ...parsed, wallMs, stdout, stderr });
      } catch {
        reject(new Error(`ingest exited ${code}: ${stderr.trim().split('\n').slice(-3).join(' / ')}`));
      }
    });
  });
}

/** The card the compact index should decode to, from a jobs.json entry. */
export function cardOf(job: JobSummary): JobCard {
  return {
    id: job.id,
    title: job.displayTitle,
    titleStated: job.title !== null,
    team: job.team,
    location: job.location,
    researchAreas: job.researchAreas,
    internship: job.internship,
    manager: job.manager,
    summary: job.summary,
  };
}

/** Per facet, value → count, from cards (location by label at each depth). */
export function cardCounts(cards: readonly JobCard[]): Map<string, number> {
  const counts = new Map<string, number>();
  const add = (key: string) => counts.set(key, (counts.get(key) ?? 0) + 1);
  for (const c of cards) {
    add(`country:${c.location.country}`);
    if (c.location.region !== null) add(`region:${c.location.country}/${c.location.region}`);
    add(`city:${c.location.label}`);
    add(`team:${c.team ?? '(none)'}`);
    for (const a of c.researchAreas) add(`area:${a}`);
    add(`type:${c.internship ? 'internship' : 'full-time'}`);
    if (c.manager) add('type:manager');
  }
  return counts;
}

/** Compare decoded index cards with jobs.json; a description of the first difference, or null. */
export function roundTripProblem(decoded: readonly JobCard[], jobs: readonly JobSummary[]): string | null {
  if (decoded.length !== jobs.length) return `index has ${decoded.length} jobs, jobs.json ${jobs.length}`;
  for (let i = 0; i < jobs.length; i++) {
    const a = JSON.stringify(decoded[i]);
    const b = JSON.stringify(cardOf(jobs[i] as JobSummary));
    if (a !== b) return `job ${i} differs:\n    index:     ${a.slice(0, 300)}\n    jobs.json: ${b.slice(0, 300)}`;
  }
  const ca = cardCounts(decoded);
  const cb = cardCounts(jobs.map(cardOf));
  for (const [k, v] of cb) if (ca.get(k) !== v) return `count ${k}: index ${ca.get(k) ?? 0}, jobs.json ${v}`;
  if (ca.size !== cb.size) return `index has ${ca.size} facet values, jobs.json ${cb.size}`;
  return null;
}

export async function ingestSection(report: Report, options: IngestSectionOptions): Promise<Bundle> {
  if (options.measure) report.heading(`c. Build step at ${options.listings.toLocaleString('en-US')} listings`);
  const corpus = path.join(options.work, 'corpus');
  const data = path.join(options.work, 'data');
  const docs = Math.ceil(options.listings / 10);
  const t0 = performance.now();
  const written = await writeCorpus({ docs, per: 10, out: corpus, seed: DEFAULT_SEED, duplicateRate: 0.03 });
  const genMs = performance.now() - t0;
  const result = await runIngestProcess(corpus, data);
  if (result.code !== 0) throw new Error(`ingest exited ${result.code}: ${result.stderr.slice(-500)}`);
  if (!options.measure) return { corpus, data };

  report.note(
    `corpus: ${written.files} documents, ${written.listings} listings, ${mb(written.bytes)} (npm run corpus -- --docs ${docs} --per 10, seed ${DEFAULT_SEED}), generated in ${ms(genMs, 0)}`,
  );
  const summary = result.stdout.split('\n').find((l) => l.startsWith('ingest:')) ?? '';
  report.note(summary.trim());
  report.budget(
    `build step, ${written.listings.toLocaleString('en-US')} listings (${mb(written.bytes)}), wall time of the CLI process`,
    result.wallMs <= 5000,
    `${(result.wallMs / 1000).toFixed(2)} s (${(result.elapsedMs / 1000).toFixed(2)} s after start-up; ${(written.bytes / 1e6 / (result.elapsedMs / 1000)).toFixed(1)} MB/s)`,
    '≤ 5 s',
  );
  const rssMb = result.maxRssKb / 1024;
  report.note(`peak RSS ${rssMb.toFixed(0)} MB for ${mb(written.bytes)} of input (${(rssMb / (written.bytes / 2 ** 20)).toFixed(1)}× the input)`);
  const progressLines = result.stderr.split('\n').filter((l) => /^ingest: \d+\/\d+ documents/.test(l.replace(/^\r/, '')));
  report.budget('progress line on stderr for a large input', progressLines.length > 0, `${progressLines.length} line(s), e.g. "${(progressLines[0] ?? '').trim()}"`, 'at least one');

  // What it wrote: every listing accounted for, and the round trip index.json → decodeIndex = jobs.json cards.
  const rep = reportSchema.parse(JSON.parse(await readFile(path.join(data, 'report.json'), 'utf8')));
  if (rep.listingsSeen !== written.listings) report.fail(`report.json listingsSeen ${rep.listingsSeen}, corpus has ${written.listings}`);
  if (rep.rejected.length > 0) report.fail(`${rep.rejected.length} listings rejected, e.g. ${JSON.stringify(rep.rejected[0])}`);
  const jobs = jobsFileSchema.parse(JSON.parse(await readFile(path.join(data, 'jobs.json'), 'utf8'))).jobs;
  const index = compactIndexSchema.parse(JSON.parse(await readFile(path.join(data, 'index.json'), 'utf8')));
  const problem = roundTripProblem(decodeIndex(index), jobs);
  if (problem !== null) report.fail(`round trip index.json → decodeIndex ≠ jobs.json: ${problem}`);
  else report.note(`round trip: index.json decodes to the ${jobs.length} cards of jobs.json, facet counts equal; ${rep.duplicates.length} duplicates, ${rep.rejected.length} rejected, ${rep.warnings.length} warnings`);
  return { corpus, data };
}
