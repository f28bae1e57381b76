import { describe, it, expect } from 'vitest';
import {
  collapseWhitespace,
  normaliseForKey,
  slugify,
  splitSentences,
  titleCase,
  truncateAtWord,
} from './text';

describe('text helpers', () => {
  it('slugifies to URL-safe ids, folding accents and cutting at a hyphen', () => {
    expect(slugify('Manager III, Economist')).toBe('manager-iii-economist');
    expect(slugify('Zürich & São Paulo')).toBe('zurich-and-sao-paulo');
    expect(slugify("AWS's “secret sauce”")).toBe('awss-secret-sauce');
    expect(slugify('東京')).toBe('');
    const long = slugify('a'.repeat(10) + ' ' + 'b'.repeat(10) + ' ' + 'c'.repeat(10), 25);
    expect(long).toBe('aaaaaaaaaa-bbbbbbbbbb');
    expect(long).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
  });

  it('collapses whitespace of every kind', () => {
    expect(collapseWhitespace(' a\t b\u00a0\u00a0c \n')).toBe('a b c');
    expect(normaliseForKey('Cafe\u0301  x')).toBe('Café x');
  });

  it('splits sentences without breaking at abbreviations', () => {
    const s = splitSentences('Candidates must be a U.S. citizen. Pay is e.g. high! Why? “Quoted.” Next one');
    expect(s.map((x) => x.text)).toEqual([
      'Candidates must be a U.S. citizen.',
      'Pay is e.g. high!',
      'Why?',
      '“Quoted.”',
      'Next one',
    ]);
  });

  it('title-cases lower-case titles and keeps acronyms', () => {
    expect(titleCase('data scientist')).toBe('Data Scientist');
    expect(titleCase('head of ML research')).toBe('Head of ML Research');
  });

  it('truncates at a word boundary with an ellipsis', () => {
    const t = truncateAtWord('one two three four five six seven', 20);
    expect(t.length).toBeLessThanOrEqual(20);
    expect(t).toBe('one two three four…');
    expect(truncateAtWord('short', 20)).toBe('short');
  });
});
