/**
 * Pre-rendered pages (scripts/prerender/): what a crawler, a link preview or a reader without JavaScript gets from
 * a job or story URL, and the app taking that HTML over (hydration) without a mismatch.
 */
import { test, type Page } from '@playwright/test';
import { jobPostingSchema, articleLdSchema } from '../scripts/prerender/job-posting-schema';
import { prose } from '../src/features/interview/text';
import { expect } from './helpers/expect';
import { loadJobs } from './helpers/bundle';
import { watchHealth } from './support/page-health';

interface Story {
  slug: string;
  title: string;
}

async function loadStories(page: Page): Promise<Story[]> {
  const response = await page.request.get('/data/articles.json');
  expect(response.ok()).toBe(true);
  return ((await response.json()) as { articles: Story[] }).articles;
}

/** The JSON-LD blocks of a page's HTML, parsed. */
function jsonLd(html: string): unknown[] {
  return [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map(
    (m) => JSON.parse(m[1] ?? 'null') as unknown,
  );
}

/** The first capture of `re` in `html`, with the entities the pre-render writes decoded. */
const attr = (html: string, re: RegExp) =>
  re
    .exec(html)?.[1]
    ?.replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');

test('a job URL answers HTML with the title, the description and a valid JobPosting', async ({ request }) => {
  const jobs = await loadJobs(request);
  for (const job of jobs) {
    const response = await request.get(`/jobs/${job.id}`);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toContain('text/html');
    const html = await response.text();
    expect(html).toContain(`data-prerendered="/jobs/${job.id}"`);
    const title = attr(html, /<title>([^<]*)<\/title>/);
    expect(title).toBe(`${job.displayTitle} — ${job.location.city} · Summit`);
    expect(attr(html, /<meta name="description" content="([^"]*)"/)).toContain(job.location.label);
    expect(attr(html, /<link rel="canonical" href="([^"]*)"/)).toMatch(
      new RegExp(`^https?://[^/]+/jobs/${job.id}$`),
    );
    expect(attr(html, /<meta property="og:title" content="([^"]*)"/)).toBe(title);
    expect(attr(html, /<meta name="twitter:card" content="([^"]*)"/)).toBe('summary');
    const blocks = jsonLd(html);
    expect(blocks).toHaveLength(1);
    const posting = jobPostingSchema.safeParse(blocks[0]);
    expect(posting.error?.issues ?? [], `JobPosting of ${job.id}`).toEqual([]);
    expect(posting.data?.title).toBe(job.title ?? job.displayTitle);
    expect(posting.data?.employmentType).toBe(job.internship ? 'INTERN' : 'FULL_TIME');
    expect(posting.data?.jobLocation.address.addressLocality).toBe(job.location.city);
    // The page body holds the job itself, not a shell.
    expect(html).toMatch(/<h1[^>]*>[^<]+<\/h1>/);
  }
});

test('a story URL answers HTML with its headline and a valid Article', async ({ page }) => {
  const stories = await loadStories(page);
  expect(stories.length).toBeGreaterThan(0);
  for (const story of stories) {
    const html = await (await page.request.get(`/stories/${story.slug}`)).text();
    expect(html).toContain(`data-prerendered="/stories/${story.slug}"`);
    expect(attr(html, /<meta property="og:type" content="([^"]*)"/)).toBe('article');
    const [article] = jsonLd(html);
    expect(articleLdSchema.safeParse(article).error?.issues ?? []).toEqual([]);
  }
});

/** The text of an HTML page: tags dropped, the entities React writes decoded. */
const textOf = (html: string) =>
  html
    .replace(/<[^>]*>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&amp;/g, '&');

test('/stories answers HTML with every story title and its own head', async ({ page }) => {
  const stories = await loadStories(page);
  expect(stories.length).toBeGreaterThan(0);
  const response = await page.request.get('/stories');
  expect(response.status()).toBe(200);
  const html = await response.text();
  expect(html).toContain('data-prerendered="/stories"');
  expect(attr(html, /<title>([^<]*)<\/title>/)).toBe('Stories · Summit');
  expect(attr(html, /<meta name="description" content="([^"]*)"/)).toMatch(/Amazon Science/);
  expect(attr(html, /<link rel="canonical" href="([^"]*)"/)).toMatch(/^https?:\/\/[^/]+\/stories$/);
  const text = textOf(html);
  for (const story of stories) expect(text).toContain(prose(story.title));
});

