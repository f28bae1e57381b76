/**
 * `npm run corpus -- --docs 1000 --per 10 --out <dir> [--seed S] [--duplicates 0.03]`: writes a synthetic corpus in
 * the input format, one file per document (`corpus_00000.txt`, …), streaming: one document in memory at a time.
 * Earlier `corpus_*.txt` files in the folder are removed first so that a smaller run never leaves stale documents.
 */
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { DEFAULT_SEED, generateCorpus } from './generate';

const USAGE = 'usage: npm run corpus -- --docs N --per N --out DIR [--seed S] [--duplicates RATE]';

export interface CliOptions {
  docs: number;
  per: number;
  out: string;
  seed: number;
  duplicateRate: number;
}

export function parseArgs(argv: readonly string[]): CliOptions {
  const values = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (!arg.startsWith('--')) throw new Error(`unexpected argument "${arg}"`);
    const eq = arg.indexOf('=');
    if (eq !== -1) values.set(arg.slice(2, eq), arg.slice(eq + 1));
    else {
      const next = argv[i + 1];
      if (next === undefined || next.startsWith('--')) throw new Error(`${arg} needs a value`);
      values.set(arg.slice(2), next);
      i++;
    }
  }
  for (const key of values.keys()) {
    if (!['docs', 'per', 'out', 'seed', 'duplicates'].includes(key))
      throw new Error(`unknown option --${key}`);
  }
  const int = (key: string, fallback?: number): number => {
    const raw = values.get(key);
    if (raw === undefined) {
      if (fallback === undefined) throw new Error(`--${key} is required`);
      return fallback;
    }
    if (!/^\d+$/.test(raw)) throw new Error(`--${key} must be a non-negative integer, got "${raw}"`);
    return Number(raw);
  };
  const out = values.get('out');
  if (out === undefined || out === '') throw new Error('--out is required');
  const duplicateRate = Number(values.get('duplicates') ?? '0.03');
  if (!(duplicateRate >= 0 && duplicateRate <= 1)) throw new Error('--duplicates must be between 0 and 1');
  return { docs: int('docs'), per: int('per'), out, seed: int('seed', DEFAULT_SEED), duplicateRate };
}

export async function writeCorpus(
  options: CliOptions,
  progress?: (line: string) => void,
): Promise<{ files: number; listings: number; bytes: number }> {
  await mkdir(options.out, { recursive: true });
  for (const name of await readdir(options.out)) {
    if (/^corpus_\d+\.txt$/.test(name)) await rm(path.join(options.out, name));
  }
  let files = 0;
  let listings = 0;
  let bytes = 0;
  const every = Math.max(1, Math.floor(options.docs / 10));
  for (const doc of generateCorpus({
    docs: options.docs,
    per: options.per,
    seed: options.seed,
    duplicateRate: options.duplicateRate,
  })) {
    const data = Buffer.from(doc.text, 'utf8');
    await writeFile(path.join(options.out, doc.name), data);
    files++;
    listings += doc.listings.length;
    bytes += data.length;
    if (progress !== undefined && options.docs >= 200 && files % every === 0) {
      progress(`corpus: ${files}/${options.docs} documents, ${(bytes / 1e6).toFixed(1)} MB`);
    }
  }
  return { files, listings, bytes };
}

async function main(): Promise<void> {
  let options: CliOptions;
  try {
    options = parseArgs(process.argv.slice(2));
  } catch (error) {
    console.error(`corpus: ${(error as Error).message}\n${USAGE}`);
    process.exit(2);
  }
  const started = performance.now();
  const result = await writeCorpus(options, (line) => process.stderr.write(`${line}\n`));
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `corpus: wrote ${result.files} documents, ${result.listings} listings, ${(result.bytes / 1e6).toFixed(1)} MB to ${options.out} (seed ${options.seed}) in ${seconds} s`,
  );
}

const invokedDirectly =
  process.argv[1] !== undefined && path.resolve(process.argv[1]) === path.resolve(import.meta.filename ?? '');
if (invokedDirectly) await main();
