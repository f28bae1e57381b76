/**
 * Section d: the built site at 10,000 jobs in Chromium (and 100,000 unless --quick), served by its own
 * `vite preview`: time to the full result count, bytes of the first view (gzip sizes of the served files), facet
 * click and keystroke latency (input → the frame after the count changes) and Event Timing. Section e
 * (Lighthouse) runs against the same server when asked for.
 *
 * Robust by design while the UI is in flux: anything missing is reported as "skipped: <reason>", never a crash.
 */
import { spawnSync } from 'node:child_process';
import { readdir, readFile, stat } from 'node:fs/promises';
import { availableParallelism, loadavg } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type BrowserContext, type Page, type Request } from '@playwright/test';
import { compactIndexSchema } from '../../src/shared/compact-index';
import { syntheticJobs } from '../lib/synthetic-jobs';
import { kb, ms, summarise } from '../lib/measure';
import { countFrom, installProbe, readInteraction, resetMarks, type Interaction } from '../lib/page-probe';
import type { Report } from '../lib/report';
import {
  buildSite,
  CHROMIUM_ARGS,
  chromiumEnv,
  chromiumPath,
  REPO,
  startPreview,
  writeSyntheticData,
  type Server,
} from '../lib/site';
import type { Bundle } from './ingest';
import { lighthouseRuns } from './lighthouse';

export interface BrowserSectionOptions {
  work: string;
  bundle: Bundle | null;
  full: boolean;
  /** Run the browser measurements (section d). */
  measure: boolean;
  /** Pre-render the site's pages after the build, as `npm run build` does. */
  prerender: boolean;
  /** Run Lighthouse against the same build (section e). */
  lighthouse: boolean;
}

const FIRST_VIEW_RUNS = 5;
const CLICKS = 8;

interface Fetched {
  url: string;
  type: string;
  /** Epoch ms the request started (Playwright's timing, or when the bench saw it). */
  startedAt: number;
}

/** The mark the board sets when, the first page on screen and the page idle, it starts loading the job index. */
const IDLE_LOAD_MARK = 'summit:load index when idle';

/** Gzip size of a served file, read from the build folder. */
async function gzipOfServed(dist: string, url: string): Promise<{ raw: number; gz: number } | null> {
  const pathname = decodeURIComponent(new URL(url).pathname);
  const file = path.join(dist, pathname === '/' ? 'index.html' : pathname);
  try {
    if (!(await stat(file)).isFile()) return null;
    const bytes = await readFile(file);
    return { raw: bytes.length, gz: gzipSync(bytes).length };
  } catch {
    return null;
  }
}

async function newContext(browser: Browser, expected: number | null): Promise<BrowserContext> {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 900 },
    serviceWorkers: 'block',
  });
  // tsx compiles with keepNames: functions handed to the page may call its `__name` helper, which the page lacks.
  await context.addInitScript({ content: 'globalThis.__name = (target) => target;' });
  await context.addInitScript(installProbe, expected);
  return context;
}

/** Cold first view: navigation → the status element reads the full count; every request until the network is idle. */
async function firstView(
  browser: Browser,
  url: string,
  total: number,
): Promise<{ at: number; fetched: Fetched[]; idleLoadAt: number | null }> {
  const context = await newContext(browser, total);
  try {
    const page = await context.newPage();
    const requests: { request: Request; seenAt: number }[] = [];
    page.on('request', (request) => requests.push({ request, seenAt: Date.now() }));
    await page.goto(`${url}/`, { waitUntil: 'commit' });
    await page.waitForFunction(() => window.__probe?.firstCountPaintedAt !== undefined, null, {
      timeout: 30_000,
      polling: 20,
    });
    const at = await page.evaluate(() => window.__probe?.firstCountPaintedAt ?? Number.NaN);
    // Bytes count everything the first view loads, not only what came before the count: parts loaded beside
    // or after it (the featured card's chunk and data) are still the first view's. What the board starts loading
    // at its idle mark is split off by the caller.
    await page.waitForLoadState('networkidle', { timeout: 10_000 }).catch(() => undefined);
    const idleLoadAt = await page.evaluate((name) => {
      const mark = performance.getEntriesByName(name)[0];
      return mark === undefined ? null : performance.timeOrigin + mark.startTime;
    }, IDLE_LOAD_MARK);
    const fetched = requests.map(({ request, seenAt }) => {
      const start = request.timing().startTime;
      return {
        url: request.url(),
        type: request.resourceType(),
        startedAt: start > 0 ? start : seenAt,
      };
    });
    return { at, fetched, idleLoadAt };
  } finally {
    await context.close();
  }
}

