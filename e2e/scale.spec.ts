/**
 * The board at scale, end to end: a 10,000-listing corpus (npm run corpus) through the build step, served by its
 * own `vite preview` on a free port, then filtered in Chromium. Correctness only, no timing: every count on screen
 * must equal the count computed from that build's jobs.json.
 *
 * Self-contained so it runs inside `npm test` without touching the repo's dist/ or public/data: beforeAll
 * generates the corpus into a temporary folder, copies the site's code there (the dist/ that `npm run build`
 * just made, or a fresh `vite build` when there is none), runs the ingest CLI into the copy's data/ and serves
 * it; afterAll stops the server and removes the folder. SCALE_LISTINGS overrides the size (default 10,000).
 */
import { expect, type Page } from '@playwright/test';
import { test } from './support/test.ts';
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildSite, REPO, startPreview, type Server } from '../bench/lib/site';
import { writeCorpus } from '../scripts/corpus/cli';
import { jobsFileSchema, type JobSummary } from '../src/shared/bundle-schema';
import { countryName } from '../src/shared/place-names';

const LISTINGS = Number(process.env.SCALE_LISTINGS ?? 10_000);
// Each test drives a 10,000-job board through several views, every step a wait for what it asserts. The test's
// limit only stops a hang: 30 s was reached at load 40 on 2 cores (four suites side by side).
test.describe.configure({ timeout: 120_000 });

test.describe.configure({ mode: 'serial' });

let work = '';
let server: Server | null = null;
let jobs: JobSummary[] = [];

function ingest(input: string, out: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', path.join(REPO, 'scripts', 'ingest', 'cli.ts'), '--input', input, '--out', out],
      {
        cwd: REPO,
        stdio: ['ignore', 'ignore', 'pipe'],
      },
    );
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0 ? resolve() : reject(new Error(`ingest exited ${code}: ${stderr.slice(-800)}`)),
    );
  });
}

test.beforeAll(async () => {
  test.setTimeout(300_000);
  const t0 = Date.now();
  const lap = (from: number) => `${((Date.now() - from) / 1000).toFixed(1)} s`;
  work = await mkdtemp(path.join(tmpdir(), 'summit-scale-'));
  const corpus = path.join(work, 'corpus');
  const dist = path.join(work, 'dist');
  const docs = Math.ceil(LISTINGS / 10);
  const written = await writeCorpus({ docs, per: 10, out: corpus, seed: 20240801, duplicateRate: 0.03 });
  expect(written.listings).toBe(docs * 10);
  const t1 = Date.now();
  // The site's code first, then the build step writes its bundle straight into the copy's data/.
  const site = await buildSite(dist, null, { reuse: path.join(REPO, 'dist') });
  const t2 = Date.now();
  await ingest(corpus, path.join(dist, 'data'));
  jobs = jobsFileSchema.parse(JSON.parse(await readFile(path.join(dist, 'data', 'jobs.json'), 'utf8'))).jobs;
  const t3 = Date.now();
  server = await startPreview(dist, 4573);
  console.log(
    `scale: ${written.listings} listings → ${jobs.length} jobs; corpus ${((t1 - t0) / 1000).toFixed(1)} s, ` +
      `site ${((t2 - t1) / 1000).toFixed(1)} s (${site.reused ? 'copied dist/' : 'vite build'}), ingest ${((t3 - t2) / 1000).toFixed(1)} s, ` +
      `server ${lap(t3)}; ${server.url}`,
  );
});

test.afterAll(async () => {
  await server?.stop();
  if (work !== '') await rm(work, { recursive: true, force: true });
});

const status = (page: Page) => page.getByRole('status').filter({ hasText: /\bjobs?\b/ });
const jobsText = (n: number) =>
  new RegExp(`^\\s*${n.toLocaleString('en-US').replace(/,/g, ',?')}\\s+jobs?\\s*$`);
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The checkbox "<label> <count>" in the facet with this legend. */
const facetBox = (page: Page, legend: string, label: string) =>
  page
    .getByRole('group', { name: legend })
    .getByRole('checkbox', { name: new RegExp(`^${escape(label)}\\s+[\\d,]+$`) });

/**
 * Tick or untick a facet value, opening "Show N more" when the value is folded away. A click rather than
 * check(): the box is controlled by the URL, so its state flips only once the navigation has rendered.
 */
async function toggle(page: Page, legend: string, label: string, on: boolean): Promise<void> {
  const box = facetBox(page, legend, label);
  if ((await box.count()) === 0)
    await page
      .getByRole('group', { name: legend })
      .getByRole('button', { name: /^Show \d+ more$/ })
      .click();
  await box.click();
  if (on) await expect(box).toBeChecked();
  else await expect(box).not.toBeChecked();
}

function mostCommon<T>(values: readonly T[]): T {
  const counts = new Map<T, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]![0];
}

test('the board lists every job of a 10,000-listing build', async ({ page }) => {
  expect(jobs.length).toBeGreaterThan(LISTINGS * 0.9);
  await page.goto(`${server!.url}/`);
  await expect(status(page)).toHaveText(jobsText(jobs.length), { timeout: 20_000 });
});

test('filtering by team, research area and country shows the counts jobs.json gives', async ({ page }) => {
  const team = mostCommon(jobs.flatMap((j) => (j.team === null ? [] : [j.team])));
  const byTeam = jobs.filter((j) => j.team === team);
  const area = mostCommon(byTeam.flatMap((j) => j.researchAreas));
  const byTeamArea = byTeam.filter((j) => j.researchAreas.includes(area));
  const country = mostCommon(jobs.filter((j) => j.location.country !== 'US').map((j) => j.location.country));
  const byAll = byTeamArea.filter((j) => j.location.country === country);

  await page.goto(`${server!.url}/`);
  await expect(status(page)).toHaveText(jobsText(jobs.length), { timeout: 20_000 });

  await toggle(page, 'Team', team, true);
  await expect(status(page)).toHaveText(jobsText(byTeam.length));

  await toggle(page, 'Research area', area, true);
  await expect(status(page)).toHaveText(jobsText(byTeamArea.length));

  await toggle(page, 'Location', countryName(country), true);
  await expect(status(page)).toHaveText(jobsText(byAll.length));

  // Unticking the team widens to every team in that area and country.
  await toggle(page, 'Team', team, false);
  await expect(status(page)).toHaveText(
    jobsText(jobs.filter((j) => j.researchAreas.includes(area) && j.location.country === country).length),
  );
});

test('two values of one facet are OR-ed, and the URL reproduces the view', async ({ page }) => {
  const areas = [...new Set(jobs.flatMap((j) => j.researchAreas))].sort();
  const pair = [areas[0]!, areas[areas.length - 1]!];
  const expected = jobs.filter((j) => j.researchAreas.some((a) => pair.includes(a))).length;

  await page.goto(`${server!.url}/`);
  await expect(status(page)).toHaveText(jobsText(jobs.length), { timeout: 20_000 });
  for (const a of pair) await toggle(page, 'Research area', a, true);
  await expect(status(page)).toHaveText(jobsText(expected));

  const url = page.url();
  const fresh = await page.context().newPage();
  await fresh.goto(url);
  await expect(status(fresh)).toHaveText(jobsText(expected), { timeout: 20_000 });
});
