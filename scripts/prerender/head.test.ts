import { describe, expect, it } from 'vitest';
import { STALE_PAGE_SCRIPT } from '../../src/shared/prerendered-url';
import { cspMeta, scriptHashSource } from '../vite-csp-plugin';
import { checkTemplate, pageHtml, type PageHead } from './head';
import { jsonForScript, truncate } from './html';
import { fileForPath } from './pages';
import { assertCspSafe } from './shard';
import { robotsTxt, sitemapXml } from './sitemap';
import { readSiteUrl } from './site-url';

const TEMPLATE = `<!doctype html>
<html lang="en">
  <head>
    <meta
      name="description"
      content="Default."
    />
    <title>Summit · Research jobs</title>
  </head>
  <body>
    <div id="root">
      <div class="shell"><main aria-busy="true"></main></div>
    </div>
    <noscript>Summit needs JavaScript to filter and search jobs.</noscript>
    <script type="module" src="/app.js"></script>
  </body>
</html>`;

const head: PageHead = {
  title: 'Economist <Pricing> — Seattle · Summit',
  description: 'Prime Video "Economics" & more',
  path: '/jobs/economist-seattle-1a2b3c4d',
  type: 'website',
  jsonLd: [{ '@type': 'Thing', name: '</script><script>alert(1)</script>' }],
};

describe('pageHtml', () => {
  const html = pageHtml(checkTemplate(TEMPLATE), {
    head,
    rootHtml: '<h1>Economist</h1>',
    siteUrl: 'https://jobs.example.org',
    keepNoscript: false,
  });

  it('puts the rendered page in place of the shell, marked with the URL it was rendered for', () => {
    expect(html).toContain(
      '<div id="root" data-prerendered="/jobs/economist-seattle-1a2b3c4d"><h1>Economist</h1></div>',
    );
    expect(html).not.toContain('class="shell"');
    expect(html).not.toContain('<noscript>');
    expect(html).toContain('<script type="module" src="/app.js"></script>');
  });

  it('writes the title, description, canonical URL, Open Graph and Twitter tags, escaped', () => {
    expect(html).toContain('<title>Economist &lt;Pricing&gt; — Seattle · Summit</title>');
    expect(html).toContain(
      '<meta name="description" content="Prime Video &quot;Economics&quot; &amp; more" />',
    );
    expect(html).not.toContain('Default.');
    expect(html).toContain(
      '<link rel="canonical" href="https://jobs.example.org/jobs/economist-seattle-1a2b3c4d" />',
    );
    expect(html).toContain(
      '<meta property="og:url" content="https://jobs.example.org/jobs/economist-seattle-1a2b3c4d" />',
    );
    expect(html).toContain('<meta property="og:type" content="website" />');
    expect(html).toContain('<meta name="twitter:card" content="summary" />');
    expect(html.indexOf('og:title')).toBeLessThan(html.indexOf('</head>'));
  });

  it('keeps JSON-LD a data block that no document text can close', () => {
    const block = /<script type="application\/ld\+json">(.*?)<\/script>/.exec(html)?.[1] ?? '';
    expect(block).not.toContain('<');
    expect(JSON.parse(block)).toEqual(head.jsonLd[0]);
    expect(jsonForScript('\u2028')).toBe('"\\u2028"');
  });

  it('keeps the noscript note when asked (the board needs JavaScript to filter)', () => {
    const board = pageHtml(checkTemplate(TEMPLATE), {
      head: { ...head, path: '/' },
      rootHtml: '',
      siteUrl: 'https://jobs.example.org',
      keepNoscript: true,
    });
    expect(board).toContain('<noscript>Summit needs JavaScript');
  });

  it('gives the pages that read the query string (and only those) the head script the CSP allows by hash', () => {
    const board = pageHtml(checkTemplate(TEMPLATE), {
      head: { ...head, path: '/' },
      rootHtml: '',
      siteUrl: 'https://jobs.example.org',
      keepNoscript: true,
    });
    const script = /<script data-rendered-for="\/">([^<]*)<\/script>/.exec(board);
    expect(script?.[1]).toBe(STALE_PAGE_SCRIPT);
    expect(board.indexOf(STALE_PAGE_SCRIPT)).toBeLessThan(board.indexOf('</head>'));
    expect(cspMeta()).toContain(scriptHashSource(STALE_PAGE_SCRIPT));
    expect(html).not.toContain('data-rendered-for');
  });
});

describe('checkTemplate', () => {
  it('fails loudly on a template without what a page fills in', () => {
    expect(() => checkTemplate(TEMPLATE.replace(/<title>.*<\/title>/, ''))).toThrow(/<title>/);
    expect(() => checkTemplate(TEMPLATE.replace('<div id="root">', '<div>'))).toThrow(/root/);
  });
});

describe('assertCspSafe', () => {
  it('refuses inline script, style attributes and event handlers', () => {
    expect(assertCspSafe('/x', '<p class="a">ok</p>')).toBe('<p class="a">ok</p>');
    expect(() => assertCspSafe('/x', '<script>$RC()</script>')).toThrow(/CSP/);
    expect(() => assertCspSafe('/x', '<div style="transform:scaleX(0)"></div>')).toThrow(/style=/);
    expect(() => assertCspSafe('/x', '<img onerror="x">')).toThrow(/onerror/);
  });
});

describe('site files', () => {
  it('maps paths to the files static hosts serve for them', () => {
    expect(fileForPath('/')).toBe('index.html');
    expect(fileForPath('/jobs/a-b')).toBe('jobs/a-b.html');
    expect(fileForPath('/stories')).toBe('stories.html');
  });

  it('writes a sitemap with absolute, escaped URLs and robots.txt pointing to it', () => {
    const xml = sitemapXml('https://x.org', [
      { path: '/jobs/a', lastmod: '2026-01-05' },
      { path: '/?q=a&b' },
    ]);
    expect(xml).toContain('<url><loc>https://x.org/jobs/a</loc><lastmod>2026-01-05</lastmod></url>');
    expect(xml).toContain('<loc>https://x.org/?q=a&amp;b</loc>');
    expect(robotsTxt('https://x.org')).toContain('Sitemap: https://x.org/sitemap.xml');
  });

  it('reads SITE_URL: a default, one form, and a clear error', () => {
    expect(readSiteUrl(undefined)).toBe('http://localhost:4173');
    expect(readSiteUrl('https://jobs.example.org/')).toBe('https://jobs.example.org');
    expect(() => readSiteUrl('https://example.org/summit/')).toThrow(/without a path/);
    expect(() => readSiteUrl('jobs.example.org')).toThrow(/not a URL/);
    expect(() => readSiteUrl('ftp://x.org')).toThrow(/http/);
    expect(() => readSiteUrl('https://x.org/?a=1')).toThrow(/plain/);
  });

  it('truncates at a word with an ellipsis', () => {
    expect(truncate('alpha beta gamma delta', 15)).toBe('alpha beta…');
    expect(truncate('short', 12)).toBe('short');
  });
});
