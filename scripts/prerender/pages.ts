/**
 * The pages the build pre-renders: each is a path rendered through the app's own route tree (so a new page is one
 * line here), and the head it gets from the data its render loaded.
 */
import { prose, STORIES_INTRO } from '../../src/features/interview/text';
import type { Article, JobDetail } from '../../src/shared/bundle-schema';
import { jobPostingSchema, articleLdSchema } from './job-posting-schema';
import type { PageHead } from './head';
import { truncate } from './html';
import { absoluteUrl } from './site-url';
import { articleDescription, articleJsonLd, jobPostingJsonLd } from './structured-data';

/** What the pages' heads are written from: the bundle, and what a page's render loaded. */
export interface SiteData {
  siteUrl: string;
  jobIds: readonly string[];
  articles: readonly Article[];
  /** Job id → the day the bundle first saw it (date-posted.json). */
  datePosted: ReadonlyMap<string, string>;
  /** The job whose page was just rendered (from the app's own query cache). */
  renderedJob(id: string): JobDetail | undefined;
}

export interface PrerenderPage {
  /** Path and query string, as the app's router reads it. */
  path: string;
  head(data: SiteData): PageHead;
  /** Keep the "needs JavaScript" note: the page is not fully usable without it (the board's filters). */
  keepNoscript?: boolean;
}

/**
 * Where a page's HTML goes in the built site: `/jobs/x` → `jobs/x.html` (what static hosts serve for `/jobs/x`).
 * `/` is index.html, which hosts also serve for every URL without a file of its own (the SPA fallback): its head
 * script hides the board there until the app has rendered that URL (src/shared/prerendered-url.ts).
 */
export function fileForPath(path: string): string {
  if (path === '/') return 'index.html';
  return `${path.replace(/^\/+|\/+$/g, '')}.html`;
}

/** index.html as `vite build` wrote it (the static shell), kept beside the pages written into it (run.ts). */
export const SHELL_FILE = 'shell.html';

export const DESCRIPTION_MAX = 160;

/** `/`, the board's default view: rendered from first-page.json, as the app's first render is (decision 0010). */
export const boardPage: PrerenderPage = {
  path: '/',
  head: () => ({
    // Keep in step with the board's document title on its default view (e2e/prerender.spec.ts compares them).
    title: 'All jobs · Summit',
    description:
      'Research jobs at Amazon Science, by location, team and research area: filter, search and bookmark down to the last filter.',
    path: '/',
    type: 'website',
    jsonLd: [],
  }),
  // Filtering and searching need the app.
  keepNoscript: true,
};

export function jobPage(id: string): PrerenderPage {
  const path = `/jobs/${id}`;
  return {
    path,
    head(data) {
      const job = data.renderedJob(id);
      if (!job) throw new Error(`prerender: ${path} rendered without its job`);
      const datePosted = data.datePosted.get(id);
      if (datePosted === undefined)
        throw new Error(`prerender: no date posted for ${id} in date-posted.json`);
      const where = job.location.label;
      return {
        // Keep in step with JobView's document title (e2e/prerender.spec.ts compares them).
        title: `${job.displayTitle} — ${job.location.city} · Summit`,
        description: truncate(`${where}. ${job.summary}`, DESCRIPTION_MAX),
        path,
        type: 'website',
        jsonLd: [
          jobPostingSchema.parse(jobPostingJsonLd(job, { url: absoluteUrl(data.siteUrl, path), datePosted })),
        ],
      };
    },
  };
}

export function storyPage(slug: string): PrerenderPage {
  const path = `/stories/${slug}`;
  return {
    path,
    head(data) {
      const article = data.articles.find((a) => a.slug === slug);
      if (!article) throw new Error(`prerender: no article ${slug}`);
      const headline = prose(article.title);
      return {
        // Keep in step with ArticleView's document title.
        title: `${headline} · Summit`,
        description: truncate(prose(articleDescription(article)), DESCRIPTION_MAX),
        path,
        type: 'article',
        jsonLd: [
          articleLdSchema.parse(articleJsonLd(article, { url: absoluteUrl(data.siteUrl, path), headline })),
        ],
      };
    },
  };
}

/** `/stories`, every story without a search (`/stories?q=…` gets this file too, and the app renders it afresh). */
export const storiesPage: PrerenderPage = {
  path: '/stories',
  head: () => ({
    // Keep in step with the stories route's document title (e2e/prerender.spec.ts compares them).
    title: 'Stories · Summit',
    description: STORIES_INTRO,
    path: '/stories',
    type: 'website',
    jsonLd: [],
  }),
};

/** Every page the build pre-renders, in a fixed order. */
export function sitePages(data: Pick<SiteData, 'jobIds' | 'articles'>): PrerenderPage[] {
  return [
    boardPage,
    storiesPage,
    ...data.articles.map((article) => storyPage(article.slug)),
    ...data.jobIds.map(jobPage),
  ];
}
