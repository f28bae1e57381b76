/**
 * The build's pre-render (after `vite build`): every page in pages.ts rendered to static HTML by the app's own
 * components (react-dom/static's prerender, through src/app/prerender-entry.tsx bundled by Vite's SSR build), with
 * its head and JSON-LD, into the built site; then sitemap.xml, robots.txt and llms.txt. The app reads its data files
 * through `fetch`, here answered from the built site's data folder, so the pages load exactly what the browser's
 * would. See docs/decisions/0015-prerender.md.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import react from '@vitejs/plugin-react';
import { build } from 'vite';
import { prose } from '../../src/features/interview/text';
import { articlesFileSchema } from '../../src/shared/bundle-schema';
import { firstPageSchema } from '../../src/shared/first-page';
import { DATE_POSTED_FILE, datePostedFileSchema } from '../ingest/assemble/date-posted';
import { checkTemplate, pageHtml } from './head';
import { fileForPath, SHELL_FILE, sitePages, type PrerenderPage, type SiteData } from './pages';
import { llmsTxt } from './llms';
import { robotsTxt, sitemapXml } from './sitemap';

/** What src/app/prerender-entry.tsx exports. */
interface Entry {
  renderPath(path: string): Promise<string>;
  renderedJob: SiteData['renderedJob'];
  forgetPageData(): void;
}

const ROOT = path.resolve(import.meta.dirname, '../..');
const ENTRY = 'src/app/prerender-entry.tsx';
/** Pages rendered at once (see the loop in prerenderSite). */
const RENDER_BATCH = 16;

/** Bundles the entry for Node with Vite (same JSX and module handling as the client build) and imports it. */
async function loadEntry(tmp: string): Promise<Entry> {
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
  return (await import(pathToFileURL(path.join(tmp, 'prerender-entry.js')).href)) as Entry;
}

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

/**
 * The static shell every page is written into: index.html as `vite build` wrote it, kept as SHELL_FILE because the
 * board's default view (`/`) replaces index.html; from SHELL_FILE when index.html has already been rendered (the
 * pre-render run again over a built site, as the benchmarks do).
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
  const template = checkTemplate(await readShell(out));
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

  const tmp = await mkdtemp(path.join(ROOT, 'node_modules/.tmp-prerender-'));
  const realFetch = globalThis.fetch;
  try {
    const entry = await loadEntry(tmp);
    globalThis.fetch = serveData(out);
    const data: SiteData = {
      siteUrl,
      jobIds,
      articles: articles.articles,
      datePosted: new Map(Object.entries(posted.dates)),
      renderedJob: entry.renderedJob,
    };
    const pages: PrerenderPage[] = sitePages(data);
    const dirs = new Set<string>();
    const render = async (page: PrerenderPage) => {
      const rootHtml = assertCspSafe(page.path, await entry.renderPath(page.path));
      // The head now, while the page's data is in the cache.
      return pageHtml(template, {
        head: page.head(data),
        rootHtml,
        siteUrl,
        keepNoscript: page.keepNoscript === true,
      });
    };
    // A few pages at a time: while one waits for its data file, another renders; the files of one batch are
    // written (by the thread pool) while the next one renders.
    let writing: Promise<unknown> = Promise.resolve();
    for (let i = 0; i < pages.length; i += RENDER_BATCH) {
      const batch = pages.slice(i, i + RENDER_BATCH);
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
        jobs: jobIds.length,
        stories: articles.articles.map((a) => ({ slug: a.slug, title: prose(a.title) })),
        facets: firstPage.facets,
      }),
    );
    return { pages: pages.length, ms: performance.now() - started };
  } finally {
    globalThis.fetch = realFetch;
    await rm(tmp, { recursive: true, force: true });
  }
}
