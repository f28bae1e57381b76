import { describe, expect, it } from 'vitest';
import {
  emptyUserData,
  isSaved,
  MAX_SAVED_JOBS,
  readUserData,
  saveJob,
  serialiseUserData,
  unsaveJob,
  USER_DATA_VERSION,
} from './user-data';

const job = (n: number) => ({
  id: `scientist-seattle-${n}`,
  title: `Scientist ${n}`,
  team: null,
  place: 'Seattle, WA, US',
});

describe('readUserData', () => {
  it('nothing stored is a fresh start, not a problem', () => {
    expect(readUserData(null)).toEqual({ data: emptyUserData(), problem: null });
  });

  it('round-trips what it writes', () => {
    const { data } = saveJob(emptyUserData(), job(1), 1000);
    expect(readUserData(serialiseUserData(data))).toEqual({ data, problem: null });
  });

  it.each([
    ['not JSON', '{"version":'],
    ['JSON of another shape', '{"foo":1}'],
    ['an array', '[1,2,3]'],
    [
      'a wrong field type',
      JSON.stringify({ version: USER_DATA_VERSION, savedJobs: [{ id: 'x', title: 3 }] }),
    ],
    [
      'an id that is not a slug',
      JSON.stringify({ version: USER_DATA_VERSION, savedJobs: [{ ...job(1), id: '<script>', savedAt: 1 }] }),
    ],
    ['a null', 'null'],
  ])('%s is set aside as unreadable', (_name, raw) => {
    expect(readUserData(raw)).toEqual({ data: emptyUserData(), problem: 'unreadable' });
  });

  it('data from a newer version is set aside as such (never half-read)', () => {
    const raw = JSON.stringify({ version: USER_DATA_VERSION + 1, savedJobs: [], somethingNew: true });
    expect(readUserData(raw)).toEqual({ data: emptyUserData(), problem: 'newer' });
  });

  it('orders newest first, drops repeated ids and caps what it reads', () => {
    const many = Array.from({ length: MAX_SAVED_JOBS + 20 }, (_, i) => ({ ...job(i), savedAt: i }));
    const raw = JSON.stringify({
      version: USER_DATA_VERSION,
      savedJobs: [...many, { ...job(3), savedAt: 3 }],
    });
    const { data, problem } = readUserData(raw);
    expect(problem).toBeNull();
    expect(data.savedJobs).toHaveLength(MAX_SAVED_JOBS);
    expect(data.savedJobs[0]?.savedAt).toBe(MAX_SAVED_JOBS + 19);
    expect(new Set(data.savedJobs.map((j) => j.id)).size).toBe(MAX_SAVED_JOBS);
  });
});

describe('saving', () => {
  it('saves newest first and unsaves', () => {
    let data = saveJob(emptyUserData(), job(1), 1).data;
    data = saveJob(data, job(2), 2).data;
    expect(data.savedJobs.map((j) => j.id)).toEqual([job(2).id, job(1).id]);
    expect(isSaved(data, job(1).id)).toBe(true);
    data = unsaveJob(data, job(1).id);
    expect(isSaved(data, job(1).id)).toBe(false);
  });

  it('saving a saved job or unsaving an unsaved one changes nothing (same object)', () => {
    const data = saveJob(emptyUserData(), job(1), 1).data;
    expect(saveJob(data, job(1), 2).data).toBe(data);
    expect(unsaveJob(data, job(9).id)).toBe(data);
  });

  it('a full list refuses the next job rather than drop one', () => {
    let data = emptyUserData();
    for (let i = 0; i < MAX_SAVED_JOBS; i++) data = saveJob(data, job(i), i).data;
    const result = saveJob(data, job(MAX_SAVED_JOBS), 9999);
    expect(result.full).toBe(true);
    expect(result.data).toBe(data);
  });
});
