/**
 * The site's Content Security Policy, in one place: the build writes it into the built index.html as a
 * `<meta http-equiv="Content-Security-Policy">` (this plugin), and public/_headers sends the same policy as an HTTP
 * header (plus frame-ancestors, which browsers ignore in a meta tag). e2e/csp.spec.ts checks that the two agree and
 * that the site runs under it without a single violation.
 *
 * Build only (`apply: 'build'`): the dev server needs inline scripts for React Refresh and injects styles inline.
 *
 * What the built app needs, checked in Chromium (docs/reliability.md):
 * - scripts: Vite emits only external module scripts (no inline bootstrap), so script-src 'self' is enough;
 * - styles: Tailwind's CSS is one external file; React's `style` props go through the CSSOM, which CSP allows;
 * - data: fetch() of /data/*.json, same origin;
 * - images: same origin plus data: URIs (inline SVG/placeholder art).
 */
import type { Plugin } from 'vite';

/** Directive → sources, in the order they are written. */
export const CSP_DIRECTIVES: readonly (readonly [string, string])[] = [
  ['default-src', "'self'"],
  ['script-src', "'self'"],
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

/** Injects the CSP meta tag first thing in the built index.html's <head>, before any script or stylesheet. */
export function cspPlugin(): Plugin {
  return {
    name: 'summit-csp',
    apply: 'build',
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
