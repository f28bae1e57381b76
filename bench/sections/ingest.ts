/**
 * Section c: the build step at 10,000 listings (≈ 50 MB): generate the corpus, run the ingest CLI in a fresh
 * process, and check what it wrote — every listing accounted for, and the compact index decodes to exactly the
 * cards of jobs.json with the same facet counts (the round trip at scale).
 */
import { spawn } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { availableParallelism, loadavg } from 'node:os';
import path from 'node:path';
import { writeCorpus } from '../../scripts/corpus/cli';
import { DEFAULT_SEED } from '../../scripts/corpus/generate';
import { roundTripProblem } from '../../scripts/corpus/roundtrip';
import { jobsFileSchema, reportSchema } from '../../src/shared/bundle-schema';
import { compactIndexSchema, decodeIndex } from '../../src/shared/compact-index';
import { mb, ms } from '../lib/measure';
import type { Report } from '../lib/report';
import { REPO } from '../lib/site';

export interface IngestSectionOptions {
  work: string;
  listings: number;
  /** false: only produce the corpus and bundle (for the browser section), no budget lines. */
  measure: boolean;
}

export interface Bundle {
  corpus: string;
  data: string;
  /** Wall time of the build step's CLI on the corpus, when measured (the first step of `npm run build`). */
  ingestMs?: number;
}

interface ChildResult {
  code: number;
  wallMs: number;
  elapsedMs: number;
  maxRssKb: number;
  userMs: number;
  sysMs: number;
  stdout: string;
  stderr: string;
}

export function runIngestProcess(input: string, out: string): Promise<ChildResult> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', path.join(REPO, 'bench', 'ingest-child.ts'), '--input', input, '--out', out],
      {
        cwd: REPO,
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      const wallMs = performance.now() - t0;
      const last = stdout.trim().split('\n').pop() ?? '';
      try {
        const parsed = JSON.parse(last) as Omit<ChildResult, 'wallMs' | 'stdout' | 'stderr'>;
        resolve({ ...parsed, wallMs, stdout, stderr });
      } catch {
        reject(new Error(`ingest exited ${code}: ${stderr.trim().split('\n').slice(-3).join(' / ')}`));
      }
    });
  });
}

export async function ingestSection(report: Report, options: IngestSectionOptions): Promise<Bundle> {
  if (options.measure)
    report.heading(`c. Build step at ${options.listings.toLocaleString('en-US')} listings`);
  const corpus = path.join(options.work, 'corpus');
  const data = path.join(options.work, 'data');
  const docs = Math.ceil(options.listings / 10);
  const t0 = performance.now();
  const written = await writeCorpus({ docs, per: 10, out: corpus, seed: DEFAULT_SEED, duplicateRate: 0.03 });
  const genMs = performance.now() - t0;
  const fileCost = options.measure ? await fileCreationCost(path.join(options.work, 'fs-probe')) : null;
  // The machine is shared: the wall time means little without how busy it was.
  const load = `load ${(loadavg()[0] ?? 0).toFixed(2)} on ${availableParallelism()} cores`;
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
    `${(result.wallMs / 1000).toFixed(2)} s (${(result.elapsedMs / 1000).toFixed(2)} s after start-up; ${(written.bytes / 1e6 / (result.elapsedMs / 1000)).toFixed(1)} MB/s; CPU user ${(result.userMs / 1000).toFixed(2)} s, sys ${(result.sysMs / 1000).toFixed(2)} s; ${load})`,
    '≤ 5 s',
  );
  if (fileCost !== null) report.note(describeFileCost(fileCost));
  const rssMb = (result.maxRssKb * 1024) / 1e6;
  report.note(
    `peak RSS ${rssMb.toFixed(0)} MB for ${mb(written.bytes)} of input (${((result.maxRssKb * 1024) / written.bytes).toFixed(1)}× the input)`,
  );
  const progressLines = result.stderr
    .split('\n')
    .filter((l) => /^ingest: \d+\/\d+ documents/.test(l.replace(/^\r/, '')));
  report.budget(
    'progress line on stderr for a large input',
    progressLines.length > 0,
    `${progressLines.length} line(s), e.g. "${(progressLines[0] ?? '').trim()}"`,
    'at least one',
  );

  // What it wrote: every listing accounted for, and the round trip index.json → decodeIndex = jobs.json cards.
  const rep = reportSchema.parse(JSON.parse(await readFile(path.join(data, 'report.json'), 'utf8')));
  if (rep.listingsSeen !== written.listings)
    report.fail(`report.json listingsSeen ${rep.listingsSeen}, corpus has ${written.listings}`);
  if (rep.rejected.length > 0)
    report.fail(`${rep.rejected.length} listings rejected, e.g. ${JSON.stringify(rep.rejected[0])}`);
  const jobs = jobsFileSchema.parse(JSON.parse(await readFile(path.join(data, 'jobs.json'), 'utf8'))).jobs;
  const index = compactIndexSchema.parse(JSON.parse(await readFile(path.join(data, 'index.json'), 'utf8')));
  const problem = roundTripProblem(decodeIndex(index), jobs);
  if (problem !== null) report.fail(`round trip index.json → decodeIndex ≠ jobs.json: ${problem}`);
  else
    report.note(
      `round trip: index.json decodes to the ${jobs.length} cards of jobs.json, facet counts equal; ${rep.duplicates.length} duplicates, ${rep.rejected.length} rejected, ${rep.warnings.length} warnings`,
    );
  return { corpus, data, ingestMs: result.wallMs };
}

const PROBE_FILES = 300;
/** Above this, file creation is the slow kind described in fileCreationCost (measured: settled ~75 µs, slow 500–950). */
const SLOW_FILE_US = 300;

/**
 * What creating one small file costs on the bench's file system just now, in µs of system CPU (the bundle is one
 * file per job, so ~10,000 of them). On an ext4 without a journal (this machine's) the inode allocator skips
 * recently deleted inodes, one lookup each, for a minute or two after many files were deleted — e.g. by the
 * previous bench run's clean-up — and every file created then costs 10–20× more system time. The probe's files are
 * left for the work folder's clean-up so that it deletes nothing before the build runs.
 */
async function fileCreationCost(dir: string): Promise<number> {
  await mkdir(dir, { recursive: true });
  const body = 'x'.repeat(2000);
  const before = process.cpuUsage();
  for (let i = 0; i < PROBE_FILES; i++) await writeFile(path.join(dir, `${i}.json`), body);
  return process.cpuUsage(before).system / PROBE_FILES;
}

function describeFileCost(us: number): string {
  const base = `file creation just before the build: ${us.toFixed(0)} µs of system CPU per file (${PROBE_FILES} files)`;
  if (us < SLOW_FILE_US) return `${base}, the file system is settled`;
  return `${base}: SLOW — many files were deleted in the last minutes (e.g. by a previous bench run's clean-up), and the build's job files (one per job) pay for it in system time; for the build's own figure, run again when nothing has been deleted for some minutes (with --keep a run leaves its files, so the next run is not slowed by their deletion)`;
}
