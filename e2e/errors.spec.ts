/**
 * Failures a user can meet: the bundle fetch fails (offline, 404, 500), arrives truncated or in the wrong shape.
 * Each shows a clear message and a Retry that works, never a white screen; loading does not shift the layout.
 */
import { type Page, type Route } from '@playwright/test';
import { test } from './support/test.ts';
import { expect } from './helpers/expect';
import { settled, status } from './helpers/board-page';

test.describe.configure({ timeout: 60_000 });

const INDEX = '**/data/index.json';

type Failure = { name: string; message: RegExp; fail: (route: Route) => Promise<void> };

const FAILURES: Failure[] = [
  {
    name: 'a 500',
    message: /server answered with an error \(500\)/,
    fail: (route) => route.fulfill({ status: 500, body: 'oops' }),
  },
  {
    name: 'a 404',
    message: /not found on the server/,
    fail: (route) => route.fulfill({ status: 404, body: 'missing' }),
  },
  {
    name: 'the SPA fallback (index.html with 200)',
    message: /not found on the server/,
    fail: (route) =>
      route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>x</title>' }),
  },
  {
    name: 'truncated JSON',
    message: /arrived incomplete or damaged/,
    fail: async (route) => {
      const response = await route.fetch();
      const text = await response.text();
      await route.fulfill({ response, body: text.slice(0, Math.floor(text.length / 2)) });
    },
  },
  {
    name: 'the wrong shape',
    message: /not in the expected format/,
    fail: (route) => route.fulfill({ json: { version: 1, jobs: 'nope' } }),
  },
  {
    name: 'being offline',
    message: /Could not reach the server/,
    fail: (route) => route.abort('internetdisconnected'),
  },
];

async function expectErrorThenRetry(
  page: Page,
  heading: string,
  message: RegExp,
  recovered: () => Promise<void>,
) {
  const alert = page.getByRole('alert');
  await expect(alert.getByRole('heading', { name: heading })).toBeVisible();
  await expect(alert).toContainText(message);
  // Never a white screen: the header and a way back are there.
  await expect(page.getByRole('banner').getByRole('link', { name: 'Summit' })).toBeVisible();
  await expect(alert.getByRole('link', { name: 'Back to all jobs' })).toBeVisible();
  await page.unrouteAll({ behavior: 'wait' });
  await alert.getByRole('button', { name: 'Retry' }).click();
  await recovered();
  await expect(page.getByRole('alert')).toHaveCount(0);
}

for (const failure of FAILURES) {
  test(`the board survives ${failure.name} for the job index, and Retry recovers`, async ({ page }) => {
    await page.route(INDEX, failure.fail);
    await page.goto('/?area=economics');
    await expectErrorThenRetry(page, 'The jobs could not be loaded', failure.message, async () => {
      await expect(status(page)).toBeVisible();
      await expect(page).toHaveURL(/\?area=economics$/);
    });
  });
}

test('a job page survives its detail failing, and Retry recovers', async ({ page, request }) => {
  const jobs = (
    (await (await request.get('/data/jobs.json')).json()) as { jobs: { id: string; displayTitle: string }[] }
  ).jobs;
  const job = jobs[0]!;
  await page.route(`**/data/jobs/${job.id}.json`, (route) => route.fulfill({ status: 500, body: '' }));
  await page.goto(`/jobs/${job.id}`);
  await expectErrorThenRetry(page, 'This job could not be loaded', /\(500\)/, async () => {
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(job.displayTitle);
  });
});

test('navigating from the board to a job whose detail fails shows the error in place, with Retry', async ({
  page,
}) => {
  await page.goto('/');
  const first = page.locator('main ol > li').first().getByRole('link');
  const name = (await first.textContent())!;
  await page.route('**/data/jobs/*.json', (route) =>
    route.fulfill({ body: '{"id":', contentType: 'application/json' }),
  );
  await first.click();
  await expectErrorThenRetry(page, 'This job could not be loaded', /incomplete or damaged/, async () => {
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
  });
});

test('loading does not shift the layout', async ({ page }) => {
  await page.addInitScript(() => {
    (window as unknown as { __cls: number }).__cls = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & {
        value: number;
        hadRecentInput: boolean;
      })[]) {
        if (!entry.hadRecentInput) (window as unknown as { __cls: number }).__cls += entry.value;
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.route(INDEX, async (route) => {
    const response = await route.fetch();
    await new Promise((resolve) => setTimeout(resolve, 600));
    await route.fulfill({ response });
  });
  await page.goto('/');
  await expect(status(page)).toBeVisible();
  // Loading is over once the featured card has replaced its placeholder and the board runs on the (slow) index;
  // a shift is reported with the frame after it.
  await expect(page.getByRole('article').filter({ hasText: /^Featured (interview|story)/ })).toBeVisible();
  await expect(page.getByTestId('featured-story-skeleton')).toHaveCount(0);
  await expect
    .poll(() => page.evaluate(() => performance.getEntriesByName('summit:create engine').length))
    .toBe(1);
  await settled(page);
  await page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
  );
  const cls = await page.evaluate(() => (window as unknown as { __cls: number }).__cls);
  expect(cls).toBeLessThan(0.1);
});
