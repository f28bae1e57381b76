/**
 * Runs the build step on a folder of documents (the real pipeline, into a temporary folder) and scores what it
 * wrote against labels (score.ts).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { articlesFileSchema, jobsFileSchema, reportSchema } from '../../src/shared/bundle-schema';
import { runIngest } from '../ingest/pipeline';
import { articleLabelsFileSchema, goldFileSchema, type ArticleLabel, type GoldListing } from './labels';
import { score, type EvalResult } from './score';

export interface EvalOptions {
  input: string;
  gold: readonly GoldListing[];
  articles: readonly ArticleLabel[] | null;
  /** Score only these documents (the build still reads the whole folder). */
  only?: ReadonlySet<string> | null;
}

export class LabelError extends Error {}

function readJson(file: string, what: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new LabelError(`cannot read ${what} ${file}`);
  }
  try {
    return JSON.parse(text);
  } catch {
    throw new LabelError(`${what} ${file} is not valid JSON`);
  }
}

export function loadGold(file: string): GoldListing[] {
  const parsed = goldFileSchema.safeParse(readJson(file, 'gold file'));
  if (!parsed.success) throw new LabelError(`gold file ${file} is not in the gold.json shape`);
  return parsed.data;
}

export function loadArticleLabels(file: string): ArticleLabel[] {
  const parsed = articleLabelsFileSchema.safeParse(readJson(file, 'articles file'));
  if (!parsed.success) throw new LabelError(`articles file ${file} is not in the articles.json shape`);
  return parsed.data;
}

export async function evaluate(options: EvalOptions): Promise<EvalResult> {
  const work = mkdtempSync(path.join(tmpdir(), 'summit-eval-'));
  const out = path.join(work, 'bundle');
  try {
    await runIngest({ input: options.input, out, progress: null, generatedAt: '2000-01-01T00:00:00.000Z' });
    const read = (name: string) => JSON.parse(readFileSync(path.join(out, name), 'utf8')) as unknown;
    const jobs = jobsFileSchema.parse(read('jobs.json')).jobs;
    const articles = articlesFileSchema.parse(read('articles.json')).articles;
    const report = reportSchema.parse(read('report.json'));
    const only = options.only ?? null;
    const keep = (doc: string) => only === null || only.has(doc);
    return score(
      { jobs, articles, report },
      options.gold.filter((g) => keep(g.doc)),
      options.articles === null ? null : options.articles.filter((a) => keep(a.doc)),
    );
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
