/**
 * TEST FIXTURE — the interview's Article exactly as the build step makes it: the real ingest code
 * (scripts/ingest: parseDocument → parseArticle → teamsInArticle, the calls scripts/ingest/pipeline.ts makes)
 * run on the real document. The tests then check the rendering against test/fixtures/gold/interview.json.
 *
 * scripts/ is Node code outside the app's tsconfig (it uses node:crypto, node:fs), so it is loaded at run time
 * (vitest runs on Node) and the few signatures used are declared here.
 */
import documentText from '../../../../content/documents/000_f1f1fbf0c48f56fc.txt?raw';
import gold from '../../../../test/fixtures/gold/interview.json';
import { articleSchema, type Article, type ResearchArea, type Source } from '../../../shared/bundle-schema';
import { JOBS } from './jobs';

export { gold };

const FILE = '000_f1f1fbf0c48f56fc.txt';

interface Ingest {
  parseDocument(file: string, text: string): { articleLines: unknown[]; taggedAreas: ResearchArea[] };
  parseArticle(
    file: string,
    lines: unknown[],
    taggedAreas: ResearchArea[],
  ): { article: Omit<Article, 'id' | 'kind' | 'teams' | 'jobs' | 'sources'> | null; source: Source } | null;
  teamsInArticle(article: Article, teams: readonly string[]): string[];
}

const load = (specifier: string) => import(/* @vite-ignore */ specifier) as Promise<Partial<Ingest>>;
const modules = await Promise.all(
  ['parse/parse', 'parse/article', 'pipeline'].map((name) => load(`../../../../scripts/ingest/${name}.ts`)),
);
const ingest = Object.assign({}, ...modules) as Ingest;

function buildInterview(): Article {
  const parsed = ingest.parseDocument(FILE, documentText);
  const result = ingest.parseArticle(FILE, parsed.articleLines, parsed.taggedAreas);
  if (!result?.article) throw new Error(`the ingest found no article in ${FILE}`);
  const article: Article = {
    ...result.article,
    id: result.article.slug,
    kind: result.article.qa.length > 0 ? 'interview' : 'article',
    teams: [],
    jobs: JOBS.slice(0, 2).map((j) => j.id),
    sources: [result.source],
  };
  const jobTeams = [...new Set(JOBS.flatMap((j) => (j.team === null ? [] : [j.team])))];
  return articleSchema.parse({ ...article, teams: ingest.teamsInArticle(article, jobTeams) });
}

const interview = buildInterview();

export function interviewArticle(overrides: Partial<Article> = {}): Article {
  return articleSchema.parse({ ...structuredClone(interview), ...overrides });
}
