import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createSearcher } from '../../../src/features/jobs/search';
import { compactIndexSchema, decodeIds } from '../../../src/shared/compact-index';
import { hashIds, searchIndexFileSchema } from '../../../src/shared/search-index';
import { runIngest } from '../pipeline';
import { cleanTempDirs, SEED_DIR, tempDir } from '../test-helpers';

afterAll(cleanTempDirs);

describe('search-index.json', () => {
  it('is written in index.json job order and finds description words the cards do not show', async () => {
    const out = path.join(tempDir(), 'data');
    await runIngest({ input: SEED_DIR, out, progress: null });
    const read = (name: string): unknown => JSON.parse(readFileSync(path.join(out, name), 'utf8'));
    const index = compactIndexSchema.parse(read('index.json'));
    const file = searchIndexFileSchema.parse(read('search-index.json'));
    expect(file.docCount).toBe(index.jobs.idHash.length);
    expect(file.idsHash).toBe(hashIds(decodeIds(index)));

    const searcher = createSearcher(file);
    const titlesFor = (q: string) => {
      const { indexes } = searcher.search(q);
      const set = indexes instanceof Uint32Array ? bitsetToList(indexes) : [...indexes];
      return set.map((i) => index.jobs.title[i]).sort();
    };
    // "Stata" appears only deep in two economists' descriptions, never on a card.
    expect(titlesFor('stata')).toEqual(['Economist', 'Economist III']);
    expect(index.jobs.summary.some((s) => /stata/i.test(s))).toBe(false);
    // Prefix matching as you type.
    expect(titlesFor('econometr').length).toBeGreaterThan(0);
    expect(titlesFor('zzzzqx')).toEqual([]);
  });
});

function bitsetToList(words: Uint32Array): number[] {
  const out: number[] = [];
  words.forEach((word, w) => {
    for (let b = 0; b < 32; b++) if (word & (1 << b)) out.push(w * 32 + b);
  });
  return out;
}
