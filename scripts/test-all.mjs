#!/usr/bin/env node
// `npm test`: the whole suite, in order of cost: static checks, unit and build-step tests, the site build,
// then end-to-end tests in Chromium against the built site.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';

// The end-to-end build reads the user's documents plus a hostile fixture (markup, script, javascript: links),
// so the tests can prove that document text is rendered inert.
const e2eDocuments = path.join('.tmp', 'e2e-documents');
rmSync(e2eDocuments, { recursive: true, force: true });
mkdirSync(e2eDocuments, { recursive: true });
for (const name of readdirSync('content/documents'))
  cpSync(path.join('content/documents', name), path.join(e2eDocuments, name));
cpSync('e2e/fixtures/hostile.txt', path.join(e2eDocuments, 'zz-hostile.txt'));
// A listing that states its job number, for the job page's "Apply on amazon.jobs" (e2e/saved.spec.ts).
cpSync('e2e/fixtures/job-number.txt', path.join(e2eDocuments, 'zz-job-number.txt'));

const steps = [
  ['typecheck', ['npx', 'tsc', '-b']],
  ['lint', ['npx', 'eslint', '.', '--max-warnings', '0']],
  // Fails on a high or critical advisory; where the registry answers no audits it says so loudly and goes on.
  ['dependency audit', ['npx', 'tsx', 'scripts/audit/cli.ts', '--allow-unavailable']],
  ['unit and build-step tests', ['npx', 'vitest', 'run']],
  ['build (user documents + hostile fixture)', ['npm', 'run', 'build'], { DOCUMENTS_DIR: e2eDocuments }],
  ['end-to-end tests', ['npx', 'playwright', 'test']],
];

for (const [name, [cmd, ...args], env = {}] of steps) {
  console.log(`\n▶ ${name}: ${[cmd, ...args].join(' ')}`);
  const result = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status !== 0) {
    console.error(`\n✖ ${name} failed (exit ${result.status ?? result.signal})`);
    process.exit(result.status ?? 1);
  }
}
console.log('\n✔ all checks passed');
