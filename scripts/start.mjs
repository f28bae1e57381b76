#!/usr/bin/env node
// @ts-check
// `npm start`: install what is missing, build the bundle and the site, serve it on http://localhost:4173.
import { spawnSync } from 'node:child_process';
import { ensureDependencies } from './setup.mjs';

/** @param {string} cmd @param {string[]} args */
const run = (cmd, args) => {
  const result = spawnSync(cmd, args, { stdio: 'inherit', shell: process.platform === 'win32' });
  if (result.status !== 0) process.exit(result.status ?? 1);
};

const installed = ensureDependencies();
if (installed !== 0) process.exit(installed);
run('npm', ['run', 'build']);
console.log('\nSummit is served on http://localhost:4173 (Ctrl+C to stop)\n');
run('npx', ['vite', 'preview', '--port', '4173', '--strictPort']);
