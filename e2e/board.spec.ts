/**
 * The board, end to end on the built site: facets and their counts (checked against a brute-force count over
 * the bundle), keyword search, chips, no-results relaxations, the URL as the state (canonical, Back/Forward,
 * bookmarks in a fresh browser, bad URLs), paging with scroll restoration, the mobile drawer, and axe scans.
 */
import { slugify } from '../src/shared/board-state';
import AxeBuilder from '@axe-core/playwright';
import { type Page } from '@playwright/test';
import { test } from './support/test.ts';
import { expect } from './helpers/expect';
import {
  allValues,
  commonValues,
  boardUrl,
  bruteCount,
  bruteTotal,
  emptySelection,
  loadJobs,
  pick,
  seeded,
  slugsOf,
  type BundleJob,
  type FacetKey,
  type Selection,
} from './helpers/bundle';
import {
  expectTotal,
  facet,
  historyLength,
  jobsText,
  resultTitles,
  search,
  settled,
  shownValues,
  unfoldLocations,
  status,
} from './helpers/board-page';
import { largeIndex } from './helpers/large-index';

// Page loads under a busy CI machine take a while: give each test room.
test.describe.configure({ timeout: 60_000 });

let jobs: BundleJob[] = [];
test.beforeAll(async ({ request }) => {
  jobs = await loadJobs(request);
});

async function openBoard(page: Page, url = '/') {
  await page.goto(url);
  await expect(status(page)).toBeVisible();
}

