import { describe, it, expect, afterEach } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { collectInputs, InputDirError, NOT_TXT } from './collect';
import { cleanTempDirs, tempDir } from '../test-helpers';

afterEach(cleanTempDirs);

describe('collect', () => {
  it('lists .txt files in code-unit order and reports everything else once', async () => {
    const dir = tempDir();
    for (const name of ['b.txt', 'a.txt', 'B.txt', 'notes.md', 'image.png', '.DS_Store'])
      writeFileSync(path.join(dir, name), 'x');
    mkdirSync(path.join(dir, 'sub.txt'));
    const { files, skipped } = await collectInputs(dir);
    expect(files.map((f) => f.name)).toEqual(['B.txt', 'a.txt', 'b.txt']);
    expect(skipped.map((s) => s.name)).toEqual(['.DS_Store', 'image.png', 'notes.md', 'sub.txt']);
    expect(skipped.filter((s) => s.name === 'notes.md')).toHaveLength(1);
    expect(skipped[0]?.reason).toBe(NOT_TXT);
    expect(skipped[3]?.reason).toBe('not a regular file');
  });

  it('throws a typed error for a missing folder or a file given as the folder', async () => {
    const dir = tempDir();
    await expect(collectInputs(path.join(dir, 'nope'))).rejects.toBeInstanceOf(InputDirError);
    await expect(collectInputs(path.join(dir, 'nope'))).rejects.toThrow(/does not exist/);
    writeFileSync(path.join(dir, 'file.txt'), 'x');
    await expect(collectInputs(path.join(dir, 'file.txt'))).rejects.toThrow(/not a folder/);
  });
});
