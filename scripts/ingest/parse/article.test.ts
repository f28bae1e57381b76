import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { ArticleBlock } from '../../../src/shared/bundle-schema';
import { isClosingNote, isPullQuote, parseArticle } from './article';
import { parseDocument } from './parse';
import { FIXTURES, SEED_FILES, seedText } from '../test-helpers';
import type { NumberedLine } from '../types';

interface InterviewGold {
  title: string;
  dek: string;
  figures: { alt: string; caption: string }[];
  asides: string[];
  introParagraphs: number;
  questions: string[];
  answerParagraphs: number[];
  closingNote: string;
}
const gold = JSON.parse(readFileSync(path.join(FIXTURES, 'gold/interview.json'), 'utf8')) as InterviewGold;
const lines = (text: string): NumberedLine[] => text.split('\n').map((t, i) => ({ line: i + 1, text: t }));

describe('the seed interview matches interview.json exactly', () => {
  for (const name of SEED_FILES) {
    const doc = parseDocument(name, seedText(name));
    const parsed = parseArticle(name, doc.articleLines);
    const article = parsed?.article;
    if (article === null || article === undefined) throw new Error('no article');
    const everything: ArticleBlock[] = [
      ...article.blocks,
      ...article.qa.flatMap((q) => q.answer),
      ...article.closing,
    ];

    it(`${name}: title, dek, intro`, () => {
      expect(parsed?.warnings).toEqual([]);
      expect(article.title).toBe(gold.title);
      expect(article.dek).toBe(gold.dek);
      expect(article.blocks[0]?.type).toBe('figure'); // the hero comes first
      expect(article.blocks.filter((b) => b.type === 'paragraph')).toHaveLength(gold.introParagraphs);
    });
    it(`${name}: figures and asides, in order, with pull quotes`, () => {
      const figures = everything.flatMap((b) => (b.type === 'figure' ? [b] : []));
      expect(figures.map(({ alt, caption }) => ({ alt, caption }))).toEqual(gold.figures);
      expect(figures.map((f) => f.pullQuote)).toEqual([false, false, true, false]);
      expect(everything.flatMap((b) => (b.type === 'aside' ? [b.text] : []))).toEqual(gold.asides);
      expect(
        everything
          .filter((b) => b.type === 'aside')
          .every((b) => b.type === 'aside' && b.label === 'Related content'),
      ).toBe(true);
    });
    it(`${name}: 9 questions, answers with their own figure/aside blocks, closing note`, () => {
      expect(article.qa.map((q) => q.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
      expect(article.qa.map((q) => q.question)).toEqual(gold.questions);
      expect(article.qa.map((q) => q.answer.filter((b) => b.type === 'paragraph').length)).toEqual(
        gold.answerParagraphs,
      );
      expect(article.qa[3]?.answer.map((b) => b.type)).toEqual([
        'paragraph',
        'aside',
        'paragraph',
        'figure',
        'paragraph',
      ]);
      expect(article.qa[6]?.answer.map((b) => b.type)).toEqual([
        'paragraph',
        'figure',
        'paragraph',
        'aside',
        'paragraph',
        'paragraph',
      ]);
      expect(article.closing).toEqual([{ type: 'note', text: gold.closingNote }]);
      expect(
        article.qa[8]?.answer.some((b) => b.type === 'paragraph' && b.text.includes('100 job openings')),
      ).toBe(false);
    });
    it(`${name}: no U+00A0 artefacts or untrimmed text survive`, () => {
      const texts = [
        article.title,
        ...article.qa.map((q) => q.question),
        ...everything.map((b) => (b.type === 'figure' ? b.caption : b.text)),
      ];
      for (const t of texts) {
        expect(t).toBe(t.trim());
        expect(t.startsWith('\u00a0') || t.endsWith('\u00a0')).toBe(false);
      }
      expect(article.qa[0]?.answer[0]).toMatchObject({
        type: 'paragraph',
        text: expect.stringMatching(/^I co-founded/),
      });
      expect(article.wordCount).toBeGreaterThan(3000);
      expect(article.readingMinutes).toBe(Math.round(article.wordCount / 230));
    });
  }
});

describe('interview markers and the closing note', () => {
  const interview = (last: string, lastIndent = '    ') =>
    lines(
      [
        'Title',
        '',
        'Dek line.',
        '',
        'Intro paragraph.',
        '',
        '  1. Q.\u00a0Why did you start?',
        '',
        '    A.\u00a0',
        '',
        '    We started because we saw a need.',
        '',
        '  2. Q.\u00a0',
        '',
        '    What next?',
        '',
        '    A.\u00a0We build more.',
        '',
        '    Our plans are big.',
        '',
        `${lastIndent}${last}`,
      ].join('\n'),
    );

  it('reads questions on the marker line or the next line, and answers after A.', () => {
    const a = parseArticle('i.txt', interview('We will keep going.'))?.article;
    expect(a?.qa.map((q) => [q.number, q.question])).toEqual([
      [1, 'Why did you start?'],
      [2, 'What next?'],
    ]);
    expect(a?.qa[1]?.answer).toEqual([
      { type: 'paragraph', text: 'We build more.' },
      { type: 'paragraph', text: 'Our plans are big.' },
      { type: 'paragraph', text: 'We will keep going.' },
    ]);
    expect(a?.closing).toEqual([]);
  });

  it('a third-person note about the team after the last answer is the closing note', () => {
    const a = parseArticle('i.txt', interview('The Example team has 40 open roles in Berlin.'))?.article;
    expect(a?.closing).toEqual([{ type: 'note', text: 'The Example team has 40 open roles in Berlin.' }]);
    expect(a?.qa[1]?.answer).toHaveLength(2);
  });

  it('a paragraph set at lower indentation after the last answer is the closing note', () => {
    const a = parseArticle('i.txt', interview('Photos courtesy of the company.', ''))?.article;
    expect(a?.closing).toEqual([{ type: 'note', text: 'Photos courtesy of the company.' }]);
  });

  it('an editorial note is the closing note; a third-person answer sentence without team/jobs is not', () => {
    expect(
      isClosingNote({ text: 'Editor’s note: this interview has been edited.', indent: 4 }, [
        { text: 'We did it.', indent: 4 },
        { text: 'Editor’s note: this interview has been edited.', indent: 4 },
      ]),
    ).toBe(true);
    const p = { text: 'The result was a forty percent improvement.', indent: 4 };
    expect(isClosingNote(p, [{ text: 'We did it.', indent: 4 }, p])).toBe(false);
  });

  it('pull quotes are captions that are quotations', () => {
    expect(isPullQuote('"The customer should not see the hard work," says Bshara.')).toBe(true);
    expect(isPullQuote('AWS says the company has plans for "many more generations" to come.')).toBe(false);
  });
});

describe('plain article (test/fixtures/ingest/plain-article.txt)', () => {
  it('hero, title, dek, paragraphs and asides in order; no Q&A; areas from the text', () => {
    const text = readFileSync(path.join(FIXTURES, 'ingest/plain-article.txt'), 'utf8');
    const doc = parseDocument('plain-article.txt', text);
    const a = parseArticle('plain-article.txt', doc.articleLines)?.article;
    expect(a?.title).toBe('How robots learn to pick millions of different products');
    expect(a?.dek).toMatch(/^Amazon scientists combine/);
    expect(a?.blocks.map((b) => b.type)).toEqual(['figure', 'paragraph', 'aside', 'paragraph']);
    expect(a?.qa).toEqual([]);
    expect(a?.closing).toEqual([]);
    expect(a?.slug).toBe('how-robots-learn-to-pick-millions-of-different-products');
    expect(a?.researchAreas[0]).toBe('Robotics');
    expect(doc.listings).toHaveLength(1);
  });

  it('uses the page’s research-area tags when it lists them', () => {
    const a = parseArticle('t.txt', lines('Title\n\nDek.\n\nBody.'), ['Sustainability'])?.article;
    expect(a?.researchAreas).toEqual(['Sustainability']);
  });

  it('returns null for no lines and warns when there is no title line', () => {
    expect(parseArticle('e.txt', lines('\n\n'))).toBeNull();
    const r = parseArticle('f.txt', lines('Alt text\nCaption'));
    expect(r?.article).toBeNull();
    expect(r?.warnings[0]?.message).toMatch(/no title/);
  });
});

describe('article layouts (hand-written, in the shapes the dev corpus shows)', () => {
  const parse = (text: string) => parseArticle('x.txt', lines(text))?.article;
  const figures = (text: string) =>
    (parse(text)?.blocks ?? []).filter(
      (b): b is Extract<ArticleBlock, { type: 'figure' }> => b.type === 'figure',
    );

  it('a hero of alt + caption + credit: the credit line is the figure’s, the headline is the title', () => {
    const text =
      'A heron standing in shallow water.\nThe heron waits for fish at dawn.\nCredit: Jo Example\n\nHow herons fish\n\nPatience, mostly.\n\nBody text here.';
    const article = parse(text);
    expect(article?.title).toBe('How herons fish');
    expect(article?.dek).toBe('Patience, mostly.');
    expect(article?.slug).toBe('how-herons-fish');
    expect(figures(text)).toEqual([
      {
        type: 'figure',
        alt: 'A heron standing in shallow water.',
        caption: 'The heron waits for fish at dawn. Credit: Jo Example',
        pullQuote: false,
      },
    ]);
  });

  it('a hero of one line: an image file name, or a line that is no sentence before a headline and a dek', () => {
    for (const hero of ['Heron diagram.png', 'A speaker on stage at a conference in 2019']) {
      const text = `${hero}\n\nHow herons fish\n\nPatience, mostly.\n\nBody text here.`;
      expect(parse(text)?.title).toBe('How herons fish');
      expect(parse(text)?.dek).toBe('Patience, mostly.');
      expect(figures(text)).toEqual([{ type: 'figure', alt: hero, caption: '', pullQuote: false }]);
    }
  });

  it('no hero: a page that starts with its title keeps it', () => {
    const text = 'How herons fish\n\nPatience, mostly.\n\nBody text here.';
    expect(parse(text)?.title).toBe('How herons fish');
    expect(parse(text)?.dek).toBe('Patience, mostly.');
    expect(figures(text)).toEqual([]);
  });

  it('a figure named by its file inside a run of lines starts there; the lines before it are paragraphs', () => {
    const text = 'Title\n\nDek.\n\n  • one\n  • two\nChart.png\nWhat the chart shows.\n\nMore.';
    expect(figures(text)).toEqual([
      { type: 'figure', alt: 'Chart.png', caption: 'What the chart shows.', pullQuote: false },
    ]);
    expect(
      parse(text)
        ?.blocks.filter((b) => b.type === 'paragraph')
        .map((b) => b.type === 'paragraph' && b.text),
    ).toEqual(['• one', '• two', 'More.']);
  });

  it('a closing paragraph that names the interviewee in the third person is the closing note', () => {
    const p = { text: 'Ada Example was one of the organizers of the summit.', indent: 4 };
    expect(isClosingNote(p, [{ text: 'I joined in 2005.', indent: 4 }, p], ['Ada Example'])).toBe(true);
    expect(isClosingNote(p, [{ text: 'I joined in 2005.', indent: 4 }, p])).toBe(false);
  });
});
