/**
 * The job seeker's loop, end to end on the built site: apply links, saved jobs across reloads and tabs, saved
 * searches and what is new in them after a rebuild, the "new since your last visit" filter in the URL, and axe on
 * /saved in light and dark.
 */
import AxeBuilder from '@axe-core/playwright';
import { type Page } from '@playwright/test';
import { test } from './support/test.ts';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { expect } from './helpers/expect';
import { expectTotal, search, settled } from './helpers/board-page';
import { loadJobs, type BundleJob } from './helpers/bundle';
import { returningVisitor, storeBeforeLoad } from './helpers/user-data';

test.describe.configure({ timeout: 90_000 });

const savedLink = (page: Page) => page.getByRole('banner').getByRole('link', { name: /^Saved/ });
const saveButton = (page: Page, title: string) =>
  page
    .getByRole('main')
    .getByRole('button', { name: `Save ${title}` })
    .first();

test.describe('apply', () => {
  test('a job whose listing states no job number is found on amazon.jobs by title and city', async ({
    page,
    request,
  }) => {
    const job = (await loadJobs(request)).find((j) => j.location.city === 'Seattle' && j.title !== null)!;
    await page.goto(`/jobs/${job.id}`);
    const apply = page.getByRole('link', { name: /^Find this job on amazon\.jobs/ });
    await expect(apply).toBeVisible();
    await expect(apply).toHaveAttribute('target', '_blank');
    await expect(apply).toHaveAttribute('rel', 'noopener noreferrer');
    const href = new URL((await apply.getAttribute('href'))!);
    expect(`${href.origin}${href.pathname}`).toBe('https://www.amazon.jobs/en/search');
    expect(href.searchParams.get('base_query')).toBe(job.title);
    expect(href.searchParams.get('loc_query')).toBe('Seattle');
    await expect(page.getByRole('link', { name: /^Apply on amazon\.jobs/ })).toHaveCount(0);
  });

  test("a job whose listing states its job number goes to that job's page on amazon.jobs", async ({
    page,
    request,
  }) => {
    const job = (await loadJobs(request)).find((j) => j.team === 'Ledger Insights');
    expect(job, 'the e2e build includes e2e/fixtures/job-number.txt (npm test copies it)').toBeDefined();
    await page.goto(`/jobs/${job!.id}`);
    const apply = page.getByRole('link', { name: /^Apply on amazon\.jobs/ });
    await expect(apply).toHaveAttribute('href', 'https://www.amazon.jobs/en/jobs/2812345');
    await expect(apply).toHaveAttribute('target', '_blank');
    await expect(apply).toHaveAttribute('rel', 'noopener noreferrer');
  });
});

test('saving and unsaving survive a reload and show in a second tab', async ({ page, context, request }) => {
  const jobs = await loadJobs(request);
  await page.goto('/');
  await settled(page);
  const title = (await page.locator('main ol > li article h3').first().textContent())!;
  const job = jobs.find((j) => j.displayTitle === title)!;
  const button = saveButton(page, title);
  await expect(button).toHaveAttribute('aria-pressed', 'false');
  await button.click();
  await expect(button).toHaveAttribute('aria-pressed', 'true');
  await expect(savedLink(page)).toHaveText(/Saved\s*1/);

  await page.reload();
  await expect(saveButton(page, title)).toHaveAttribute('aria-pressed', 'true');

  // The job page shows it saved too.
  await page.goto(`/jobs/${job.id}`);
  await expect(page.getByRole('button', { name: 'Save this job' })).toHaveAttribute('aria-pressed', 'true');

  const second = await context.newPage();
  await second.goto('/saved');
  const list = second.getByRole('region', { name: /Saved jobs/ });
  await expect(list.getByRole('link', { name: title }).first()).toHaveAttribute('href', `/jobs/${job.id}`);

  // Removed in the second tab: the first follows without a reload.
  await list
    .getByRole('button', { name: `Remove ${title}` })
    .first()
    .click();
  await expect(list.getByText('No saved jobs yet.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Save this job' })).toHaveAttribute('aria-pressed', 'false');
  await expect(savedLink(page)).toHaveText(/^Saved$/);
  await page.reload();
  await expect(page.getByRole('button', { name: 'Save this job' })).toHaveAttribute('aria-pressed', 'false');
});

