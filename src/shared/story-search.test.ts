import { describe, expect, it } from 'vitest';
import { matchStories } from './story-search';

const stories = [
  { title: 'Forecasting what customers will need', dek: 'Supply chain science, week by week.' },
  { title: 'How silicon innovation became the ‘secret sauce’', dek: null },
  { title: 'Learning to rank and retrieve', dek: 'Reinforcement learning for search engines.' },
];

describe('matchStories', () => {
  it('needs every word in the title or dek, the last one as a prefix', () => {
    expect(matchStories(stories, 'forecasting').map((s) => s.title)).toEqual([stories[0]!.title]);
    expect(matchStories(stories, 'supply sci').map((s) => s.title)).toEqual([stories[0]!.title]);
    expect(matchStories(stories, 'learning search')).toEqual([stories[2]]);
    expect(matchStories(stories, 'learning silicon')).toEqual([]);
  });

  it('reads plurals, accents, case and stop words the way the job search does', () => {
    expect(matchStories(stories, 'Engines')).toEqual([stories[2]]);
    expect(matchStories(stories, 'the secret SAUCE')).toEqual([stories[1]]);
    expect(matchStories(stories, 'séarch')).toEqual([stories[2]]);
  });

  it('finds every story for an empty query, none for a word that is nowhere', () => {
    expect(matchStories(stories, '  ')).toEqual(stories);
    expect(matchStories(stories, 'quantum')).toEqual([]);
  });
});
