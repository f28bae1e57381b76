/**
 * Typography for scraped document text. Everything here returns plain strings that React renders as text
 * children: document text is never treated as HTML.
 */

/** Runs of spaces that hold a U+00A0 (or other fixed-width spaces) become one ordinary space; edges trimmed. */
export function normaliseSpaces(text: string): string {
  return text
    .replace(/[ \t\u00a0\u2007\u202f]*[\u00a0\u2007\u202f][ \t\u00a0\u2007\u202f]*/g, ' ')
    .replace(/[ \t]{2,}/g, ' ')
    .trim();
}

// A quote mark is an opening one at the start of the text or after a space, an opening bracket, a dash or
// another opening quote; anywhere else it closes (or, for ', is an apostrophe).
const OPENS_AFTER = String.raw`(^|[\s([{\u2014\u2013\u201c\u2018])`;

/** Straight quotes to typographer's quotes, "..." to an ellipsis. Curly quotes already present are kept. */
export function smartQuotes(text: string): string {
  return text
    .replace(new RegExp(`${OPENS_AFTER}"`, 'g'), '$1\u201c')
    .replace(/"/g, '\u201d')
    .replace(new RegExp(`${OPENS_AFTER}'`, 'g'), '$1\u2018')
    .replace(/'/g, '\u2019')
    .replace(/\.\.\./g, '\u2026');
}

/** What every piece of document text goes through before it is rendered. */
export function prose(text: string): string {
  return smartQuotes(normaliseSpaces(text));
}

export interface PullQuote {
  /** The quotation itself, without its quote marks. */
  quote: string;
  /** Who said it ("Bshara"), when the caption names them. */
  speaker: string | null;
}

/**
 * Splits a pull-quote caption such as `"The customer … Trainium," says Bshara.` into the quotation and the
 * speaker. Captions that are not in that shape are kept whole as the quotation.
 */
export function splitPullQuote(caption: string): PullQuote {
  const text = prose(caption);
  const match = /^\u201c(.+?)[,.]?\u201d,?\s+(?:says|said)\s+(.+?)\.?$/u.exec(text);
  if (match?.[1] && match[2]) return { quote: match[1], speaker: match[2] };
  const bare = /^\u201c(.+)\u201d$/u.exec(text);
  return { quote: bare?.[1] ?? text, speaker: null };
}

/** "9 min read". */
export function readingTime(minutes: number): string {
  return `${minutes} min read`;
}

/** The stories list's intro line, which is also its pre-rendered page's meta description. */
export const STORIES_INTRO =
  'Articles and interviews from Amazon Science, each with the jobs that were listed beside it.';
