/** Helpers for the ingest tests: temporary folders and the seed paths. */
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO = path.resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');
export const SEED_DIR = path.join(REPO, 'content/documents');
export const SEED_FILES = ['000_f1f1fbf0c48f56fc.txt', '001_1a7795cba3160f4d.txt'] as const;
export const FIXTURES = path.join(REPO, 'test/fixtures');

export function seedText(name: string): string {
  return readFileSync(path.join(SEED_DIR, name), 'utf8');
}

const made: string[] = [];
export function tempDir(prefix = 'ingest-test-'): string {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}
export function cleanTempDirs(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** Every file under dir with its bytes, keyed by relative path: for byte-identical comparisons. */
export function snapshotDir(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const full = path.join(d, name);
      if (statSync(full).isDirectory()) walk(full);
      else out.set(path.relative(dir, full), readFileSync(full, 'latin1'));
    }
  };
  walk(dir);
  return out;
}
