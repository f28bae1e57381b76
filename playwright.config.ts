import { defineConfig, devices } from '@playwright/test';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { chromiumExecutable } from './scripts/setup.mjs';

// Playwright cannot download its own browser here: CHROMIUM_PATH, else Debian's Chromium, else Playwright's own
// (`npm test` installs Debian's where it can, or says what to install, before it gets here).
const executablePath = chromiumExecutable();
const cacheDir = path.resolve('.cache');
process.env.XDG_CONFIG_HOME ??= path.join(cacheDir, 'config');
process.env.XDG_CACHE_HOME ??= path.join(cacheDir, 'cache');

const PORT = Number(process.env.E2E_PORT ?? 4173);
// The built site to serve: dist/ unless SITE_OUT names another build (see scripts/build-site.ts).
const SITE_OUT = process.env.SITE_OUT ?? 'dist';
// Playwright empties its output folder when a run starts: a second run in the same checkout (another port) gets
// its own, or it deletes the first run's traces under it and that run's tests fail on ENOENT.
const OUTPUT_DIR = PORT === 4173 ? 'test-results' : `test-results-${PORT}`;

export default defineConfig({
  testDir: 'e2e',
  outputDir: OUTPUT_DIR,
  fullyParallel: true,
  // Two workers at least, as CI has always run: Playwright's default (half the cores) is one worker on a 2-core
  // machine, and the tests spend much of their time waiting on pages rather than computing.
  workers: Math.max(2, Math.floor(availableParallelism() / 2)),
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.CI ? [['list']] : [['list']],
  timeout: 30_000,
  use: {
    baseURL: `http://localhost:${PORT}`,
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
  webServer: {
    // The site must be built first (`npm run build`): webServer only serves it.
    command: `npx vite preview --port ${PORT} --strictPort --outDir ${SITE_OUT}`,
    url: `http://localhost:${PORT}`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
