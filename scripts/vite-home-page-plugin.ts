/**
 * `vite preview` serves the pre-rendered board (home.html) for `/` with no query string, as a static host is told
 * to in the README; every other URL still falls back to index.html, the static shell (a filtered board is rendered
 * afresh by the app). See docs/decisions/0015-prerender.md.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';

export const HOME_FILE = 'home.html';

export function homePagePlugin(): Plugin {
  return {
    name: 'summit-home-page',
    configurePreviewServer(server) {
      const file = path.resolve(server.config.root, server.config.build.outDir, HOME_FILE);
      server.middlewares.use((req, _res, next) => {
        if ((req.method === 'GET' || req.method === 'HEAD') && req.url === '/' && existsSync(file))
          req.url = `/${HOME_FILE}`;
        next();
      });
    },
  };
}
