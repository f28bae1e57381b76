/**
 * Which URL a pre-rendered page stands for, read the same way by the page's head script (before the first paint),
 * by src/main.tsx (hydrate or render afresh) and by the build (scripts/prerender). See docs/decisions/0016.
 *
 * A static host serves one file for a path whatever its query string: index.html (the board's default view) for
 * `/?area=economics`, and as the SPA fallback for `/saved` or an unknown path; stories.html for `/stories?q=…`.
 * Only the board and the stories list read the query string: a job or a story with one (`?utm_source=…`) is still
 * its own pre-rendered page.
 */

/** Pages whose content depends on the query string: pre-rendered for the URL without one. */
export const READS_QUERY: ReadonlySet<string> = new Set(['/', '/stories']);

/** True when the page rendered for `prerendered` is this URL's own page (the app hydrates it in place). */
export function isPrerenderedFor(prerendered: string | undefined, pathname: string, search: string): boolean {
  return prerendered !== undefined && prerendered === pathname + (READS_QUERY.has(pathname) ? search : '');
}

/**
 * Set on `<html>` by the head script of a page that reads the query string when this URL is not the one it was
 * rendered for: src/index.css then hides the page's main content (another view's results, never this one's), and
 * src/main.tsx clears it and renders the URL's own view.
 */
export const STALE_ATTRIBUTE = 'data-prerender-stale';

/** The attribute of that script naming the URL its page was rendered for. */
export const SCRIPT_URL_ATTRIBUTE = 'data-rendered-for';

/**
 * The head script, inline so that it runs before the first paint without a request of its own; the CSP allows it
 * by its hash (scripts/vite-csp-plugin.ts computes it from this text at build). Only on the pages in READS_QUERY,
 * and for those pages it agrees with isPrerenderedFor (pathname and query string both count).
 */
export const STALE_PAGE_SCRIPT =
  `document.currentScript.getAttribute('${SCRIPT_URL_ATTRIBUTE}')!==location.pathname+location.search&&` +
  `document.documentElement.setAttribute('${STALE_ATTRIBUTE}','')`;
