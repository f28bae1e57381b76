/**
 * The build step's entries as plain JavaScript, so that they start in tens of milliseconds instead of about half a
 * second: loading each of a hundred modules (ours and zod's) through the TypeScript loader is what costs.
 * - The extraction worker (`workerEntry`): a worker does not inherit the main thread's loader, and registering tsx
 *   in each one is slower still (extract-worker.mjs, the fallback).
 * - The main thread's pipeline (`mainEntry`, loaded by cli.ts): the CLI module itself goes through tsx, the rest
 *   is one file.
 *
 * Each is bundled with esbuild into one file, once, under node_modules/.cache/summit-ingest/, next to a manifest
 * that lists the files it was made from and a hash of their contents. Later builds hash those files again (a few
 * milliseconds) and reuse the bundle while nothing changed; an edit to any of them, an added import included (it
 * changes the importing file), makes a new bundle. Files are written under a temporary name and renamed, so
 * concurrent builds (parallel tests) never see half a file. Anything going wrong (no esbuild, a read-only
 * node_modules) falls back to loading the TypeScript through tsx: slower to start, the same results.
 *
 * `import.meta.url` in a bundle is the entry's URL (esbuild leaves it alone otherwise, and it would name the cache
 * folder): right for the modules beside the entry, which find their neighbours with it (file-writer.ts,
 * this module). A bundle whose other inputs use `import.meta` is refused and the fallback used.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type * as EsbuildApi from 'esbuild';

/** Bump when the bundling below changes in a way the inputs' hash cannot see. */
const FORMAT = 2;

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
  /** The TypeScript entry. Its name without the extension names the bundle and its manifest. */
  entry: string;
  /** The repository root: inputs are listed relative to it. */
  root: string;
  /** Where bundles and their manifest are kept. */
  cacheDir: string;
}

const here = path.dirname(fileURLToPath(import.meta.url));

export const DEFAULT_WORKER_BUNDLE: WorkerBundleOptions = {
  entry: path.join(here, 'extract-worker.ts'),
  root: path.resolve(here, '..', '..', '..'),
  cacheDir: path.resolve(here, '..', '..', '..', 'node_modules', '.cache', 'summit-ingest'),
};

/** The pipeline as cli.ts runs it (run.ts: runIngest and the errors the CLI tells apart). */
export const DEFAULT_MAIN_BUNDLE: WorkerBundleOptions = {
  ...DEFAULT_WORKER_BUNDLE,
  entry: path.join(here, 'run.ts'),
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

const nameOf = (options: WorkerBundleOptions) => path.basename(options.entry).replace(/\.[cm]?tsx?$/, '');

/** The installed esbuild's version, from its package.json: loading esbuild itself is only needed to build. */
function esbuildVersion(): string {
  const require = createRequire(import.meta.url);
  const pkg = JSON.parse(readFileSync(require.resolve('esbuild/package.json'), 'utf8')) as {
    version: string;
  };
  return pkg.version;
}

/** The cached bundle's URL when it is still up to date, else null. */
function cachedBundle(options: WorkerBundleOptions, version: string): URL | null {
  const manifestFile = path.join(options.cacheDir, `${nameOf(options)}.json`);
  let manifest: Manifest;
  try {
    manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as Manifest;
  } catch {
    return null;
  }
  if (manifest.format !== FORMAT || manifest.esbuild !== version) return null;
  if (inputsHash(options.root, manifest.inputs, version) !== manifest.hash) return null;
  const bundle = path.join(options.cacheDir, manifest.bundle);
  return existsSync(bundle) ? pathToFileURL(bundle) : null;
}

/** Bundle the entry afresh and record what it was made from. */
function buildBundle(options: WorkerBundleOptions, version: string): URL {
  const esbuild = createRequire(import.meta.url)('esbuild') as Esbuild;
  if (esbuild.version !== version) throw new Error('esbuild changed while it was loaded');
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
    // Never run from a bundle (it is what makes them), but reachable from its imports (this module).
    external: ['esbuild'],
    define: { 'import.meta.url': JSON.stringify(pathToFileURL(options.entry).href) },
  });
  const code = result.outputFiles[0]?.text;
  if (code === undefined) throw new Error('esbuild produced no output');
  const inputs = Object.keys(result.metafile.inputs).sort();
  const entryDir = path.dirname(options.entry);
  for (const input of inputs) {
    const file = path.join(options.root, input);
    if (path.dirname(file) !== entryDir && readFileSync(file, 'utf8').includes('import.meta'))
      throw new Error(`${input} uses import.meta, which the bundle would get wrong`);
  }
  const hash = inputsHash(options.root, inputs, version);
  if (hash === null) throw new Error('an input of the bundle cannot be read');
  const name = nameOf(options);
  const bundle = `${name}-${hash.slice(0, 16)}.mjs`;
  mkdirSync(options.cacheDir, { recursive: true });
  writeAtomically(path.join(options.cacheDir, bundle), code);
  const manifest: Manifest = { format: FORMAT, esbuild: version, inputs, hash, bundle };
  writeAtomically(path.join(options.cacheDir, `${name}.json`), `${JSON.stringify(manifest, null, 2)}\n`);
  return pathToFileURL(path.join(options.cacheDir, bundle));
}

/** The bundle of `options.entry`, up to date (built now if missing or stale), or null when it cannot be made. */
export function bundledEntry(options: WorkerBundleOptions): URL | null {
  try {
    const version = esbuildVersion();
    return cachedBundle(options, version) ?? buildBundle(options, version);
  } catch {
    return null;
  }
}

let resolved: URL | null = null;

/**
 * The URL to start extraction workers from: the bundled worker (built now if missing or stale), or the tsx entry
 * when bundling is not possible. Decided once per process.
 */
export function workerEntry(options: WorkerBundleOptions = DEFAULT_WORKER_BUNDLE): URL {
  if (options === DEFAULT_WORKER_BUNDLE && resolved !== null) return resolved;
  const entry = bundledEntry(options) ?? TSX_WORKER_ENTRY;
  if (options === DEFAULT_WORKER_BUNDLE) resolved = entry;
  return entry;
}

/** The bundled pipeline for cli.ts (see DEFAULT_MAIN_BUNDLE), or null: then it imports run.ts through tsx. */
export function mainEntry(options: WorkerBundleOptions = DEFAULT_MAIN_BUNDLE): URL | null {
  return bundledEntry(options);
}
