#!/usr/bin/env node
// `npm test`: the whole suite, in order of cost: static checks, unit and build-step tests, the site build,
// then end-to-end tests in Chromium against the built site.
import { spawnSync } from 'node:child_process';
import { assembleE2eDocuments } from './e2e-documents.mjs';

// The end-to-end build's documents: the user's, the dev corpus's pages and a hostile fixture (e2e-documents.mjs).
const e2eDocuments = assembleE2eDocuments();

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
