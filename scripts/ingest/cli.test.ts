import { describe, it, expect, afterEach } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { loadRun, loadSettings, main, parseArgs, USAGE, UsageError } from './cli';
import { cleanTempDirs, REPO, SEED_DIR, snapshotDir, tempDir } from './test-helpers';
import { mainEntry } from './workers/worker-bundle';

afterEach(cleanTempDirs);

function io() {
  const out: string[] = [];
  const err: string[] = [];
  return {
    out,
    err,
    io: {
      stdout: { write: (s: string) => out.push(s) },
      stderr: { isTTY: false, write: (s: string) => err.push(s) },
    },
  };
}

describe('loading the pipeline', () => {
  it('runs the same pipeline from its bundle as from the sources', async () => {
    const bundled = await loadRun(mainEntry());
    const sources = await loadRun(null);
    expect(bundled).not.toBe(sources); // one bundled file, not the modules tsx loads
    const a = path.join(tempDir(), 'a');
    const b = path.join(tempDir(), 'b');
    const quiet = { progress: null, generatedAt: '2026-01-01T00:00:00.000Z' } as const;
    await bundled.runIngest({ input: SEED_DIR, out: a, ...quiet });
    await sources.runIngest({ input: SEED_DIR, out: b, ...quiet });
    expect(snapshotDir(a)).toEqual(snapshotDir(b));
  }, 60_000);
});

describe('arguments', () => {
  it('parses the contract', () => {
    expect(parseArgs(['--input', 'in', '--out', 'out'])).toEqual({
      input: 'in',
      out: 'out',
      strict: false,
      settings: null,
    });
    expect(parseArgs(['--strict', '--out=o', '--input=i', '--settings', 's.json'])).toEqual({
      input: 'i',
      out: 'o',
      strict: true,
      settings: 's.json',
    });
  });
  it.each([
    [[]],
    [['--input', 'in']],
    [['--input', 'in', '--out']],
    [['--input', 'in', '--out', 'o', '--verbose']],
    [['--input', '--out', 'o']],
  ])('%j is a usage error', (argv) => {
    expect(() => parseArgs(argv)).toThrow(UsageError);
  });
});

describe('settings', () => {
  it('a missing file is fine; malformed is an error', async () => {
    const dir = tempDir();
    expect(await loadSettings(path.join(dir, 'nope.json'))).toEqual({});
    writeFileSync(path.join(dir, 'ok.json'), '{ "featuredStory": "a-story" }');
    expect(await loadSettings(path.join(dir, 'ok.json'))).toEqual({ featuredStory: 'a-story' });
    writeFileSync(path.join(dir, 'bad.json'), '{ featuredStory: ');
    await expect(loadSettings(path.join(dir, 'bad.json'))).rejects.toThrow(/not valid JSON/);
    writeFileSync(path.join(dir, 'num.json'), '{ "featuredStory": 3 }');
    await expect(loadSettings(path.join(dir, 'num.json'))).rejects.toThrow(/slug or null/);
  });
});

describe('main', () => {
  it('bad arguments: the usage line and exit 2', async () => {
    const t = io();
    expect(await main(['--bogus'], t.io)).toBe(2);
    expect(t.err.join('')).toBe(`ingest: unknown argument --bogus\n${USAGE}\n`);
  });

  it('a missing input folder: one line and exit 2', async () => {
    const t = io();
    const dir = tempDir();
    expect(await main(['--input', path.join(dir, 'missing'), '--out', path.join(dir, 'out')], t.io)).toBe(2);
    expect(t.err).toHaveLength(1);
    expect(t.err[0]).toMatch(/^ingest: input folder .*missing does not exist\n$/);
    expect(t.out).toEqual([]);
  });

  it('writes the bundle and prints a short summary', async () => {
    const t = io();
    const out = path.join(tempDir(), 'data');
    expect(
      await main(
        ['--input', SEED_DIR, '--out', out, '--settings', path.join(REPO, 'content/settings.json')],
        t.io,
      ),
    ).toBe(0);
    expect(t.out[0]).toMatch(
      /^ingest: 2 documents, 20 listings seen, 19 jobs, 1 duplicates, 0 rejected, 0 warnings, 1 articles \(/,
    );
    expect(existsSync(path.join(out, 'report.json'))).toBe(true);
  });

  it('--strict prints each problem as file:line: message and exits 1', async () => {
    const input = tempDir();
    writeFileSync(path.join(input, 'doc.txt'), 'Research areas\n\nUS, WA, Seattle\n');
    writeFileSync(path.join(input, 'readme.md'), 'not an input: no problem');
    const t = io();
    expect(await main(['--input', input, '--out', path.join(tempDir(), 'data'), '--strict'], t.io)).toBe(1);
    expect(t.err).toEqual([
      'doc.txt:3: rejected: location line "US, WA, Seattle" has no description\n',
      'ingest: --strict: 1 problem(s); bundle not written\n',
    ]);
  });

  it('refuses an --out that is not a bundle with exit 2', async () => {
    const t = io();
    const out = tempDir();
    writeFileSync(path.join(out, 'keep.txt'), 'x');
    expect(await main(['--input', SEED_DIR, '--out', out], t.io)).toBe(2);
    expect(t.err.join('')).toMatch(/refusing to replace/);
  });
});

describe('npm run ingest (the real command, end to end)', () => {
  // Two Node processes that compile the CLI with tsx: seconds here, a minute on a shared machine. The hang check is
  // each child's own limit (spawnSync blocks, so the test's limit could not stop a hung child).
  const child = { cwd: REPO, encoding: 'utf8', timeout: 120_000 } as const;
  it('exits 2 with one line for a missing folder, and 0 on the seed', () => {
    const dir = tempDir();
    const missing = spawnSync(
      'npx',
      ['tsx', 'scripts/ingest/cli.ts', '--input', path.join(dir, 'nope'), '--out', path.join(dir, 'o')],
      child,
    );
    expect(missing.status).toBe(2);
    expect(missing.stderr.split('\n').filter((l) => l.startsWith('ingest:'))).toHaveLength(1);
    const ok = spawnSync(
      'npx',
      ['tsx', 'scripts/ingest/cli.ts', '--input', SEED_DIR, '--out', path.join(dir, 'data')],
      child,
    );
    expect(ok.status).toBe(0);
    expect(ok.stdout).toMatch(/20 listings seen, 19 jobs/);
  }, 300_000);
});
