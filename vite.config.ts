/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'vite';
import { cspPlugin } from './scripts/vite-csp-plugin.ts';
import { missingFilePlugin } from './scripts/vite-missing-file-plugin.ts';
import { routePreloadPlugin } from './scripts/vite-route-preload-plugin.ts';

export default defineConfig({
  plugins: [react(), tailwindcss(), cspPlugin(), routePreloadPlugin(), missingFilePlugin()],
  preview: { port: 4173, strictPort: true },
  server: { port: 5173 },
  build: {
    target: 'es2022',
    sourcemap: false,
    // Every module the app's entry loads statically goes into one chunk. Left to itself, Rolldown splits modules
    // that lazy chunks share with the entry (react-router, the query layer) into a second initial chunk: one more
    // request, and about 2 kB more gzip than one file (each file compresses on its own).
    rolldownOptions: { output: { codeSplitting: { groups: [{ name: 'app', tags: ['$initial'] }] } } },
  },
  test: {
    globals: true,
    environment: 'node',
    include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts', 'test/**/*.test.ts', 'bench/**/*.test.ts'],
    setupFiles: ['./test/setup.ts'],
    // A hang check, not a speed check (speed is benchmarked): property tests and real builds that take 5–10 s alone
    // took 25–35 s with four suites sharing these 2 cores, and 30 s failed them.
    testTimeout: 120_000,
  },
});
