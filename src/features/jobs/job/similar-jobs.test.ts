import { describe, expect, it } from 'vitest';
import { FIXTURE_JOBS } from '../test-fixtures';
import { jobsLikeId, similarJobs } from './similar-jobs';

describe('similar jobs', () => {
  it('ranks a shared team first, then shared areas, and never the job itself', () => {
    const economist = FIXTURE_JOBS[0]!;
    const ids = similarJobs(economist, FIXTURE_JOBS).map((j) => j.id);
    expect(ids[0]).toBe('applied-scientist-prime-video-seattle');
    expect(ids).toContain('economist-iii-new-york');
    expect(ids).not.toContain(economist.id);
    expect(ids).not.toContain('quantum-researcher-london');
  });

  it('finds jobs like an unlisted id from the words in it', () => {
    expect(jobsLikeId('economist-seattle-deadbeef', FIXTURE_JOBS)[0]?.id).toBe(
      'economist-prime-video-seattle',
    );
    expect(jobsLikeId('zzz', FIXTURE_JOBS)).toEqual([]);
  });
});
