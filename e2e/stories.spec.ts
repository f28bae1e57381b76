/**
 * Stories and jobs, linked both ways, on the site built from the user's documents plus the dev corpus's pages:
 * `/stories`, a story page that is not an interview, the board filtered by story (URL round trip, Back/Forward,
 * a bookmark opened in a fresh context), and "Listed with" on every job page. Expectations come from the built
 * bundle, never from titles written here: titles depend on the article parser.
 */
import AxeBuilder from '@axe-core/playwright';
import { type Page } from '@playwright/test';
import { test } from './support/test.ts';
import { expectTotal, resultTitles, search, settled } from './helpers/board-page';
import { expect } from './helpers/expect';

test.describe.configure({ timeout: 60_000 });

interface Story {
  slug: string;
  kind: 'interview' | 'article';
  title: string;
  jobCount: number;
}
interface ArticleFile {
  featured: string | null;
  articles: { slug: string; kind: string; title: string; jobs: string[]; qa: unknown[] }[];
}
interface Job {
  id: string;
  displayTitle: string;
  stories: { slug: string; title: string }[];
  sources: { file: string }[];
}

let stories: Story[] = [];
let featured: string | null = null;
let articles: ArticleFile['articles'] = [];
let jobs: Job[] = [];

test.beforeAll(async ({ request }) => {
  const list = (await (await request.get('/data/stories.json')).json()) as {
    featured: string | null;
    stories: Story[];
  };
  stories = list.stories;
  featured = list.featured;
  articles = ((await (await request.get('/data/articles.json')).json()) as ArticleFile).articles;
  jobs = ((await (await request.get('/data/jobs.json')).json()) as { jobs: Job[] }).jobs;
  // The e2e build reads the user's page and the dev corpus's eight (scripts/e2e-documents.mjs).
  expect(stories.length, 'the e2e build has the user’s story and the dev corpus’s').toBe(9);
});

/** The page renders typographer's quotes and single spaces: compare on letters and digits only. */
const loose = (text: string) =>
  new RegExp(
    `^\\W*${text
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim()
      .split(' ')
      .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .join('\\W+')}\\W*$`,
    'iu',
  );

async function axe(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  expect(
    results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
  ).toEqual([]);
}

const storyCards = (page: Page) =>
  page
    .getByRole('main')
    .getByRole('listitem')
    .filter({ has: page.locator('article') });

