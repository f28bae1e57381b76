/**
 * Writes each page's route chunks into the built public/preload-data.js, so that it can ask for them
 * (`<link rel="modulepreload">`) while the app's entry chunk is still downloading. Without it, a route's chunk is
 * requested only once the entry has run: one more round trip before the first real content (on a phone's network,
 * the largest part of the time to Largest Contentful Paint).
 *
 * Build only. preload-data.js holds `const ROUTE_CHUNKS = {};` (empty in the dev server, where there are no chunks);
 * the built copy gets `{ home: [...], job: [...], story: [...], stories: [...] }`, each route's chunk and the chunks it imports
 * statically, minus the entry's (already loading). The build fails if the marker or a route is missing, rather than
 * ship a site that silently preloads nothing.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { transform } from 'esbuild';
import path from 'node:path';
import type { Plugin } from 'vite';

/**
 * Route name (as preload-data.js uses it) → the modules of the lazy chunks its first view needs: the route's own,
 * and for job and story pages the zod schemas their data is validated with (router.tsx loads them beside it).
 */
export const ROUTE_MODULES: Readonly<Record<string, readonly string[]>> = {
  home: ['src/app/home-route.tsx'],
  job: ['src/features/jobs/job-route.tsx', 'src/lib/data/schemas.ts'],
  story: ['src/app/story-page.tsx', 'src/lib/data/schemas.ts'],
  stories: ['src/features/interview/stories-route.tsx'],
};

export const ROUTE_CHUNKS_MARKER = 'const ROUTE_CHUNKS = {};';

/** The part of a Rollup/Rolldown output chunk this plugin reads. */
export interface ChunkInfo {
  type: 'chunk' | 'asset';
  fileName: string;
  isEntry?: boolean;
  facadeModuleId?: string | null;
  imports?: readonly string[];
}

/**
 * Route → the URLs of its chunk and the chunks that chunk imports statically (transitively), entry chunks left
 * out. Sorted, so the output is the same for the same build.
 */
export function routeChunks(
  bundle: Readonly<Record<string, ChunkInfo>>,
  root: string,
  base = '/',
): Record<string, string[]> {
  const chunks = Object.values(bundle).filter((c) => c.type === 'chunk');
  const byFile = new Map(chunks.map((c) => [c.fileName, c]));
  const out: Record<string, string[]> = {};
  for (const [route, modules] of Object.entries(ROUTE_MODULES)) {
    const files = new Set<string>();
    const visit = (c: ChunkInfo) => {
      if (c.isEntry || files.has(c.fileName)) return;
      files.add(c.fileName);
      for (const f of c.imports ?? []) {
        const next = byFile.get(f);
        if (next) visit(next);
      }
    };
    for (const module of modules) {
      const id = path.resolve(root, module);
      const chunk = chunks.find((c) => c.facadeModuleId === id);
      if (!chunk) throw new Error(`route-preload: no chunk for ${module} (is it still loaded lazily?)`);
      visit(chunk);
    }
    out[route] = [...files].sort().map((f) => `${base}${f}`);
  }
  return out;
}

/** preload-data.js with the marker replaced by the routes' chunks. Throws when the marker is not there once. */
export function withRouteChunks(source: string, routes: Record<string, string[]>): string {
  const at = source.indexOf(ROUTE_CHUNKS_MARKER);
  if (at < 0 || source.indexOf(ROUTE_CHUNKS_MARKER, at + 1) >= 0)
    throw new Error(`route-preload: preload-data.js must hold "${ROUTE_CHUNKS_MARKER}" exactly once`);
  return (
    source.slice(0, at) +
    `const ROUTE_CHUNKS = ${JSON.stringify(routes)};` +
    source.slice(at + ROUTE_CHUNKS_MARKER.length)
  );
}

export function routePreloadPlugin(): Plugin {
  let root = process.cwd();
  let outDir = 'dist';
  let base = '/';
  return {
    name: 'summit-route-preload',
    apply: 'build',
    configResolved(config) {
      root = config.root;
      outDir = path.resolve(config.root, config.build.outDir);
      base = config.base;
    },
    // After the bundle is written: by then Vite has copied public/ into the output folder.
    async writeBundle(_options, bundle) {
      const file = path.join(outDir, 'preload-data.js');
      const routes = routeChunks(bundle as unknown as Record<string, ChunkInfo>, root, base);
      // Minified here: Vite copies public/ as it is, and this file's comments were most of its bytes (it is on every
      // page's first view: 1.6 kB gz with them).
      const { code } = await transform(withRouteChunks(await readFile(file, 'utf8'), routes), {
        loader: 'js',
        minify: true,
        legalComments: 'none',
        target: 'es2020',
      });
      await writeFile(file, code);
    },
  };
}
