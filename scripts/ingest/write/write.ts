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
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { mkdir, readdir, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import {
  articlesFileSchema,
  jobsFileSchema,
  reportSchema,
  type ArticlesFile,
  type JobSummary,
  type JobsFile,
  type Report,
} from '../../../src/shared/bundle-schema';
import { compactIndexSchema, encodeIndex } from '../../../src/shared/compact-index';
import { firstPageSchema } from '../../../src/shared/first-page';
import { searchIndexFileSchema } from '../../../src/shared/search-index';
import { storyListOf, storyListSchema } from '../../../src/shared/story-list';
import { conformsToSummary } from './shape-checks';
import { check } from './validate';
import { BackgroundWriter } from '../workers/file-writer';
import { firstPageFor } from './first-page';
import { searchIndexFor, type SearchDocs } from './search';

export class OutDirError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'OutDirError';
  }
}

export interface BundleInput {
  generatedAt: string;
  jobs: readonly JobSummary[];
  /** Per job id: its serialised body from serialiseJobBody (unless staged). */
  bodies: ReadonlyMap<string, string>;
  articles: ArticlesFile;
  report: Report;
  /** Job files already written into the bundle's temporary folder (see BundleStaging). */
  staged?: StagedJobs;
  /** Every job's search document, analysed at extraction (otherwise they are made from the bodies). */
  searchDocs?: SearchDocs;
}

export interface StagedJobs {
  /** Per job id: the summary JSON its file starts with. */
  readonly heads: ReadonlyMap<string, string>;
  /** The body of a staged job, read back. */
  bodyOf(id: string): string | undefined;
}

export interface BundleFile {
  /** Path inside the bundle, with forward slashes. */
  name: string;
  content: string;
  /** Already in the temporary folder with exactly this content (which is then left empty): nothing to write. */
  staged?: boolean;
}

/** A job's file: its summary's fields, then its body's. */
function jobFileContent(head: string, body: string): string {
  return `${head.slice(0, -1)},${body}}\n`;
}

