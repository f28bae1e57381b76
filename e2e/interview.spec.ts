/**
 * The featured interview, end to end on the built site: home page card → story page (TOC, deep links,
 * copy links, related jobs into the filtered board) and an axe scan in light and dark.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';
import { test } from './support/test.ts';
import { readFileSync } from 'node:fs';

interface Gold {
  title: string;
  questions: string[];
}
const gold = JSON.parse(readFileSync('test/fixtures/gold/interview.json', 'utf8')) as Gold;

/** The page renders typographer's quotes and single spaces; compare on letters and digits only. */
const loose = (text: string) =>
  text
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .toLowerCase();
const looseName = (text: string) =>
  new RegExp(
    `^\\W*${loose(text)
      .split(' ')
      .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .join('\\W+')}\\W*$`,
    'i',
  );

let slug = '';
test.beforeAll(async ({ request }) => {
  const response = await request.get('/data/articles.json');
  expect(response.ok()).toBe(true);
  const file = (await response.json()) as {
    featured: string | null;
    articles: { slug: string; title: string }[];
  };
  const featured = file.articles.find((a) => a.slug === file.featured);
  expect(featured?.title, 'the featured story is the interview').toBe(gold.title);
  slug = featured?.slug ?? '';
});

/** First loads wait for a chunk and data: allow for a busy machine (CI runs suites side by side). */
const LOAD = { timeout: 15_000 };

async function openStory(page: Page, hash = '') {
  await page.goto(`/stories/${slug}${hash}`);
  await expect(page.getByRole('heading', { level: 1, name: looseName(gold.title) })).toBeVisible(LOAD);
}

/** The related jobs, scrolled into view: they load the job index when they come near the viewport. */
async function relatedJobs(page: Page) {
  const related = page.getByRole('complementary', { name: 'Jobs related to this story' });
  await related.scrollIntoViewIfNeeded();
  return related;
}

function toc(page: Page) {
  return page.getByRole('navigation', { name: 'Table of contents' });
}

test('the home page links to the featured interview', async ({ page }) => {
  await page.goto('/');
  const link = page.getByRole('link', { name: looseName(gold.title) });
  await expect(link).toBeVisible(LOAD);
  await expect(link).toHaveAttribute('href', `/stories/${slug}`);
  await expect(page.getByText(/\d+ min read/).first()).toBeVisible();
  await link.click();
  await expect(page).toHaveURL(new RegExp(`/stories/${slug}$`), LOAD);
  await expect(page.getByRole('heading', { level: 1, name: looseName(gold.title) })).toBeVisible(LOAD);
  await expect(page).toHaveTitle(/secret sauce.* · Summit$/);
});

test('the table of contents has nine links that scroll to their questions', async ({ page }) => {
  await openStory(page);
  const links = toc(page).getByRole('link');
  await expect(links).toHaveCount(9);
  for (const [i, question] of gold.questions.entries()) {
    const n = i + 1;
    await expect(links.nth(i)).toHaveAccessibleName(looseName(question));
    await links.nth(i).click();
    await expect(page).toHaveURL(new RegExp(`#q${n}$`));
    await expect(page.getByRole('heading', { level: 2, name: looseName(question) })).toBeInViewport();
  }
  // Reading progress follows the scroll position.
  await expect
    .poll(async () =>
      Number(await page.getByRole('progressbar', { name: 'Reading progress' }).getAttribute('aria-valuenow')),
    )
    .toBeGreaterThan(50);
  // The question being read is marked in the TOC.
  await links.nth(4).click();
  await expect(links.nth(4)).toHaveAttribute('aria-current', 'location');
  await expect(toc(page).locator('[aria-current]')).toHaveCount(1);
});

test('#q4 on first load lands on question 4', async ({ page }) => {
  await openStory(page, '#q4');
  const q4 = page.getByRole('heading', { level: 2, name: looseName(gold.questions[3] ?? '') });
  await expect(q4).toBeInViewport();
  await expect(q4).toHaveAttribute('id', 'q4');
  await expect(page.getByRole('heading', { level: 1 })).not.toBeInViewport();
});

