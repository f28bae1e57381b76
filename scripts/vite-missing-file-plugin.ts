/**
 * `vite preview` answers a request for a file that does not exist (`/.well-known/ai-catalog.json`, `/feed.xml`)
 * with 404, not with the SPA fallback. Vite's fallback serves index.html, status 200, to anything that accepts HTML
 * or `*` — so a crawler or an agent asking for a discovery file (robots, ai-catalog, security.txt) read the board's
 * HTML as that file: Lighthouse's agentic-browsing category failed its `ai-catalog.json` audit on "Malformed JSON".
 * App URLs keep the fallback: a path whose last segment has no extension (`/saved`) or ends in `.html`, and any
 * path under `/jobs/` or `/stories/`, where the rest is an id the app answers (its own "not found" included).
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';

const APP_ID_ROUTES = ['/jobs/', '/stories/'];

/** True when `pathname` (decoded) names a file (an extension other than .html) or a `/.well-known/` resource. */
export function namesFile(pathname: string): boolean {
  if (pathname.startsWith('/.well-known/')) return true;
  if (APP_ID_ROUTES.some((prefix) => pathname.startsWith(prefix))) return false;
  const last = pathname.slice(pathname.lastIndexOf('/') + 1);
  const dot = last.lastIndexOf('.');
  return dot > 0 && last.slice(dot).toLowerCase() !== '.html';
}

/** True when the request must be answered 404 rather than by the SPA fallback. */
export function isMissingFile(pathname: string, exists: (relativePath: string) => boolean): boolean {
  if (!namesFile(pathname)) return false;
  // Normalising an absolute path clamps `..` at the root, so the lookup stays inside the site.
  return !exists(path.posix.normalize(pathname).replace(/^\/+/, ''));
}

export function missingFilePlugin(): Plugin {
  return {
    name: 'summit-missing-file-404',
    configurePreviewServer(server) {
      const outDir = path.resolve(server.config.root, server.config.build.outDir);
      // Added directly (not returned), so it runs before Vite's static files and fallback.
      server.middlewares.use((req, res, next) => {
        if (req.method !== 'GET' && req.method !== 'HEAD') return next();
        let pathname: string;
        try {
          pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
        } catch {
          return next();
        }
        if (!isMissingFile(pathname, (relative) => existsSync(path.join(outDir, relative)))) return next();
        res.statusCode = 404;
        res.setHeader('content-type', 'text/plain; charset=utf-8');
        res.end(`Not found: ${pathname}\n`);
      });
    },
  };
}