/** A checkbox in the facet with this legend, by index: its accessible name "<label> <count>" and count. */
async function facetBox(page: Page, legend: string, index: number) {
  const boxes = page.getByRole('group', { name: legend }).getByRole('checkbox');
  const n = await boxes.count();
  if (n === 0) return null;
  const box = boxes.nth(index % n);
  const name =
    (await box.getAttribute('aria-label')) ??
    (await box.evaluate((el) => (el as HTMLInputElement).labels?.[0]?.textContent ?? ''));
  const m = /(\d[\d,]*)\s*$/.exec(name.trim());
  return { box, name: name.trim(), count: m === null ? null : Number((m[1] ?? '').replace(/,/g, '')) };
}

interface ClickRun {
  clicks: Interaction[];
  wrong: string[];
}

/** Tick and untick facet values; each tick alone in its facet must give its label's count. */
async function clickRuns(
  page: Page,
  total: number,
  legends: readonly string[],
  clicks: number,
): Promise<ClickRun | string> {
  const out: ClickRun = { clicks: [], wrong: [] };
  for (let i = 0; i < clicks; i++) {
    const legend = legends[i % legends.length] as string;
    const found = await facetBox(page, legend, Math.floor(i / legends.length) * 2);
    if (found === null) return `no checkboxes in a fieldset named "${legend}"`;
    await resetMarks(page);
    await found.box.click();
    const on = await readInteraction(page);
    out.clicks.push(on);
    if (found.count !== null && countFrom(on.text) !== found.count) {
      out.wrong.push(
        `ticking "${found.name}" showed "${on.text ?? '(no change)'}", expected ${found.count} jobs`,
      );
    }
    await resetMarks(page);
    await found.box.click();
    const off = await readInteraction(page);
    out.clicks.push(off);
    if (countFrom(off.text) !== total)
      out.wrong.push(
        `unticking "${found.name}" showed "${off.text ?? '(no change)'}", expected ${total} jobs`,
      );
  }
  return out;
}

/** Type words into the search box; Enter commits each (no debounce): input → the frame after the new count. */
async function keystrokeRuns(
  page: Page,
  words: readonly string[],
): Promise<{ cold: Interaction | null; index: string; keys: number[]; commits: Interaction[] } | string> {
  const box = page.getByRole('searchbox', { name: /search jobs/i });
  if ((await box.count()) === 0) return 'no searchbox named "Search jobs"';
  await box.click();
  // The first keystroke starts loading the search index; the first results include that fetch.
  await resetMarks(page);
  const indexLoaded = page
    .waitForResponse((r) => r.url().includes('search-index'), { timeout: 15_000 })
    .catch(() => null);
  await page.keyboard.type(words[0] ?? 'robot');
  await page.keyboard.press('Enter');
  const cold = await readInteraction(page, 400);
  const response = await indexLoaded;
  const index =
    response === null
      ? 'search index not requested (cards searched)'
      : response.ok()
        ? `search index loaded (${new URL(response.url()).pathname})`
        : `search index ${response.status()} (cards searched instead)`;
  const keys: number[] = [];
  const commits: Interaction[] = [];
  for (const word of words.slice(1)) {
    await page.keyboard.press('Control+A');
    for (const ch of word) {
      await resetMarks(page);
      await page.keyboard.type(ch);
      const key = await readInteraction(page, 60);
      keys.push(key.eventTiming);
    }
    await resetMarks(page);
    await page.keyboard.press('Enter');
    commits.push(await readInteraction(page));
  }
  return { cold, index, keys, commits };
}

