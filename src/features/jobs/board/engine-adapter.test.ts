import { describe, expect, it } from 'vitest';
import { DEFAULT_BOARD_STATE, type BoardState } from '../../../shared/board-state';
import { FIXTURE_JOBS } from '../test-fixtures';
import { getEngine } from './engine-adapter';

const withArea = (area: string): BoardState => ({ ...DEFAULT_BOARD_STATE, area: [area] });

describe('getEngine', () => {
  it('is one engine per job list', () => {
    expect(getEngine(FIXTURE_JOBS)).toBe(getEngine(FIXTURE_JOBS));
  });

  it('answers equal states with the same result, across the urgent and late renders of a click', () => {
    const engine = getEngine([...FIXTURE_JOBS]);
    const before = engine.query(withArea('economics'));
    // Rapid clicks: answers for two states interleave (each asked for by an urgent and a late render).
    const after = engine.query(withArea('robotics'));
    expect(engine.query(withArea('economics'))).toBe(before);
    expect(engine.query(withArea('robotics'))).toBe(after);
    // Equal states written differently are the same query.
    expect(engine.query({ ...withArea('robotics'), page: 1 })).toBe(after);
  });

  it('forgets old answers after a few, and recomputes them equal', () => {
    const engine = getEngine([...FIXTURE_JOBS]);
    const first = engine.query(withArea('economics'));
    for (const area of ['robotics', 'machine-learning', 'computer-vision', 'operations-research'])
      engine.query(withArea(area));
    const again = engine.query(withArea('economics'));
    expect(again).not.toBe(first);
    expect(again.total).toBe(first.total);
  });
});
