/**
 * One thread's share of the pre-render (run.ts starts the threads): reads the built site, renders every n-th page
 * through the bundled app entry and writes it. Kept apart from run.ts, which loads Vite, so that a worker thread
 * starts from a small bundle of this module (shard-worker.ts) in well under a second.
 */
import { mkdirSync } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { articlesFileSchema } from '../../src/shared/bundle-schema';
import { DATE_POSTED_FILE, datePostedFileSchema } from '../ingest/assemble/date-posted';
import { pageHtml, type Template } from './head';
import { fileForPath, sitePages, type PrerenderPage, type SiteData } from './pages';

/** What src/app/prerender-entry.tsx exports. */
export interface Entry {
  renderPath(path: string): Promise<string>;
  renderedJob: SiteData['renderedJob'];
  forgetPageData(): void;
}

/** Pages rendered at once (see the loop in prerenderSite). */
const RENDER_BATCH = 16;

export const importEntry = async (file: string) => (await import(pathToFileURL(file).href)) as Entry;

/** `fetch` for the app's data files (`/data/…`), from the built site's folder; a missing file is a 404. */
function serveData(outDir: string): typeof fetch {
  const dataDir = path.join(outDir, 'data');
  return async (input) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.pathname : input.url;
    const { pathname } = new URL(url, 'http://prerender.invalid');
    const file = path.join(dataDir, ...decodeURIComponent(pathname.replace(/^\/data\//, '')).split('/'));
    if (!pathname.startsWith('/data/') || !file.startsWith(dataDir + path.sep))
      throw new Error(`prerender: the app fetched ${url}, which is not a data file`);
    try {
      return new Response(await readFile(file), { headers: { 'content-type': 'application/json' } });
    } catch {
      return new Response('not found', { status: 404, headers: { 'content-type': 'text/plain' } });
    }
  };
}

/**
 * The site's CSP (scripts/vite-csp-plugin.ts) refuses inline script and style attributes in HTML: a page that
 * holds one would run differently with the policy than without, so the build stops instead.
 */
export function assertCspSafe(path: string, html: string): string {
  const found = /<script\b|\sstyle="|\son[a-z]+="/i.exec(html);
  if (found)
    throw new Error(
      `prerender: ${path} renders ${JSON.stringify(found[0].trim())}, which the CSP refuses inline`,
    );
  return html;
}

/** What each thread of the pre-render reads from the built site before it renders its share of the pages. */
export async function readSite(out: string, siteUrl: string, entry: Entry) {
  const articles = articlesFileSchema.parse(
    JSON.parse(await readFile(path.join(out, 'data/articles.json'), 'utf8')),
  );
  const posted = datePostedFileSchema.parse(
    JSON.parse(await readFile(path.join(out, 'data', DATE_POSTED_FILE), 'utf8')),
  );
  const jobIds = (await readdir(path.join(out, 'data/jobs')))
    .filter((name) => name.endsWith('.json'))
    .map((name) => name.slice(0, -'.json'.length))
    .sort();
  const data: SiteData = {
    siteUrl,
    jobIds,
    articles: articles.articles,
    datePosted: new Map(Object.entries(posted.dates)),
    renderedJob: entry.renderedJob,
  };
  return { data, pages: sitePages(data) };
}

/** Which pages a thread renders: every `shards`-th from its own, so each thread gets job and story pages alike. */
export const shardOf = <T>(pages: readonly T[], shard: number, shards: number): T[] =>
  pages.filter((_, i) => i % shards === shard);

/** What a pre-render thread is given (prerender-worker.mjs). */
export interface ShardTask {
  entryFile: string;
  /** The page shell (run.ts reads it once: the thread that renders `/` overwrites index.html). */
  template: Template;
  outDir: string;
  siteUrl: string;
  shard: number;
  shards: number;
}

/**
 * Renders one share of the site's pages into the built site, with the page data served from its data folder.
 * Run by each thread of the pre-render, the main one included; returns the number of pages written.
 */
export async function prerenderShard(
  task: ShardTask,
  /** What the main thread has already loaded and read (a worker thread loads and reads its own). */
  loaded?: { entry: Entry; site: Awaited<ReturnType<typeof readSite>> },
): Promise<number> {
  const out = path.resolve(task.outDir);
  const entry = loaded?.entry ?? (await importEntry(task.entryFile));
  const { data, pages } = loaded?.site ?? (await readSite(out, task.siteUrl, entry));
  const mine = shardOf(pages, task.shard, task.shards);
  const realFetch = globalThis.fetch;
  globalThis.fetch = serveData(out);
  try {
    const dirs = new Set<string>();
    const render = async (page: PrerenderPage) => {
      const rootHtml = assertCspSafe(page.path, await entry.renderPath(page.path));
      // The head now, while the page's data is in the cache.
      return pageHtml(task.template, {
        head: page.head(data),
        rootHtml,
        siteUrl: task.siteUrl,
        keepNoscript: page.keepNoscript === true,
      });
    };
    // A few pages at a time: while one waits for its data file, another renders; the files of one batch are
    // written (by the thread pool) while the next one renders.
    let writing: Promise<unknown> = Promise.resolve();
    for (let i = 0; i < mine.length; i += RENDER_BATCH) {
      const batch = mine.slice(i, i + RENDER_BATCH);
      const htmls = await Promise.all(batch.map(render));
      entry.forgetPageData();
      await writing;
      writing = Promise.all(
        batch.map((page, j) => {
          const file = path.join(out, ...fileForPath(page.path).split('/'));
          const dir = path.dirname(file);
          if (!dirs.has(dir)) mkdirSync(dir, { recursive: true });
          dirs.add(dir);
          return writeFile(file, htmls[j] ?? '');
        }),
      );
    }
    await writing;
    return mine.length;
  } finally {
    globalThis.fetch = realFetch;
  }
}
