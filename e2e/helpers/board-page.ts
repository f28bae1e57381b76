/** Reading the board's state off the page, the way a user (or assistive technology) would find it. */
import { type Page } from '@playwright/test';
import { expect } from './expect';

export const LEGENDS = {
  location: 'Location',
  team: 'Team',
  area: 'Research area',
  type: 'Job type',
} as const;

export function status(page: Page) {
  return page.getByRole('status').filter({ hasText: /^\d+ jobs?$/ });
}

export function jobsText(n: number): string {
  return `${n} ${n === 1 ? 'job' : 'jobs'}`;
}

export async function expectTotal(page: Page, n: number) {
  await expect(status(page)).toHaveText(jobsText(n));
}

export function facet(page: Page, key: keyof typeof LEGENDS) {
  return page.getByRole('group', { name: LEGENDS[key], exact: true });
}

export interface ShownValue {
  slug: string;
  label: string;
  count: number;
  checked: boolean;
  indeterminate: boolean;
}

/**
 * The board draws a change in two steps: the checkbox, count, chips and URL at once, then the facet counts and
 * the results (marked aria-busy until then). Reading those right after a change waits for the second step.
 */
export async function settled(page: Page) {
  await expect(page.locator('main [aria-busy="true"]')).toHaveCount(0);
}

/**
 * Opens every branch of the location tree (with many countries it starts folded: "Show places in …"), so that
 * every city's checkbox is on the page, whatever the size of the build.
 */
export async function unfoldLocations(page: Page) {
  await settled(page);
  const folded = facet(page, 'location').getByRole('button', { name: /^Show places in / });
  for (let guard = 0; guard < 500; guard++) {
    const closed = folded.and(page.locator('[aria-expanded="false"]'));
    if ((await closed.count()) === 0) return;
    await closed.first().click();
  }
}

/** Every checkbox of a facet (expanding "show more" first), with its count as shown. */
export async function shownValues(page: Page, key: keyof typeof LEGENDS): Promise<ShownValue[]> {
  await settled(page);
  if (key === 'location') await unfoldLocations(page);
  const group = facet(page, key);
  const more = group.getByRole('button', { name: /^Show \d+ more$/ });
  if (await more.count()) await more.click();
  return group.locator('input[type=checkbox]').evaluateAll((inputs) =>
    inputs.map((node) => {
      const input = node as HTMLInputElement;
      const spans = input.closest('label')?.querySelectorAll('span') ?? [];
      return {
        slug: input.value,
        label: spans[0]?.textContent ?? '',
        count: Number(spans[spans.length - 1]?.textContent ?? NaN),
        checked: input.checked,
        indeterminate: input.indeterminate,
      };
    }),
  );
}

/** Titles of the listed results, in order. */
export async function resultTitles(page: Page): Promise<string[]> {
  await settled(page);
  return page.locator('main ol > li article h3').allTextContents();
}

/** The URL's search part as the app wrote it. */
export function search(page: Page): string {
  return new URL(page.url()).search;
}

export async function historyLength(page: Page): Promise<number> {
  return page.evaluate(() => window.history.length);
}
