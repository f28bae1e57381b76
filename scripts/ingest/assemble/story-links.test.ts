import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import {
  articleSchema,
  articlesFileSchema,
  jobDetailSchema,
  jobsFileSchema,
  reportSchema,
  type Article,
  type JobSummary,
  type Report,
} from '../../../src/shared/bundle-schema';
import { compactIndexSchema, decodeIndex } from '../../../src/shared/compact-index';
import { storyListSchema, type StoryList } from '../../../src/shared/story-list';
import { compareSources } from './dedupe';
import { runIngest } from '../pipeline';
import { articleKind, StoryLinks } from './story-links';
import { cleanTempDirs, FIXTURES, SEED_DIR, tempDir } from '../test-helpers';

const article = (slug: string, qa = 0): Article => ({
  id: slug,
  slug,
  kind: qa > 0 ? 'interview' : 'article',
  title: `Title of ${slug}`,
  dek: null,
  researchAreas: [],
  teams: [],
  wordCount: 1,
  readingMinutes: 1,
  blocks: [],
  qa: Array.from({ length: qa }, (_, i) => ({ number: i + 1, question: 'Q?', answer: [] })),
  closing: [],
  jobs: [],
  sources: [{ file: `${slug}.txt`, line: 1 }],
});

describe('StoryLinks', () => {
  it('names the stories of the pages a job was seen on, in source order, each once; none for a bare page', () => {
    const links = new StoryLinks();
    const a = article('a');
    const b = article('b');
    links.setArticle('a1.txt', a);
    links.setArticle('a2.txt', a); // another scrape of the same page
    links.setArticle('b.txt', b);
    const at = (file: string, line: number) => ({ file, line });
    expect(links.storiesOf([at('a1.txt', 9)])).toEqual([{ slug: 'a', title: 'Title of a' }]);
    expect(links.storiesOf([at('a1.txt', 9), at('a2.txt', 9), at('b.txt', 3)]).map((s) => s.slug)).toEqual([
      'a',
      'b',
    ]);
    expect(links.storiesOf([at('b.txt', 3), at('listings-only.txt', 2)]).map((s) => s.slug)).toEqual(['b']);
    expect(links.storiesOf([at('listings-only.txt', 2)])).toEqual([]);
  });

  it('gives each article its jobs in listing order (file, then line), a job listed twice once', () => {
    const links = new StoryLinks();
    const a = article('a');
    const b = article('b');
    links.setArticle('1.txt', a);
    links.setArticle('2.txt', a);
    links.setArticle('3.txt', b);
    const jobs = [
      { id: 'x', sources: [{ file: '1.txt', line: 40 }] },
      {
        id: 'y',
        sources: [
          { file: '1.txt', line: 20 },
          { file: '2.txt', line: 20 },
          { file: '3.txt', line: 5 },
        ],
      },
      { id: 'z', sources: [{ file: '2.txt', line: 10 }] },
      { id: 'bare', sources: [{ file: '4.txt', line: 1 }] },
    ];
    links.linkArticles([a, b], jobs);
    expect(a.jobs).toEqual(['y', 'x', 'z']);
    expect(b.jobs).toEqual(['y']);
  });

  it('tells an interview from an article by its questions', () => {
    expect(articleKind(article('a', 3))).toBe('interview');
    expect(articleKind(article('a'))).toBe('article');
  });
});

/**
 * The links in a real bundle: the user's documents (two scrapes of one page) plus the development corpus's eight
 * pages (two listings repeated across pages), plus a page of listings with no article. Expectations come from the
 * sources and the report, never from labels: titles depend on the article parser.
 */
