/**
 * Hostile URLs against the built site (issue 6): the adversarial corpus and a seeded random sample
 * (src/shared/test-support/hostile-urls.ts), plus hostile paths. Each must give a working page: the board's
 * heading and its "N jobs" status (or, for a path, the page's h1), the search box showing exactly the query the
 * URL parser reads, no alert, no dialog (nothing injected ran), no uncaught error, no console error, no CSP
 * violation.
 */
import { expect as baseExpect, type Page } from '@playwright/test';
import { test } from './support/test.ts';
import { parseBoardSearch } from '../src/shared/board-url.ts';
import { HOSTILE_QUERIES, sampleHostileQueries } from '../src/shared/test-support/hostile-urls.ts';
import { watchHealth } from './support/page-health.ts';

// Generous: CI and this 2-core box run several browsers at once.
const expect = baseExpect.configure({ timeout: 15_000 });
test.describe.configure({ timeout: 120_000 });

const RANDOM_COUNT = 16;
const BOARD_URLS: { name: string; search: string }[] = [
  ...HOSTILE_QUERIES,
  ...sampleHostileQueries(RANDOM_COUNT, 6).map((search, i) => ({
    name: `random #${i + 1} (seed 6)`,
    search,
  })),
];

const HOSTILE_PATHS: { name: string; path: string }[] = [
  { name: 'script tag as a job id', path: '/jobs/%3Cscript%3Ealert(1)%3C%2Fscript%3E' },
  { name: 'path traversal as a job id', path: '/jobs/..%2F..%2F..%2Fetc%2Fpasswd' },
  { name: 'NUL as a job id', path: '/jobs/%00' },
  { name: 'truncated UTF-8 as a job id', path: '/jobs/%E0%A4%A' },
  { name: 'lone percent as a job id', path: '/jobs/%' },
  { name: '__proto__ as a job id', path: '/jobs/__proto__' },
  { name: 'constructor as a job id', path: '/jobs/constructor' },
  { name: '3,000-character job id', path: `/jobs/${'a'.repeat(3000)}` },
  { name: 'emoji and RTL as a job id', path: '/jobs/%F0%9F%A7%AA%E2%80%AE' },
  { name: 'a data file path as a job id', path: '/jobs/..%2Fdata%2Fjobs.json' },
  { name: '__proto__ as a story slug', path: '/stories/__proto__' },
  { name: 'truncated UTF-8 as a story slug', path: '/stories/%E0%A4%A' },
  { name: 'script tag as a story slug', path: '/stories/%3Cscript%3E' },
  { name: 'unknown page', path: '/%2e%2e/%2e%2e/etc/passwd' },
  { name: 'the old /jobs board with a hostile query', path: '/jobs?q=%3Cscript%3E&page=-1&sort=__proto__' },
  { name: 'a job page with a hostile query and fragment', path: '/jobs/x?q=%00#%3Cscript%3E' },
];

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** Watches for anything that ran: a dialog (alert/confirm/prompt) is the tell-tale of injected script. */
function watchDialogs(page: Page): string[] {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss().catch(() => undefined);
  });
  return dialogs;
}

for (const [n, group] of chunks(BOARD_URLS, 7).entries()) {
  test(`hostile board URLs, group ${n + 1}: each gives a working board`, async ({ page, baseURL }) => {
    const health = await watchHealth(page);
    const dialogs = watchDialogs(page);
    for (const { name, search } of group) {
      await test.step(name, async () => {
        await page.goto(`/${search}`);
        await expect(page.getByRole('heading', { level: 1 }), `${name}: heading`).toBeVisible();
        await expect(
          page.getByRole('status').filter({ hasText: /^\s*\d+ jobs?\s*$/ }),
          `${name}: job count`,
        ).toBeVisible();
        await expect(page.getByRole('alert'), `${name}: no alert`).toHaveCount(0);
        // What the browser made of the URL (it strips tabs and newlines, encodes spaces) is what the app parsed.
        const expected = parseBoardSearch(new URL(`/${search}`, baseURL).search);
        await expect(
          page.getByRole('searchbox', { name: /search jobs/i }),
          `${name}: search box`,
        ).toHaveValue(expected.q);
        for (const legend of ['Location', 'Team', 'Research area', 'Job type']) {
          await expect(
            page.getByRole('group', { name: legend }).first(),
            `${name}: ${legend} filters`,
          ).toBeAttached();
        }
      });
    }
    expect(dialogs, 'no injected script ran').toEqual([]);
    expect(health.errors, 'page errors and console errors').toEqual([]);
    expect(await health.violations(), 'CSP violations').toEqual([]);
  });
}

test('hostile paths: each gives a page with a heading, never a white screen or an error', async ({
  page,
  request,
}) => {
  // A job id that names no job: its data file is a 404 (as on any static host), which the browser logs; the
  // page says "not found" (the heading below).
  const health = await watchHealth(page, {
    allowFailedResource: (url) => new URL(url).pathname.startsWith('/data/jobs/'),
  });
  const dialogs = watchDialogs(page);
  // Answer every page request with the app, as a static host's SPA fallback does. (`vite preview` itself answers
  // 404 to paths whose percent-encoding does not decode, e.g. /jobs/%E0%A4%A: that is the preview server, and this
  // test is about the app.)
  const html = await (await request.get('/')).text();
  await page.route('**/*', (route) =>
    route.request().resourceType() === 'document'
      ? route.fulfill({ status: 200, contentType: 'text/html', body: html })
      : route.fallback(),
  );
  for (const { name, path } of HOSTILE_PATHS) {
    await test.step(name, async () => {
      await page.goto(path);
      await expect(page.getByRole('link', { name: 'Summit' }), `${name}: the shell`).toBeVisible();
      await expect(page.getByRole('heading', { level: 1 }), `${name}: a heading`).toBeVisible();
    });
  }
  expect(dialogs, 'no injected script ran').toEqual([]);
  expect(health.errors, 'page errors and console errors').toEqual([]);
  expect(await health.violations(), 'CSP violations').toEqual([]);
});

test('typing hostile text into the search box keeps the board working and the URL canonical', async ({
  page,
}) => {
  const health = await watchHealth(page);
  const dialogs = watchDialogs(page);
  await page.goto('/');
  const box = page.getByRole('searchbox', { name: /search jobs/i });
  for (const text of [
    '<img src=x onerror=alert(1)>',
    '%E0%A4%A',
    '__proto__',
    '\u202eevil',
    'x'.repeat(500),
    '😀 lab',
  ]) {
    await box.fill(text);
    await expect(page.getByRole('status').filter({ hasText: /^\s*\d+ jobs?\s*$/ })).toBeVisible();
    const expected = parseBoardSearch(`?q=${encodeURIComponent(text)}`).q;
    expect(expected.length).toBeLessThanOrEqual(200);
    await expect.poll(() => parseBoardSearch(new URL(page.url()).search).q).toBe(expected);
  }
  expect(dialogs).toEqual([]);
  expect(health.errors).toEqual([]);
  expect(await health.violations()).toEqual([]);
});
