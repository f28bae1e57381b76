/**
 * The board's first view comes from the build step's first page (data/first-page.json, a few kB); the job index
 * loads after it. These check that order, that the page and the index agree, and every way the two can fail.
 */
import { type Page, type Request } from '@playwright/test';
import { test } from './support/test.ts';
import { expectTotal, facet, settled, status } from './helpers/board-page';
import { loadJobs } from './helpers/bundle';
import { expect } from './helpers/expect';
import { watchHealth } from './support/page-health';

const FIRST_PAGE = '**/data/first-page.json';
const INDEX = '**/data/index.json';

function dataRequests(page: Page): string[] {
  const seen: string[] = [];
  page.on('request', (r: Request) => {
    const m = /\/data\/(.+)$/.exec(new URL(r.url()).pathname);
    if (m?.[1]) seen.push(m[1]);
  });
  return seen;
}

/** The first checkbox of the research-area facet, and the count its label promises. */
async function firstArea(page: Page) {
  const box = facet(page, 'area').getByRole('checkbox').first();
  const name =
    (await box.getAttribute('aria-label')) ??
    (await box.evaluate((el) => el.closest('label')?.textContent ?? ''));
  const count = Number(/(\d+)\s*$/.exec(name.trim())?.[1]);
  expect(count).toBeGreaterThan(0);
  return { box, count };
}

test('the default view renders from the first page, then loads the index, and filters with it', async ({
  page,
  request,
}) => {
  const total = (await loadJobs(request)).length;
  const health = await watchHealth(page);
  const seen = dataRequests(page);
  const indexRequested = page.waitForRequest((r) => r.url().endsWith('/data/index.json'));
  await page.goto('/');
  await expectTotal(page, total);
  await expect(page.locator('main ol > li').first()).toBeVisible();
  await indexRequested;
  // The first page is asked for first; the index only once the page is up.
  expect(seen.indexOf('first-page.json')).toBeGreaterThanOrEqual(0);
  expect(seen.indexOf('first-page.json')).toBeLessThan(seen.indexOf('index.json'));
  const { box, count } = await firstArea(page);
  await box.click();
  await expectTotal(page, count);
  await settled(page);
  expect(health.errors).toEqual([]);
});

test('a filter chosen before the index has arrived: the board stays, says it is loading, then shows the right count', async ({
  page,
}) => {
  let release = () => undefined as void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(INDEX, async (route) => {
    const response = await route.fetch();
    await held;
    await route.fulfill({ response });
  });
  await page.goto('/');
  await expect(status(page)).toBeVisible();
  const { box, count } = await firstArea(page);
  await box.click();
  await expect(page).toHaveURL(/\?area=/);
  // Meanwhile the board stays (no skeleton): the box is checked, the count says it is loading, the list is busy.
  await expect(box).toBeChecked();
  await expect(page.getByRole('status').filter({ hasText: 'Loading all jobs…' })).toBeVisible();
  await expect(page.locator('main ol > li').first()).toBeVisible();
  release();
  await expectTotal(page, count);
  await settled(page);
  await expect(facet(page, 'area').getByRole('checkbox', { checked: true })).toHaveCount(1);
});

test('the index failing behind the first page: the page stays, an alert says so, Retry mends it', async ({
  page,
  request,
}) => {
  const total = (await loadJobs(request)).length;
  const health = await watchHealth(page, { allowFailedResource: (url) => url.endsWith('/data/index.json') });
  await page.route(INDEX, (route) => route.fulfill({ status: 500, body: 'down' }));
  await page.goto('/');
  await expectTotal(page, total);
  const alert = page.getByRole('alert').filter({ hasText: 'The full job list could not be loaded' });
  await expect(alert).toBeVisible();
  await page.unroute(INDEX);
  await alert.getByRole('button', { name: 'Retry' }).click();
  await expect(alert).toHaveCount(0);
  const { box, count } = await firstArea(page);
  await box.click();
  await expectTotal(page, count);
  expect(health.errors).toEqual([]);
});

test('no usable first page (an older bundle, a bad file): the board is served from the index', async ({
  page,
  request,
}) => {
  const total = (await loadJobs(request)).length;
  const health = await watchHealth(page);
  await page.route(FIRST_PAGE, (route) => route.fulfill({ json: { version: 0 } }));
  await page.goto('/');
  await expectTotal(page, total);
  await expect(page.getByRole('alert')).toHaveCount(0);
  expect(health.errors).toEqual([]);
});

test('a board URL with a filter asks for the index, not the first page', async ({ page }) => {
  const seen = dataRequests(page);
  await page.goto('/?type=full-time');
  await expect(status(page)).toBeVisible();
  await settled(page);
  expect(seen).toContain('index.json');
  expect(seen).not.toContain('first-page.json');
});
