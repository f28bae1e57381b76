import { describe, expect, it } from 'vitest';
import {
  countNewForSearch,
  emptyUserData,
  jobKey,
  markSearchLooked,
  MAX_SAVED_SEARCHES,
  newJobKeys,
  packKeys,
  recordVisit,
  removeSearch,
  saveSearch,
  seenIndex,
  unpackKeys,
  VISIT_GAP_MS,
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
      JSON.stringify({ ...emptyUserData(), savedJobs: [{ ...job(1), id: '<script>', savedAt: 1 }] }),
    ],
    ['a null', 'null'],
  ])('%s is set aside as unreadable', (_name, raw) => {
    expect(readUserData(raw)).toEqual({ data: emptyUserData(), problem: 'unreadable' });
  });

  it('migrates version 1 (saved jobs only) to the current version, keeping every saved job', () => {
    const v1 = {
      version: 1,
      savedJobs: [
        { ...job(1), savedAt: 10 },
        { ...job(2), savedAt: 20 },
      ],
    };
    const { data, problem } = readUserData(JSON.stringify(v1));
    expect(problem).toBeNull();
    expect(data.version).toBe(USER_DATA_VERSION);
    expect(data.savedJobs.map((j) => j.id)).toEqual([job(2).id, job(1).id]);
    expect(data.savedSearches).toEqual([]);
    expect(data.seen).toEqual([]);
    expect(data.visit).toBeNull();
  });

  it('a damaged version 1 is not migrated but set aside', () => {
    const v1 = { version: 1, savedJobs: [{ id: 'x' }] };
    expect(readUserData(JSON.stringify(v1)).problem).toBe('unreadable');
  });

  it('data from a newer version is set aside as such (never half-read)', () => {
    const raw = JSON.stringify({ version: USER_DATA_VERSION + 1, savedJobs: [], somethingNew: true });
    expect(readUserData(raw)).toEqual({ data: emptyUserData(), problem: 'newer' });
  });

  it('orders newest first, drops repeated ids and caps what it reads', () => {
    const many = Array.from({ length: MAX_SAVED_JOBS + 20 }, (_, i) => ({ ...job(i), savedAt: i }));
    const raw = JSON.stringify({
      ...emptyUserData(),
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

const ids = (n: number, from = 0) =>
  Array.from({ length: n }, (_, i) => `job-seattle-${(from + i).toString(16).padStart(8, '0')}`);
let counter = 0;
const makeId = () => `s${++counter}`;

describe('saved searches', () => {
  it('saves newest first, renames instead of repeating a view, removes, and caps', () => {
    let data = saveSearch(
      emptyUserData(),
      { name: ' ML jobs ', query: '?area=machine-learning' },
      1,
      makeId,
    ).data;
    expect(data.savedSearches[0]).toMatchObject({
      name: 'ML jobs',
      query: '?area=machine-learning',
      lookedAt: 1,
    });
    data = saveSearch(data, { name: 'Machine learning', query: '?area=machine-learning' }, 2, makeId).data;
    expect(data.savedSearches).toHaveLength(1);
    expect(data.savedSearches[0]?.name).toBe('Machine learning');
    const id = data.savedSearches[0]!.id;
    expect(markSearchLooked(data, id, 50).savedSearches[0]?.lookedAt).toBe(50);
    expect(removeSearch(data, id).savedSearches).toEqual([]);
    for (let i = 0; i < MAX_SAVED_SEARCHES; i++)
      data = saveSearch(data, { name: `${i}`, query: `?q=${i}` }, 3, makeId).data;
    expect(saveSearch(data, { name: 'one more', query: '?q=more' }, 4, makeId).full).toBe(true);
  });
});

describe('seen jobs and "new"', () => {
  it('packs job keys losslessly, 4 bytes a job', () => {
    const keys = ids(1000).map(jobKey);
    expect(unpackKeys(packKeys(keys))).toEqual(keys);
    expect(jobKey('applied-scientist-seattle-1a2b3c4d')).toBe(0x1a2b3c4d);
    expect(jobKey('no-hash-here')).toBe(jobKey('no-hash-here'));
  });

  it('a first visit marks nothing new', () => {
    const data = recordVisit(emptyUserData(), ids(10), 1000);
    expect(newJobKeys(data, ids(10)).size).toBe(0);
  });

  it('jobs first seen in this visit are new; in the visit after, they are not', () => {
    let data = recordVisit(emptyUserData(), ids(10), 0);
    // The next visit, after a rebuild that added two jobs.
    let now = VISIT_GAP_MS + 1;
    data = recordVisit(data, ids(12), now);
    expect([...newJobKeys(data, ids(12))]).toEqual(ids(2, 10));
    // A reload in the same visit keeps them new.
    now += 60_000;
    data = recordVisit(data, ids(12), now);
    expect(newJobKeys(data, ids(12)).size).toBe(2);
    // The visit after that: nothing new.
    now += VISIT_GAP_MS + 1;
    data = recordVisit(data, ids(12), now);
    expect(newJobKeys(data, ids(12)).size).toBe(0);
  });

  it('a job not recorded yet counts as new once anything has been', () => {
    const data = recordVisit(emptyUserData(), ids(3), 0);
    expect([...newJobKeys(data, ids(4))]).toEqual(ids(1, 3));
    expect(newJobKeys(emptyUserData(), ids(4)).size).toBe(0);
    expect(newJobKeys(null, ids(4)).size).toBe(0);
  });

  it('forgets jobs that left the bundle, so the seen-set stays the size of the bundle', () => {
    let data = recordVisit(emptyUserData(), ids(10), 0);
    data = recordVisit(data, ids(5, 5), 1);
    expect(seenIndex(data).firstSeen.size).toBe(5);
  });

  it('writes nothing when nothing changed (same object)', () => {
    const data = recordVisit(emptyUserData(), ids(10), 0);
    expect(recordVisit(data, ids(10), 1000)).toBe(data);
  });

  it('keeps at most MAX_SEEN_BATCHES batches, merging the oldest', () => {
    let data = recordVisit(emptyUserData(), ids(1), 0);
    for (let i = 1; i <= 40; i++) data = recordVisit(data, ids(1 + i), i * 1000);
    expect(data.seen.length).toBeLessThanOrEqual(24);
    expect(seenIndex(data).firstSeen.size).toBe(41);
  });

  it("counts a saved search's jobs first seen since it was last looked at", () => {
    let data = recordVisit(emptyUserData(), ids(10), 0);
    data = saveSearch(data, { name: 'All', query: '' }, 100, makeId).data;
    data = recordVisit(data, ids(11), 200);
    const search = data.savedSearches[0]!;
    expect(countNewForSearch(seenIndex(data), search, ids(11))).toBe(1);
    const looked = markSearchLooked(data, search.id, 300);
    expect(countNewForSearch(seenIndex(looked), looked.savedSearches[0]!, ids(11))).toBe(0);
  });

  it('stays small at 10,000 jobs: the whole stored value, measured', () => {
    let data = recordVisit(emptyUserData(), ids(10_000), 0);
    for (let i = 0; i < 30; i++) {
      data = saveJob(
        data,
        { ...job(i), title: 'Senior Applied Scientist, Prime Video', team: 'Prime Video' },
        i,
      ).data;
    }
    for (let i = 0; i < 10; i++) {
      data = saveSearch(
        data,
        {
          name: `Machine learning jobs in Seattle ${i}`,
          query: `?location=us-wa-seattle&area=machine-learning&q=${i}`,
        },
        i,
        makeId,
      ).data;
    }
    const bytes = new TextEncoder().encode(serialiseUserData(data)).length;
    console.log(`stored user data at 10,000 jobs, 30 saved jobs, 10 searches: ${bytes} bytes`);
    expect(bytes).toBeLessThan(64 * 1024);
    expect(readUserData(serialiseUserData(data)).data).toEqual(data);
  });
});