test('a saved job that is no longer listed says so and can be removed', async ({ page }) => {
  const data = returningVisitor([]);
  data.savedJobs = [
    {
      id: 'gone-job-seattle-0badf00d',
      title: 'Gone Scientist',
      team: null,
      place: 'Seattle, WA, US',
      savedAt: 1,
    },
  ];
  await storeBeforeLoad(page, data);
  await page.goto('/saved');
  const item = page.getByRole('listitem').filter({ hasText: 'Gone Scientist' });
  await expect(item.getByText('No longer listed')).toBeVisible();
  await item.getByRole('button', { name: 'Remove Gone Scientist' }).click();
  await expect(page.getByText('No saved jobs yet.')).toBeVisible();
});

test('unreadable stored data is set aside with a notice, and the site works', async ({ page }) => {
  await page.addInitScript(() => {
    if (!sessionStorage.getItem('e2e:seeded')) {
      sessionStorage.setItem('e2e:seeded', '1');
      localStorage.setItem('summit:user-data', '{"version":2,"savedJobs":[{"id":');
    }
  });
  await page.goto('/saved');
  await expect(page.getByRole('status').filter({ hasText: 'could not be read' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: 'Saved' })).toBeVisible();
  await page.getByRole('button', { name: 'Dismiss' }).click();
  await expect(page.getByText('could not be read')).toHaveCount(0);
});

test('"new since your last visit": badges, the filter as a chip, and ?new=1 in the URL round trip', async ({
  page,
  request,
  browser,
}) => {
  const jobs = await loadJobs(request);
  // Seen at the last visit: all but two of those the board's first page shows (read in a browser of its own).
  const probe = await browser.newContext();
  const probePage = await probe.newPage();
  await probePage.goto('/');
  await settled(probePage);
  const firstIds = (
    await probePage
      .locator('main ol > li article h3 a')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''))
  )
    .slice(0, 2)
    .map((href) => href.replace(/^\/jobs\//, ''));
  await probe.close();
  const fresh = jobs.filter((j) => firstIds.includes(j.id));
  expect(fresh).toHaveLength(2);
  await storeBeforeLoad(
    page,
    returningVisitor(jobs.filter((j) => !firstIds.includes(j.id)).map((j) => j.id)),
  );
  await page.goto('/');
  await settled(page);
  const filter = page.getByRole('group', { name: 'Since your last visit' });
  const box = filter.getByRole('checkbox', { name: /New jobs/ });
  await expect(filter).toContainText('2');
  await expect(page.locator('main ol > li').filter({ hasText: 'New since your last visit' })).toHaveCount(2);

  await box.check();
  await expect.poll(() => search(page)).toBe('?new=1');
  await expectTotal(page, 2);
  await settled(page);
  const titles = await page.locator('main ol > li article h3').allTextContents();
  expect(titles.sort()).toEqual(fresh.map((j: BundleJob) => j.displayTitle).sort());
  const chip = page.getByRole('link', { name: 'Remove only filter: new since your last visit' });
  await expect(chip).toBeVisible();

  // Reloaded (the same visit): the same view.
  await page.reload();
  await expectTotal(page, 2);
  await expect(box).toBeChecked();

  // Back and forward.
  await page.goBack();
  await expect.poll(() => search(page)).toBe('');
  await expectTotal(page, jobs.length);
  await page.goForward();
  await expect.poll(() => search(page)).toBe('?new=1');
  await expectTotal(page, 2);

  // The chip removes it.
  await chip.click();
  await expect.poll(() => search(page)).toBe('');
  await expectTotal(page, jobs.length);
});

test('a first visit marks nothing new', async ({ page }) => {
  await page.goto('/');
  await settled(page);
  await expect(page.getByRole('group', { name: 'Since your last visit' })).toHaveCount(0);
  await expect(page.getByText('New since your last visit')).toHaveCount(0);
});

/** The site's documents plus one more, through the build step, into a folder of its own. */
function rebuildWithOneMore(): string {
  const base = existsSync('.tmp/e2e-documents') ? '.tmp/e2e-documents' : 'content/documents';
  const input = path.resolve('.tmp/e2e-15-rebuild-input');
  const out = path.resolve('.tmp/e2e-15-rebuild');
  rmSync(input, { recursive: true, force: true });
  rmSync(out, { recursive: true, force: true });
  mkdirSync(input, { recursive: true });
  for (const name of readdirSync(base)) cpSync(path.join(base, name), path.join(input, name));
  cpSync('e2e/fixtures/rebuild/zz-one-more.txt', path.join(input, 'zz-one-more.txt'));
  const result = spawnSync('npm', ['run', 'ingest', '--', '--input', input, '--out', out], {
    encoding: 'utf8',
  });
  expect(result.status, result.stderr).toBe(0);
  return out;
}

