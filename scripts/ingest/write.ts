/**
 * Stage 8: validate and write the bundle atomically.
 *
 * Everything is validated with the zod schemas the app reads (src/shared/bundle-schema.ts, compact-index.ts)
 * before anything touches --out. Files are written into a temporary folder beside --out, then swapped in with two
 * renames (old bundle aside, new bundle in) and the old one removed. If anything fails before the swap, the
 * temporary folder is removed and the previous bundle is untouched; if the second rename fails, the old bundle is
 * renamed back. An existing non-empty --out without a report.json is refused rather than replaced, so a mistyped
 * --out can never delete an unrelated folder.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { mkdir, readdir, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import * as z from 'zod/mini';
import {
  articlesFileSchema,
  jobFactsSchema,
  jobsFileSchema,
  reportSchema,
  sectionSchema,
  type ArticlesFile,
  type JobSummary,
  type Report,
} from '../../src/shared/bundle-schema';
import { compactIndexSchema, encodeIndex } from '../../src/shared/compact-index';

export class OutDirError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'OutDirError';
  }
}

export class BundleValidationError extends Error {
  constructor(what: string, error: z.core.$ZodError) {
    super(`${what} does not match the bundle schema: ${z.prettifyError(error)}`);
    this.name = 'BundleValidationError';
  }
}

function check<T>(schema: z.ZodMiniType<T>, value: unknown, what: string): T {
  const result = schema.safeParse(value);
  if (!result.success) throw new BundleValidationError(what, result.error);
  return result.data;
}

export const jobBodySchema = z.object({ sections: z.array(sectionSchema), facts: jobFactsSchema });
export type JobBody = z.infer<typeof jobBodySchema>;

/** Serialise a job's body once, at extraction time, after validating it (details are held as JSON until written). */
export function serialiseJobBody(body: JobBody, id: string): string {
  check(jobBodySchema, body, `job ${id} (sections/facts)`);
  const json = JSON.stringify(body);
  return json.slice(1, -1); // `"sections":[…],"facts":{…}` — spliced after the summary fields
}

export interface BundleInput {
  generatedAt: string;
  jobs: readonly JobSummary[];
  /** Per job id: its serialised body from serialiseJobBody. */
  bodies: ReadonlyMap<string, string>;
  articles: ArticlesFile;
  report: Report;
}

export interface BundleFile {
  /** Path inside the bundle, with forward slashes. */
  name: string;
  content: string;
}

/** Validate everything and produce the files, in a fixed order. Throws BundleValidationError. */
export function* bundleFiles(input: BundleInput): Generator<BundleFile> {
  const jobsFile = check(jobsFileSchema, { generatedAt: input.generatedAt, jobs: input.jobs }, 'jobs.json');
  const index = check(compactIndexSchema, encodeIndex(input.jobs, input.generatedAt), 'index.json');
  const articles = check(articlesFileSchema, input.articles, 'articles.json');
  const report = check(reportSchema, input.report, 'report.json');
  const ids = new Set<string>();
  for (const job of input.jobs) {
    if (ids.has(job.id)) throw new Error(`duplicate job id ${job.id}`);
    ids.add(job.id);
  }
  yield { name: 'jobs.json', content: `${JSON.stringify(jobsFile)}\n` };
  yield { name: 'index.json', content: `${JSON.stringify(index)}\n` };
  yield { name: 'articles.json', content: `${JSON.stringify(articles)}\n` };
  for (const summary of jobsFile.jobs) {
    // the summaries were validated above, with jobs.json
    const job = summary;
    const body = input.bodies.get(job.id);
    if (body === undefined) throw new Error(`job ${job.id} has no body`);
    const head = JSON.stringify(summary);
    yield { name: `jobs/${job.id}.json`, content: `${head.slice(0, -1)},${body}}\n` };
  }
  yield { name: 'report.json', content: `${JSON.stringify(report, null, 2)}\n` };
}

async function exists(p: string): Promise<boolean> {
  try {
    await stat(p);
    return true;
  } catch {
    return false;
  }
}

/** Refuse to replace something that is not a previous bundle. */
export async function assertReplaceable(out: string): Promise<void> {
  let info;
  try {
    info = await stat(out);
  } catch {
    return;
  }
  if (!info.isDirectory()) throw new OutDirError(`output ${out} exists and is not a folder`);
  const entries = await readdir(out);
  if (entries.length > 0 && !entries.includes('report.json')) {
    throw new OutDirError(
      `refusing to replace ${out}: it is not empty and holds no report.json (not a bundle)`,
    );
  }
}

/**
 * Write files into a fresh folder beside `out`, then swap it in. `files` is consumed lazily, so a validation error
 * thrown while iterating aborts the write and leaves `out` as it was.
 */
export async function writeBundleAtomically(out: string, files: Iterable<BundleFile>): Promise<number> {
  const target = path.resolve(out);
  const parent = path.dirname(target);
  const base = path.basename(target);
  await assertReplaceable(target);
  await mkdir(parent, { recursive: true });
  const stamp = `${process.pid}-${Date.now().toString(36)}`;
  const tmp = path.join(parent, `.${base}.tmp-${stamp}`);
  const old = path.join(parent, `.${base}.old-${stamp}`);
  await mkdir(tmp);
  let count = 0;
  try {
    // Synchronous writes: for thousands of small files they beat the thread pool's round trips by far.
    const dirs = new Set<string>();
    for (const file of files) {
      const full = path.join(tmp, ...file.name.split('/'));
      const dir = path.dirname(full);
      if (!dirs.has(dir)) {
        mkdirSync(dir, { recursive: true });
        dirs.add(dir);
      }
      writeFileSync(full, file.content);
      count++;
    }
  } catch (error) {
    await rm(tmp, { recursive: true, force: true });
    throw error;
  }
  const hadOld = await exists(target);
  try {
    if (hadOld) await rename(target, old);
    await rename(tmp, target);
  } catch (error) {
    if (hadOld && !(await exists(target)) && (await exists(old))) await rename(old, target);
    await rm(tmp, { recursive: true, force: true });
    throw error;
  }
  // Synchronous, like the writes: thousands of unlinks through the thread pool contend with each other.
  if (hadOld) rmSync(old, { recursive: true, force: true });
  return count;
}
