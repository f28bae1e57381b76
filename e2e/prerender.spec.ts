/**
 * Pre-rendered pages (scripts/prerender/): what a crawler, a link preview or a reader without JavaScript gets from
 * a job or story URL, and the app taking that HTML over (hydration) without a mismatch.
 */
import { type APIRequestContext, type Page } from '@playwright/test';
import { test } from './support/test.ts';
import { jobPostingSchema, articleLdSchema } from '../scripts/prerender/job-posting-schema';
import { prose } from '../src/features/interview/text';
import { expect } from './helpers/expect';
import { loadJobs } from './helpers/bundle';
import { expectTotal } from './helpers/board-page';
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

interface FirstPageFile {
  total: number;
  facets: { area: { slug: string; label: string; count: number }[] };
  cards: { jobs: { title: string[] } };
}

async function loadFirstPage(request: APIRequestContext): Promise<FirstPageFile> {
  const response = await request.get('/data/first-page.json');
  expect(response.ok()).toBe(true);
  return (await response.json()) as FirstPageFile;
}

test('/ answers the board pre-rendered: its head, the first page of jobs, the facets with counts, the count', async ({
  request,
}) => {
  const firstPage = await loadFirstPage(request);
  const html = await (await request.get('/')).text();
  expect(html).toContain('data-prerendered="/"');
  expect(attr(html, /<title>([^<]*)<\/title>/)).toBe('All jobs · Summit');
  expect(attr(html, /<meta name="description" content="([^"]*)"/)).toMatch(/Research jobs/);
  expect(attr(html, /<link rel="canonical" href="([^"]*)"/)).toMatch(/^https?:\/\/[^/]+\/$/);
  expect(attr(html, /<meta property="og:title" content="([^"]*)"/)).toBe('All jobs · Summit');
  expect(attr(html, /<meta property="og:url" content="([^"]*)"/)).toMatch(/^https?:\/\/[^/]+\/$/);
  expect(attr(html, /<meta name="twitter:title" content="([^"]*)"/)).toBe('All jobs · Summit');
  const text = textOf(html).replace(/\s+/g, ' ');
  expect(text).toContain('All jobs');
  expect(text).toContain(`${firstPage.total} jobs`);
  for (const title of firstPage.cards.jobs.title.slice(0, 5)) expect(text).toContain(title);
  const area = firstPage.facets.area[0];
  if (!area) throw new Error('no research area in the first page');
  expect(text).toContain(`${area.label} ${area.count}`);
  // The same file is what a static host answers for the board's other views and the SPA fallback.
  for (const url of ['/?area=economics', '/saved', '/no-such-page']) {
    const other = await request.get(url);
    expect(other.status()).toBe(200);
    expect(await other.text(), url).toContain('data-prerendered="/"');
  }
});

test('with JavaScript off, / lists the first page of jobs, each a link to its page', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  try {
    const page = await context.newPage();
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1, name: 'All jobs' })).toBeVisible();
    const links = page.locator('main ol > li article h3 a');
    await expect(links.first()).toBeVisible();
    const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    expect(hrefs.length).toBeGreaterThan(5);
    for (const href of hrefs) expect(href).toMatch(/^\/jobs\/[a-z0-9-]+$/);
    const name = (await links.first().textContent()) ?? '';
    await links.first().click();
    await expect(page).toHaveURL(hrefs[0] ?? '');
    await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  } finally {
    await context.close();
  }
});

test('before the app runs, a filtered link or another page served the board never shows its results', async ({
  page,
  request,
}) => {
  const firstPage = await loadFirstPage(request);
  const area = firstPage.facets.area.find((a) => a.count < firstPage.total);
  if (!area) throw new Error('no research area narrower than the board');
  // The app's scripts never arrive: what is on screen is what the HTML, the CSS and the head script paint.
  await page.route('**/assets/*.js', (route) => route.abort());
  const cards = page.locator('#root main ol > li');
  await page.goto('/');
  await expect(cards.first()).toBeVisible();
  for (const url of [`/?area=${area.slug}`, '/saved', '/no-such-page']) {
    await page.goto(url);
    await expect(page.locator('#root[data-prerendered="/"]'), url).toHaveCount(1);
    expect(await cards.count(), url).toBeGreaterThan(0);
    await expect(cards.first(), url).toBeHidden();
    await expect(page.locator('#root main h1'), url).toBeHidden();
    await expect(page.getByRole('link', { name: 'Summit' }), url).toBeVisible();
  }
});

/**
 * Watches, frame by frame, whether the results list the HTML parser inserted (caught by catchServerElements) is
 * visible: a requestAnimationFrame callback runs before every paint (none runs while the stylesheet still blocks
 * rendering). The app's entry script is held until the page has painted twice, so what the HTML paints before
 * the app runs is always seen, however fast the scripts arrive.
 */
async function watchServerList(page: Page) {
  await page.addInitScript(() => {
    window.__frames = 0;
    const frame = () => {
      window.__frames = (window.__frames ?? 0) + 1;
      const list = window.__serverList;
      if (list?.isConnected && list.checkVisibility({ visibilityProperty: true }))
        window.__serverListShown = true;
      requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  });
  await page.route(/\/assets\/index-[^/]+\.js$/, async (route) => {
    await page.waitForFunction(() => (window.__frames ?? 0) >= 2);
    await route.continue();
  });
}

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
    __serverList?: Element | null;
    __serverListShown?: boolean;
    __frames?: number;
  }
}

/**
 * Keeps the first `main h1` and the first results list the HTML parser inserts (the server's, not what the app
 * renders later): after hydration they must still be the ones on the page.
 */
async function catchServerElements(page: Page) {
  await page.addInitScript(() => {
    const observer = new MutationObserver(() => {
      window.__serverHeading ??= document.querySelector('#root main h1');
      window.__serverList ??= document.querySelector('#root main ol');
      if (window.__serverHeading && window.__serverList) observer.disconnect();
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
  await catchServerElements(page);
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

test('the app hydrates / in place, and renders a filtered link afresh with no mismatch and no default results shown', async ({
  page,
  request,
}) => {
  const warnings: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'warning') warnings.push(message.text());
  });
  const health = await watchHealth(page);
  await catchServerElements(page);
  await watchServerList(page);
  const firstPage = await loadFirstPage(request);
  const area = firstPage.facets.area.find((a) => a.count < firstPage.total);
  if (!area) throw new Error('no research area narrower than the board');

  await page.goto('/');
  await expectHydratedInPlace(page);
  await expect(page).toHaveTitle('All jobs · Summit');
  await expectTotal(page, firstPage.total);
  // The control: the served list was on screen here, and still is (adopted, not redrawn).
  expect(await page.evaluate(() => window.__serverListShown === true)).toBe(true);
  expect(await page.evaluate(() => window.__serverList?.isConnected === true)).toBe(true);

  // A shared filtered link: the same HTML, never painted as if it were this view; the app renders the view.
  await page.goto(`/?area=${area.slug}`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(area.label);
  await expectTotal(page, area.count);
  await expect(page.locator('html[data-prerender-stale]')).toHaveCount(0);
  expect(await page.evaluate(() => window.__serverListShown === true)).toBe(false);
  expect(await page.evaluate(() => window.__serverList?.isConnected === true)).toBe(false);

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
  expect(locs).toContain('/');
  const robots = await (await page.request.get('/robots.txt')).text();
  expect(robots).toMatch(/^Sitemap: https?:\/\/[^\s]+\/sitemap\.xml$/m);
});
