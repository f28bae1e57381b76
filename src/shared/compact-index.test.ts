import { describe, expect, it } from 'vitest';
import type { JobSummary } from './bundle-schema';
import {
  checkCompactIndex,
  compactIndexChecker,
  compactIndexSchema,
  decodeIds,
  decodeIndex,
  encodeCards,
  encodeIndex,
  isJobId,
} from './compact-index';
import { jobId } from './job-id';
import { mulberry32 } from './prng';

const job = (id: string, over: Partial<JobSummary> = {}): JobSummary => ({
  id,
  title: 'Applied Scientist',
  displayTitle: 'Applied Scientist',
  team: 'Prime Video',
  location: { country: 'US', region: 'WA', city: 'Seattle', label: 'US, WA, Seattle' },
  researchAreas: ['Machine learning', 'Economics'],
  internship: false,
  manager: false,
  summary: 'Build things.',
  stories: [],
  sources: [{ file: 'a.txt', line: 1 }],
  ...over,
});

describe('compact index', () => {
  it('round-trips the card fields of every job', () => {
    const jobs = [
      job('a'),
      job('b', { title: null, displayTitle: 'Role at X', team: null, internship: true, manager: true }),
      job('c', {
        location: { country: 'GB', region: null, city: 'London', label: 'GB, London' },
        researchAreas: [],
      }),
    ];
    const index = compactIndexSchema.parse(JSON.parse(JSON.stringify(encodeIndex(jobs, 'now'))));
    expect(decodeIndex(index)).toEqual(
      jobs.map(({ sources: _s, displayTitle, title, ...rest }) => ({
        ...rest,
        title: displayTitle,
        titleStated: title !== null,
      })),
    );
  });

  it('codes the stories through one dictionary, in order of first mention, and decodes them in job order', () => {
    const a = { slug: 'story-a', title: 'Story A' };
    const b = { slug: 'story-b', title: 'Story B' };
    const jobs = [job('a', { stories: [b] }), job('b'), job('c', { stories: [a, b] })];
    const index = compactIndexSchema.parse(JSON.parse(JSON.stringify(encodeIndex(jobs, 'now'))));
    expect(index.stories).toEqual([b, a]);
    expect(index.jobs.stories).toEqual([[0], [], [1, 0]]);
    const cards = decodeIndex(index);
    expect(cards.map((c) => c.stories)).toEqual([[b], [], [a, b]]);
    // One object per story, shared by the cards (the engine and the chips read the same title).
    expect(cards[0]!.stories[0]).toBe(cards[2]!.stories[1]);
  });

  it('rejects columns of unequal length', () => {
    const index = encodeIndex([job('a')], 'now');
    index.jobs.title.push('extra');
    expect(compactIndexSchema.safeParse(index).success).toBe(false);
  });

  it('rejects a bad cell in a column, naming its row', () => {
    const cases: [string, (index: ReturnType<typeof encodeIndex>) => void][] = [
      ['team', (i) => ((i.jobs.team as unknown[])[1] = 1.5)],
      ['location', (i) => ((i.jobs.location as unknown[])[1] = -1)],
      ['titleStated', (i) => ((i.jobs.titleStated as unknown[])[1] = 2)],
      ['flags', (i) => ((i.jobs.flags as unknown[])[1] = '0')],
      ['idHash', (i) => (i.jobs.idHash[1] = 'Not An Id')],
      ['summary', (i) => ((i.jobs.summary as unknown[])[1] = null)],
      ['areas', (i) => ((i.jobs.areas[1] as unknown[])[0] = 'x')],
      ['stories', (i) => ((i.jobs.stories as unknown[])[1] = [0.5])],
    ];
    for (const [column, spoil] of cases) {
      const index = encodeIndex([job('a'), job('b')], 'now');
      spoil(index);
      const result = compactIndexSchema.safeParse(JSON.parse(JSON.stringify(index)));
      expect(result.success, column).toBe(false);
      expect(result.error?.issues[0]?.path.slice(0, 3), column).toEqual(['jobs', column, 1]);
      expect(result.error?.issues[0]?.message, column).toMatch(/^expected /);
    }
  });

  it('rejects a column that is not an array', () => {
    const index = { ...encodeIndex([job('a')], 'now') } as unknown as { jobs: Record<string, unknown> };
    index.jobs = { ...index.jobs, team: 'nope' };
    const result = compactIndexSchema.safeParse(index);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['jobs', 'team']);
  });

  it("the app's plain check and the build step's zod schema give the same verdict", () => {
    const good = encodeIndex([job('a'), job('b', { team: null })], 'now');
    const bad: unknown[] = [
      null,
      [],
      { ...good, version: 1 },
      { ...good, areas: ['Not an area'] },
      { ...good, locations: [{ country: 'usa', region: null, city: 'X', label: 'X' }] },
      { ...good, jobs: { ...good.jobs, team: [0, 5] } },
      { ...good, jobs: { ...good.jobs, areas: [[0], [99]] } },
      { ...good, stories: [{ slug: 'Not A Slug', title: 'T' }] },
      { ...good, stories: [{ slug: 'a', title: '' }] },
      { ...good, stories: [{ slug: 'a', title: 'A' }], jobs: { ...good.jobs, stories: [[0], [1]] } },
      { ...good, jobs: { ...good.jobs, stories: [[]] } },
    ];
    expect(checkCompactIndex(good)).toBeNull();
    expect(compactIndexChecker.safeParse(good)).toEqual({ success: true, data: good });
    for (const value of bad) {
      expect(checkCompactIndex(value), JSON.stringify(value)).not.toBeNull();
      expect(compactIndexChecker.safeParse(value).success).toBe(false);
      expect(compactIndexSchema.safeParse(value).success).toBe(false);
    }
  });

  it('tells a job id from anything else', () => {
    expect(isJobId('applied-scientist-seattle-0a1b2c3d')).toBe(true);
    for (const id of ['', 'Upper', 'a--b', '-a', 'a/b', '%25E0', 'a b']) expect(isJobId(id), id).toBe(false);
  });

  describe('ids', () => {
    const hash = '0a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f9';
    const at = (city: string, country = 'US') => ({
      country,
      region: null,
      city,
      label: `${country}, ${city}`,
    });
    /** A job whose id is whatever `id` says, with this title and city. */
    const titled = (id: string, displayTitle: string, city = 'Seattle') =>
      job(id, { title: displayTitle, displayTitle, location: at(city) });
    /** encode → JSON → schema → decode: the whole trip the build step and the app make. */
    const roundTrip = (jobs: JobSummary[]) => {
      const index = compactIndexSchema.parse(JSON.parse(JSON.stringify(encodeIndex(jobs, 'now'))));
      expect(decodeIndex(index).map((c) => c.id)).toEqual(jobs.map((j) => j.id));
      expect(decodeIds(index)).toEqual(jobs.map((j) => j.id));
      return index.jobs.idHash;
    };

    it('keep only the hash digits of an id the title and city give back, however many digits', () => {
      const jobs = [8, 12, 16, 20, 64].map((length) =>
        titled(jobId('Applied Scientist', 'Seattle', hash, length), 'Applied Scientist'),
      );
      expect(roundTrip(jobs)).toEqual([8, 12, 16, 20, 64].map((length) => hash.slice(0, length)));
    });

    it('keep the whole of any other id, so decoding is exact', () => {
      const jobs = [
        titled('a', 'Applied Scientist'),
        titled('legacy-job-42', 'Applied Scientist'),
        // The pattern, but for another title or city: rebuilding would give a different id.
        titled(jobId('Economist', 'Seattle', hash), 'Applied Scientist'),
        titled(jobId('Applied Scientist', 'Boston', hash), 'Applied Scientist'),
        // Hash digits alone, or an id of another job's shape: the marker keeps them from being read as digits.
        titled('0a1b2c3d', 'Applied Scientist'),
        titled('job-0a1b2c3d', 'Applied Scientist'),
        // The pattern with something after the hash (the end-to-end tests' copies).
        titled(`${jobId('Applied Scientist', 'Seattle', hash)}-copy-1`, 'Applied Scientist'),
      ];
      expect(roundTrip(jobs)).toEqual(jobs.map((j) => `=${j.id}`));
    });

    it('rebuild ids whose title or city has no Latin letters or digits', () => {
      const jobs = [
        titled(jobId('研究員', '東京', hash), '研究員', '東京'),
        titled(jobId('研究員', 'Seattle', hash), '研究員'),
        titled(jobId('Economist', '東京', hash), 'Economist', '東京'),
        titled(jobId('---', '!!!', hash, 12), '---', '!!!'),
        titled(jobId('', 'Seattle', hash), ''),
      ];
      expect(jobs.map((j) => j.id)).toEqual([
        'job-0a1b2c3d',
        'job-seattle-0a1b2c3d',
        'economist-0a1b2c3d',
        'job-0a1b2c3d4e5f',
        'job-seattle-0a1b2c3d',
      ]);
      expect(roundTrip(jobs)).toEqual(jobs.map((j) => j.id.slice(j.id.lastIndexOf('-') + 1)));
    });

    it('rebuild ids from accented, composed, decomposed and wide text', () => {
      const cases: [string, string][] = [
        ['Économiste principal', 'Montréal'],
        ['E\u0301conomiste principal', 'Montre\u0301al'],
        ['Scientist — Think Forward Lab', 'São Paulo'],
        ["AWS's “secret sauce” Researcher & ML Lead", 'İstanbul'],
        ['ﬁnance ｆｕｌｌｗｉｄｔｈ Ⅻ', 'Köln'],
        ['Data Scientist 🚀 (Ads)', 'Zürich'],
        ['A very long title '.repeat(10), 'Llanfairpwllgwyngyllgogerychwyrndrobwllllantysiliogogogoch'],
      ];
      const jobs = cases.map(([title, city]) => titled(jobId(title, city, hash), title, city));
      expect(roundTrip(jobs)).toEqual(jobs.map(() => hash.slice(0, 8)));
    });

    it('rebuild exactly from any title and city, and every rebuilt id is URL-safe', () => {
      // Random text from the ranges slugs treat differently: ASCII, Latin with marks, punctuation, CJK, astral.
      const random = mulberry32(7);
      const alphabet = [..."aZ9 -&'’.,/_\t", ...'éÉñØßİıﬁＡ①Ⅻ—“東京🚀', '\u0301', '\u00a0'];
      const text = () =>
        Array.from(
          { length: Math.floor(random() * 70) },
          () => alphabet[Math.floor(random() * alphabet.length)],
        ).join('');
      const jobs = Array.from({ length: 500 }, (_, i) => {
        const city = text() || 'X';
        const title = text();
        const digits = hash.slice(0, 8 + 4 * Math.floor(random() * 3)).replace(/^./, String(i % 10));
        return titled(jobId(title, city, digits, digits.length), title, city);
      });
      const cells = roundTrip(jobs);
      expect(cells.every((c) => !c.startsWith('='))).toBe(true);
      for (const j of jobs) expect(isJobId(j.id), j.id).toBe(true);
    });

    it('are checked: digits, or = and a URL-safe id', () => {
      const good = encodeIndex(
        [titled(jobId('Economist', 'Seattle', hash), 'Economist'), titled('a', 'X')],
        'now',
      );
      expect(good.jobs.idHash).toEqual(['0a1b2c3d', '=a']);
      expect(checkCompactIndex(good)).toBeNull();
      for (const cell of ['', '=', '=-a', '=A', '=a--b', '==a', 'ABC', '0a1b-2c3d', ' 0a1b', 7, null]) {
        const bad = { ...good, jobs: { ...good.jobs, idHash: [cell, '=a'] } };
        expect(checkCompactIndex(bad), String(cell)).toEqual({
          path: ['jobs', 'idHash', 0],
          message: 'expected hash digits or = and a URL-safe id',
        });
        expect(compactIndexSchema.safeParse(bad).success).toBe(false);
      }
      // An id that is not URL-safe cannot be written at all.
      expect(compactIndexSchema.safeParse(encodeIndex([titled('Not An Id', 'X')], 'now')).success).toBe(
        false,
      );
    });

    it('survive decoding, editing a title and encoding again', () => {
      const jobs = [titled(jobId('Economist', 'Seattle', hash), 'Economist'), titled('a', 'X')];
      const index = encodeIndex(jobs, 'now');
      const edited = decodeIndex(index).map((c) => ({ ...c, title: `${c.title} <b>`, summary: 'Changed.' }));
      const again = encodeCards(edited, 'now');
      expect(again.jobs.idHash).toEqual([`=${jobs[0]!.id}`, '=a']);
      expect(decodeIndex(compactIndexSchema.parse(again))).toEqual(edited);
      expect(encodeCards(decodeIndex(index), 'now')).toEqual(index);
    });

    it('refuse an index of the old format, with whole ids in `id`', () => {
      const { idHash: _idHash, ...columns } = encodeIndex([titled('a', 'X')], 'now').jobs;
      const old = { ...encodeIndex([titled('a', 'X')], 'now'), version: 1, jobs: { ...columns, id: ['a'] } };
      expect(checkCompactIndex(old)).toEqual({ path: ['version'], message: 'expected version 3' });
      expect(checkCompactIndex({ ...old, version: 3 })?.path).toEqual(['jobs', 'idHash']);
    });
  });
});
