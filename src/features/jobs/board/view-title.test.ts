import { describe, expect, it } from 'vitest';
import { DEFAULT_BOARD_STATE, type BoardState } from '../../../shared/board-state';
import { pageWindow } from './pagination';
import { boardTitle, describeView } from './view-title';

const LABELS: Record<string, string> = {
  economics: 'Economics',
  'us-wa-seattle': 'Seattle',
  'prime-video': 'Prime Video',
  'us-ny-new-york': 'New York',
};
const labelFor = (_key: string, slug: string) => LABELS[slug] ?? slug;
const state = (patch: Partial<BoardState>): BoardState => ({ ...DEFAULT_BOARD_STATE, ...patch });

describe('view title', () => {
  it('names the view the way a seeker would say it', () => {
    expect(boardTitle(state({}), labelFor, 1)).toBe('All jobs · Summit');
    expect(boardTitle(state({ area: ['economics'], location: ['us-wa-seattle'] }), labelFor, 1)).toBe(
      'Economics jobs in Seattle · Summit',
    );
    expect(boardTitle(state({ q: 'causal' }), labelFor, 1)).toBe('Jobs matching “causal” · Summit');
    expect(describeView(state({ team: ['prime-video'], type: ['internship'] }), labelFor)).toBe(
      'Prime Video, Internship jobs',
    );
    expect(describeView(state({ location: ['us-wa-seattle', 'us-ny-new-york'] }), labelFor)).toBe(
      'Jobs in Seattle or New York',
    );
    expect(describeView(state({ location: ['a', 'b', 'c'] }), labelFor)).toBe('Jobs in 3 places');
    expect(boardTitle(state({ area: ['economics'] }), labelFor, 3)).toBe('Economics jobs, page 3 · Summit');
  });
});

describe('page window', () => {
  it('shows the ends and the neighbourhood, with gaps', () => {
    expect(pageWindow(1, 3)).toEqual([1, 2, 3]);
    expect(pageWindow(1, 10)).toEqual([1, 2, 3, 4, null, 10]);
    expect(pageWindow(6, 12)).toEqual([1, null, 5, 6, 7, null, 12]);
    expect(pageWindow(12, 12)).toEqual([1, null, 9, 10, 11, 12]);
  });
});