const worst = (xs: readonly number[]) => (xs.length === 0 ? 0 : Math.max(...xs));
const eventTimingFigure = (xs: readonly number[]) => {
  const w = worst(xs);
  return w === 0
    ? `no entry ≥ 16 ms in ${xs.length} interactions`
    : `worst ${w} ms over ${xs.length} interactions`;
};

/**
 * The files the board's idle load asks for: the job index, the engine's chunk and the chunks it imports statically
 * (read from the built files: `from"./x.js"` in Rolldown's output).
 */
async function idleLoadFiles(dist: string): Promise<Set<string>> {
  const files = new Set(['/data/index.json']);
  const assets = path.join(dist, 'assets');
  const names = await readdir(assets);
  // The engine (for the next click), and the visitor's saved data, which the board holds back until the index has
  // settled (deferUserDataLoad in src/lib/user-data/store.ts): both start from the idle load.
  const queue = names.filter((n) => /^(engine-adapter|user-data-ops)-.*\.js$/.test(n));
  const entry = names.find((n) => /^index-.*\.js$/.test(n));
  while (queue.length > 0) {
    const name = queue.pop() as string;
    if (name === entry || files.has(`/assets/${name}`)) continue;
    files.add(`/assets/${name}`);
    const code = await readFile(path.join(assets, name), 'utf8');
    for (const m of code.matchAll(/from\s*"\.\/([^"]+\.js)"/g)) if (m[1]) queue.push(m[1]);
  }
  return files;
}

