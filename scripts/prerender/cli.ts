/**
 * `tsx scripts/prerender/cli.ts --out <built site>`: pre-renders the built site's pages (run.ts). Run by
 * `npm run build` after `vite build`. SITE_URL sets the site's public base URL (site-url.ts).
 */
import { parseArgs } from 'node:util';
import { prerenderSite } from './run';
import { readSiteUrl } from './site-url';

async function main(): Promise<number> {
  let outDir: string;
  let siteUrl: string;
  try {
    const { values } = parseArgs({ options: { out: { type: 'string' } } });
    if (values.out === undefined) throw new Error('usage: prerender --out <built site folder>');
    outDir = values.out;
    siteUrl = readSiteUrl();
  } catch (error) {
    console.error(`prerender: ${(error as Error).message}`);
    return 2;
  }
  const { pages, ms, threads } = await prerenderSite({ outDir, siteUrl });
  console.log(
    `prerender: ${pages} pages, sitemap.xml, robots.txt and llms.txt for ${siteUrl} (${(ms / 1000).toFixed(2)} s, ${threads} thread${threads === 1 ? '' : 's'})`,
  );
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`prerender: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    process.exit(1);
  },
);
