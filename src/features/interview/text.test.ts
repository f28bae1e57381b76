import { describe, expect, it } from 'vitest';
import { normaliseSpaces, prose, readingTime, smartQuotes, splitPullQuote } from './text';

describe('normaliseSpaces', () => {
  it('turns U+00A0 runs into one space and trims', () => {
    expect(normaliseSpaces('\u00a0 I co-founded\u00a0\u00a0 the company\u00a0')).toBe(
      'I co-founded the company',
    );
    expect(normaliseSpaces('2015.  Line art')).toBe('2015. Line art');
  });
});

describe('smartQuotes', () => {
  it('curls double and single quotes and apostrophes', () => {
    expect(smartQuotes(`"The customer," says Bshara`)).toBe('\u201cThe customer,\u201d says Bshara');
    expect(smartQuotes(`let's say 'just works' solutions`)).toBe(
      'let\u2019s say \u2018just works\u2019 solutions',
    );
    expect(smartQuotes(`plans for "many more generations" to come.`)).toBe(
      'plans for \u201cmany more generations\u201d to come.',
    );
    expect(smartQuotes(`("quoted")`)).toBe('(\u201cquoted\u201d)');
    expect(smartQuotes(`"'nested'"`)).toBe('\u201c\u2018nested\u2019\u201d');
  });
  it('keeps curly quotes and makes an ellipsis', () => {
    expect(smartQuotes('AWS\u2019s \u201csecret sauce\u201d...')).toBe(
      'AWS\u2019s \u201csecret sauce\u201d\u2026',
    );
  });
});

describe('splitPullQuote', () => {
  it('separates the quotation from the speaker', () => {
    expect(
      splitPullQuote(
        `"The customer shouldn’t see it; it is frictionless to transition to Trainium," says Bshara.`,
      ),
    ).toEqual({
      quote: 'The customer shouldn\u2019t see it; it is frictionless to transition to Trainium',
      speaker: 'Bshara',
    });
  });
  it('keeps other captions whole', () => {
    expect(splitPullQuote('"Just a quote."')).toEqual({ quote: 'Just a quote.', speaker: null });
    expect(splitPullQuote('No quote here')).toEqual({ quote: 'No quote here', speaker: null });
  });
});

it('prose and readingTime', () => {
  expect(prose(" it's\u00a0 fine ")).toBe('it\u2019s fine');
  expect(readingTime(9)).toBe('9 min read');
});
