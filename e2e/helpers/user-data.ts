/** The visitor's stored data as the specs set it up: built with the app's own model, so it is always valid. */
import type { Page } from '@playwright/test';
import {
  emptyUserData,
  jobKey,
  packKeys,
  serialiseUserData,
  USER_DATA_KEY,
  type UserData,
} from '../../src/shared/user-data';

/** Stored data for a returning visitor: `seenIds` seen on a visit that ended long ago. */
export function returningVisitor(seenIds: readonly string[], now = Date.now()): UserData {
  const long = now - 24 * 3600 * 1000;
  return {
    ...emptyUserData(),
    seen: [{ at: long - 1000, first: true, ids: packKeys(seenIds.map(jobKey)) }],
    visit: { start: long - 1000, last: long },
  };
}

/** Puts `data` in the page's localStorage before any of the site's scripts run (first load only). */
export async function storeBeforeLoad(page: Page, data: UserData): Promise<void> {
  await page.addInitScript(
    ([key, value]) => {
      if (sessionStorage.getItem('e2e:seeded')) return;
      sessionStorage.setItem('e2e:seeded', '1');
      localStorage.setItem(key, value);
    },
    [USER_DATA_KEY, serialiseUserData(data)] as const,
  );
}
