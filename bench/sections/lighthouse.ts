/**
 * Section e: Lighthouse (mobile preset, its default) on the home page, a job page and a story page of the 10k
 * build, through its CLI with Debian's Chromium, three runs a page (the median run is reported). About 15 s a run;
 * left out with --quick.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { compactIndexSchema, decodeIds } from '../../src/shared/compact-index';
import type { Report } from '../lib/report';
import { chromiumEnv, chromiumPath, REPO } from '../lib/site';

/** Runs per page; the median run (by performance score) is the one reported. */
const RUNS_PER_PAGE = 3;

const CATEGORIES = [
  ['performance', 'performance', 98],
  ['accessibility', 'accessibility', 100],
  ['best-practices', 'best practices', 100],
  ['seo', 'SEO', 100],
  // Lighthouse 13's category for agents (llms.txt, the accessibility tree agents read, ai-catalog.json, WebMCP);
  // audits that do not apply (WebMCP where the browser has none) are left out of its score.
  ['agentic-browsing', 'agentic browsing', 100],
] as const;

interface LighthouseJson {
  categories: Record<string, { score: number | null; auditRefs?: { id: string; weight: number }[] }>;
  audits?: Record<
    string,
    { score: number | null; title: string; displayValue?: string; numericValue?: number }
  >;
  runtimeError?: { message: string };
}

function runLighthouse(url: string, output: string): Promise<LighthouseJson> {
  chromiumEnv();
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [
        path.join(REPO, 'node_modules', 'lighthouse', 'cli', 'index.js'),
        url,
        '--chrome-flags=--headless=new --no-sandbox --disable-gpu',
        '--output=json',
        `--output-path=${output}`,
        '--quiet',
        `--only-categories=${CATEGORIES.map(([key]) => key).join(',')}`,
      ],
      {
        cwd: REPO,
        stdio: ['ignore', 'ignore', 'pipe'],
        env: { ...process.env, CHROME_PATH: chromiumPath() ?? process.env.CHROME_PATH ?? '' },
      },
    );
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), 120_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      readFile(output, 'utf8')
        .then((text) => resolve(JSON.parse(text) as LighthouseJson))
        .catch(() =>
          reject(new Error(`lighthouse exited ${code}: ${stderr.trim().split('\n').slice(-2).join(' / ')}`)),
        );
    });
  });
}

export async function lighthouseRuns(report: Report, baseUrl: string, dist: string): Promise<void> {
  const [firstId] = decodeIds(
    compactIndexSchema.parse(JSON.parse(await readFile(path.join(dist, 'data', 'index.json'), 'utf8'))),
  );
  let story: string | null = null;
  try {
    const articles = JSON.parse(await readFile(path.join(dist, 'data', 'articles.json'), 'utf8')) as {
      featured: string | null;
      articles: { slug: string }[];
    };
    story = articles.featured ?? articles.articles[0]?.slug ?? null;
  } catch {
    story = null;
  }
  const pages: [string, string | null][] = [
    ['home page', '/'],
    ['job page', firstId === undefined ? null : `/jobs/${firstId}`],
    ['story page', story === null ? null : `/stories/${story}`],
  ];
  const dir = await mkdtemp(path.join(tmpdir(), 'summit-lighthouse-'));
  const rows: string[][] = [];
  try {
    for (const [name, route] of pages) {
      if (route === null) {
        report.skip(`${name}: no such page in this build`);
        continue;
      }
      // Lighthouse's own advice for its variance: run it several times and take the median run (by performance).
      const runs: LighthouseJson[] = [];
      let failure: Error | null = null;
      for (let i = 0; i < RUNS_PER_PAGE; i++) {
        try {
          runs.push(await runLighthouse(`${baseUrl}${route}`, path.join(dir, `${rows.length}-${i}.json`)));
        } catch (error) {
          failure = error as Error;
        }
      }
      const perfOf = (r: LighthouseJson) => r.categories.performance?.score ?? 0;
      const sorted = [...runs].sort((a, b) => perfOf(a) - perfOf(b));
      const result = sorted[Math.floor((sorted.length - 1) / 2)];
      if (result === undefined) {
        report.skip(`${name}: ${failure?.message ?? 'no run'}`);
        continue;
      }
      report.note(
        `${name}: performance in ${runs.length} runs ${runs.map((r) => Math.round(perfOf(r) * 100)).join(', ')}; the median run is reported`,
      );
      if (result.runtimeError !== undefined)
        report.note(`${name}: runtime error ${result.runtimeError.message}`);
      const scores = CATEGORIES.map(([key]) => Math.round((result.categories[key]?.score ?? 0) * 100));
      // LCP beside the scores: the pre-render's point is the first paint of a job or story (issue 16 asks for it
      // before, with --no-prerender, and after).
      const lcp = result.audits?.['largest-contentful-paint']?.numericValue;
      rows.push([
        `${name} (${route})`,
        ...scores.map(String),
        lcp === undefined ? '–' : `${(lcp / 1000).toFixed(2)} s`,
      ]);
      CATEGORIES.forEach(([, label, min], i) => {
        const score = scores[i] ?? 0;
        report.budget(
          `Lighthouse ${label}, ${name}`,
          score >= min,
          String(score),
          min === 100 ? '100' : `≥ ${min}`,
        );
      });
      // Why a category fell short: its weighted audits that did not pass, worst first.
      CATEGORIES.forEach(([key, label, min], i) => {
        if ((scores[i] ?? 0) >= min) return;
        const failing = (result.categories[key]?.auditRefs ?? [])
          .filter((ref) => ref.weight > 0)
          .map((ref) => ({ ref, audit: result.audits?.[ref.id] }))
          .filter(({ audit }) => audit !== undefined && audit.score !== null && audit.score < 1)
          .sort((a, b) => (a.audit?.score ?? 0) - (b.audit?.score ?? 0) || b.ref.weight - a.ref.weight)
          .slice(0, 6)
          .map(
            ({ audit }) => `${audit?.title ?? '?'}${audit?.displayValue ? ` (${audit.displayValue})` : ''}`,
          );
        if (failing.length > 0) report.note(`${name}, ${label}: ${failing.join('; ')}`);
      });
    }
    if (rows.length > 0)
      report.table('', ['page', 'perf', 'a11y', 'best pr.', 'SEO', 'agentic', 'LCP'], rows);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
