import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { BackgroundWriter } from './file-writer';
import { cleanTempDirs, tempDir } from '../test-helpers';

afterEach(cleanTempDirs);

describe('BackgroundWriter', () => {
  it('writes every file, in the order queued, by the time drain returns', () => {
    const dir = tempDir();
    const writer = BackgroundWriter.start();
    if (writer === null) throw new Error('no writer thread');
    try {
      // More than it queues before waiting, and the same file twice: the later content wins.
      for (let i = 0; i < 600; i++) writer.write(path.join(dir, `f${i % 500}.txt`), `${i}`);
      writer.drain();
      expect(readFileSync(path.join(dir, 'f0.txt'), 'utf8')).toBe('500');
      expect(readFileSync(path.join(dir, 'f499.txt'), 'utf8')).toBe('499');
    } finally {
      writer.close();
    }
  });

  it('throws the first failure from drain, and from close', () => {
    const writer = BackgroundWriter.start();
    if (writer === null) throw new Error('no writer thread');
    writer.write(path.join(tempDir(), 'missing-folder', 'a.txt'), 'x');
    expect(() => writer.drain()).toThrow(/ENOENT/);
    expect(() => writer.close()).toThrow(/ENOENT/);
  });
});
