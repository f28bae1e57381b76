/**
 * The site's public base URL, for everything that must name a page absolutely: canonical links, Open Graph and
 * Twitter tags, JSON-LD, sitemap.xml, robots.txt, llms.txt. Set `SITE_URL` when building for a real host
 * (`SITE_URL=https://jobs.example.org npm run build`); the default is the local preview server.
 */
export const DEFAULT_SITE_URL = 'http://localhost:4173';

/** `SITE_URL` checked and written one way (an origin, no trailing slash), or an Error that says what is wrong. */
export function readSiteUrl(value: string | undefined = process.env.SITE_URL): string {
  const raw = value === undefined || value.trim() === '' ? DEFAULT_SITE_URL : value.trim();
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`SITE_URL is not a URL: ${JSON.stringify(raw)} (expected e.g. https://jobs.example.org)`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new Error(`SITE_URL must be an http(s) URL, not ${JSON.stringify(raw)}`);
  if (url.search !== '' || url.hash !== '' || url.username !== '' || url.password !== '')
    throw new Error(
      `SITE_URL must be a plain base URL (no query, fragment or credentials): ${JSON.stringify(raw)}`,
    );
  // The app is built for the root of its host (Vite's base '/'): its own links have no prefix.
  if (url.pathname !== '/')
    throw new Error(
      `SITE_URL must be the site's origin, without a path (the app is served at /): ${JSON.stringify(raw)}`,
    );
  return url.origin;
}

/** The absolute URL of a site path (`/jobs/x`, `/?area=robotics`). */
export function absoluteUrl(siteUrl: string, path: string): string {
  return `${siteUrl}${path.startsWith('/') ? path : `/${path}`}`;
}