test.describe('facets', () => {
  test('four facets, each a fieldset named by its legend, with native checkboxes named "value count"', async ({
    page,
  }) => {
    await openBoard(page);
    await expectTotal(page, jobs.length);
    await unfoldLocations(page);
    for (const key of ['location', 'team', 'area', 'type'] as const)
      await expect(facet(page, key)).toBeVisible();
    // "Seattle 3": the value, then its count.
    const seattle = jobs.filter((j) => j.location.city === 'Seattle').length;
    test.skip(seattle === 0, 'the bundle has no Seattle jobs');
    await expect(
      facet(page, 'location').getByRole('checkbox', { name: `Seattle ${seattle}`, exact: true }),
    ).toBeVisible();
    const interns = jobs.filter((j) => j.internship).length;
    if (interns > 0)
      await expect(
        facet(page, 'type').getByRole('checkbox', { name: `Internship ${interns}`, exact: true }),
      ).toBeVisible();
    await expect(
      facet(page, 'type').getByRole('checkbox', { name: `Full-time ${jobs.length - interns}`, exact: true }),
    ).toBeVisible();
  });

  test('counts match a brute-force count over the bundle for random filter combinations (seeded)', async ({
    page,
  }) => {
    test.setTimeout(300_000);
    const random = seeded(20_260_101);
    const values = Object.fromEntries(
      (['location', 'team', 'area', 'type'] as const).map((key) => [key, allValues(jobs, key)]),
    ) as Record<FacetKey, string[]>;
    for (let round = 0; round < 12; round++) {
      const selection = emptySelection();
      for (const key of ['location', 'team', 'area', 'type'] as const) {
        if (random() < 0.5) selection[key] = pick(random, values[key], 1 + Math.floor(random() * 2));
      }
      const url = boardUrl(selection);
      await openBoard(page, url);
      const total = bruteTotal(jobs, selection);
      await expectTotal(page, total);
      for (const key of ['location', 'team', 'area', 'type'] as const) {
        const shown = await shownValues(page, key);
        const shownSlugs = new Set(shown.map((v) => v.slug));
        for (const value of shown) {
          expect(value.count, `${url}: ${key} ${value.slug}`).toBe(
            bruteCount(jobs, selection, key, value.slug),
          );
          if (selection[key].includes(value.slug))
            expect(value.checked, `${url}: ${value.slug} checked`).toBe(true);
        }
        // Nothing with results is missing, and a selected value stays visible even at 0.
        for (const slug of values[key]) {
          if (bruteCount(jobs, selection, key, slug) > 0)
            expect(shownSlugs.has(slug), `${url}: ${key} ${slug} shown`).toBe(true);
        }
        for (const slug of selection[key])
          expect(shownSlugs.has(slug), `${url}: selected ${slug} shown`).toBe(true);
      }
    }
  });

  test('OR within a facet, AND across facets; checking a region selects every city below it', async ({
    page,
  }) => {
    await openBoard(page);
    const [a, b] = commonValues(jobs, 'area');
    test.skip(!a || !b, 'needs two research areas');
    const areaFacet = facet(page, 'area');
    const boxFor = async (slug: string) => areaFacet.locator(`input[value="${slug}"]`);
    await (await boxFor(a!)).check();
    await expectTotal(page, bruteTotal(jobs, { ...emptySelection(), area: [a!] }));
    await (await boxFor(b!)).check();
    await expectTotal(page, bruteTotal(jobs, { ...emptySelection(), area: [a!, b!] }));
    expect(search(page)).toBe(`?area=${[a!, b!].sort().join(',')}`);

    // A region with several cities: checking it checks them all, and the country shows as partly selected.
    const byRegion = new Map<string, Set<string>>();
    for (const job of jobs) {
      const [, region, city] = slugsOf(job).location;
      if (region && city) byRegion.set(region, (byRegion.get(region) ?? new Set()).add(city));
    }
    const region = [...byRegion].find(([, cities]) => cities.size > 1)?.[0];
    test.skip(!region, 'needs a region with two cities');
    await openBoard(page);
    await unfoldLocations(page);
    const location = facet(page, 'location');
    await location.locator(`input[value="${region}"]`).check();
    expect(search(page)).toBe(`?location=${region}`);
    await expectTotal(page, bruteTotal(jobs, { ...emptySelection(), location: [region!] }));
    for (const city of byRegion.get(region!)!)
      await expect(location.locator(`input[value="${city}"]`)).toBeChecked();
    const country = region!.split('-')[0]!;
    const countryBox = location.locator(`input[value="${country}"]`);
    const countryCities = new Set(jobs.map((j) => slugsOf(j).location[0]).filter((c) => c === country));
    if (countryCities.size > 0 && byRegion.size > 1) {
      await expect(countryBox).toHaveJSProperty('indeterminate', true);
    }
    // Unchecking one city keeps its siblings.
    const [first, ...rest] = [...byRegion.get(region!)!].sort();
    await location.locator(`input[value="${first}"]`).uncheck();
    expect(search(page)).toBe(`?location=${rest.sort().join(',')}`);
    await expect(location.locator(`input[value="${region}"]`)).not.toBeChecked();
  });

  test('Team has a search-within box and "show more" when it has many values', async ({ page }) => {
    const teams = allValues(jobs, 'team');
    test.skip(teams.length <= 8, 'needs more than eight teams');
    await openBoard(page);
    const team = facet(page, 'team');
    await expect(team.getByRole('checkbox')).toHaveCount(8);
    await team.getByRole('button', { name: /^Show \d+ more$/ }).click();
    await expect(team.getByRole('checkbox')).toHaveCount(teams.length);
    const target = jobs.find((j) => j.team)!.team!;
    await team.getByRole('searchbox', { name: 'Search teams' }).fill(target.slice(0, 5));
    await expect(
      team.getByRole('checkbox', {
        name: new RegExp(`^${target.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} \\d+$`),
      }),
    ).toBeVisible();
  });
});

