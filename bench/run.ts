/**
 * `npm run bench`: every scale and speed figure in one run, each budget marked ✔ met / ✖ missed.
 *
 *   a. facet engine vs itemsjs, Orama, MiniSearch, FlexSearch and Array.filter at 1k / 10k / 50k / 100k jobs
 *   b. keyword search vs MiniSearch and FlexSearch over 10k descriptions
 *   c. the build step's throughput at 10,000 listings (≈ 50 MB)
 *   d. the built site at 10,000 jobs in Chromium: first view, bytes, click and keystroke latency, Event Timing;
 *      and the same clicks at 100,000 jobs
 *   e. Lighthouse, mobile preset: three runs a page, about 15 s each
 *
 * Options: --only a,c (sections), --skip d, --quick (no 100k jobs, no Lighthouse: about 2 minutes),
 * --queries N (facet queries per size, default 150), --json FILE (save the run), --keep (keep the temp folder).
 * --no-prerender: the site without its pre-rendered pages (every URL gets the static shell), for a before figure.
 * --full and --lighthouse are accepted and change nothing (both are the default).
 * Exit code 1 when any engine disagrees with the reference or a section fails to run; missed budgets are reported,
 * not fatal (they are measurements on a shared machine).
 *
 * Memory figures need --expose-gc: without it, the script re-launches itself under `node --expose-gc --import tsx`.
 */
import { spawnSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import path from 'node:path';
import { hasGc } from './lib/measure';
import { Report } from './lib/report';
import { browserSection } from './sections/browser';
import { engineSection } from './sections/engine';
import { ingestSection, type Bundle } from './sections/ingest';
import { searchSection } from './sections/search';

export interface BenchOptions {
  sections: Set<string>;
  full: boolean;
  lighthouse: boolean;
  queries: number;
  json: string | null;
  keep: boolean;
  /** Pre-render the 10k site's pages, as `npm run build` does (--no-prerender: the shell only). */
  prerender: boolean;
}

export function parseBenchArgs(argv: readonly string[]): BenchOptions {
  const all = ['a', 'b', 'c', 'd', 'e'];
  let sections = new Set(all);
  // Everything by default: every budget of issue 5 in one run (about 4 minutes on a quiet 2-core machine).
  const options: BenchOptions = {
    sections,
    full: true,
    lighthouse: true,
    queries: 150,
    json: null,
    keep: false,
    prerender: true,
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${arg} needs a value`);
      return v;
    };
    // --full and --lighthouse are the defaults now; still accepted, so older command lines keep working.
    if (arg === '--full' || arg === '--lighthouse') continue;
    else if (arg === '--quick') {
      options.full = false;
      options.lighthouse = false;
    } else if (arg === '--keep') options.keep = true;
    else if (arg === '--no-prerender') options.prerender = false;
    else if (arg === '--only')
      sections = new Set(
        value()
          .split(',')
          .map((s) => s.trim()),
      );
    else if (arg === '--skip') for (const s of value().split(',')) sections.delete(s.trim());
    else if (arg === '--queries') options.queries = Number(value());
    else if (arg === '--json') options.json = value();
    else throw new Error(`unknown option ${arg}`);
  }
  if (!options.lighthouse) sections.delete('e');
  options.sections = sections;
  return options;
}

function relaunchWithGc(): never {
  const script = path.resolve(import.meta.dirname ?? 'bench', 'run.ts');
  const result = spawnSync(
    process.execPath,
    ['--expose-gc', '--import', 'tsx', script, ...process.argv.slice(2)],
    {
      stdio: 'inherit',
      env: { ...process.env, SUMMIT_BENCH_CHILD: '1' },
    },
  );
  process.exit(result.status ?? 1);
}

function machine(): string {
  const cpu = cpus();
  const load = loadavg()
    .map((l) => l.toFixed(1))
    .join(' ');
  return `${cpu.length} × ${cpu[0]?.model ?? 'CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GB RAM, node ${process.version}, ${process.platform}, load average ${load}`;
}

async function main(): Promise<void> {
  if (!hasGc() && process.env.SUMMIT_BENCH_CHILD === undefined) relaunchWithGc();
  let options: BenchOptions;
  try {
    options = parseBenchArgs(process.argv.slice(2));
  } catch (error) {
    console.error(`bench: ${(error as Error).message}`);
    process.exit(2);
  }
  const report = new Report();
  const started = Date.now();
  console.log(`Summit benchmarks — ${new Date().toISOString()} — ${machine()}`);
  if (!hasGc()) report.note('(no --expose-gc: heap figures are rough)');
  const work = await mkdtemp(path.join(tmpdir(), 'summit-bench-'));
  const crashed: string[] = [];
  const guard = async (name: string, run: () => Promise<void>) => {
    try {
      await run();
    } catch (error) {
      crashed.push(name);
      report.fail(`section ${name} crashed: ${(error as Error).stack ?? String(error)}`);
    }
  };
  try {
    const s = options.sections;
    const sizes = [1_000, 10_000, 50_000, ...(options.full ? [100_000] : [])];
    if (s.has('a'))
      await guard('a', () => engineSection(report, { sizes, queries: options.queries, budgetMs: 3000 }));
    if (s.has('b'))
      await guard('b', () => searchSection(report, { docs: 10_000, queries: 120, budgetMs: 3000 }));
    // c builds the 10k corpus and bundle that d and e serve.
    let bundle: Bundle | null = null;
    if (s.has('c') || s.has('d') || s.has('e')) {
      await guard('c', async () => {
        bundle = await ingestSection(report, { work, listings: 10_000, measure: s.has('c') });
      });
    }
    if (s.has('d') || s.has('e')) {
      await guard(s.has('d') ? 'd' : 'e', () =>
        browserSection(report, {
          work,
          bundle,
          full: options.full,
          measure: s.has('d'),
          lighthouse: options.lighthouse,
          prerender: options.prerender,
        }),
      );
    }
  } finally {
    if (!options.keep) await rm(work, { recursive: true, force: true });
    else report.note(`kept ${work}`);
  }
  report.summary();
  console.log(`  total time ${((Date.now() - started) / 1000).toFixed(0)} s`);
  if (options.json !== null) {
    await writeFile(
      options.json,
      JSON.stringify(
        {
          date: new Date().toISOString(),
          machine: machine(),
          options: { ...options, sections: [...options.sections] },
          ...report.toJSON(),
        },
        null,
        2,
      ),
    );
    console.log(`  saved ${options.json}`);
  }
  process.exit(report.failures.length > 0 ? 1 : 0);
}

await main();