test('with JavaScript off, a job page and a story page are readable', async ({ browser, request }) => {
  const [job] = await loadJobs(request);
  if (!job) throw new Error('no jobs');
  const detail = (await (await request.get(`/data/jobs/${job.id}.json`)).json()) as {
    sections: { blocks: { type: string; text?: string }[] }[];
  };
  const firstParagraph = detail.sections.flatMap((s) => s.blocks).find((b) => b.type === 'paragraph')?.text;
  const context = await browser.newContext({ javaScriptEnabled: false });
  try {
    const page = await context.newPage();
    await page.goto(`/jobs/${job.id}`);
    await expect(page.getByRole('heading', { level: 1, name: job.displayTitle })).toBeVisible();
    await expect(page.getByText(job.location.label).first()).toBeVisible();
    if (firstParagraph) await expect(page.getByText(firstParagraph.slice(0, 60)).first()).toBeVisible();
    await expect(page).toHaveTitle(new RegExp(`· Summit$`));

    const stories = await loadStories(page);
    const story = stories[0];
    if (!story) throw new Error('no stories');
    await page.goto(`/stories/${story.slug}`);
    const heading = page.getByRole('heading', { level: 1 });
    await expect(heading).toBeVisible();
    expect((await heading.textContent())?.length).toBeGreaterThan(10);
    // Its paragraphs are there, not a skeleton.
    expect(await page.locator('main p').count()).toBeGreaterThan(5);
    await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
  } finally {
    await context.close();
  }
});

declare global {
  interface Window {
    __serverHeading?: Element | null;
  }
}

/** Keeps the first `main h1` the HTML parser inserts: after hydration it must still be the one on the page. */
async function catchServerHeading(page: Page) {
  await page.addInitScript(() => {
    const observer = new MutationObserver(() => {
      const heading = document.querySelector('#root main h1');
      if (heading) {
        window.__serverHeading = heading;
        observer.disconnect();
      }
    });
    observer.observe(document, { childList: true, subtree: true });
  });
}

/** The heading the server sent is still on the page, now owned by React (hydrated, not redrawn). */
async function expectHydratedInPlace(page: Page) {
  await expect
    .poll(() =>
      page.evaluate(() => {
        const heading = window.__serverHeading;
        return (
          heading !== undefined &&
          heading !== null &&
          heading.isConnected &&
          heading === document.querySelector('#root main h1') &&
          Object.keys(heading).some((key) => key.startsWith('__reactFiber$'))
        );
      }),
    )
    .toBe(true);
}

test('the app hydrates a job page and a story page without a warning', async ({ page, request }) => {
  const warnings: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'warning') warnings.push(message.text());
  });
  const health = await watchHealth(page);
  await catchServerHeading(page);
  const [job] = await loadJobs(request);
  if (!job) throw new Error('no jobs');
  await page.goto(`/jobs/${job.id}`);
  await expectHydratedInPlace(page);
  // Its document title is the one the HTML came with.
  await expect(page).toHaveTitle(`${job.displayTitle} — ${job.location.city} · Summit`);
  const titleFromHtml = attr(await (await request.get(`/jobs/${job.id}`)).text(), /<title>([^<]*)<\/title>/);
  expect(await page.title()).toBe(titleFromHtml);
  // The page works: a link to the board navigates in the app.
  await page.getByRole('link', { name: 'Summit' }).click();
  await expect(page).toHaveURL(/\/$/);

  const [story] = await loadStories(page);
  if (!story) throw new Error('no stories');
  await page.goto(`/stories/${story.slug}`);
  await expectHydratedInPlace(page);
  const storyTitle = attr(
    await (await request.get(`/stories/${story.slug}`)).text(),
    /<title>([^<]*)<\/title>/,
  );
  await expect(page).toHaveTitle(storyTitle ?? '');

  // A shared link with tracking parameters is still the pre-rendered page, hydrated in place.
  await page.goto(`/jobs/${job.id}?utm_source=chat`);
  await expectHydratedInPlace(page);
  await expect(page.getByRole('heading', { level: 1, name: job.displayTitle })).toBeVisible();

  // The stories list: hydrated in place with the title its HTML came with.
  await page.goto('/stories');
  await expectHydratedInPlace(page);
  await expect(page).toHaveTitle('Stories · Summit');
  // A search is not what was pre-rendered: the same file, rendered afresh with the search applied.
  const word = prose(story.title)
    .split(/\s+/)
    .find((w) => /^[A-Za-z]{6,}$/.test(w));
  if (!word) throw new Error(`no plain word in ${story.title}`);
  await page.goto(`/stories?q=${encodeURIComponent(word)}`);
  await expect(page.getByRole('heading', { level: 1, name: `Stories matching “${word}”` })).toBeVisible();
  await expect(page.getByRole('link', { name: prose(story.title) })).toBeVisible();

  expect(health.errors).toEqual([]);
  expect(await health.violations()).toEqual([]);
  expect(warnings).toEqual([]);
});

test('sitemap.xml lists every job and story page, and robots.txt points to it', async ({ page }) => {
  const jobs = await loadJobs(page.request);
  const stories = await loadStories(page);
  const sitemap = await (await page.request.get('/sitemap.xml')).text();
  const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1] ?? '').pathname);
  for (const job of jobs) expect(locs).toContain(`/jobs/${job.id}`);
  for (const story of stories) expect(locs).toContain(`/stories/${story.slug}`);
  expect(locs).toContain('/stories');
  const robots = await (await page.request.get('/robots.txt')).text();
  expect(robots).toMatch(/^Sitemap: https?:\/\/[^\s]+\/sitemap\.xml$/m);
});
