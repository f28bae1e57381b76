/**
 * Stage 1: list the input folder. Every `*.txt` file is an input, in code-unit order of its name so that runs are
 * reproducible; anything else is reported once in skippedFiles. A missing or unreadable folder is an
 * InputDirError, which the CLI turns into one line and exit code 2.
 */
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import type { SkippedFile } from '../types';
import { compareStrings } from '../text';

export class InputDirError extends Error {
  constructor(
    readonly dir: string,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'InputDirError';
  }
}

export interface InputFile {
  name: string;
  path: string;
  size: number;
  mtimeMs: number;
}

export interface Collected {
  files: InputFile[];
  skipped: SkippedFile[];
}

export const NOT_TXT = 'not a .txt file';

export async function collectInputs(dir: string): Promise<Collected> {
  let entries: string[];
  try {
    const info = await stat(dir);
    if (!info.isDirectory()) throw new InputDirError(dir, 'ENOTDIR', `input folder ${dir} is not a folder`);
    entries = await readdir(dir);
  } catch (error) {
    if (error instanceof InputDirError) throw error;
    const code = (error as NodeJS.ErrnoException).code ?? 'EIO';
    const why =
      code === 'ENOENT'
        ? 'does not exist'
        : code === 'EACCES'
          ? 'is not readable'
          : `cannot be read (${code})`;
    throw new InputDirError(dir, code, `input folder ${dir} ${why}`);
  }
  const files: InputFile[] = [];
  const skipped: SkippedFile[] = [];
  for (const name of [...entries].sort(compareStrings)) {
    const full = path.join(dir, name);
    let info;
    try {
      info = await stat(full);
    } catch (error) {
      skipped.push({ name, reason: `cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})` });
      continue;
    }
    if (!name.endsWith('.txt')) {
      skipped.push({ name, reason: info.isDirectory() ? `${NOT_TXT} (a folder)` : NOT_TXT });
      continue;
    }
    if (!info.isFile()) {
      skipped.push({ name, reason: 'not a regular file' });
      continue;
    }
    files.push({ name, path: full, size: info.size, mtimeMs: info.mtimeMs });
  }
  return { files, skipped };
}
