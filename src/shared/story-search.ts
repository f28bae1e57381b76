/**
 * Which stories a keyword query finds: every word of the query is in the story's title or dek, the last one as a
 * prefix (as the board's job search reads a query while it is typed). Words are analysed like the job index's
 * (accents folded, stop words dropped, plurals stemmed: search-index.ts), so "forecasts" finds "Forecasting". No
 * DOM: shared by `/stories?q=` and the board's story matches.
 */
import { fold, stem, STOP_WORDS, WORD_RE } from './search-index';
import type { StoryCard } from './story-list';

function words(text: string): string[] {
  return [...fold(text).matchAll(WORD_RE)].map((m) => m[0]);
}

/** The stories matching `q`, in the order given; every story for an empty query. */
export function matchStories<T extends Pick<StoryCard, 'title' | 'dek'>>(
  stories: readonly T[],
  q: string,
): T[] {
  const tokens = words(q);
  const last = tokens.length - 1;
  const terms = tokens
    .map((token, i) => ({ term: i === last ? token : stem(token), prefix: i === last }))
    .filter(({ term, prefix }, i) => !STOP_WORDS.has(term) || (prefix && i === 0));
  if (terms.length === 0) return [...stories];
  return stories.filter((story) => {
    const vocabulary = words(`${story.title} ${story.dek ?? ''}`);
    const stems = new Set(vocabulary.map(stem));
    return terms.every(({ term, prefix }) =>
      prefix ? vocabulary.some((w) => w.startsWith(term)) || stems.has(stem(term)) : stems.has(term),
    );
  });
}
