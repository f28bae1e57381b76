import { describe, it, expect } from 'vitest';
import { Progress } from './progress';

function sink(isTTY: boolean) {
  const chunks: string[] = [];
  return { isTTY, chunks, write: (s: string) => chunks.push(s) };
}

describe('progress', () => {
  it('is silent for small inputs', () => {
    const s = sink(false);
    const p = new Progress(s, 2, 1000);
    p.update(1, 10);
    p.update(2, 20);
    p.done();
    expect(s.chunks).toEqual([]);
  });

  it('prints a line at most every 2 seconds when not a terminal, and the last one', () => {
    const s = sink(false);
    let now = 0;
    const p = new Progress(s, 4, 1000, () => now);
    for (const [t, files, listings] of [
      [100, 1, 300],
      [900, 2, 600],
      [2500, 3, 900],
      [2600, 4, 1200],
    ] as const) {
      now = t;
      p.update(files, listings);
    }
    expect(s.chunks).toEqual([
      'ingest: 1/4 documents, 300 listings, 0.1 s\n',
      'ingest: 3/4 documents, 900 listings, 2.5 s\n',
      'ingest: 4/4 documents, 1200 listings, 2.6 s\n',
    ]);
  });

  it('redraws a bar on a terminal, for inputs over 5 MB from the start', () => {
    const s = sink(true);
    const p = new Progress(s, 2, 6 * 1024 * 1024, () => 0);
    p.update(1, 5);
    p.done();
    expect(s.chunks[0]).toBe('\r[############............] ingest: 1/2 documents, 5 listings, 0.0 s');
    expect(s.chunks.at(-1)).toBe('\n');
  });
});
