/**
 * `npm run ingest -- --input <dir> --out <dir> [--strict] [--settings <file>]`
 *
 * Exit codes: 0 a bundle was written (warnings allowed); 1 --strict found warnings, rejections or unusable .txt
 * files (each printed as `file:line: message`, nothing written), or the build failed; 2 bad arguments, a missing
 * or unreadable input folder, an unusable settings file or an --out that is not a bundle (one line on stderr).
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { runWhenMain } from '../cli-main';
import type { Settings } from './pipeline';
import type { ProgressSink } from './progress';
import type * as Run from './workers/run';
import { mainEntry } from './workers/worker-bundle';

export const USAGE = 'usage: npm run ingest -- --input <dir> --out <dir> [--strict] [--settings <file>]';

export interface CliArgs {
  input: string;
  out: string;
  strict: boolean;
  settings: string | null;
}

export class UsageError extends Error {}

export function parseArgs(argv: readonly string[]): CliArgs {
  let input: string | null = null;
  let out: string | null = null;
  let settings: string | null = null;
  let strict = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    const eq = arg.indexOf('=');
    const name = arg.startsWith('--') && eq > 0 ? arg.slice(0, eq) : arg;
    const inline = arg.startsWith('--') && eq > 0 ? arg.slice(eq + 1) : null;
    const value = (): string => {
      if (inline !== null) return inline;
      const next = argv[i + 1];
      if (next === undefined || next.startsWith('--')) throw new UsageError(`${name} needs a value`);
      i++;
      return next;
    };
    switch (name) {
      case '--input':
        input = value();
        break;
      case '--out':
        out = value();
        break;
      case '--settings':
        settings = value();
        break;
      case '--strict':
        if (inline !== null) throw new UsageError('--strict takes no value');
        strict = true;
        break;
      default:
        throw new UsageError(`unknown argument ${arg}`);
    }
  }
  if (input === null || input === '') throw new UsageError('--input is required');
  if (out === null || out === '') throw new UsageError('--out is required');
  return { input, out, strict, settings };
}

/** Read the optional settings file. Missing is fine (defaults); unreadable or malformed is an error. */
export async function loadSettings(file: string | null): Promise<Partial<Settings>> {
  if (file === null) return {};
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return {};
    throw new UsageError(
      `settings file ${file} cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`,
    );
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new UsageError(`settings file ${file} is not valid JSON`);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
    throw new UsageError(`settings file ${file} is not a JSON object`);
  const featured = (parsed as Record<string, unknown>).featuredStory;
  if (featured !== undefined && featured !== null && typeof featured !== 'string') {
    throw new UsageError(`settings file ${file}: featuredStory must be a slug or null`);
  }
  return { featuredStory: (featured as string | null | undefined) ?? null };
}

/**
 * The pipeline, from its bundle when there is one (a faster start: one file instead of a hundred modules through
 * the TypeScript loader, see worker-bundle.ts), else through tsx. The same code either way.
 */
export async function loadRun(entry: URL | null = mainEntry()): Promise<typeof Run> {
  if (entry !== null) {
    try {
      return (await import(entry.href)) as typeof Run;
    } catch {
      // a bundle that does not load: the sources do
    }
  }
  return import('./workers/run');
}

export interface Io {
  stdout: { write(s: string): unknown };
  stderr: ProgressSink;
}

export async function main(argv: readonly string[], io: Io = process): Promise<number> {
  let args: CliArgs;
  let settings: Partial<Settings>;
  try {
    args = parseArgs(argv);
    settings = await loadSettings(args.settings);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`ingest: ${error.message}\n${USAGE}\n`);
      return 2;
    }
    throw error;
  }
  const { runIngest, InputDirError, OutDirError } = await loadRun();
  try {
    const result = await runIngest({
      input: args.input,
      out: args.out,
      strict: args.strict,
      settings,
      progress: io.stderr,
    });
    const r = result.report;
    const { workers, fromWorkers } = result.extraction;
    const threads =
      workers === 0
        ? 'main thread only'
        : `${workers} worker thread${workers === 1 ? '' : 's'} extracted ${fromWorkers} of ${r.jobsEmitted} jobs`;
    const seconds = `${(result.elapsedMs / 1000).toFixed(2)} s: read+extract ${(result.timings.extractMs / 1000).toFixed(2)} s (${threads}), validate+write ${(result.timings.writeMs / 1000).toFixed(2)}`;
    io.stdout.write(
      `ingest: ${r.documents} documents, ${r.listingsSeen} listings seen, ${r.jobsEmitted} jobs, ${r.duplicates.length} duplicates, ` +
        `${r.rejected.length} rejected, ${r.warnings.length} warnings, ${r.articles} articles` +
        (r.skippedFiles.length > 0 ? `, ${r.skippedFiles.length} files skipped` : '') +
        ` (${seconds} s)\n`,
    );
    if (result.wrote)
      io.stdout.write(
        `ingest: wrote ${path.join(args.out, '')} (details in ${path.join(args.out, 'report.json')})\n`,
      );
    if (result.exitCode !== 0) {
      for (const line of result.problems) io.stderr.write(`${line}\n`);
      io.stderr.write(`ingest: --strict: ${result.problems.length} problem(s); bundle not written\n`);
    }
    return result.exitCode;
  } catch (error) {
    if (error instanceof InputDirError || error instanceof OutDirError) {
      io.stderr.write(`ingest: ${error.message}\n`);
      return 2;
    }
    io.stderr.write(`ingest: failed: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
}

runWhenMain(import.meta.url, 'ingest', main);