test('/stories lists every story as a card, the featured one first, each with its jobs', async ({ page }) => {
  await page.goto('/stories');
  await expect(page.getByRole('heading', { level: 1, name: 'Stories' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Stories', exact: true })).toHaveAttribute(
    'aria-current',
    'page',
  );
  await expect(page.getByRole('link', { name: 'Jobs', exact: true })).not.toHaveAttribute('aria-current');
  const cards = storyCards(page);
  await expect(cards).toHaveCount(stories.length);
  const order = [
    ...stories.filter((s) => s.slug === featured),
    ...stories.filter((s) => s.slug !== featured),
  ];
  for (const [i, story] of order.entries()) {
    const card = cards.nth(i);
    await expect(card.getByRole('link', { name: loose(story.title) })).toHaveAttribute(
      'href',
      `/stories/${story.slug}`,
    );
    await expect(card).toContainText(story.kind === 'interview' ? /interview/i : /article/i);
    await expect(card).toContainText(/\d+ min read/);
    await expect(
      card.getByRole('link', {
        name: `${story.jobCount} ${story.jobCount === 1 ? 'job' : 'jobs'} listed with this story`,
      }),
    ).toHaveAttribute('href', `/?story=${story.slug}`);
  }
});

test('/stories?q= keeps the stories whose title matches, and says when none do', async ({ page }) => {
  const story = stories.find((s) => s.slug !== featured)!;
  const word = story.title.split(/[^\p{L}\p{N}]+/u).find((w) => w.length >= 6) ?? story.title;
  const matching = stories.filter((s) => `${s.title}`.toLowerCase().includes(word.toLowerCase()));
  await page.goto(`/stories?q=${encodeURIComponent(word)}`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Stories matching');
  await expect(storyCards(page).getByRole('link', { name: loose(story.title) })).toBeVisible();
  expect(await storyCards(page).count()).toBeGreaterThanOrEqual(matching.length);
  expect(await storyCards(page).count()).toBeLessThan(stories.length);
  await page.goto('/stories?q=zzqxv');
  await expect(page.getByText(/No story’s title or summary matches/)).toBeVisible();
  await expect(page.getByRole('link', { name: 'See all stories' })).toHaveAttribute('href', '/stories');
});

test('a keyword on the board shows the stories it finds above the jobs, linked to them', async ({ page }) => {
  const story = stories.find((s) => s.slug !== featured)!;
  const word = story.title.split(/[^\p{L}\p{N}]+/u).find((w) => w.length >= 6) ?? story.title;
  await page.goto(`/?q=${encodeURIComponent(word)}`);
  const row = page.getByRole('region', { name: /^(Stories match|A story matches) “/ });
  await expect(row).toBeVisible();
  const link = row.getByRole('link', { name: loose(story.title) });
  // At most three in the row; the rest are one link away on /stories?q=.
  if (await link.isVisible()) {
    await link.click();
    await expect(page).toHaveURL(`/stories/${story.slug}`);
  } else {
    await row.getByRole('link', { name: /^All \d+ stories matching$/ }).click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Stories matching');
  }
  await page.goto('/?q=zzqxv');
  await expect(page.getByRole('main')).toContainText(/No jobs|0 jobs/);
  await expect(page.getByRole('region', { name: /^(Stories match|A story matches) “/ })).toHaveCount(0);
});

test('the home page shows the featured story, three more and a link to all', async ({ page }) => {
  await page.goto('/');
  const block = page.getByRole('region', { name: 'Stories' });
  const f = stories.find((s) => s.slug === featured)!;
  await expect(block.getByRole('link', { name: loose(f.title) })).toBeVisible();
  await expect(block.getByRole('listitem')).toHaveCount(3);
  await block.getByRole('link', { name: `All ${stories.length} stories` }).click();
  await expect(page).toHaveURL(/\/stories$/);
  await expect(storyCards(page)).toHaveCount(stories.length);
});

test('a story that is not an interview: its structure, no table of contents, and every job of its page', async ({
  page,
}) => {
  const article = articles.find((a) => a.kind === 'article' && a.jobs.length > 0)!;
  await page.goto(`/stories/${article.slug}`);
  await expect(page.getByRole('heading', { level: 1, name: loose(article.title) })).toBeVisible();
  await expect(page.locator('main article').getByText('Article', { exact: true })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Table of contents' })).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Stories', exact: true })).toHaveAttribute(
    'aria-current',
    'true',
  );
  const listed = page.getByRole('region', { name: 'Jobs listed with this story' });
  await listed.scrollIntoViewIfNeeded();
  const more = listed.getByRole('button', { name: /^Show all \d+ jobs$/ });
  await expect(listed.locator('a[href^="/jobs/"]').first()).toBeVisible();
  if (await more.count()) await more.click();
  const hrefs = await listed
    .locator('a[href^="/jobs/"]')
    .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  expect(hrefs).toEqual(article.jobs.map((id) => `/jobs/${id}`));
  await expect(listed.getByRole('link', { name: /on the board/ })).toHaveAttribute(
    'href',
    `/?story=${article.slug}`,
  );
});

test('an unknown story slug: Story not found, with links to all stories and to the board', async ({
  page,
}) => {
  await page.goto('/stories/no-such-story');
  await expect(page.getByRole('heading', { level: 1, name: 'Story not found' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'See all stories' })).toHaveAttribute('href', '/stories');
  await expect(page.getByRole('link', { name: 'Back to all jobs' })).toHaveAttribute('href', '/');
});

test('every story’s board filter shows exactly the jobs listed with it', async ({ page }) => {
  for (const article of articles) {
    await page.goto(`/?story=${article.slug}`);
    await expectTotal(page, article.jobs.length);
    await settled(page);
    const hrefs = await page
      .locator('main ol > li article h3 a')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(new Set(hrefs), article.slug).toEqual(
      new Set(article.jobs.slice(0, 20).map((id) => `/jobs/${id}`)),
    );
    await expect(page.getByRole('link', { name: /^Remove listed with filter: / })).toBeVisible();
  }
});

test('the story filter: from the story page to the board, combined with a facet, Back/Forward, a bookmark', async ({
  page,
  browser,
}) => {
  const article = [...articles].sort((a, b) => b.jobs.length - a.jobs.length)[0]!;
  await page.goto(`/stories/${article.slug}`);
  const listed = page.getByRole('region', { name: 'Jobs listed with this story' });
  await listed.scrollIntoViewIfNeeded();
  await listed.getByRole('link', { name: /on the board/ }).click();
  await expect(page).toHaveURL(new RegExp(`/\\?story=${article.slug}$`));
  await expectTotal(page, article.jobs.length);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('listed with');
  await expect(page.getByRole('link', { name: /^Remove listed with filter: / })).toBeVisible();

  // Combined with a facet: the count respects both, the URL is canonical (story after the facets).
  const area = page.getByRole('group', { name: 'Research area', exact: true }).getByRole('checkbox').first();
  const label = (await area.evaluate((el) => el.closest('label')?.textContent ?? '')).trim();
  const count = Number(/(\d+)$/.exec(label)?.[1]);
  expect(count).toBeGreaterThan(0);
  expect(count).toBeLessThanOrEqual(article.jobs.length);
  await area.click();
  await expectTotal(page, count);
  expect(search(page)).toMatch(new RegExp(`^\\?area=[a-z0-9-]+&story=${article.slug}$`));
  const combined = page.url();
  const titles = await resultTitles(page);

  await page.goBack();
  await expect(page).toHaveURL(new RegExp(`/\\?story=${article.slug}$`));
  await expectTotal(page, article.jobs.length);
  await page.goForward();
  await expect(page).toHaveURL(combined);
  await expectTotal(page, count);

  // A bookmark in a fresh context reproduces the view.
  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.goto(combined);
  await expectTotal(other, count);
  expect(await resultTitles(other)).toEqual(titles);
  await fresh.close();

  // Removing the chip keeps the facet.
  await page.getByRole('link', { name: /^Remove listed with filter: / }).click();
  expect(search(page)).toMatch(/^\?area=[a-z0-9-]+$/);
});

test('every job page says where it was listed, with a link to each story', async ({ page }) => {
  test.setTimeout(240_000);
  const listedWith = jobs.filter((j) => j.stories.length > 0);
  // Every job seen on a page with a story carries it; the fixtures (zz-*.txt, listings only) add none.
  const onStoryPages = jobs.filter((j) => j.sources.some((s) => !s.file.startsWith('zz-')));
  expect(listedWith.map((j) => j.id)).toEqual(onStoryPages.map((j) => j.id));
  expect(
    jobs.some((j) => j.stories.length > 1),
    'a job repeated on two pages',
  ).toBe(true);
  for (const job of listedWith) {
    await page.goto(`/jobs/${job.id}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(job.displayTitle);
    const list = page.getByRole('list', { name: 'Listed with' });
    await expect(list.getByRole('link')).toHaveCount(job.stories.length);
    for (const [i, story] of job.stories.entries())
      await expect(list.getByRole('link').nth(i)).toHaveAttribute('href', `/stories/${story.slug}`);
  }
  const twice = listedWith.find((j) => j.stories.length > 1)!;
  await page.goto(`/jobs/${twice.id}`);
  await page.getByRole('list', { name: 'Listed with' }).getByRole('link').nth(1).click();
  await expect(page.getByRole('heading', { level: 1, name: loose(twice.stories[1]!.title) })).toBeVisible();
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`axe finds no violations on /stories, a story page, the story filter and a job page (${colorScheme})`, async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme });
    await page.goto('/stories');
    await expect(storyCards(page)).toHaveCount(stories.length);
    await axe(page);
    const article = articles.find((a) => a.kind === 'article' && a.jobs.length > 0)!;
    await page.goto(`/stories/${article.slug}`);
    const listed = page.getByRole('region', { name: 'Jobs listed with this story' });
    await listed.scrollIntoViewIfNeeded();
    await expect(listed.locator('a[href^="/jobs/"]').first()).toBeVisible();
    await axe(page);
    await page.goto(`/?story=${article.slug}`);
    await expectTotal(page, article.jobs.length);
    await settled(page);
    await axe(page);
    const job = jobs.find((j) => j.stories.length > 1)!;
    await page.goto(`/jobs/${job.id}`);
    await expect(page.getByRole('list', { name: 'Listed with' })).toBeVisible();
    await axe(page);
  });
}
