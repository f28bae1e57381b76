/**
 * What the board's view is, in words: the page title ("Economics jobs in Seattle · Summit") and the heading.
 * Pure: labels come from the engine.
 */
import type { BoardState } from '../../../shared/board-state';
import type { FilterKey } from './types';

export type LabelFor = (key: FilterKey, slug: string) => string;

const STORY_TITLE_MAX = 60;

const TYPE_WORDS: Record<string, string> = {
  internship: 'Internship',
  'full-time': 'Full-time',
  manager: 'Manager',
};

function list(labels: string[], joiner: 'and' | 'or', many: string): string {
  if (labels.length <= 2) return labels.join(` ${joiner} `);
  return `${labels.length} ${many}`;
}

/** "Economics jobs in Seattle", "Prime Video internship jobs matching “causal”", "All jobs". */
export function describeView(state: BoardState, labelFor: LabelFor): string {
  const qualifiers = [
    list(
      state.area.map((s) => labelFor('area', s)),
      'or',
      'research areas',
    ),
    list(
      state.team.map((s) => labelFor('team', s)),
      'or',
      'teams',
    ),
    list(
      state.type
        .map((s) => TYPE_WORDS[s] ?? labelFor('type', s))
        .map((l, i) => (i === 0 ? l : l.toLowerCase())),
      'or',
      'job types',
    ),
  ].filter(Boolean);
  let text = qualifiers.length ? `${qualifiers.join(', ')} jobs` : 'Jobs';
  if (state.q) text += ` matching “${state.q.length > 60 ? `${state.q.slice(0, 60)}…` : state.q}”`;
  if (state.location.length)
    text += ` in ${list(
      state.location.map((s) => labelFor('location', s)),
      'or',
      'places',
    )}`;
  if (state.story.length)
    text += ` listed with ${list(
      state.story.map((s) => {
        const title = labelFor('story', s);
        return `“${title.length > STORY_TITLE_MAX ? `${title.slice(0, STORY_TITLE_MAX)}…` : title}”`;
      }),
      'or',
      'stories',
    )}`;
  if (text === 'Jobs') text = 'All jobs';
  return text;
}

export function boardTitle(state: BoardState, labelFor: LabelFor, page: number): string {
  const view = describeView(state, labelFor);
  return `${view}${page > 1 ? `, page ${page}` : ''} · Summit`;
}
