#!/usr/bin/env node
// The end-to-end build's input: the user's documents (content/documents), the development corpus's pages
// (test/fixtures/dev-corpus/docs: more stories, cross-page duplicates, other layouts), a hostile fixture
// (markup, script, javascript: links, so the tests can prove that document text is rendered inert) and a listing
// with a job number, in one folder. Used by `npm test` (scripts/test-all.mjs) and by hand:
//
//   node scripts/e2e-documents.mjs [folder]   # default .tmp/e2e-documents; prints the folder
//   DOCUMENTS_DIR=.tmp/e2e-documents SITE_OUT=.tmp/site npm run build
import { cpSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Folders whose files are copied under their own names. */
const FOLDERS = ['content/documents', 'test/fixtures/dev-corpus/docs'];
const FIXTURES = [
  { file: 'e2e/fixtures/hostile.txt', as: 'zz-hostile.txt' },
  // A listing that states its job number, for the job page's "Apply on amazon.jobs" (e2e/saved.spec.ts).
  { file: 'e2e/fixtures/job-number.txt', as: 'zz-job-number.txt' },
];

/** Fills `out` (emptied first) with the end-to-end documents; returns its path. Throws on a name taken twice. */
export function assembleE2eDocuments(out = path.join('.tmp', 'e2e-documents')) {
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const taken = new Set();
  const copy = (from, name) => {
    if (taken.has(name)) throw new Error(`e2e documents: ${name} comes from two places`);
    taken.add(name);
    cpSync(path.join(root, from), path.join(out, name));
  };
  for (const dir of FOLDERS) {
    for (const name of readdirSync(path.join(root, dir)).sort()) copy(path.join(dir, name), name);
  }
  for (const fixture of FIXTURES) copy(fixture.file, fixture.as);
  return out;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  console.log(assembleE2eDocuments(process.argv[2]));
}
