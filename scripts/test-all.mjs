#!/usr/bin/env node
// @ts-check
// `npm test`: the whole suite on a fresh clone. It installs what is missing (the same rule as `npm start`), then
// runs the checks in order of cost: static checks, unit and build-step tests, the site build, then end-to-end tests
// in Chromium against the built site. Each step prints how long it took; the summary lists them all.
import { spawnSync } from 'node:child_process';
import { assembleE2eDocuments } from './e2e-documents.mjs';
import { ensureChromium, ensureDependencies } from './setup.mjs';

// The end-to-end build's documents: the user's, the dev corpus's pages and the fixtures (e2e-documents.mjs).
const e2eDocuments = assembleE2eDocuments();

/** @typedef {{ ok: true } | { ok: false, failure: string }} Outcome */
/** @typedef {{ name: string, command?: string[], env?: NodeJS.ProcessEnv, run?: () => Outcome }} Step */

/** @type {Step[]} */
const steps = [
  {
    name: 'install dependencies (npm ci, when package-lock.json is newer than node_modules)',
    run: () => exitOutcome(ensureDependencies()),
  },
  { name: 'typecheck', command: ['npx', 'tsc', '-b'] },
  { name: 'lint', command: ['npx', 'eslint', '.', '--max-warnings', '0'] },
  // Fails on a high or critical advisory; where the registry answers no audits it says so loudly and goes on.
  { name: 'dependency audit', command: ['npx', 'tsx', 'scripts/audit/cli.ts', '--allow-unavailable'] },
  { name: 'unit and build-step tests', command: ['npx', 'vitest', 'run'] },
  {
    name: 'build (the e2e documents: the user documents, the dev corpus, fixtures)',
    command: ['npm', 'run', 'build'],
    // Two pre-render threads although the site is small (one would do): the end-to-end tests then run on pages
    // the worker threads wrote, the path a large site takes.
    env: { DOCUMENTS_DIR: e2eDocuments, PRERENDER_THREADS: '2' },
  },
  // Installs Debian's chromium where it can (root with apt-get); otherwise one line says what to do.
  {
    name: 'Chromium for the end-to-end tests',
    run: () => {
      const chromium = ensureChromium();
      if (!chromium.ok) return { ok: false, failure: chromium.message };
      console.log(`Chromium: ${chromium.path}`);
      process.env.CHROMIUM_PATH = chromium.path;
      return { ok: true };
    },
  },
  { name: 'end-to-end tests', command: ['npx', 'playwright', 'test'] },
];

/** @param {number} status @returns {Outcome} */
function exitOutcome(status) {
  return status === 0 ? { ok: true } : { ok: false, failure: `failed (exit ${status})` };
}

/** @param {Step} step @returns {Outcome} */
function runStep({ command, env = {}, run }) {
  if (run) return run();
  const [cmd = '', ...args] = command ?? [];
  const result = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return exitOutcome(result.status ?? 1);
}

/** @param {number} ms */
const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;

const suiteStart = performance.now();
/** @type {[string, number][]} */
const durations = [];
for (const step of steps) {
  console.log(`\n▶ ${step.name}${step.command ? `: ${step.command.join(' ')}` : ''}`);
  const start = performance.now();
  const outcome = runStep(step);
  const took = performance.now() - start;
  if (!outcome.ok) {
    console.error(`\n✖ ${step.name}: ${outcome.failure}`);
    process.exit(1);
  }
  durations.push([step.name, took]);
  console.log(`✔ ${step.name} (${seconds(took)})`);
}
console.log('\n✔ all checks passed');
for (const [name, took] of durations) console.log(`  ${seconds(took).padStart(8)}  ${name}`);
console.log(`  ${seconds(performance.now() - suiteStart).padStart(8)}  total`);
