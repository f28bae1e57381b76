import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { highlightTerms, splitHighlights } from './highlight';

const marked = (text: string, q: string) =>
  splitHighlights(text, highlightTerms(q))
    .filter((s) => s.match)
    .map((s) => s.text);

describe('highlightTerms', () => {
  it('gives the folded query terms, longest first, stop words dropped', () => {
    expect(highlightTerms('Machine LEARNING in Robotics')).toEqual(['learning', 'robotics', 'machine']);
    expect(highlightTerms('économie')).toEqual(['economie']);
    expect(highlightTerms('')).toEqual([]);
    expect(highlightTerms('in')).toEqual(['in']);
  });
});

describe('splitHighlights', () => {
  it('marks whole words that start with a term or share its stem', () => {
    expect(marked('Modelling models & model-based Mode', 'model')).toEqual(['Modelling', 'models', 'model']);
    expect(marked('A study of studies', 'studies')).toEqual(['study', 'studies']);
    expect(marked('Économie et économétrie', 'econ')).toEqual(['Économie', 'économétrie']);
    expect(marked('Python, C++ and C#', 'c++')).toEqual(['C++']);
  });

  it('cuts the text into plain and marked segments', () => {
    expect(splitHighlights('Causal inference at scale', ['causal', 'scale'])).toEqual([
      { text: 'Causal', match: true },
      { text: ' inference at ', match: false },
      { text: 'scale', match: true },
    ]);
    expect(splitHighlights('nothing here', ['zzz'])).toEqual([{ text: 'nothing here', match: false }]);
    expect(splitHighlights('text', [])).toEqual([{ text: 'text', match: false }]);
    expect(splitHighlights('', ['a'])).toEqual([]);
  });

  it('treats text as text: markup is just characters', () => {
    expect(splitHighlights('<b>model</b>', ['model'])).toEqual([
      { text: '<b>', match: false },
      { text: 'model', match: true },
      { text: '</b>', match: false },
    ]);
  });

  it('always gives the text back exactly, for any text and query', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ maxLength: 80 }), fc.string({ unit: 'grapheme', maxLength: 80 }), fc.string({ unit: 'binary', maxLength: 60 })),
        fc.string({ maxLength: 12 }),
        (text, q) => {
          const segments = splitHighlights(text, highlightTerms(q));
          expect(segments.map((s) => s.text).join('')).toBe(text);
          for (const s of segments) expect(s.text.length).toBeGreaterThan(0);
          for (let i = 1; i < segments.length; i++) {
            if (!segments[i]!.match) expect(segments[i - 1]!.match).toBe(true);
          }
        },
      ),
      { seed: 11, numRuns: 300 },
    );
  });
});