test.describe('search, sort, chips', () => {
  test('typing searches with prefix matching, highlights matched words, and writes one history entry', async ({
    page,
  }) => {
    await openBoard(page);
    const before = await historyLength(page);
    const box = page.getByRole('searchbox', { name: 'Search jobs' });
    await box.pressSequentially('econom', { delay: 40 });
    await expect(page).toHaveURL(/\?q=econom$/);
    const titles = await resultTitles(page);
    expect(titles.length).toBeGreaterThan(0);
    const marks = await page.locator('main ol mark').allTextContents();
    expect(marks.length).toBeGreaterThan(0);
    for (const mark of marks) expect(mark.toLowerCase()).toMatch(/^econom/);
    expect(await historyLength(page)).toBe(before + 1);
    await expect(page).toHaveTitle('Jobs matching “econom” · Summit');
    // Relevance is offered while searching.
    await expect(page.getByRole('combobox', { name: 'Sort by' })).toHaveValue('relevance');
    await page.goBack();
    await expect(page).toHaveURL(/\/$/);
    await expect(box).toHaveValue('');
    await expectTotal(page, jobs.length);
  });

  test('a pause in typing while the search index loads still writes one history entry', async ({ page }) => {
    // Busy run SA3: the first commit of a search renders in a transition that waits for the search index; a second
    // commit before that render read the old location, found no search there, and pushed a second entry.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/data/search-index.json', async (route) => {
      await held;
      await route.continue().catch(() => undefined);
    });
    await openBoard(page);
    const before = await historyLength(page);
    const box = page.getByRole('searchbox', { name: 'Search jobs' });
    await box.pressSequentially('ec');
    // The history has the search (the URL changes at once) while the board still waits for the index.
    await expect(page).toHaveURL(/\?q=ec$/);
    await box.pressSequentially('on');
    await expect(page).toHaveURL(/\?q=econ$/);
    release();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/econ/);
    expect(await historyLength(page)).toBe(before + 1);
    await page.goBack();
    await expect(page).toHaveURL(/\/$/);
    await expect(box).toHaveValue('');
  });

  test('sort by title and by location, kept in the URL', async ({ page }) => {
    await openBoard(page);
    const sort = page.getByRole('combobox', { name: 'Sort by' });
    await sort.selectOption({ label: 'Location (A–Z)' });
    await expect(page).toHaveURL(/\?sort=location$/);
    await sort.selectOption({ label: 'Title (A–Z)' });
    await expect(page).toHaveURL(/\/$/);
    const titles = await resultTitles(page);
    const sorted = [...titles].sort((a, b) =>
      a.localeCompare(b, 'en', { sensitivity: 'base', numeric: true }),
    );
    expect(titles).toEqual(sorted);
  });

  test('each result is a link to /jobs/<id> named by its title, with team, location, areas and a summary', async ({
    page,
  }) => {
    const job = jobs.find((j) => j.team && j.researchAreas.length > 0)!;
    // Filtered to its team, so that it is on the first page whatever the size of the build.
    await openBoard(page, boardUrl({ team: [slugify(job.team!)] }));
    const link = page
      .getByRole('link', { name: job.displayTitle, exact: true })
      .and(page.locator(`[href="/jobs/${job.id}"]`));
    await expect(link).toBeVisible();
    const card = page.locator('article').filter({ has: link });
    await expect(card).toContainText(job.team!);
    await expect(card).toContainText(job.location.city);
    for (const area of job.researchAreas) await expect(card).toContainText(area);
  });

  test('applied filters are removable chips, with Clear all', async ({ page }) => {
    const area = allValues(jobs, 'area')[0]!;
    const type = 'full-time';
    await openBoard(page, boardUrl({ area: [area], type: [type] }, { q: 'scien' }));
    await expect(page.getByRole('link', { name: /^Remove search filter: scien$/ })).toBeVisible();
    await page.getByRole('link', { name: /^Remove job type filter: Full-time$/ }).click();
    await expect(page).toHaveURL(new RegExp(`\\?q=scien&area=${area}$`));
    await page.getByRole('link', { name: 'Clear all', exact: true }).click();
    await expect(page).toHaveURL(/\/$/);
    await expectTotal(page, jobs.length);
    await expect(page.getByRole('link', { name: /^Remove / })).toHaveCount(0);
  });

  test('no results: says so and offers each filter to drop with the jobs it brings back', async ({
    page,
  }) => {
    // A team and a research area no job shares.
    const teams = allValues(jobs, 'team');
    const areas = allValues(jobs, 'area');
    let combo: Selection | null = null;
    for (const team of teams) {
      const area = areas.find(
        (a) => bruteTotal(jobs, { ...emptySelection(), team: [team], area: [a] }) === 0,
      );
      if (area) {
        combo = { ...emptySelection(), team: [team], area: [area] };
        break;
      }
    }
    test.skip(!combo, 'every team shares every area');
    await openBoard(page, boardUrl(combo!));
    await expectTotal(page, 0);
    await expect(page.getByRole('heading', { name: /No jobs match/ })).toBeVisible();
    const withoutTeam = bruteTotal(jobs, { ...combo!, team: [] });
    const withoutArea = bruteTotal(jobs, { ...combo!, area: [] });
    const region = page.locator('main').filter({ hasText: 'Try dropping one' });
    await expect(region.getByText(`brings back ${jobsText(withoutTeam)}`).first()).toBeVisible();
    await expect(region.getByText(`brings back ${jobsText(withoutArea)}`).first()).toBeVisible();
    await page
      .getByRole('link', { name: /^Drop / })
      .first()
      .click();
    await expectTotal(page, Math.max(withoutTeam, withoutArea));
  });
});

