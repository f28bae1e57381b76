/**
 * `npm run build`: the build step on content/documents (or $DOCUMENTS_DIR), its Atom feeds, then `vite build` into
 * dist/ (or $SITE_OUT, so that parallel work can build and test its own copy of the site), then the pre-render of
 * its pages (scripts/prerender/, SITE_URL).
 */
import { spawnSync } from 'node:child_process';

const input = process.env.DOCUMENTS_DIR ?? 'content/documents';
const outDir = process.env.SITE_OUT ?? 'dist';
const steps: [string, string[]][] = [
  [
    'npx',
    [
      'tsx',
      'scripts/ingest/cli.ts',
      '--input',
      input,
      '--out',
      'public/data',
      '--settings',
      'content/settings.json',
    ],
  ],
  // The Atom feeds, from the bundle just written (absolute links on $SITE_URL, default http://localhost:4173).
  ['npx', ['tsx', 'scripts/feeds/cli.ts', '--bundle', 'public/data']],
  ['npx', ['vite', 'build', '--outDir', outDir, '--emptyOutDir']],
  // Every job and story page as static HTML with its head and JSON-LD, sitemap.xml, robots.txt (SITE_URL).
  ['npx', ['tsx', 'scripts/prerender/cli.ts', '--out', outDir]],
];
for (const [cmd, args] of steps) {
  const result = spawnSync(cmd, args, { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