async function measureSite(
  report: Report,
  browser: Browser,
  server: Server,
  dist: string,
  total: number,
  label: string,
): Promise<void> {
  // First view, cold, several runs.
  const runs: number[] = [];
  let fetched: Fetched[] = [];
  let idleLoadAt: number | null = null;
  for (let i = 0; i < (label === '10k' ? FIRST_VIEW_RUNS : 3); i++) {
    const r = await firstView(browser, server.url, total);
    runs.push(r.at);
    if (i === 0) ({ fetched, idleLoadAt } = r);
  }
  // What the board loads once the first view is up and the page is idle (the job index and the engine's code, for
  // the next click) is not the first view's: it is listed on its own below. Only those files, and only when asked
  // for after the board's mark: anything else (the featured card's data, say) stays the first view's, whenever it
  // was fetched. Without the mark, everything counts.
  const idleFiles = await idleLoadFiles(dist);
  const later = fetched.filter(
    (f) => idleLoadAt !== null && f.startedAt >= idleLoadAt && idleFiles.has(new URL(f.url).pathname),
  );
  fetched = fetched.filter((f) => !later.includes(f));
  const fv = summarise(runs);
  if (label === '10k') {
    report.budget(
      `first view at ${total.toLocaleString('en-US')} jobs: navigation → the frame after "${total} jobs" appears (median of ${runs.length} cold loads)`,
      fv.median <= 1000,
      `${ms(fv.median, 0)} (runs: ${runs.map((r) => r.toFixed(0)).join(', ')})`,
      '≤ 1.0 s',
    );
    const json = fetched.filter((f) => /\.json(\?|$)/.test(f.url));
    const js = fetched.filter((f) => f.type === 'script' || /\.m?js(\?|$)/.test(f.url));
    const sizes = async (list: Fetched[]) => {
      let raw = 0;
      let gz = 0;
      const names: string[] = [];
      for (const f of list) {
        const s = await gzipOfServed(dist, f.url);
        if (s === null) continue;
        raw += s.raw;
        gz += s.gz;
        names.push(`${new URL(f.url).pathname} ${kb(s.gz)}`);
      }
      return { raw, gz, names };
    };
    const j = await sizes(json);
    const s = await sizes(js);
    report.budget(
      'JSON fetched for the first view (gzip)',
      j.gz <= 1_000_000,
      `${kb(j.gz)} gz, ${kb(j.raw)} raw: ${j.names.join('; ')}`,
      '≤ 1 MB',
    );
    report.budget(
      'JavaScript fetched for the first view (gzip)',
      s.gz <= 120_000,
      `${kb(s.gz)} gz in ${s.names.length} files: ${s.names.join('; ')}`,
      '≤ 120 kB',
    );
    const idle = await sizes(later);
    report.note(
      later.length === 0
        ? 'nothing loaded after the first view while idle'
        : `loaded after the first view, when the page is idle (for the next click, not counted above): ${kb(idle.gz)} gz: ${idle.names.join('; ')}`,
    );
    const heavy = [...fetched, ...later]
      // The search index is the data file; the search-index-*.js chunk is the tokenizer the engine loads at idle.
      .filter((f) => /\/data\/search-index\.json|\/data\/jobs\.json|\/data\/jobs\//.test(f.url))
      .map((f) => new URL(f.url).pathname);
    report.budget(
      'first view fetches no descriptions, sources or search index',
      heavy.length === 0,
      heavy.length === 0 ? 'none fetched' : heavy.join(', '),
      'none',
    );
  } else {
    report.note(
      `first view at ${total.toLocaleString('en-US')} jobs: median ${ms(fv.median, 0)} (runs: ${runs.map((r) => r.toFixed(0)).join(', ')})`,
    );
  }

  // Interactions in one warm page.
  const context = await newContext(browser, total);
  try {
    const page = await context.newPage();
    await page.goto(`${server.url}/`, { waitUntil: 'commit' });
    await page.waitForFunction(() => window.__probe?.firstCountAt !== undefined, null, { timeout: 30_000 });
    // The first view is the precomputed first page; the job index (and the engine that answers clicks) loads when
    // the page is idle. Clicks are timed once that engine exists, as for a user who reads the first page first;
    // a click before that waits for the index, which the first-view figures above already account for.
    await page.waitForFunction(() => performance.getEntriesByName('summit:create engine').length > 0, null, {
      timeout: 60_000,
    });
    await page.evaluate(
      () =>
        new Promise<void>((resolve) =>
          requestIdleCallback(() => requestIdleCallback(() => resolve(), { timeout: 2000 }), {
            timeout: 2000,
          }),
        ),
    );
    const clickResult = await clickRuns(
      page,
      total,
      ['Team', 'Research area', 'Location'],
      label === '10k' ? CLICKS : 4,
    );
    const budget = label === '10k' ? 50 : 200;
    if (typeof clickResult === 'string') {
      report.budgetSkipped(`facet click at ${label} jobs`, `≤ ${budget} ms`, clickResult);
    } else {
      for (const w of clickResult.wrong) report.fail(`${label}: ${w}`);
      const lat = clickResult.clicks.map((c) => c.latency).filter((x): x is number => x !== null);
      const t = summarise(lat);
      report.budget(
        `facet click at ${total.toLocaleString('en-US')} jobs: input → frame after the new count (p95 of ${lat.length})`,
        t.p95 <= budget,
        `median ${ms(t.median, 0)}, p95 ${ms(t.p95, 0)}`,
        `≤ ${budget} ms`,
      );
      const et = clickResult.clicks.map((c) => c.eventTiming);
      report.budget(
        `facet click at ${label} jobs: Event Timing duration (INP's input)`,
        worst(et) <= budget,
        eventTimingFigure(et),
        `≤ ${budget} ms`,
      );
      if (clickResult.wrong.length === 0)
        report.note(`${label}: every tick showed its label's count and every untick the full ${total}`);
    }
    if (label === '10k') {
      const keyResult = await keystrokeRuns(page, [
        'robot',
        'economics',
        'vision',
        'forecasting',
        'privacy',
        'quantum',
      ]);
      if (typeof keyResult === 'string') {
        report.budgetSkipped('keystroke at 10k jobs', '≤ 50 ms', keyResult);
      } else {
        const commits = keyResult.commits.map((c) => c.latency).filter((x): x is number => x !== null);
        const t = summarise(commits);
        if (keyResult.cold !== null) {
          report.note(
            `first search: ${keyResult.cold.latency === null ? 'no change seen' : ms(keyResult.cold.latency, 0)} to "${keyResult.cold.text ?? ''}"; ${keyResult.index}`,
          );
        }
        report.budget(
          `keyword search at 10k jobs: Enter → frame after the new count (p95 of ${commits.length}, after the first search)`,
          t.p95 <= 50,
          `median ${ms(t.median, 0)}, p95 ${ms(t.p95, 0)}`,
          '≤ 50 ms',
        );
        report.budget(
          'keystroke Event Timing duration at 10k jobs',
          worst(keyResult.keys) <= 50,
          eventTimingFigure(keyResult.keys),
          '≤ 50 ms',
        );
      }
    }
  } finally {
    await context.close();
  }
}

export async function browserSection(report: Report, options: BrowserSectionOptions): Promise<void> {
  if (options.measure) report.heading('d. The built site in Chromium (vite preview)');
  else report.heading('e. Lighthouse');
  if (options.bundle === null) {
    report.skip('no 10k bundle (section c failed)');
    return;
  }
  const dist = path.join(options.work, 'dist');
  // npm run build's second step, the Atom feeds of the bundle (timed for the whole build's figure below).
  const feedsStarted = performance.now();
  const feeds = spawnSync(
    process.execPath,
    ['--import', 'tsx', 'scripts/feeds/cli.ts', '--bundle', options.bundle.data],
    {
      cwd: REPO,
      encoding: 'utf8',
    },
  );
  const feedsMs = performance.now() - feedsStarted;
  if (feeds.status !== 0)
    report.fail(`feeds exited ${feeds.status}: ${(feeds.stderr || feeds.stdout).slice(-300)}`);
  const built = await buildSite(dist, options.bundle.data, { prerender: options.prerender });
  if (options.measure && options.bundle.ingestMs !== undefined && options.prerender) {
    const wholeMs = options.bundle.ingestMs + feedsMs + built.builtMs;
    report.budget(
      'npm run build at 10,000 listings: build step, feeds, vite build and pre-render, as run here one after another',
      wholeMs < 60_000,
      `${ms(wholeMs, 0)} (build step ${ms(options.bundle.ingestMs, 0)}, feeds ${ms(feedsMs, 0)}, vite build and pre-render ${ms(built.builtMs, 0)}; load ${loadavg()[0]?.toFixed(2)} on ${availableParallelism()} cores)`,
      '< 60 s',
    );
  }
  report.note(
    `site built into a temporary folder in ${ms(built.builtMs, 0)} (vite build; data = the 10k bundle; ${
      options.prerender ? `${built.prerendered} pages pre-rendered` : 'no pre-rendered pages: --no-prerender'
    })`,
  );
  const index = compactIndexSchema.parse(
    JSON.parse(await readFile(path.join(dist, 'data', 'index.json'), 'utf8')),
  );
  const total = index.jobs.idHash.length;

  const servers: Server[] = [];
  let browser: Browser | null = null;
  try {
    const server = await startPreview(dist, 4473);
    servers.push(server);
    report.note(`serving ${dist} on ${server.url} (pid ${server.pid ?? '?'})`);
    if (options.measure) {
      chromiumEnv();
      try {
        browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
      } catch (error) {
        report.skip(`Chromium cannot be launched: ${(error as Error).message.split('\n')[0]}`);
      }
      if (browser !== null) {
        report.note(`Chromium ${browser.version()}, ${1280}×${900}, no CPU or network throttling`);
        try {
          await measureSite(report, browser, server, dist, total, '10k');
        } catch (error) {
          report.skip(`10k measurements stopped: ${(error as Error).message.split('\n')[0]}`);
        }
        if (options.full) {
          const dist100 = path.join(options.work, 'dist-100k');
          const data100 = path.join(options.work, 'data-100k');
          await writeSyntheticData(data100, syntheticJobs(100_000), options.bundle.data);
          await buildSite(dist100, data100, { reuse: dist });
          const server100 = await startPreview(dist100, 4474);
          servers.push(server100);
          try {
            await measureSite(report, browser, server100, dist100, 100_000, '100k');
          } catch (error) {
            report.skip(`100k measurements stopped: ${(error as Error).message.split('\n')[0]}`);
          }
        } else {
          report.budgetSkipped('facet click at 100,000 jobs', '≤ 200 ms', 'not run: --quick');
        }
      }
    }
    if (options.lighthouse) {
      if (options.measure) report.heading('e. Lighthouse (mobile preset)');
      await lighthouseRuns(report, server.url, dist);
    }
  } finally {
    await browser?.close();
    for (const s of servers) await s.stop();
  }
}
