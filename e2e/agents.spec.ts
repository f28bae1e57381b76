/**
 * For agents: llms.txt describes the site and the board's whole URL grammar, and where the browser offers WebMCP
 * the board's search and job lookup are tools, answered by the board's own engine.
 */
import { chromium } from '@playwright/test';
import { test } from './support/test.ts';
import { JOB_TYPES, SORT_KEYS, slugify } from '../src/shared/board-state';
import { LIST_KEYS } from '../src/shared/board-url';
import { RESEARCH_AREAS } from '../src/shared/research-areas';
import { expect } from './helpers/expect';
import { bruteTotal, emptySelection, loadJobs, slugsOf } from './helpers/bundle';
import { expectTotal } from './helpers/board-page';

test('llms.txt names the pages and every key and value form of a board URL', async ({ request }) => {
  const response = await request.get('/llms.txt');
  expect(response.ok()).toBe(true);
  const text = await response.text();
  expect(text).toMatch(/^# Summit\n\n> /);
  for (const key of ['q', ...LIST_KEYS, 'sort', 'page']) expect(text).toContain(`- \`${key}\`:`);
  for (const area of RESEARCH_AREAS) expect(text).toContain(`\`${slugify(area)}\` (${area})`);
  for (const type of JOB_TYPES) expect(text).toContain(`\`${type}\``);
  for (const sort of SORT_KEYS) expect(text).toContain(`\`${sort}\``);
  expect(text).toMatch(/\/jobs\/<id>/);
  expect(text).toMatch(/\/stories\/<slug>/);
  expect(text).toMatch(/https?:\/\/[^/]+\/sitemap\.xml/);
  const [job] = await loadJobs(request);
  if (!job) throw new Error('no jobs');
  // The bundle's own values are listed: a real city slug is there.
  const city = slugsOf(job).location.at(-1) ?? '';
  expect(text).toContain(`\`${city}\``);
});

test("a discovery file the site does not publish is a 404, not the board's HTML", async ({ request }) => {
  // Agents and crawlers probe these; the SPA fallback used to answer them with index.html, status 200.
  for (const path of ['/.well-known/ai-catalog.json', '/.well-known/security.txt', '/feed.xml']) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(404);
    expect(await response.text(), path).not.toContain('<html');
  }
  // App URLs keep the fallback, and files the site has are served.
  for (const path of ['/saved', '/no-such-page', '/jobs/no.such.job']) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    expect(response.headers()['content-type'], path).toContain('text/html');
  }
  expect((await request.get('/robots.txt')).status()).toBe(200);
});

test.describe('WebMCP', () => {
  test('search_jobs and get_job answer as the board does', async ({ baseURL, request }) => {
    const jobs = await loadJobs(request);
    const browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--enable-features=WebMCP'],
    });
    try {
      const page = await browser.newPage({ baseURL });
      // The board registers its tools once their chunk has loaded, after each page load: wait for them.
      const toolsRegistered = () =>
        expect
          .poll(async () => (await page.webmcp.tools()).map((tool) => tool.name).sort())
          .toEqual(['get_job', 'search_jobs']);
      await page.goto('/');
      await toolsRegistered();
      const [job] = jobs;
      if (!job) throw new Error('no jobs');
      const area = slugsOf(job).area[0] ?? 'machine-learning';
      const selection = { ...emptySelection(), area: [area] };
      const result = (await page.webmcp.callTool('search_jobs', { area: [area] })) as {
        content: { text: string }[];
      };
      const answer = JSON.parse(result.content[0]?.text ?? '{}') as {
        total: number;
        url: string;
        jobs: unknown[];
      };
      expect(answer.total).toBe(bruteTotal(jobs, selection));
      expect(new URL(answer.url).search).toBe(`?area=${area}`);
      // The URL it gives shows the same count on the board.
      await page.goto(new URL(answer.url).pathname + new URL(answer.url).search);
      await expectTotal(page, answer.total);
      // A new document: its tools are registered afresh (busy run HA2 called get_job before they were).
      await toolsRegistered();

      const one = (await page.webmcp.callTool('get_job', { id: job.id })) as { content: { text: string }[] };
      expect(JSON.parse(one.content[0]?.text ?? '{}')).toMatchObject({ id: job.id, title: job.displayTitle });
    } finally {
      await browser.close();
    }
  });

  test('without a model context, the tools are never loaded', async ({ page }) => {
    const requested: string[] = [];
    page.on('request', (request) => requested.push(request.url()));
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    expect(await page.evaluate(() => 'modelContext' in navigator)).toBe(false);
    expect(requested.filter((url) => /agent-tools/.test(url))).toEqual([]);
  });
});