test.describe('the URL is the state', () => {
  test('filter clicks push canonical URLs; Back and Forward restore the exact view; the title says what it is', async ({
    page,
  }) => {
    const seattle = jobs.find((j) => j.location.city === 'Seattle' && j.researchAreas.includes('Economics'));
    test.skip(!seattle, 'needs an Economics job in Seattle');
    await openBoard(page);
    await facet(page, 'area')
      .getByRole('checkbox', { name: /^Economics \d+$/ })
      .check();
    await expect(page).toHaveURL(/\/\?area=economics$/);
    await expect(page).toHaveTitle('Economics jobs · Summit');
    const afterOne = await resultTitles(page);
    await unfoldLocations(page);
    await facet(page, 'location')
      .getByRole('checkbox', { name: /^Seattle \d+$/ })
      .check();
    await expect(page).toHaveURL(/\/\?location=us-wa-seattle&area=economics$/);
    await expect(page).toHaveTitle('Economics jobs in Seattle · Summit');
    const afterTwo = await resultTitles(page);
    await expectTotal(
      page,
      bruteTotal(jobs, { ...emptySelection(), area: ['economics'], location: ['us-wa-seattle'] }),
    );

    await page.goBack();
    await expect(page).toHaveURL(/\/\?area=economics$/);
    await expect(facet(page, 'location').getByRole('checkbox', { name: /^Seattle \d+$/ })).not.toBeChecked();
    expect(await resultTitles(page)).toEqual(afterOne);
    await page.goBack();
    await expect(page).toHaveURL(/\/$/);
    await expectTotal(page, jobs.length);
    await page.goForward();
    await page.goForward();
    await expect(page).toHaveURL(/\/\?location=us-wa-seattle&area=economics$/);
    expect(await resultTitles(page)).toEqual(afterTwo);
    await expect(facet(page, 'area').getByRole('checkbox', { name: /^Economics \d+$/ })).toBeChecked();
  });

  test('a non-canonical URL is read the same as its canonical form', async ({ page }) => {
    await openBoard(page, '/?type=internship&area=robotics,economics&area=economics&sort=title&page=1');
    const canonical = await resultTitles(page);
    const total = await status(page).textContent();
    // Links on the page (chips) are written canonically.
    await expect(page.getByRole('link', { name: /^Remove job type filter/ })).toHaveAttribute(
      'href',
      '/?area=economics,robotics&sort=title',
    );
    await openBoard(page, '/?area=economics,robotics&type=internship&sort=title');
    expect(await resultTitles(page)).toEqual(canonical);
    await expect(status(page)).toHaveText(total!);
  });

  test('a bookmark reopened in a fresh browser reproduces the view exactly', async ({ page, browser }) => {
    const area = allValues(jobs, 'area')[0]!;
    await openBoard(page);
    await page.getByRole('searchbox', { name: 'Search jobs' }).fill('scientist');
    await page.getByRole('searchbox', { name: 'Search jobs' }).press('Enter');
    await expect(page).toHaveURL(/q=scientist/);
    await facet(page, 'area').locator(`input[value="${area}"]`).check();
    await page.getByRole('combobox', { name: 'Sort by' }).selectOption('location');
    await expect(page).toHaveURL(/sort=location/);
    const url = page.url();
    const view = async (p: Page) => {
      // The title, facets and results follow the URL a frame later: read them once the board has settled.
      await settled(p);
      return {
        title: await p.title(),
        status: await status(p).textContent(),
        results: await resultTitles(p),
        checked: await p
          .locator('input[type=checkbox]:checked')
          .evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value)),
        query: await p.getByRole('searchbox', { name: 'Search jobs' }).inputValue(),
        sort: await p.getByRole('combobox', { name: 'Sort by' }).inputValue(),
      };
    };
    const saved = await view(page);

    const context = await browser.newContext();
    const fresh = await context.newPage();
    await fresh.goto(url);
    await expect(status(fresh)).toBeVisible();
    expect(await view(fresh)).toEqual(saved);
    await context.close();
  });

  test('bad URLs fall back sensibly; unknown values are removable chips matching nothing', async ({
    page,
  }) => {
    test.setTimeout(120_000);
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));

    await openBoard(page, '/?location=atlantis&team=nobody-at-all');
    await expectTotal(page, 0);
    await expect(
      page.getByRole('link', { name: 'Remove location filter: atlantis (unknown value)' }),
    ).toBeVisible();
    await page.getByRole('link', { name: 'Remove team filter: nobody-at-all (unknown value)' }).click();
    await page.getByRole('link', { name: 'Remove location filter: atlantis (unknown value)' }).click();
    await expectTotal(page, jobs.length);

    // Malformed percent-encoding.
    await openBoard(page, '/?q=%E0%A4%A&area=%&location=%ZZ&sort=%');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

    // A 3,000-character query.
    await openBoard(page, `/?q=${'causal '.repeat(430)}`);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    expect(
      (await page.getByRole('searchbox', { name: 'Search jobs' }).inputValue()).length,
    ).toBeLessThanOrEqual(200);

    // Negative, huge and junk page numbers.
    for (const p of ['-3', '0', '99999999', 'abc', '1e9']) {
      await openBoard(page, `/?page=${p}`);
      await expectTotal(page, jobs.length);
      expect((await resultTitles(page)).length).toBeGreaterThan(0);
    }
    // Unknown sort and unknown keys are ignored.
    await openBoard(page, '/?sort=shoe-size&colour=blue');
    await expectTotal(page, jobs.length);

    // An unknown path is a page, not a blank screen.
    await page.goto('/no/such/page');
    await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Browse all jobs' })).toBeVisible();
    expect(errors).toEqual([]);
  });
});