/** Validate everything and produce the files, in a fixed order. Throws BundleValidationError. */
export function* bundleFiles(input: BundleInput): Generator<BundleFile> {
  const jobsFile: JobsFile =
    typeof input.generatedAt === 'string' && input.jobs.every(conformsToSummary)
      ? { generatedAt: input.generatedAt, jobs: [...input.jobs] }
      : check(jobsFileSchema, { generatedAt: input.generatedAt, jobs: input.jobs }, 'jobs.json');
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
  const firstPage = check(firstPageSchema, firstPageFor(index), 'first-page.json');
  yield { name: 'first-page.json', content: `${JSON.stringify(firstPage)}\n` };
  yield { name: 'articles.json', content: `${JSON.stringify(articles)}\n` };
  // The app's files for stories: the list for cards, and one file per story for its page (articles.json, with
  // every article's whole text, grows with the pages read; a story page needs only its own).
  const stories = check(
    storyListSchema,
    storyListOf(articles.generatedAt, articles.featured, articles.articles),
    'stories.json',
  );
  yield { name: 'stories.json', content: `${JSON.stringify(stories)}\n` };
  for (const article of articles.articles)
    yield { name: `stories/${article.slug}.json`, content: `${JSON.stringify(article)}\n` };
  const bodyOf = (id: string) => input.bodies.get(id) ?? input.staged?.bodyOf(id);
  const searchIndex =
    input.searchDocs === undefined
      ? searchIndexFor(jobsFile.jobs, bodyOf)
      : input.searchDocs.indexFor(jobsFile.jobs);
  const search = check(searchIndexFileSchema, searchIndex, 'search-index.json');
  yield { name: 'search-index.json', content: `${JSON.stringify(search)}\n` };
  for (const summary of jobsFile.jobs) {
    // the summaries were validated above, with jobs.json
    const job = summary;
    const name = `jobs/${job.id}.json`;
    const head = JSON.stringify(summary);
    const stagedHead = input.staged?.heads.get(job.id);
    if (stagedHead === head) {
      yield { name, content: '', staged: true };
      continue;
    }
    // Not staged, or staged before the job's last sources were known: (re)written.
    const body =
      input.bodies.get(job.id) ?? (stagedHead === undefined ? undefined : input.staged?.bodyOf(job.id));
    if (body === undefined) throw new Error(`job ${job.id} has no body`);
    yield { name, content: jobFileContent(head, body) };
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

/** Where a bundle for `target` (absolute) is put together, and where the previous one goes while being replaced. */
function sideFolders(target: string): { tmp: string; old: string } {
  const parent = path.dirname(target);
  const base = path.basename(target);
  const stamp = `${process.pid}-${Date.now().toString(36)}`;
  return { tmp: path.join(parent, `.${base}.tmp-${stamp}`), old: path.join(parent, `.${base}.old-${stamp}`) };
}

/**
 * A bundle's temporary folder, opened while the build still runs, so that job files can be written as the jobs
 * are extracted rather than held in memory until the end. Nothing in it is final: `bundleFiles` still validates
 * everything and (re)writes any job file whose summary changed since (a duplicate found later adds a source), and
 * `writeBundleAtomically` writes the rest into the same folder and swaps it in. `discard` removes it when the build
 * stops before that. The files are written on a thread of their own (BackgroundWriter), which is drained before
 * anything reads, renames or swaps them.
 */
export class BundleStaging implements StagedJobs {
  readonly heads = new Map<string, string>();
  private readonly dirs = new Set<string>();
  private committed = false;
  /** Started with the first file; null once closed, or when no thread could be started (synchronous writes). */
  private writer: BackgroundWriter | null | undefined;

  private constructor(
    /** The absolute --out. */
    readonly target: string,
    readonly dir: string,
  ) {}

  /**
   * Null when nothing should be staged: `out` is not a bundle (refused later, as without staging) or its parent
   * folder does not exist yet (nothing is created before the end).
   */
  static async open(out: string): Promise<BundleStaging | null> {
    const target = path.resolve(out);
    try {
      await assertReplaceable(target);
      if (!(await stat(path.dirname(target))).isDirectory()) return null;
      const { tmp } = sideFolders(target);
      await mkdir(tmp);
      return new BundleStaging(target, tmp);
    } catch {
      return null;
    }
  }

  write(name: string, content: string): void {
    const full = path.join(this.dir, ...name.split('/'));
    const dir = path.dirname(full);
    if (!this.dirs.has(dir)) {
      mkdirSync(dir, { recursive: true });
      this.dirs.add(dir);
    }
    if (this.writer === undefined) this.writer = BackgroundWriter.start();
    if (this.writer !== null) this.writer.write(full, content);
    else writeFileSync(full, content);
  }

  /** Wait until every file is written (throws if one could not be). */
  drain(): void {
    this.writer?.drain();
  }

  /** Drain and stop the writer thread; later files are written synchronously. */
  finishWrites(): void {
    const writer = this.writer;
    this.writer = null;
    writer?.close();
  }

  /** Write a job's file: `head` is its summary as JSON, `body` from serialiseJobBody. */
  writeJob(id: string, head: string, body: string): void {
    this.write(`jobs/${id}.json`, jobFileContent(head, body));
    this.heads.set(id, head);
  }

  /**
   * A job placed earlier took another id (see IdClaims). Its file moves; its head is kept as written, so the end
   * of the build sees that the summary changed and rewrites the file with the new id.
   */
  renameJob(from: string, to: string): void {
    const head = this.heads.get(from);
    if (head === undefined) return;
    this.drain(); // its file may still be queued
    renameSync(path.join(this.dir, 'jobs', `${from}.json`), path.join(this.dir, 'jobs', `${to}.json`));
    this.heads.delete(from);
    this.heads.set(to, head);
  }

  bodyOf(id: string): string | undefined {
    const head = this.heads.get(id);
    if (head === undefined) return undefined;
    this.drain();
    const content = readFileSync(path.join(this.dir, 'jobs', `${id}.json`), 'utf8');
    return content.slice(head.length, -2); // see jobFileContent
  }

  /** The folder became the bundle (see writeBundleAtomically). */
  markCommitted(): void {
    this.committed = true;
  }

  async discard(): Promise<void> {
    try {
      this.finishWrites();
    } catch {
      // a file that could not be written: the folder goes anyway
    }
    if (!this.committed) await rm(this.dir, { recursive: true, force: true });
  }
}

/**
 * Write files into a fresh folder beside `out` (or the staging folder, with what it already holds), then swap it
 * in. `files` is consumed lazily, so a validation error thrown while iterating aborts the write and leaves `out` as
 * it was.
 */
export async function writeBundleAtomically(
  out: string,
  files: Iterable<BundleFile>,
  staging: BundleStaging | null = null,
): Promise<number> {
  const target = path.resolve(out);
  const parent = path.dirname(target);
  await assertReplaceable(target);
  await mkdir(parent, { recursive: true });
  const folders = sideFolders(target);
  const stage = staging !== null && staging.target === target ? staging : null;
  const tmp = stage?.dir ?? folders.tmp;
  const { old } = folders;
  if (stage === null) await mkdir(tmp);
  let count = 0;
  try {
    // Synchronous writes: for thousands of small files they beat the thread pool's round trips by far.
    const dirs = new Set<string>();
    for (const file of files) {
      if (file.staged === true) {
        if (stage === null) throw new Error(`${file.name} is staged, but not for ${out}`);
        count++;
        continue;
      }
      // The staged files still queued are written first: one of them may be about to be rewritten here. Until
      // now (validation, the indexes) they were written alongside.
      stage?.finishWrites();
      const full = path.join(tmp, ...file.name.split('/'));
      const dir = path.dirname(full);
      if (!dirs.has(dir)) {
        mkdirSync(dir, { recursive: true });
        dirs.add(dir);
      }
      writeFileSync(full, file.content);
      count++;
    }
    stage?.finishWrites(); // every staged file on disk before the folder becomes the bundle
  } catch (error) {
    try {
      stage?.finishWrites(); // nothing may still be writing into the folder while it is removed
    } catch {
      // the error that matters is the one being thrown
    }
    await rm(tmp, { recursive: true, force: true });
    throw error;
  }
  const hadOld = await exists(target);
  try {
    if (hadOld) await rename(target, old);
    await rename(tmp, target);
    stage?.markCommitted();
  } catch (error) {
    if (hadOld && !(await exists(target)) && (await exists(old))) await rename(old, target);
    await rm(tmp, { recursive: true, force: true });
    throw error;
  }
  // Synchronous, like the writes: thousands of unlinks through the thread pool contend with each other.
  if (hadOld) rmSync(old, { recursive: true, force: true });
  return count;
}
