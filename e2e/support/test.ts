/**
 * Playwright's `test` with one change: after `page.goto` or `page.reload` lands on a pre-rendered page, it waits
 * until the app has taken that page over (src/ui/hydration.ts) before the test acts. The server's HTML shows the
 * page at once, but a click on it before hydration is lost (busy run A2 of issue 12: "Copy link" clicked on the
 * story's static HTML, no "Copied"). Pages that are not hydrated (rendered afresh, JavaScript off, scripts held by
 * a test, an XML file) never carry the attribute, so the wait ends at once there.
 */
import { test as base, type Page } from '@playwright/test';

const HYDRATING = 'html[data-hydrating]';

async function untilHydrated(page: Page): Promise<void> {
  await page.locator(HYDRATING).waitFor({ state: 'detached' });
}

export const test = base.extend({
  page: async ({ page }, use) => {
    const goto = page.goto.bind(page);
    const reload = page.reload.bind(page);
    page.goto = async (...args: Parameters<Page['goto']>) => {
      const response = await goto(...args);
      await untilHydrated(page);
      return response;
    };
    page.reload = async (...args: Parameters<Page['reload']>) => {
      const response = await reload(...args);
      await untilHydrated(page);
      return response;
    };
    await use(page);
  },
});
