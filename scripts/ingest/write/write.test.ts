import { describe, it, expect, afterEach } from 'vitest';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { assertReplaceable, OutDirError, writeBundleAtomically, type BundleFile } from './write';
import { cleanTempDirs, tempDir } from '../test-helpers';

afterEach(cleanTempDirs);

function* files(n: number, failAt = -1): Generator<BundleFile> {
  for (let i = 0; i < n; i++) {
    if (i === failAt) throw new Error('boom while writing');
    yield { name: i === 0 ? 'report.json' : `jobs/job-${i}.json`, content: `{"n":${i}}\n` };
  }
}

describe('atomic write', () => {
  it('writes every file and replaces a previous bundle whole', async () => {
    const root = tempDir();
    const out = path.join(root, 'data');
    expect(await writeBundleAtomically(out, files(5))).toBe(5);
    expect(readdirSync(path.join(out, 'jobs'))).toHaveLength(4);
    await writeBundleAtomically(out, files(2));
    expect(readdirSync(path.join(out, 'jobs'))).toEqual(['job-1.json']); // nothing left over from the old bundle
    expect(readdirSync(root)).toEqual(['data']); // no temporary folders left
  });

  it('a failure while writing leaves the previous bundle intact and removes the temporary folder', async () => {
    const root = tempDir();
    const out = path.join(root, 'data');
    await writeBundleAtomically(out, files(4));
    const before = readFileSync(path.join(out, 'jobs/job-3.json'), 'utf8');
    await expect(writeBundleAtomically(out, files(10, 6))).rejects.toThrow('boom while writing');
    expect(readFileSync(path.join(out, 'jobs/job-3.json'), 'utf8')).toBe(before);
    expect(existsSync(path.join(out, 'jobs/job-5.json'))).toBe(false);
    expect(readdirSync(root)).toEqual(['data']);
  });

  it('refuses to replace a folder that is not a bundle', async () => {
    const root = tempDir();
    const precious = path.join(root, 'precious');
    mkdirSync(precious);
    writeFileSync(path.join(precious, 'thesis.tex'), 'years of work');
    await expect(writeBundleAtomically(precious, files(2))).rejects.toBeInstanceOf(OutDirError);
    expect(readFileSync(path.join(precious, 'thesis.tex'), 'utf8')).toBe('years of work');
    writeFileSync(path.join(root, 'file'), 'x');
    await expect(assertReplaceable(path.join(root, 'file'))).rejects.toThrow(/not a folder/);
    mkdirSync(path.join(root, 'empty'));
    await expect(assertReplaceable(path.join(root, 'empty'))).resolves.toBeUndefined();
  });
});
