/** sitemap.xml (every pre-rendered page) and robots.txt (which points to it). */
import { escapeHtml } from './html';
import { absoluteUrl } from './site-url';

export interface SitemapEntry {
  path: string;
  /** YYYY-MM-DD, when known. */
  lastmod?: string;
}

/** One sitemap file holds at most 50,000 URLs (sitemaps.org); the build refuses more rather than write a bad one. */
export const SITEMAP_MAX_URLS = 50_000;

export function sitemapXml(siteUrl: string, entries: readonly SitemapEntry[]): string {
  if (entries.length > SITEMAP_MAX_URLS)
    throw new Error(`sitemap: ${entries.length} URLs, more than the ${SITEMAP_MAX_URLS} one file may hold`);
  const urls = entries.map(
    ({ path, lastmod }) =>
      `  <url><loc>${escapeHtml(absoluteUrl(siteUrl, path))}</loc>${lastmod === undefined ? '' : `<lastmod>${lastmod}</lastmod>`}</url>`,
  );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...urls,
    '</urlset>',
    '',
  ].join('\n');
}

export function robotsTxt(siteUrl: string): string {
  return ['User-agent: *', 'Allow: /', '', `Sitemap: ${absoluteUrl(siteUrl, '/sitemap.xml')}`, ''].join('\n');
}