describe('the bundle built from the user documents and the dev corpus', () => {
  const DEV_DOCS = path.join(FIXTURES, 'dev-corpus', 'docs');
  const BARE = 'zz-listings-only.txt';
  let out = '';
  let articles: Article[] = [];
  let jobs: JobSummary[] = [];
  let report: Report;
  const read = (name: string): unknown => JSON.parse(readFileSync(path.join(out, name), 'utf8'));

  beforeAll(async () => {
    const input = path.join(tempDir('story-links-'), 'in');
    out = path.join(path.dirname(input), 'out');
    mkdirSync(input);
    for (const dir of [SEED_DIR, DEV_DOCS])
      for (const name of readdirSync(dir)) copyFileSync(path.join(dir, name), path.join(input, name));
    // The first listing of d01 again, on a page with no article: it must gain no story from it.
    const d01 = readFileSync(path.join(DEV_DOCS, 'd01.txt'), 'utf8').split('\n');
    const header = d01.findIndex((l) => l.trim() === 'Research areas');
    const at = d01.findIndex((l, i) => i > header && /^[A-Z]{2}, /.test(l.trim()));
    writeFileSync(path.join(input, BARE), `${d01[at]}\n${d01[at + 1]}\n`);
    const result = await runIngest({ input, out, progress: null, generatedAt: '2026-01-01T00:00:00.000Z' });
    expect(result.wrote).toBe(true);
    articles = articlesFileSchema.parse(read('articles.json')).articles;
    jobs = jobsFileSchema.parse(read('jobs.json')).jobs;
    report = reportSchema.parse(read('report.json'));
  }, 120_000);
  afterAll(cleanTempDirs);

  it('has one story per page layout read: the user’s page and the eight dev pages', () => {
    expect(articles).toHaveLength(9);
    for (const a of articles) expect(a.kind, a.slug).toBe(a.qa.length > 0 ? 'interview' : 'article');
    expect(articles.filter((a) => a.kind === 'interview').length).toBeGreaterThanOrEqual(2);
    expect(articles.filter((a) => a.kind === 'article').length).toBeGreaterThanOrEqual(2);
  });

  it('each story lists the jobs of its pages, in listing order, each once', () => {
    const storyOfFile = new Map(articles.flatMap((a) => a.sources.map((s) => [s.file, a.slug] as const)));
    for (const a of articles) {
      const listed = jobs
        .flatMap((j) => j.sources.map((source) => ({ id: j.id, source })))
        .filter(({ source }) => storyOfFile.get(source.file) === a.slug)
        .sort((x, y) => compareSources(x.source, y.source));
      expect(a.jobs, a.slug).toEqual([...new Set(listed.map((l) => l.id))]);
      expect(a.jobs.length, a.slug).toBeGreaterThan(0);
    }
    // Every page here has an article, so every job was listed with some story.
    expect(jobs.filter((j) => j.stories.length === 0).map((j) => j.id)).toEqual([]);
  });

  it('links both ways: a job names a story exactly when the story lists the job', () => {
    const bySlug = new Map(articles.map((a) => [a.slug, a]));
    for (const job of jobs) {
      for (const story of job.stories) {
        expect(bySlug.get(story.slug)?.jobs, `${job.id} → ${story.slug}`).toContain(job.id);
        expect(story.title).toBe(bySlug.get(story.slug)?.title);
      }
    }
    for (const a of articles) {
      for (const id of a.jobs) {
        expect(
          jobs.find((j) => j.id === id)?.stories.map((s) => s.slug),
          `${a.slug} → ${id}`,
        ).toContain(a.slug);
      }
    }
  });

  it('a listing repeated on another page gives its job both stories; a repeat on the same page, one', () => {
    const storyOfFile = new Map(articles.flatMap((a) => a.sources.map((s) => [s.file, a.slug] as const)));
    const crossPage = report.duplicates.filter(
      (d) =>
        storyOfFile.has(d.file) &&
        storyOfFile.has(d.firstSeen.file) &&
        storyOfFile.get(d.file) !== storyOfFile.get(d.firstSeen.file),
    );
    // The dev corpus repeats two listings on other pages (its README).
    expect(crossPage.length).toBeGreaterThanOrEqual(2);
    for (const d of crossPage) {
      const job = jobs.find((j) => j.id === d.of)!;
      expect(job.stories.map((s) => s.slug)).toEqual([
        storyOfFile.get(d.firstSeen.file),
        storyOfFile.get(d.file),
      ]);
    }
    // The user's page repeats a listing: one story, and the story lists the job once.
    const samePage = report.duplicates.filter(
      (d) => storyOfFile.has(d.file) && storyOfFile.get(d.file) === storyOfFile.get(d.firstSeen.file),
    );
    expect(samePage.length).toBeGreaterThanOrEqual(1);
    for (const d of samePage) {
      const job = jobs.find((j) => j.id === d.of)!;
      expect(job.stories).toHaveLength(1);
      const story = articles.find((a) => a.slug === job.stories[0]?.slug)!;
      expect(story.jobs.filter((id) => id === job.id)).toHaveLength(1);
    }
  });

  it('a page without an article adds no story', () => {
    const bare = jobs.filter((j) => j.sources.some((s) => s.file === BARE));
    expect(bare).toHaveLength(1);
    // Listed on d01's page (and maybe others), and again on the bare page: the stories of the others only.
    const others = bare[0]!.sources.filter((s) => s.file !== BARE);
    expect(others.map((s) => s.file)).toContain('d01.txt');
    const storyOfFile = new Map(articles.flatMap((a) => a.sources.map((s) => [s.file, a.slug] as const)));
    expect(bare[0]!.stories.map((s) => s.slug)).toEqual([
      ...new Set(others.map((s) => storyOfFile.get(s.file))),
    ]);
  });

  it('every file says the same: job files, the index, the story list and each story’s file', () => {
    const cards = decodeIndex(compactIndexSchema.parse(read('index.json')));
    for (const [i, job] of jobs.entries()) {
      const detail = jobDetailSchema.parse(read(`jobs/${job.id}.json`));
      expect(detail.stories).toEqual(job.stories);
      expect(cards[i]?.stories).toEqual(job.stories);
    }
    const list: StoryList = storyListSchema.parse(read('stories.json'));
    const file = articlesFileSchema.parse(read('articles.json'));
    expect(list.featured).toBe(file.featured);
    expect(list.stories.map((s) => [s.slug, s.kind, s.jobCount])).toEqual(
      articles.map((a) => [a.slug, a.kind, a.jobs.length]),
    );
    for (const a of articles) expect(articleSchema.parse(read(`stories/${a.slug}.json`))).toEqual(a);
  });
});
