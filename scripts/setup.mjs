// @ts-check
// What `npm start` and `npm test` install before they run: plain Node with no dependencies, because it runs
// before node_modules exists. Each check takes its probes as an argument, so the unit test can play every machine.
import { spawnSync } from 'node:child_process';
import { accessSync, constants, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

/** Debian's chromium package installs its launcher here. */
export const DEBIAN_CHROMIUM = '/usr/bin/chromium';

const HOW_TO_INSTALL =
  "install Debian's chromium (sudo apt-get install -y chromium) or set CHROMIUM_PATH=/path/to/chromium, then run npm test again";

/**
 * Dependencies are (re)installed when node_modules has no lock of its own, or package-lock.json is newer than it
 * (npm writes node_modules/.package-lock.json on every install).
 * @param {(file: string) => number | undefined} mtime modification time in ms, undefined when the file is missing
 */
export function needsInstall(mtime = fileMtime) {
  const installed = mtime('node_modules/.package-lock.json');
  const lock = mtime('package-lock.json') ?? 0;
  return installed === undefined || installed < lock;
}

/**
 * Runs `npm ci` when {@link needsInstall} says so.
 * @returns {number} 0, or npm's exit code
 */
export function ensureDependencies() {
  if (!needsInstall()) return 0;
  console.log('Installing dependencies (npm ci)…');
  const result = spawnSync('npm', ['ci', '--no-audit', '--no-fund'], {
    stdio: 'inherit',
    shell: process.platform === 'win32',
  });
  return result.status ?? 1;
}

/**
 * @typedef {object} ChromiumProbes
 * @property {NodeJS.ProcessEnv} env
 * @property {(file: string) => boolean} isExecutable
 * @property {() => string | undefined} playwrightBrowser the browser Playwright downloaded, if any
 */

/**
 * The Chromium the end-to-end tests use: CHROMIUM_PATH when set (it alone, so a typo is reported rather than
 * quietly replaced), else Debian's, else the one Playwright installed.
 * @param {ChromiumProbes} probes
 * @returns {{ path: string } | { missing: string }}
 */
export function findChromium({ env, isExecutable, playwrightBrowser } = realChromiumProbes()) {
  const chosen = env.CHROMIUM_PATH;
  if (chosen) {
    return isExecutable(chosen)
      ? { path: chosen }
      : {
          missing: `CHROMIUM_PATH=${chosen} is not an executable file: point it at a Chromium executable (Debian: sudo apt-get install -y chromium, then CHROMIUM_PATH=${DEBIAN_CHROMIUM}) or unset it, then run npm test again`,
        };
  }
  if (isExecutable(DEBIAN_CHROMIUM)) return { path: DEBIAN_CHROMIUM };
  const downloaded = playwrightBrowser();
  if (downloaded && isExecutable(downloaded)) return { path: downloaded };
  return { missing: `no Chromium found: ${HOW_TO_INSTALL}` };
}

/**
 * For a browser launch: the Chromium found, else CHROMIUM_PATH as given (so the launch error names it), else
 * undefined (Playwright's own browser, whose launch error says how to download it).
 * @param {ChromiumProbes} probes
 * @returns {string | undefined}
 */
export function chromiumExecutable(probes = realChromiumProbes()) {
  const found = findChromium(probes);
  return 'path' in found ? found.path : probes.env.CHROMIUM_PATH || undefined;
}

/**
 * @typedef {object} InstallProbes
 * @property {boolean} isRoot
 * @property {boolean} hasAptGet
 * @property {() => { ok: true } | { ok: false, error: string }} aptInstallChromium
 * @property {(line: string) => void} log
 */

/**
 * Finds Chromium, installing Debian's with apt-get where that is possible (root with apt-get, and CHROMIUM_PATH
 * unset). Never throws: what is wrong comes back as one line that says what to do.
 * @param {ChromiumProbes & InstallProbes} probes
 * @returns {{ ok: true, path: string } | { ok: false, message: string }}
 */
export function ensureChromium(probes = { ...realChromiumProbes(), ...realInstallProbes() }) {
  const found = findChromium(probes);
  if ('path' in found) return { ok: true, path: found.path };
  if (probes.env.CHROMIUM_PATH || !probes.isRoot || !probes.hasAptGet)
    return { ok: false, message: found.missing };
  probes.log("No Chromium found: installing Debian's chromium (apt-get install chromium)…");
  const installed = probes.aptInstallChromium();
  if (!installed.ok)
    return { ok: false, message: `apt-get install chromium failed (${installed.error}): ${HOW_TO_INSTALL}` };
  const after = findChromium(probes);
  return 'path' in after
    ? { ok: true, path: after.path }
    : {
        ok: false,
        message: `apt-get installed chromium but ${DEBIAN_CHROMIUM} is missing: ${HOW_TO_INSTALL}`,
      };
}

/** @param {string} file */
function fileMtime(file) {
  try {
    return statSync(file).mtimeMs;
  } catch {
    return undefined;
  }
}

/** @param {string} file */
function isExecutableFile(file) {
  try {
    accessSync(file, constants.X_OK);
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

/** @returns {ChromiumProbes} */
function realChromiumProbes() {
  return {
    env: process.env,
    isExecutable: isExecutableFile,
    playwrightBrowser() {
      try {
        const require = createRequire(path.resolve('package.json'));
        /** @type {{ chromium: { executablePath(): string } }} */
        const playwright = require('@playwright/test');
        return playwright.chromium.executablePath();
      } catch {
        return undefined;
      }
    },
  };
}

/** @returns {InstallProbes} */
function realInstallProbes() {
  const pathDirs = (process.env.PATH ?? '').split(path.delimiter).filter(Boolean);
  return {
    isRoot: process.getuid?.() === 0,
    hasAptGet: pathDirs.some((dir) => isExecutableFile(path.join(dir, 'apt-get'))),
    aptInstallChromium() {
      const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
      for (const args of [
        ['update', '-qq'],
        ['install', '-y', '-qq', 'chromium'],
      ]) {
        const result = spawnSync('apt-get', args, {
          env,
          encoding: 'utf8',
          stdio: ['ignore', 'ignore', 'pipe'],
        });
        if (result.status !== 0) {
          const lastLine =
            (result.stderr ?? '').trim().split('\n').pop() || `exit ${result.status ?? result.signal}`;
          return { ok: false, error: `apt-get ${args[0]}: ${lastLine}` };
        }
      }
      return { ok: true };
    },
    log: (line) => console.log(line),
  };
}
