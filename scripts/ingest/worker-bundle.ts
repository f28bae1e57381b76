/**
 * The extraction worker's entry as plain JavaScript, so that a worker starts in tens of milliseconds instead of
 * about half a second: a worker does not inherit the main thread's TypeScript loader, and registering tsx in each
 * one, then resolving and loading every module through it, is what costs (extract-worker.mjs, the fallback).
 *
 * The worker's modules are bundled with esbuild into one file, once, under node_modules/.cache/summit-ingest/,
 * next to a manifest that lists the files it was made from and a hash of their contents. Later builds hash those
 * files again (a few milliseconds) and reuse the bundle while nothing changed; an edit to any of them, an added
 * import included (it changes the importing file), makes a new bundle. Files are written under a temporary name and
 * renamed, so concurrent builds (parallel tests) never see half a file. Anything going wrong (no esbuild, a
 * read-only node_modules) falls back to the tsx entry: slower to start, the same results.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type * as EsbuildApi from 'esbuild';

/** Bump when the bundling below changes in a way the inputs' hash cannot see. */
const FORMAT = 1;

interface Manifest {
  format: number;
  esbuild: string;
  /** The bundle's inputs, relative to the repository root, as esbuild's metafile lists them. */
  inputs: string[];
  hash: string;
  bundle: string;
}

/** What a bundle is built from and where it goes (parameters for tests). */
export interface WorkerBundleOptions {
  /** The worker's TypeScript entry. */
  entry: string;
  /** The repository root: inputs are listed relative to it. */
  root: string;
  /** Where bundles and their manifest are kept. */
  cacheDir: string;
}

const here = path.dirname(fileURLToPath(import.meta.url));

export const DEFAULT_WORKER_BUNDLE: WorkerBundleOptions = {
  entry: path.join(here, 'extract-worker.ts'),
  root: path.resolve(here, '..', '..'),
  cacheDir: path.resolve(here, '..', '..', 'node_modules', '.cache', 'summit-ingest'),
};

/** The slow but dependable entry: registers tsx in the worker, then imports extract-worker.ts. */
export const TSX_WORKER_ENTRY = new URL('./extract-worker.mjs', import.meta.url);

/** sha256 over the inputs' names and contents, with the format and esbuild version; null if one is unreadable. */
export function inputsHash(root: string, inputs: readonly string[], esbuildVersion: string): string | null {
  const hash = createHash('sha256').update(`${FORMAT}\0${esbuildVersion}\0`);
  try {
    for (const input of inputs)
      hash
        .update(`${input}\0`)
        .update(readFileSync(path.join(root, input)))
        .update('\0');
  } catch {
    return null;
  }
  return hash.digest('hex');
}

function writeAtomically(file: string, content: string): void {
  const tmp = `${file}.${process.pid}-${Math.random().toString(36).slice(2)}.tmp`;
  writeFileSync(tmp, content);
  renameSync(tmp, file);
}

type Esbuild = typeof EsbuildApi;

/** The cached bundle's URL when it is still up to date, else null. */
function cachedBundle(options: WorkerBundleOptions, esbuild: Esbuild): URL | null {
  const manifestFile = path.join(options.cacheDir, 'extract-worker.json');
  let manifest: Manifest;
  try {
    manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as Manifest;
  } catch {
    return null;
  }
  if (manifest.format !== FORMAT || manifest.esbuild !== esbuild.version) return null;
  if (inputsHash(options.root, manifest.inputs, esbuild.version) !== manifest.hash) return null;
  const bundle = path.join(options.cacheDir, manifest.bundle);
  return existsSync(bundle) ? pathToFileURL(bundle) : null;
}

/** Bundle the worker afresh and record what it was made from. */
function buildBundle(options: WorkerBundleOptions, esbuild: Esbuild): URL {
  const result = esbuild.buildSync({
    entryPoints: [options.entry],
    absWorkingDir: options.root,
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    write: false,
    metafile: true,
    logLevel: 'silent',
    // Never run in the worker, but reachable from its imports (this module, through extract-pool.ts).
    external: ['esbuild'],
  });
  const code = result.outputFiles[0]?.text;
  if (code === undefined) throw new Error('esbuild produced no output');
  const inputs = Object.keys(result.metafile.inputs).sort();
  const hash = inputsHash(options.root, inputs, esbuild.version);
  if (hash === null) throw new Error('an input of the worker bundle cannot be read');
  const bundle = `extract-worker-${hash.slice(0, 16)}.mjs`;
  mkdirSync(options.cacheDir, { recursive: true });
  writeAtomically(path.join(options.cacheDir, bundle), code);
  const manifest: Manifest = { format: FORMAT, esbuild: esbuild.version, inputs, hash, bundle };
  writeAtomically(
    path.join(options.cacheDir, 'extract-worker.json'),
    `${JSON.stringify(manifest, null, 2)}\n`,
  );
  return pathToFileURL(path.join(options.cacheDir, bundle));
}

let resolved: URL | null = null;

/**
 * The URL to start extraction workers from: the bundled worker (built now if missing or stale), or the tsx entry
 * when bundling is not possible. Decided once per process.
 */
export function workerEntry(options: WorkerBundleOptions = DEFAULT_WORKER_BUNDLE): URL {
  if (options === DEFAULT_WORKER_BUNDLE && resolved !== null) return resolved;
  let entry: URL;
  try {
    // Loaded only here: a build that starts no workers never pays for it.
    const esbuild = createRequire(import.meta.url)('esbuild') as Esbuild;
    entry = cachedBundle(options, esbuild) ?? buildBundle(options, esbuild);
  } catch {
    entry = TSX_WORKER_ENTRY;
  }
  if (options === DEFAULT_WORKER_BUNDLE) resolved = entry;
  return entry;
}
