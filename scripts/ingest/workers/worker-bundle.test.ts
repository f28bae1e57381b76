import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanTempDirs, tempDir } from '../test-helpers';
import {
  bundledEntry,
  DEFAULT_MAIN_BUNDLE,
  DEFAULT_WORKER_BUNDLE,
  TSX_WORKER_ENTRY,
  workerEntry,
  type WorkerBundleOptions,
} from './worker-bundle';

afterEach(cleanTempDirs);

function fixture(): WorkerBundleOptions {
  const root = tempDir();
  writeFileSync(path.join(root, 'dep.ts'), 'export const answer: number = 41;\n');
  writeFileSync(path.join(root, 'entry.ts'), "import { answer } from './dep';\nconsole.log(answer + 1);\n");
  return { entry: path.join(root, 'entry.ts'), root, cacheDir: path.join(root, 'cache') };
}

describe('the worker bundle', () => {
  it('is built once, reused while its sources are unchanged, and rebuilt when one changes', () => {
    const options = fixture();
    const first = workerEntry(options);
    expect(first.protocol).toBe('file:');
    const file = fileURLToPath(first);
    expect(path.dirname(file)).toBe(options.cacheDir);
    expect(readFileSync(file, 'utf8')).toMatch(/answer = 41;/);
    const built = statSync(file).mtimeMs;

    expect(workerEntry(options).href).toBe(first.href);
    expect(statSync(file).mtimeMs).toBe(built); // not rewritten

    writeFileSync(path.join(options.root, 'dep.ts'), 'export const answer: number = 1;\n');
    const second = workerEntry(options);
    expect(second.href).not.toBe(first.href);
    expect(readFileSync(fileURLToPath(second), 'utf8')).toMatch(/answer = 1;/);
  });

  it('gives the bundle its entry’s URL as import.meta.url, and refuses other inputs that use import.meta', () => {
    const options = fixture();
    writeFileSync(path.join(options.root, 'entry.ts'), 'export const here = import.meta.url;\n');
    const entry = bundledEntry(options);
    expect(entry).not.toBeNull();
    expect(readFileSync(fileURLToPath(entry as URL), 'utf8')).toContain(
      JSON.stringify(pathToFileURL(options.entry).href),
    );
    mkdirSync(path.join(options.root, 'lib'));
    writeFileSync(path.join(options.root, 'lib', 'dep.ts'), 'export const there = import.meta.url;\n');
    writeFileSync(path.join(options.root, 'entry.ts'), "export { there } from './lib/dep';\n");
    expect(bundledEntry(options)).toBeNull();
  });

  it('falls back to the TypeScript loader when it cannot be built', () => {
    const options = fixture();
    expect(workerEntry({ ...options, entry: path.join(options.root, 'missing.ts') })).toBe(TSX_WORKER_ENTRY);
  });

  it('bundles the build step’s own two entries (every module that uses import.meta sits beside them)', () => {
    expect(bundledEntry(DEFAULT_WORKER_BUNDLE)).not.toBeNull();
    expect(bundledEntry(DEFAULT_MAIN_BUNDLE)).not.toBeNull();
  });
});
