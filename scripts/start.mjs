#!/usr/bin/env node
// `npm start`: install what is missing, build the bundle and the site, serve it on http://localhost:4173.
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';

const run = (cmd, args) => {
  const result = spawnSync(cmd, args, { stdio: 'inherit', shell: process.platform === 'win32' });
  if (result.status !== 0) process.exit(result.status ?? 1);
};

const lockTime = existsSync('package-lock.json') ? statSync('package-lock.json').mtimeMs : 0;
const installed = existsSync('node_modules/.package-lock.json')
  ? statSync('node_modules/.package-lock.json').mtimeMs
  : -1;
if (installed < lockTime) {
  console.log('Installing dependencies (npm ci)…');
  run('npm', ['ci', '--no-audit', '--no-fund']);
}
run('npm', ['run', 'build']);
console.log('\nSummit is served on http://localhost:4173 (Ctrl+C to stop)\n');
run('npx', ['vite', 'preview', '--port', '4173', '--strictPort']);
