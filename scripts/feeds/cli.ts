/**
 * `npm run feeds -- --bundle <dir>`: writes the Atom feeds of a built bundle (its jobs.json) into <dir>/feeds/,
 * atomically (a temporary folder beside it, then renames), so a failed run leaves the previous feeds in place.
 * Links are absolute, from SITE_URL (default http://localhost:4173). `npm run build` runs it after the build step.
 */
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { jobsFileSchema } from '../../src/shared/bundle-schema';
import { buildFeeds, siteUrlFrom } from './feeds';

async function main(argv: string[]): Promise<number> {
  const at = argv.indexOf('--bundle');
  const bundle = at >= 0 ? argv[at + 1] : undefined;
  if (!bundle) {
    console.error('usage: npm run feeds -- --bundle <dir>   (SITE_URL sets the absolute links)');
    return 2;
  }
  const siteUrl = siteUrlFrom(process.env.SITE_URL);
  const jobsPath = path.join(bundle, 'jobs.json');
  const parsed = jobsFileSchema.safeParse(JSON.parse(await readFile(jobsPath, 'utf8')));
  if (!parsed.success) {
    console.error(
      `feeds: ${jobsPath}: not a valid jobs file (${parsed.error.issues[0]?.message ?? 'invalid'})`,
    );
    return 1;
  }
  const started = performance.now();
  const feeds = buildFeeds(parsed.data.jobs, parsed.data.generatedAt, siteUrl);
  const target = path.join(bundle, 'feeds');
  const temp = path.join(bundle, `.feeds-${process.pid}`);
  const old = path.join(bundle, `.feeds-old-${process.pid}`);
  await rm(temp, { recursive: true, force: true });
  let bytes = 0;
  for (const [file, xml] of feeds) {
    const dest = path.join(temp, path.relative('feeds', file));
    await mkdir(path.dirname(dest), { recursive: true });
    await writeFile(dest, xml);
    bytes += Buffer.byteLength(xml);
  }
  await rename(target, old).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'ENOENT') throw error;
  });
  await rename(temp, target);
  await rm(old, { recursive: true, force: true });
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  console.log(
    `feeds: ${feeds.size} Atom feeds, ${(bytes / 1024).toFixed(0)} kB, links on ${siteUrl} (${seconds} s) → ${target}`,
  );
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`feeds: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
