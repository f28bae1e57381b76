/**
 * The build's pre-render (after `vite build`): every page in pages.ts rendered to static HTML by the app's own
 * components (react-dom/static's prerender, through src/app/prerender-entry.tsx bundled by Vite's SSR build), with
 * its head and JSON-LD, into the built site; then sitemap.xml, robots.txt and llms.txt. The app reads its data files
 * through `fetch`, here answered from the built site's data folder, so the pages load exactly what the browser's
 * would. See docs/decisions/0015-prerender.md.
 */
import { writeFileSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import react from '@vitejs/plugin-react';
import { build } from 'vite';
import { prose } from '../../src/features/interview/text';
import { firstPageSchema } from '../../src/shared/first-page';
import {
  bundledEntry,
  DEFAULT_WORKER_BUNDLE,
  type WorkerBundleOptions,
} from '../ingest/workers/worker-bundle';
import { checkTemplate } from './head';
import { llmsTxt } from './llms';
import { SHELL_FILE } from './pages';
import { importEntry, prerenderShard, readSite, type ShardTask } from './shard';
import { robotsTxt, sitemapXml } from './sitemap';

const ROOT = path.resolve(import.meta.dirname, '../..');
const ENTRY = 'src/app/prerender-entry.tsx';
/** Bundles the entry for Node with Vite (same JSX and module handling as the client build); returns its file. */
async function buildEntry(tmp: string): Promise<string> {
  await build({
    configFile: false,
    root: ROOT,
    logLevel: 'warn',
    plugins: [react()],
    build: {
      ssr: ENTRY,
      outDir: tmp,
      emptyOutDir: true,
      target: 'node20',
      minify: false,
      copyPublicDir: false,
      // One file: the app's lazy routes and per-fetch `import('./schemas')` then cost nothing per page, where
      // separate chunks would go through tsx's module loader (a message to its thread) on every call.
      rolldownOptions: { output: { codeSplitting: false } },
    },
  });
  return path.join(tmp, 'prerender-entry.js');
}

/**
 * The static shell every page is written into: index.html as `vite build` wrote it, kept as SHELL_FILE because the
 * board's default view (`/`) replaces index.html; from SHELL_FILE when index.html has already been rendered (the
 * pre-render run again over a built site, as the benchmarks do). Read once, by the main thread, before any thread
 * writes index.html.
 */
async function readShell(out: string): Promise<string> {
  const index = await readFile(path.join(out, 'index.html'), 'utf8');
  if (!index.includes('data-prerendered=')) {
    await writeFile(path.join(out, SHELL_FILE), index);
    return index;
  }
  try {
    return await readFile(path.join(out, SHELL_FILE), 'utf8');
  } catch {
    throw new Error(
      `prerender: ${out}/index.html is already pre-rendered and ${SHELL_FILE} is missing: run vite build first`,
    );
  }
}

export interface PrerenderResult {
  pages: number;
  ms: number;
  threads: number;
}

/** Below this many pages a second thread costs more to start (loading the app and reading the site) than it saves. */
const THREAD_MIN_PAGES = 400;

/** Threads for the pre-render: PRERENDER_THREADS when set, else one per core (at most 4) for a large site. */
export function prerenderThreads(pages: number, env: NodeJS.ProcessEnv = process.env): number {
  const set = Number(env.PRERENDER_THREADS);
  if (Number.isInteger(set) && set >= 1) return Math.min(set, 16);
  return pages < THREAD_MIN_PAGES ? 1 : Math.max(1, Math.min(4, availableParallelism()));
}

/** The pre-render thread's code: a plain-JS bundle of shard-worker.ts, else that module through tsx. */
const SHARD_WORKER: WorkerBundleOptions = {
  ...DEFAULT_WORKER_BUNDLE,
  entry: path.join(import.meta.dirname, 'shard-worker.ts'),
};

/** Runs one share of the pages on a worker thread; rejects with the worker's error. */
function shardOnWorker(task: ShardTask, entry: URL): Promise<number> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(entry, { workerData: task });
    let done = false;
    worker.once('message', (pages: number) => {
      done = true;
      resolve(pages);
    });
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (!done)
        reject(new Error(`prerender: thread ${task.shard} of ${task.shards} stopped (exit ${code})`));
    });
  });
}

export async function prerenderSite({
  outDir,
  siteUrl,
}: {
  outDir: string;
  siteUrl: string;
}): Promise<PrerenderResult> {
  const started = performance.now();
  const out = path.resolve(outDir);
  const tmp = await mkdtemp(path.join(ROOT, 'node_modules/.tmp-prerender-'));
  try {
    const template = checkTemplate(await readShell(out));
    const entryFile = await buildEntry(tmp);
    const entry = await importEntry(entryFile);
    const site = await readSite(out, siteUrl, entry);
    const { data, pages } = site;
    const threads = prerenderThreads(pages.length);
    const workerUrl =
      threads > 1 ? (bundledEntry(SHARD_WORKER) ?? new URL('./prerender-worker.mjs', import.meta.url)) : null;
    const task = (shard: number): ShardTask => ({
      entryFile,
      template,
      outDir: out,
      siteUrl,
      shard,
      shards: threads,
    });
    // Every thread renders a share; a failure in any stops the build with that thread's error.
    const rendered = await Promise.all([
      prerenderShard(task(0), { entry, site }),
      ...Array.from({ length: threads - 1 }, (_, i) => shardOnWorker(task(i + 1), workerUrl as URL)),
    ]);
    const written = rendered.reduce((sum, n) => sum + n, 0);
    if (written !== pages.length)
      throw new Error(`prerender: ${written} of ${pages.length} pages written by ${threads} threads`);
    writeFileSync(
      path.join(out, 'sitemap.xml'),
      sitemapXml(
        siteUrl,
        pages.map((page) => {
          const id = /^\/jobs\/(.+)$/.exec(page.path)?.[1];
          const lastmod = id === undefined ? undefined : data.datePosted.get(id);
          return lastmod === undefined ? { path: page.path } : { path: page.path, lastmod };
        }),
      ),
    );
    writeFileSync(path.join(out, 'robots.txt'), robotsTxt(siteUrl));
    const firstPage = firstPageSchema.parse(
      JSON.parse(await readFile(path.join(out, 'data/first-page.json'), 'utf8')),
    );
    writeFileSync(
      path.join(out, 'llms.txt'),
      llmsTxt({
        siteUrl,
        jobs: data.jobIds.length,
        stories: data.articles.map((a) => ({ slug: a.slug, title: prose(a.title) })),
        facets: firstPage.facets,
      }),
    );
    return { pages: pages.length, ms: performance.now() - started, threads };
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
}
