/**
 * The bundle's jobs as Atom feeds, with the `feed` library: all jobs, and one per team, research area, country and
 * region (src/shared/feeds.ts names them). Each entry links to the job's page on the site, so links are absolute:
 * the site's base URL comes from SITE_URL. Pure and deterministic: the same jobs, time and base URL give the same
 * bytes (entries sorted by title then id, every date the bundle's generatedAt, since listings carry no dates).
 */
import { Feed } from 'feed';
import { areaSlug, locationSlugs, teamSlug } from '../../src/features/jobs/engine/labels';
import type { JobSummary } from '../../src/shared/bundle-schema';
import { feedFile, type FeedRef } from '../../src/shared/feeds';
import { countryName, regionName } from '../../src/shared/place-names';

export const DEFAULT_SITE_URL = 'http://localhost:4173';

/** SITE_URL without a trailing slash; it must be an absolute http(s) URL. */
export function siteUrlFrom(env: string | undefined): string {
  const raw = (env ?? '').trim() || DEFAULT_SITE_URL;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`SITE_URL is not an absolute URL: ${JSON.stringify(raw)}`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new Error(`SITE_URL must be http(s): ${JSON.stringify(raw)}`);
  }
  return url.href.replace(/\/+$/, '');
}

interface FeedGroup {
  ref: FeedRef;
  title: string;
  jobs: JobSummary[];
}

function locationText(job: JobSummary): string {
  return [job.location.city, job.location.region, job.location.country].filter(Boolean).join(', ');
}

/** Every feed's jobs, keyed by file. */
function groups(jobs: readonly JobSummary[]): Map<string, FeedGroup> {
  const out = new Map<string, FeedGroup>();
  const add = (ref: FeedRef, title: string, job: JobSummary) => {
    const file = feedFile(ref);
    let group = out.get(file);
    if (!group) {
      group = { ref, title, jobs: [] };
      out.set(file, group);
    }
    group.jobs.push(job);
  };
  for (const job of jobs) {
    add({ kind: 'all', slug: '' }, 'All jobs', job);
    if (job.team) add({ kind: 'team', slug: teamSlug(job.team) }, `${job.team} jobs`, job);
    for (const area of job.researchAreas) add({ kind: 'area', slug: areaSlug(area) }, `${area} jobs`, job);
    const slugs = locationSlugs(job.location);
    const country = countryName(job.location.country);
    add({ kind: 'location', slug: slugs.country }, `Jobs in ${country}`, job);
    if (slugs.region !== null && job.location.region !== null) {
      const region = regionName(job.location.country, job.location.region);
      add({ kind: 'location', slug: slugs.region }, `Jobs in ${region}, ${country}`, job);
    }
  }
  return out;
}

/**
 * The library writes titles and summaries as `type="html"`: the text is escaped as HTML, so a reader shows
 * "R&D <team>" as written rather than as markup (and "]]>" can never end its CDATA section early).
 */
export function asHtmlText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

const byTitleThenId = (a: JobSummary, b: JobSummary) =>
  a.displayTitle < b.displayTitle
    ? -1
    : a.displayTitle > b.displayTitle
      ? 1
      : a.id < b.id
        ? -1
        : a.id > b.id
          ? 1
          : 0;

/** The feeds as `file → Atom XML`, files sorted. */
export function buildFeeds(
  jobs: readonly JobSummary[],
  generatedAt: string,
  siteUrl: string,
): Map<string, string> {
  const updated = new Date(generatedAt);
  const out = new Map<string, string>();
  const all = groups(jobs);
  for (const file of [...all.keys()].sort()) {
    const group = all.get(file)!;
    const feedUrl = `${siteUrl}/data/${file}`;
    const feed = new Feed({
      id: feedUrl,
      title: `${group.title} · Summit`,
      description: `Research jobs from Amazon Science pages: ${group.title.toLowerCase()}.`,
      link: `${siteUrl}/${boardQuery(group.ref)}`,
      language: 'en',
      updated,
      generator: 'Summit',
      feedLinks: { atom: feedUrl },
      copyright: 'Job listings as published on Amazon Science pages',
      author: { name: 'Summit', link: siteUrl },
    });
    for (const job of [...group.jobs].sort(byTitleThenId)) {
      const link = `${siteUrl}/jobs/${encodeURIComponent(job.id)}`;
      feed.addItem({
        title: asHtmlText(`${job.displayTitle} — ${locationText(job)}`),
        id: link,
        link,
        date: updated,
        description: asHtmlText([job.team, locationText(job), job.summary].filter(Boolean).join(' · ')),
        category: job.researchAreas.map((area) => ({ name: area, term: areaSlug(area) })),
      });
    }
    out.set(file, feed.atom1());
  }
  return out;
}

/** The board view a feed follows (its alternate HTML page). */
function boardQuery(ref: FeedRef): string {
  return ref.kind === 'all' ? '' : `?${ref.kind}=${ref.slug}`;
}