test.describe('many results', () => {
  test('pages of 20 with canonical links; Back returns to the list at the same scroll position', async ({
    page,
    request,
  }) => {
    const big = await largeIndex(request, 130);
    await page.route('**/data/index.json', (route) => route.fulfill({ json: big.index }));
    await page.route('**/data/jobs/*.json', (route) =>
      route.fulfill({ json: big.detailFor(route.request().url()) }),
    );
    await openBoard(page);
    await expectTotal(page, 130);
    await expect(page.locator('main ol > li')).toHaveCount(20);
    const nav = page.getByRole('navigation', { name: 'Pagination' });
    await expect(nav.getByRole('link', { name: 'Page 2' })).toHaveAttribute('href', '/?page=2');
    await nav.getByRole('link', { name: 'Page 2' }).click();
    await expect(page).toHaveURL(/\?page=2$/);
    await expect(page.locator('main ol > li').first()).toBeVisible();
    expect(await page.evaluate(() => window.scrollY)).toBeLessThan(400);

    // Scroll down the list, open a job, come back: same page, same place.
    const target = page.locator('main ol > li').nth(14).getByRole('link');
    await target.scrollIntoViewIfNeeded();
    // A wheel scrolls smoothly, over several frames: read the position once that scroll has ended, or the board
    // remembers a later one than `y`. Only a scrollend away from the start counts: the one for scrollIntoView can
    // arrive late on a busy machine (busy run SB3: `y` was read 120 px short of where the wheel took the page).
    await page.evaluate(() => {
      const w = window as Window & { scrollEnded?: Promise<void> };
      const start = window.scrollY;
      w.scrollEnded = new Promise((resolve) => {
        const ended = () => {
          if (window.scrollY === start) return;
          removeEventListener('scrollend', ended);
          resolve();
        };
        addEventListener('scrollend', ended);
      });
    });
    await page.mouse.wheel(0, 120);
    await page.evaluate(() => (window as Window & { scrollEnded?: Promise<void> }).scrollEnded);
    const y = await page.evaluate(() => window.scrollY);
    expect(y).toBeGreaterThan(600);
    const name = await target.textContent();
    await target.click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(name!);
    await page.goBack();
    await expect(page).toHaveURL(/\?page=2$/);
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(y - 5);
    expect(Math.abs((await page.evaluate(() => window.scrollY)) - y)).toBeLessThanOrEqual(5);

    // Forward and Back again through "Back to results".
    await page.goForward();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(name!);
    await page.getByRole('link', { name: 'Back to results' }).click();
    await expect(page).toHaveURL(/\?page=2$/);
    await expect.poll(() => page.evaluate(() => Math.round(window.scrollY))).toBeGreaterThan(y - 5);
  });
});

