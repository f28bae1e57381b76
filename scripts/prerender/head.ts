/**
 * A pre-rendered page's `<head>`: title, description, canonical URL, Open Graph and Twitter card tags, and
 * JSON-LD, written into the built index.html around the app's rendered HTML.
 */
import { READS_QUERY, SCRIPT_URL_ATTRIBUTE, STALE_PAGE_SCRIPT } from '../../src/shared/prerendered-url';
import { escapeHtml, jsonForScript } from './html';
import { absoluteUrl } from './site-url';

export interface PageHead {
  /** Exactly what the page sets as document.title once it runs (e2e/prerender.spec.ts compares them). */
  title: string;
  description: string;
  /** The page's path (and query string): the canonical URL is SITE_URL + path. */
  path: string;
  /** Open Graph type. */
  type: 'website' | 'article';
  /** Structured data, one JSON-LD block each. */
  jsonLd: readonly object[];
}

export const SITE_NAME = 'Summit';

/** The tags that go before `</head>` (the title and description replace the template's own). */
export function headTags(head: PageHead, siteUrl: string): string {
  const url = absoluteUrl(siteUrl, head.path);
  const meta = (attr: 'name' | 'property', key: string, content: string) =>
    `<meta ${attr}="${key}" content="${escapeHtml(content)}" />`;
  return [
    `<link rel="canonical" href="${escapeHtml(url)}" />`,
    meta('property', 'og:site_name', SITE_NAME),
    meta('property', 'og:type', head.type),
    meta('property', 'og:title', head.title),
    meta('property', 'og:description', head.description),
    meta('property', 'og:url', url),
    meta('name', 'twitter:card', 'summary'),
    meta('name', 'twitter:title', head.title),
    meta('name', 'twitter:description', head.description),
    ...head.jsonLd.map((data) => `<script type="application/ld+json">${jsonForScript(data)}</script>`),
    // A page that reads the query string is also served for its other views (`/?area=…`, and index.html for every
    // URL the build did not render): this hides its content there before the first paint (src/shared/
    // prerendered-url.ts). The CSP allows exactly this text by its hash.
    ...(READS_QUERY.has(head.path)
      ? [`<script ${SCRIPT_URL_ATTRIBUTE}="${escapeHtml(head.path)}">${STALE_PAGE_SCRIPT}</script>`]
      : []),
  ].join('\n    ');
}

/** The parts of the built index.html a page fills in, found once. */
export interface Template {
  html: string;
}

const TITLE = /<title>[^<]*<\/title>/;
const DESCRIPTION = /<meta\s+name="description"[^>]*>/;
const ROOT_OPEN = '<div id="root">';
const NOSCRIPT = /<noscript>[\s\S]*?<\/noscript>/;

/** Checks that the built index.html has what pageHtml replaces, so a changed template fails the build loudly. */
export function checkTemplate(html: string): Template {
  for (const [what, found] of [
    ['<title>', TITLE.test(html)],
    ['<meta name="description">', DESCRIPTION.test(html)],
    [ROOT_OPEN, html.split(ROOT_OPEN).length === 2],
    ['<noscript>', NOSCRIPT.test(html)],
    ['</head>', html.includes('</head>')],
  ] as const) {
    if (!found) throw new Error(`prerender: the built index.html has no single ${what}`);
  }
  return { html };
}

/**
 * One page's HTML: the template with the page's head, and the app's rendered HTML in place of the static shell.
 * `data-prerendered` names the URL it was rendered for: src/main.tsx hydrates only there. `keepNoscript` keeps the
 * template's "needs JavaScript" line, for pages that need it to filter (the board), not for readable pages.
 */
export function pageHtml(
  template: Template,
  {
    head,
    rootHtml,
    siteUrl,
    keepNoscript,
  }: { head: PageHead; rootHtml: string; siteUrl: string; keepNoscript: boolean },
): string {
  const { html } = template;
  const start = html.indexOf(ROOT_OPEN);
  const noscript = NOSCRIPT.exec(html);
  if (!noscript) throw new Error('prerender: no <noscript>');
  // The root element closes right before the <noscript> line (index.html's layout).
  const end = html.lastIndexOf('</div>', noscript.index);
  if (start < 0 || end < start) throw new Error('prerender: the root element was not found');
  const body =
    `<div id="root" data-prerendered="${escapeHtml(head.path)}">${rootHtml}</div>` +
    html.slice(end + '</div>'.length, noscript.index) +
    (keepNoscript ? noscript[0] : '') +
    html.slice(noscript.index + noscript[0].length);
  const top = html
    .slice(0, start)
    .replace(TITLE, () => `<title>${escapeHtml(head.title)}</title>`)
    .replace(DESCRIPTION, () => `<meta name="description" content="${escapeHtml(head.description)}" />`)
    .replace('</head>', () => `  ${headTags(head, siteUrl)}\n  </head>`);
  return top + body;
}