test('a saved search shows "N new" after a rebuild with one more document; opening it marks it seen', async ({
  page,
}) => {
  await page.goto('/?area=machine-learning&location=us-wa');
  await settled(page);
  const before = Number(
    (await page
      .getByRole('status')
      .filter({ hasText: /^\d+ jobs?$/ })
      .textContent())!.split(' ')[0],
  );
  await page.getByRole('button', { name: 'Save this search' }).click();
  const name = page.getByRole('textbox', { name: 'Name this search' });
  await expect(name).toHaveValue('Machine learning jobs in Washington');
  await name.fill('ML in Washington');
  await page.getByRole('button', { name: 'Save search', exact: true }).click();
  await expect(page.getByText('Saved as “ML in Washington”.')).toBeVisible();

  // The site is rebuilt with one more document: serve that bundle's index from now on.
  const out = rebuildWithOneMore();
  for (const file of ['index.json', 'first-page.json', 'search-index.json', 'jobs.json']) {
    const body = readFileSync(path.join(out, file));
    await page.route(`**/data/${file}`, (route) => route.fulfill({ body, contentType: 'application/json' }));
  }
  await page.goto('/saved');
  const item = page.getByRole('region', { name: /Saved searches/ }).getByRole('listitem');
  await expect(item).toContainText(`${before + 1} jobs`);
  await expect(item).toContainText('1 new since you last looked');

  await item.getByRole('link', { name: 'ML in Washington' }).click();
  await expect.poll(() => search(page)).toBe('?location=us-wa&area=machine-learning');
  await expectTotal(page, before + 1);
  await page.goto('/saved');
  await expect(item).toContainText('Nothing new since you last looked');
});

test('a view that one feed follows offers "Subscribe" and a <link rel="alternate"> to a valid Atom feed', async ({
  page,
  request,
}) => {
  await page.goto('/?area=economics');
  await settled(page);
  const subscribe = page.getByRole('link', { name: /^Subscribe/ });
  await expect(subscribe).toHaveAttribute('href', '/data/feeds/area/economics.xml');
  const alternate = page.locator('head link[rel="alternate"][type="application/atom+xml"]');
  await expect(alternate).toHaveAttribute('href', '/data/feeds/area/economics.xml');
  const feed = await request.get('/data/feeds/area/economics.xml');
  expect(feed.ok()).toBe(true);
  const xml = await feed.text();
  expect(xml).toContain('<feed xmlns="http://www.w3.org/2005/Atom">');
  const entries = xml.match(/<entry>/g)?.length ?? 0;
  await expectTotal(page, entries);

  // Two areas: no single feed follows the view.
  await page.goto('/?area=economics,machine-learning');
  await settled(page);
  await expect(page.getByRole('link', { name: /^Subscribe/ })).toHaveCount(0);
  await expect(alternate).toHaveCount(0);
  // A region does; a city does not.
  await page.goto('/?location=us-wa');
  await expect(page.getByRole('link', { name: /^Subscribe/ })).toHaveAttribute(
    'href',
    '/data/feeds/location/us-wa.xml',
  );
  await page.goto('/?location=us-wa-seattle');
  await settled(page);
  await expect(page.getByRole('link', { name: /^Subscribe/ })).toHaveCount(0);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`axe finds no violations on /saved (${colorScheme})`, async ({ page, request }) => {
    const jobs = await loadJobs(request);
    const data = returningVisitor(jobs.map((j) => j.id));
    data.savedJobs = [
      {
        id: jobs[0]!.id,
        title: jobs[0]!.displayTitle,
        team: jobs[0]!.team,
        place: 'Seattle, WA, US',
        savedAt: 2,
      },
      {
        id: 'gone-job-seattle-0badf00d',
        title: 'Gone Scientist',
        team: null,
        place: 'Seattle, WA, US',
        savedAt: 1,
      },
    ];
    data.savedSearches = [
      { id: 's1', name: 'Machine learning jobs', query: '?area=machine-learning', savedAt: 1, lookedAt: 1 },
    ];
    await storeBeforeLoad(page, data);
    await page.emulateMedia({ colorScheme });
    await page.goto('/saved');
    await expect(page.getByText('No longer listed')).toBeVisible();
    await expect(page.getByRole('region', { name: /Saved searches/ })).toContainText(/\d+ jobs/);
    const results = await new AxeBuilder({ page }).analyze();
    expect(
      results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    ).toEqual([]);
  });
}
