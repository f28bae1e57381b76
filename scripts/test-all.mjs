#!/usr/bin/env node
// `npm test`: the whole suite, in order of cost: static checks, unit and build-step tests, the site build,
// then end-to-end tests in Chromium against the built site.
import { spawnSync } from 'node:child_process';

const steps = [
  ['typecheck', ['npx', 'tsc', '-b']],
  ['lint', ['npx', 'eslint', '.', '--max-warnings', '0']],
  ['unit and build-step tests', ['npx', 'vitest', 'run']],
  ['build', ['npm', 'run', 'build']],
  ['end-to-end tests', ['npx', 'playwright', 'test']],
];

for (const [name, [cmd, ...args]] of steps) {
  console.log(`\n▶ ${name}: ${[cmd, ...args].join(' ')}`);
  const result = spawnSync(cmd, args, { stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`\n✖ ${name} failed (exit ${result.status ?? result.signal})`);
    process.exit(result.status ?? 1);
  }
}
console.log('\n✔ all checks passed');
