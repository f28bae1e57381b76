import { describe, it, expect } from 'vitest';
import { jobId, jobKeyHash } from './ids';
import { parseLocation } from './parse';

const ny = parseLocation('US, NY, New York')!;

describe('ids', () => {
  it('are URL-safe, readable and depend only on the listing’s own text', () => {
    const hash = jobKeyHash(ny, 'Text');
    const id = jobId('Manager III, Economist', 'New York', hash);
    expect(id).toMatch(/^manager-iii-economist-new-york-[0-9a-f]{8}$/);
    expect(jobId('Manager III, Economist', 'New York', jobKeyHash(ny, 'Text'))).toBe(id);
    expect(jobId('Manager III, Economist', 'New York', jobKeyHash(ny, 'Other text'))).not.toBe(id);
    expect(jobId('研究員', '東京', hash)).toMatch(/^job-[0-9a-f]{8}$/);
    expect(jobId('Scientist — Think Forward Lab', 'São Paulo', hash)).toMatch(
      /^scientist-think-forward-lab-sao-paulo-[0-9a-f]{8}$/,
    );
    const long = jobId(
      'A very long title '.repeat(10),
      'Llanfairpwllgwyngyllgogerychwyrndrobwllllantysiliogogogoch',
      hash,
    );
    expect(long.length).toBeLessThanOrEqual(48 + 1 + 24 + 1 + 8);
    expect(long).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
  });
});