test.describe('mobile', () => {
  test.use({ viewport: { width: 390, height: 800 }, hasTouch: true });

  test('filters open in a modal drawer: focus trapped, Esc closes, "Show N jobs" applies', async ({
    page,
  }) => {
    await openBoard(page);
    // The results lead the page: the first result is above the fold.
    await expect(page.locator('main ol > li').first()).toBeInViewport();
    await expect(page.getByRole('group', { name: 'Location', exact: true })).toBeHidden();
    const opener = page.getByRole('button', { name: /^Filters/ });
    await opener.click();
    const drawer = page.getByRole('dialog', { name: 'Filters' });
    await expect(drawer).toBeVisible();
    // Focus stays inside while tabbing.
    for (let i = 0; i < 25; i++) {
      await page.keyboard.press('Tab');
      expect(await drawer.evaluate((d) => d.contains(document.activeElement))).toBe(true);
    }
    await page.keyboard.press('Escape');
    await expect(drawer).toBeHidden();
    await expect(opener).toBeFocused();

    await opener.click();
    const area = commonValues(jobs, 'area')[0]!;
    await drawer.locator(`input[value="${area}"]`).check();
    const n = bruteTotal(jobs, { ...emptySelection(), area: [area] });
    await expect(page).toHaveURL(new RegExp(`\\?area=${area}$`));
    await drawer.getByRole('button', { name: `Show ${jobsText(n)}` }).click();
    await expect(drawer).toBeHidden();
    await expectTotal(page, n);
    await expect(page.getByRole('button', { name: /^Filters 1 applied$/ })).toBeVisible();
  });

  test('axe: the drawer has no violations', async ({ page }) => {
    await openBoard(page, boardUrl({ area: [allValues(jobs, 'area')[0]!] }));
    await page.getByRole('button', { name: /^Filters/ }).click();
    await expect(page.getByRole('dialog', { name: 'Filters' })).toBeVisible();
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations).toEqual([]);
  });

  test('axe: the list on a phone has no violations', async ({ page }) => {
    await openBoard(page);
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations).toEqual([]);
  });
});

test.describe('accessibility', () => {
  for (const scheme of ['light', 'dark'] as const) {
    test(`axe: the list (filtered, searched, ${scheme}) has no violations`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await openBoard(page, boardUrl({ area: [allValues(jobs, 'area')[0]!] }, { q: 'scien' }));
      await expect(page.locator('main ol mark').first()).toBeVisible();
      const results = await new AxeBuilder({ page }).analyze();
      expect(results.violations).toEqual([]);
    });
  }

  test('axe: the no-results view has no violations', async ({ page }) => {
    await openBoard(page, '/?team=nobody-at-all');
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations).toEqual([]);
  });

  test('the result count is a live region; a skip link leads to the content', async ({ page }) => {
    await openBoard(page);
    await expect(status(page)).toHaveAttribute('role', 'status');
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to content' });
    await expect(skip).toBeFocused();
    await skip.press('Enter');
    await expect(page.locator('#main')).toBeFocused();
  });
});