test.describe('on a narrow screen', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('the table of contents is collapsible and its links still land on the question', async ({ page }) => {
    await openStory(page);
    const toggle = toc(page).getByRole('button', { name: /In this interview/ });
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await expect(toc(page).getByRole('link')).toHaveCount(0);
    await toggle.click();
    await expect(toc(page).getByRole('link')).toHaveCount(9);
    await toc(page).getByRole('link').nth(5).click();
    await expect(
      page.getByRole('heading', { level: 2, name: looseName(gold.questions[5] ?? '') }),
    ).toBeInViewport();
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  });

  test('#q7 on first load lands on question 7', async ({ page }) => {
    await openStory(page, '#q7');
    await expect(
      page.getByRole('heading', { level: 2, name: looseName(gold.questions[6] ?? '') }),
    ).toBeInViewport();
  });
});

test('each question has a copy-link button that says "Copied"', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openStory(page);
  await page.getByRole('button', { name: 'Copy link to question 2' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Copied' })).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toMatch(new RegExp(`/stories/${slug}#q2$`));
});

test('the related-jobs links open the board filtered, with as many jobs as they say', async ({ page }) => {
  test.slow(); // one round trip story → board per link
  await openStory(page);
  const related = await relatedJobs(page);
  const filterLinks = related.getByRole('link', { name: /^\d+ jobs? (in|at) / });
  await expect(filterLinks.first()).toBeVisible(LOAD);
  await expect(related.locator('a[href^="/jobs/"]').first()).toBeVisible();
  const targets = await filterLinks.evaluateAll((links) =>
    links.map((a) => ({ name: a.textContent ?? '', href: a.getAttribute('href') ?? '' })),
  );
  expect(targets.length).toBeGreaterThan(0);

  for (const [i, target] of targets.entries()) {
    if (i > 0) await openStory(page);
    const count = Number(/^(\d+)/.exec(target.name)?.[1]);
    await (await relatedJobs(page)).getByRole('link', { name: target.name }).click();
    // The board's route loads its chunk and data before the URL changes.
    await page.waitForURL((u) => u.pathname === '/', LOAD);
    const url = new URL(page.url());
    const [key, value] = [...new URL(target.href, url).searchParams.entries()][0] ?? [];
    expect(key === 'area' || key === 'team').toBe(true);
    expect(url.searchParams.get(key ?? '')).toBe(value);
    await expect(
      page.getByRole('status').filter({ hasText: new RegExp(`\\b${count} jobs?\\b`) }),
    ).toBeVisible(LOAD);
  }
});

test('an unknown story says so and links back', async ({ page }) => {
  await page.goto('/stories/no-such-story');
  await expect(page.getByRole('heading', { level: 1, name: 'Story not found' })).toBeVisible(LOAD);
  await page.getByRole('link', { name: 'Back to all jobs' }).click();
  await expect(page).toHaveURL(/\/$/, LOAD);
});

test('a failed load shows the error with a Retry that recovers', async ({ page }) => {
  let fail = true;
  await page.route('**/data/stories/*.json', (route) =>
    fail ? route.fulfill({ status: 500, body: 'down' }) : route.continue(),
  );
  await page.goto(`/stories/${slug}`);
  await expect(page.getByRole('heading', { level: 1, name: 'This story could not be loaded' })).toBeVisible(
    LOAD,
  );
  await expect(page.getByRole('link', { name: 'Back to all jobs' })).toBeVisible();
  fail = false;
  await page.getByRole('button', { name: 'Retry' }).click();
  await expect(page.getByRole('heading', { level: 1, name: looseName(gold.title) })).toBeVisible(LOAD);
});

test('the story page loads without console errors', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await openStory(page, '#q2');
  await expect((await relatedJobs(page)).getByRole('link').first()).toBeVisible(LOAD);
  expect(errors).toEqual([]);
});

test('print hides the table of contents, progress and buttons', async ({ page }) => {
  await openStory(page);
  await page.emulateMedia({ media: 'print' });
  await expect(toc(page)).toBeHidden();
  await expect(page.getByRole('progressbar')).toBeHidden();
  await expect(page.getByRole('button', { name: /Copy link/ }).first()).toBeHidden();
  await expect(page.getByRole('heading', { level: 2 }).first()).toBeVisible();
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`axe finds no violations on the story page (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await openStory(page);
    await expect((await relatedJobs(page)).getByRole('link').first()).toBeVisible(LOAD);
    const results = await new AxeBuilder({ page }).analyze();
    expect(
      results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    ).toEqual([]);
  });
}
