/**
 * The site's Content Security Policy and security headers, in one place: the build writes the policy into the built
 * index.html as a `<meta http-equiv="Content-Security-Policy">`, and writes `_headers` (Netlify / Cloudflare Pages)
 * with the same policy as an HTTP header (plus frame-ancestors, which browsers ignore in a meta tag) and the other
 * security headers. e2e/csp.spec.ts checks that the two agree and that the site runs under them without a single
 * violation.
 *
 * Build only (`apply: 'build'`): the dev server needs inline scripts for React Refresh and injects styles inline.
 *
 * What the built app needs, checked in Chromium (docs/reliability.md):
 * - scripts: Vite emits only external module scripts (no inline bootstrap), so script-src 'self' is enough, plus
 *   the one inline script of the pages that read the query string (src/shared/prerendered-url.ts), allowed by its
 *   hash, computed here from its text;
 * - styles: Tailwind's CSS is one external file; React's `style` props go through the CSSOM, which CSP allows;
 * - data: fetch() of /data/*.json, same origin;
 * - images: same origin plus data: URIs (inline SVG/placeholder art).
 */
import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';
import { STALE_PAGE_SCRIPT } from '../src/shared/prerendered-url.ts';

/** A CSP source that allows an inline script with exactly this text. */
export function scriptHashSource(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/** Directive → sources, in the order they are written. */
export const CSP_DIRECTIVES: readonly (readonly [string, string])[] = [
  ['default-src', "'self'"],
  ['script-src', `'self' ${scriptHashSource(STALE_PAGE_SCRIPT)}`],
  ['style-src', "'self'"],
  ['img-src', "'self' data:"],
  ['connect-src', "'self'"],
  ['font-src', "'self'"],
  ['object-src', "'none'"],
  ['base-uri', "'none'"],
  ['form-action', "'self'"],
  ['frame-ancestors', "'none'"],
];

/** Directives a `<meta>` policy may not carry (the browser ignores them there and logs an error). */
const HEADER_ONLY = new Set(['frame-ancestors', 'report-uri', 'sandbox']);

/** The policy as an HTTP header value (everything). */
export function cspHeader(): string {
  return CSP_DIRECTIVES.map(([name, value]) => `${name} ${value}`).join('; ');
}

/** The policy for the `<meta http-equiv>` tag: the header's directives minus the header-only ones. */
export function cspMeta(): string {
  return CSP_DIRECTIVES.filter(([name]) => !HEADER_ONLY.has(name))
    .map(([name, value]) => `${name} ${value}`)
    .join('; ');
}

/** The other security headers every response carries (header → value). */
export const SECURITY_HEADERS: readonly (readonly [string, string])[] = [
  ['X-Content-Type-Options', 'nosniff'],
  ['Referrer-Policy', 'strict-origin-when-cross-origin'],
  [
    'Permissions-Policy',
    'accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()',
  ],
  ['X-Frame-Options', 'DENY'],
  ['Cross-Origin-Opener-Policy', 'same-origin'],
];

/** The `_headers` file (Netlify / Cloudflare Pages): the policy and the security headers on every path. */
export function headersFile(): string {
  return [
    '# Security headers for Netlify / Cloudflare Pages, written by the build (scripts/vite-csp-plugin.ts).',
    '/*',
    `  Content-Security-Policy: ${cspHeader()}`,
    ...SECURITY_HEADERS.map(([name, value]) => `  ${name}: ${value}`),
    '',
  ].join('\n');
}

/**
 * Injects the CSP meta tag first thing in the built index.html's <head>, before any script or stylesheet, and
 * writes `_headers` beside it.
 */
export function cspPlugin(): Plugin {
  return {
    name: 'summit-csp',
    apply: 'build',
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: '_headers', source: headersFile() });
    },
    transformIndexHtml: {
      order: 'post',
      handler: () => [
        {
          tag: 'meta',
          attrs: { 'http-equiv': 'Content-Security-Policy', content: cspMeta() },
          injectTo: 'head-prepend',
        },
      ],
    },
  };
}
