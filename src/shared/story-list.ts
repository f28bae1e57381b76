/**
 * The list of stories (`data/stories.json`): what a card shows of every article — kind, title, dek, reading time,
 * research areas, the seed of its art and how many jobs were listed with it — and which one is featured. The
 * home page, `/stories` and the board's story matches read this small file; a story's own page reads
 * `data/stories/<slug>.json` (the whole article), and `articles.json` keeps every article for tools.
 *
 * Checked by plain code (no zod): the home page reads it on its first view, like index.json.
 */
import type { Article, ArticleKind } from './bundle-schema';
import { plainChecker, plainSchema, type IndexProblem } from './compact-index';
import { RESEARCH_AREAS, type ResearchArea } from './research-areas';

export const STORY_LIST_VERSION = 1;

export interface StoryCard {
  slug: string;
  kind: ArticleKind;
  title: string;
  dek: string | null;
  readingMinutes: number;
  /** Most relevant first. */
  researchAreas: ResearchArea[];
  /** The alt text of the story's first figure (its art is drawn from it, as on the story page), or null. */
  art: string | null;
  /** Jobs listed with the story (its `jobs`). */
  jobCount: number;
}

export interface StoryList {
  version: typeof STORY_LIST_VERSION;
  generatedAt: string;
  /** Slug of the featured story, or null. */
  featured: string | null;
  /** In the bundle's order (the order their pages were read). */
  stories: StoryCard[];
}

/** A story's card, from its article. */
export function storyCardOf(article: Article): StoryCard {
  const figure = [...article.blocks, ...article.qa.flatMap((q) => q.answer)].find((b) => b.type === 'figure');
  return {
    slug: article.slug,
    kind: article.kind,
    title: article.title,
    dek: article.dek,
    readingMinutes: article.readingMinutes,
    researchAreas: [...article.researchAreas],
    art: figure?.type === 'figure' ? figure.alt : null,
    jobCount: article.jobs.length,
  };
}

export function storyListOf(generatedAt: string, featured: string | null, articles: readonly Article[]) {
  return {
    version: STORY_LIST_VERSION,
    generatedAt,
    featured,
    stories: articles.map(storyCardOf),
  } satisfies StoryList;
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const AREAS: ReadonlySet<unknown> = new Set(RESEARCH_AREAS);
const isSlug = (v: unknown) => typeof v === 'string' && SLUG.test(v);
const isCount = (v: unknown, min: number) => typeof v === 'number' && Number.isInteger(v) && v >= min;

function storyProblem(v: unknown): string | null {
  if (typeof v !== 'object' || v === null) return 'expected an object';
  const s = v as Record<string, unknown>;
  if (!isSlug(s.slug)) return 'expected a URL-safe slug';
  if (s.kind !== 'interview' && s.kind !== 'article') return 'expected kind interview or article';
  if (typeof s.title !== 'string' || s.title === '') return 'expected a title';
  if (s.dek !== null && typeof s.dek !== 'string') return 'expected a dek or null';
  if (!isCount(s.readingMinutes, 1)) return 'expected reading minutes ≥ 1';
  if (!Array.isArray(s.researchAreas) || !s.researchAreas.every((a) => AREAS.has(a)))
    return 'expected research areas';
  if (s.art !== null && typeof s.art !== 'string') return 'expected art (alt text) or null';
  if (!isCount(s.jobCount, 0)) return 'expected a job count';
  return null;
}

/** Null when `value` is a well-formed StoryList. */
export function checkStoryList(value: unknown): IndexProblem | null {
  if (typeof value !== 'object' || value === null) return { path: [], message: 'expected an object' };
  const list = value as Record<string, unknown>;
  if (list.version !== STORY_LIST_VERSION)
    return { path: ['version'], message: `expected version ${STORY_LIST_VERSION}` };
  if (typeof list.generatedAt !== 'string') return { path: ['generatedAt'], message: 'expected a string' };
  if (list.featured !== null && !isSlug(list.featured))
    return { path: ['featured'], message: 'expected a slug or null' };
  if (!Array.isArray(list.stories)) return { path: ['stories'], message: 'expected an array' };
  for (let i = 0; i < list.stories.length; i++) {
    const problem = storyProblem(list.stories[i]);
    if (problem) return { path: ['stories', i], message: problem };
  }
  return null;
}

/** The app's check, in the `safeParse` shape `fetchJson` takes. */
export const storyListChecker = plainChecker<StoryList>(checkStoryList);

/** The same check as a zod schema, for the build step (the app's bundle drops it, and zod with it). */
export const storyListSchema = /* @__PURE__ */ plainSchema<StoryList>(checkStoryList);
