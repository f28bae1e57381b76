/**
 * A built copy of the site on a given bundle, in its own folder, served by its own `vite preview` — never the
 * repo's dist/ or public/data, which other work may be using. Shared by the benchmark and the scale e2e test.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cp, mkdir, rm, stat, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import path from 'node:path';
import type { JobSummary, Location, ResearchArea } from '../../src/shared/bundle-schema';
import { firstPageFor } from '../../scripts/ingest/write/first-page';
import { DEFAULT_SITE_URL } from '../../scripts/prerender/site-url';
import { encodeIndex, type JobCard } from '../../src/shared/compact-index';
import { chromiumExecutable } from '../../scripts/setup.mjs';

export const REPO = path.resolve(import.meta.dirname ?? '.', '..', '..');
const VITE = path.join(REPO, 'node_modules', 'vite', 'bin', 'vite.js');

async function exists(p: string): Promise<boolean> {
  try {
    await stat(p);
    return true;
  } catch {
    return false;
  }
}

/**
 * The site's code into `outDir` (vite build, or a copy of an existing build when `reuse` names one), then the
 * bundle's data in place of whatever public/data held (`data` null: no data; write the bundle there yourself).
 */
export async function buildSite(
  outDir: string,
  data: string | null,
  options: { reuse?: string | null; prerender?: boolean } = {},
): Promise<{ builtMs: number; reused: boolean; prerendered: number }> {
  const t0 = performance.now();
  await rm(outDir, { recursive: true, force: true });
  let reused = false;
  if (options.reuse && (await exists(path.join(options.reuse, 'index.html')))) {
    const from = options.reuse;
    // The code and the static shell only: the pre-rendered pages (index.html among them, the board's default view)
    // are the other build's data, so the shell vite wrote (kept as shell.html) becomes index.html again.
    const prerendered = (src: string) => {
      const rel = path.relative(from, src);
      return rel === 'index.html' || rel === 'stories.html' || /^(jobs|stories)[\\/]/.test(rel);
    };
    await cp(from, outDir, {
      recursive: true,
      filter: (src) => !src.startsWith(path.join(from, 'data')) && !prerendered(src),
    });
    if (await exists(path.join(from, 'shell.html')))
      await cp(path.join(from, 'shell.html'), path.join(outDir, 'index.html'));
    else await cp(path.join(from, 'index.html'), path.join(outDir, 'index.html'));
    reused = true;
  } else {
    const result = spawnSync(
      process.execPath,
      [VITE, 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'],
      {
        cwd: REPO,
        encoding: 'utf8',
      },
    );
    if (result.status !== 0)
      throw new Error(
        `vite build failed (${result.status}): ${(result.stderr || result.stdout).slice(-800)}`,
      );
  }
  await rm(path.join(outDir, 'data'), { recursive: true, force: true });
  if (data !== null) await cp(data, path.join(outDir, 'data'), { recursive: true });
  let prerendered = 0;
  if (options.prerender === true && data !== null) {
    // As `npm run build` does after vite build (scripts/prerender/).
    const { prerenderSite } = await import('../../scripts/prerender/run');
    prerendered = (await prerenderSite({ outDir, siteUrl: DEFAULT_SITE_URL })).pages;
  }
  return { builtMs: performance.now() - t0, reused, prerendered };
}

/** A port nobody listens on: `preferred` when free, else one the OS picks. */
export function freePort(preferred: number): Promise<number> {
  const tryPort = (port: number) =>
    new Promise<number | null>((resolve) => {
      const server = createServer();
      server.once('error', () => resolve(null));
      server.listen(port, '127.0.0.1', () => {
        const address = server.address();
        const got = typeof address === 'object' && address !== null ? address.port : null;
        server.close(() => resolve(got));
      });
    });
  return tryPort(preferred).then(async (p) => p ?? (await tryPort(0)) ?? preferred);
}

export interface Server {
  url: string;
  pid: number | undefined;
  stop(): Promise<void>;
}

/** `vite preview` on `outDir`; resolves once it answers. */
export async function startPreview(
  outDir: string,
  preferredPort: number,
  timeoutMs = 30_000,
): Promise<Server> {
  const port = await freePort(preferredPort);
  const child: ChildProcess = spawn(
    process.execPath,
    [VITE, 'preview', '--outDir', outDir, '--port', String(port), '--strictPort', '--host', '127.0.0.1'],
    {
      cwd: REPO,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let log = '';
  child.stdout?.on('data', (d: Buffer) => (log += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (log += d.toString()));
  const url = `http://127.0.0.1:${port}`;
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      const timer = setTimeout(() => child.kill('SIGKILL'), 3000);
      child.once('exit', () => {
        clearTimeout(timer);
        resolve();
      });
      child.kill('SIGTERM');
    });
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`vite preview exited ${child.exitCode}: ${log.slice(-500)}`);
    try {
      const response = await fetch(`${url}/`);
      if (response.ok) return { url, pid: child.pid, stop };
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  await stop();
  throw new Error(`vite preview did not answer on ${url} within ${timeoutMs} ms: ${log.slice(-500)}`);
}

/** A bundle's data folder for synthetic cards (index and first page, plus another bundle's articles), for 100k. */
export async function writeSyntheticData(
  dir: string,
  cards: readonly JobCard[],
  articlesFrom: string | null,
): Promise<void> {
  await mkdir(dir, { recursive: true });
  const jobs: JobSummary[] = cards.map((c, i) => ({
    id: c.id,
    title: c.titleStated ? c.title : null,
    displayTitle: c.title,
    team: c.team,
    location: c.location as Location,
    researchAreas: c.researchAreas as ResearchArea[],
    internship: c.internship,
    manager: c.manager,
    summary: c.summary,
    stories: c.stories,
    sources: [{ file: 'synthetic.txt', line: i + 1 }],
  }));
  const index = encodeIndex(jobs, '2024-01-01T00:00:00.000Z');
  await writeFile(path.join(dir, 'index.json'), JSON.stringify(index));
  // What the build step writes beside the index, so the board's first view is the one a real build gets.
  await writeFile(path.join(dir, 'first-page.json'), JSON.stringify(firstPageFor(index)));
  // The other bundle's stories (the synthetic cards name none): the home page's story cards and story pages.
  for (const name of ['articles.json', 'stories.json', 'stories']) {
    if (articlesFrom !== null && (await exists(path.join(articlesFrom, name))))
      await cp(path.join(articlesFrom, name), path.join(dir, name), { recursive: true });
  }
}

/** Chromium for Playwright: $CHROMIUM_PATH, else Debian's, else Playwright's own (the end-to-end tests' rule). */
export const chromiumPath = (): string | undefined => chromiumExecutable();

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** Chromium wants writable config and cache folders (as playwright.config.ts sets up). */
export function chromiumEnv(): void {
  const cacheDir = path.join(REPO, '.cache');
  process.env.XDG_CONFIG_HOME ??= path.join(cacheDir, 'config');
  process.env.XDG_CACHE_HOME ??= path.join(cacheDir, 'cache');
}
