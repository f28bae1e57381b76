/**
 * The build step against the labels, inside `npm test`: the seeds (content/documents, labels in
 * test/fixtures/gold/) and the dev corpus (test/fixtures/dev-corpus/), each held to the thresholds of issue 13
 * (score.ts `checks`). A failure prints the figures and every miss, as `npm run eval` does.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO } from '../ingest/test-helpers';
import { loadArticleLabels, loadGold, evaluate } from './run';
import { checks, formatResult, normaliseName, normaliseTeam, teamRight, titleRight } from './score';

const SETS = {
  seeds: {
    input: path.join(REPO, 'content/documents'),
    gold: path.join(REPO, 'test/fixtures/gold/seed-jobs.json'),
    articles: path.join(REPO, 'test/fixtures/gold/seed-articles.json'),
  },
  'dev corpus': {
    input: path.join(REPO, 'test/fixtures/dev-corpus/docs'),
    gold: path.join(REPO, 'test/fixtures/dev-corpus/gold.json'),
    articles: path.join(REPO, 'test/fixtures/dev-corpus/articles.json'),
  },
} as const;

describe('the scoring rules (dev corpus README)', () => {
  it('compares names after folding case, accents, apostrophes, parentheses, "Sr." and punctuation', () => {
    expect(normaliseName('Sr. Manager, Applied Science')).toBe('senior manager applied science');
    expect(normaliseName('Économiste (Prime) d’Amazon')).toBe('economiste damazon');
    expect(normaliseTeam('The AWS Identity team')).toBe('identity');
  });

  it('accepts equality or containment, any of a list, and null only for null', () => {
    expect(titleRight('Applied Scientist', 'Applied Scientist II')).toBe(true);
    expect(titleRight('Senior Applied Scientist', ['Sr. Applied Scientist'])).toBe(true);
    expect(titleRight('Research Scientist', 'Applied Scientist')).toBe(false);
    expect(titleRight(null, 'Economist')).toBe(false);
    expect(titleRight(null, null)).toBe(true);
    expect(teamRight(null, [null, 'Amazon Robotics'])).toBe(true);
    expect(teamRight('Amazon Robotics team', [null, 'Amazon Robotics'])).toBe(true);
    expect(teamRight('Amazon', 'Amazon Robotics')).toBe(false); // nothing left after the dropped words
    expect(teamRight('AWS', null)).toBe(false);
  });
});

describe('the seeds’ articles label', () => {
  it('is interview.json counted in the articles.json shape, for both scrapes of the page', () => {
    const interview = JSON.parse(
      readFileSync(path.join(REPO, 'test/fixtures/gold/interview.json'), 'utf8'),
    ) as {
      title: string;
      dek: string;
      figures: unknown[];
      asides: unknown[];
      questions: unknown[];
      closingNote: string | null;
    };
    const labels = loadArticleLabels(SETS.seeds.articles);
    expect(labels.map((l) => l.doc)).toEqual(['000_f1f1fbf0c48f56fc.txt', '001_1a7795cba3160f4d.txt']);
    for (const label of labels)
      expect(label).toEqual({
        doc: label.doc,
        title: interview.title,
        dek: interview.dek,
        figures: interview.figures.length,
        asides: interview.asides.length,
        qa: interview.questions.length,
        closingNote: Boolean(interview.closingNote),
      });
  });
});

describe.each(Object.entries(SETS))('the build step on the %s', (_name, set) => {
  it('meets every threshold', async () => {
    const result = await evaluate({
      input: set.input,
      gold: loadGold(set.gold),
      articles: loadArticleLabels(set.articles),
    });
    const missed = checks(result.figures).filter((c) => !c.met);
    expect(missed, formatResult(result)).toEqual([]);
  }, 120_000);
});
