import { describe, expect, it, vi } from 'vitest';
import { DEBIAN_CHROMIUM, ensureChromium, findChromium, needsInstall } from './setup.mjs';

describe('needsInstall', () => {
  const times = (files: Record<string, number>) => (file: string) => files[file];

  it('installs on a fresh clone (no node_modules)', () => {
    expect(needsInstall(times({ 'package-lock.json': 100 }))).toBe(true);
  });

  it('installs when package-lock.json is newer than the last install', () => {
    expect(needsInstall(times({ 'package-lock.json': 200, 'node_modules/.package-lock.json': 100 }))).toBe(
      true,
    );
  });

  it('does not install when the last install is as new as the lock', () => {
    expect(needsInstall(times({ 'package-lock.json': 100, 'node_modules/.package-lock.json': 100 }))).toBe(
      false,
    );
    expect(needsInstall(times({ 'package-lock.json': 100, 'node_modules/.package-lock.json': 150 }))).toBe(
      false,
    );
  });
});

/** A machine: which files are executable, who runs, what apt-get does. */
function machine({
  executables = [] as string[],
  env = {} as Record<string, string>,
  playwright = undefined as string | undefined,
  isRoot = false,
  hasAptGet = false,
  apt = { ok: true } as { ok: true } | { ok: false; error: string },
} = {}) {
  const files = new Set(executables);
  const aptInstallChromium = vi.fn(() => {
    if (apt.ok) files.add(DEBIAN_CHROMIUM);
    return apt;
  });
  const log = vi.fn();
  return {
    env,
    isExecutable: (file: string) => files.has(file),
    playwrightBrowser: () => playwright,
    isRoot,
    hasAptGet,
    aptInstallChromium,
    log,
  };
}

describe('findChromium', () => {
  it('takes CHROMIUM_PATH first, then Debian’s, then the one Playwright downloaded', () => {
    const all = ['/opt/chrome', DEBIAN_CHROMIUM, '/pw/chrome'];
    expect(
      findChromium(
        machine({ executables: all, env: { CHROMIUM_PATH: '/opt/chrome' }, playwright: '/pw/chrome' }),
      ),
    ).toEqual({
      path: '/opt/chrome',
    });
    expect(findChromium(machine({ executables: all, playwright: '/pw/chrome' }))).toEqual({
      path: DEBIAN_CHROMIUM,
    });
    expect(findChromium(machine({ executables: ['/pw/chrome'], playwright: '/pw/chrome' }))).toEqual({
      path: '/pw/chrome',
    });
  });

  it('does not fall back when CHROMIUM_PATH names a missing file: it says so', () => {
    const found = findChromium(
      machine({ executables: [DEBIAN_CHROMIUM], env: { CHROMIUM_PATH: '/nope/chromium' } }),
    );
    expect(found).toEqual({
      missing: expect.stringContaining('CHROMIUM_PATH=/nope/chromium is not an executable file'),
    });
  });

  it('does not count a Playwright browser path whose download never happened', () => {
    expect(findChromium(machine({ playwright: '/pw/chrome' }))).toEqual({
      missing: expect.stringContaining('no Chromium found'),
    });
  });
});

describe('ensureChromium', () => {
  const oneLine = (message: string) => expect(message).not.toMatch(/\n/);

  it('does nothing when Chromium is there', () => {
    const probes = machine({ executables: [DEBIAN_CHROMIUM], isRoot: true, hasAptGet: true });
    expect(ensureChromium(probes)).toEqual({ ok: true, path: DEBIAN_CHROMIUM });
    expect(probes.aptInstallChromium).not.toHaveBeenCalled();
  });

  it('installs Debian’s chromium as root with apt-get, and says so', () => {
    const probes = machine({ isRoot: true, hasAptGet: true });
    expect(ensureChromium(probes)).toEqual({ ok: true, path: DEBIAN_CHROMIUM });
    expect(probes.aptInstallChromium).toHaveBeenCalledOnce();
    expect(probes.log).toHaveBeenCalledWith(expect.stringContaining('installing Debian'));
  });

  it.each([
    ['not root', { isRoot: false, hasAptGet: true }],
    ['no apt-get', { isRoot: true, hasAptGet: false }],
  ])('without a way to install (%s) stops with one line: what to install and CHROMIUM_PATH', (_, how) => {
    const probes = machine(how);
    const result = ensureChromium(probes);
    expect(probes.aptInstallChromium).not.toHaveBeenCalled();
    expect(result.ok).toBe(false);
    if (result.ok) return;
    oneLine(result.message);
    expect(result.message).toContain('sudo apt-get install -y chromium');
    expect(result.message).toContain('CHROMIUM_PATH=');
  });

  it('does not install over a CHROMIUM_PATH that is wrong: the path is the thing to fix', () => {
    const probes = machine({ env: { CHROMIUM_PATH: '/nope' }, isRoot: true, hasAptGet: true });
    const result = ensureChromium(probes);
    expect(probes.aptInstallChromium).not.toHaveBeenCalled();
    expect(result).toEqual({ ok: false, message: expect.stringContaining('CHROMIUM_PATH=/nope') });
  });

  it('reports a failed apt-get in one line with its error and what to do', () => {
    const probes = machine({
      isRoot: true,
      hasAptGet: true,
      apt: { ok: false, error: 'apt-get install: E: Unable to locate package chromium' },
    });
    const result = ensureChromium(probes);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    oneLine(result.message);
    expect(result.message).toMatch(
      /^apt-get install chromium failed \(apt-get install: E: Unable to locate package chromium\): install/,
    );
    expect(result.message).toContain('CHROMIUM_PATH=');
  });

  it('says so when apt-get succeeds but no Chromium appears where the tests look', () => {
    const probes = machine({ isRoot: true, hasAptGet: true });
    probes.aptInstallChromium.mockReturnValue({ ok: true });
    const result = ensureChromium({ ...probes, isExecutable: () => false });
    expect(result).toEqual({ ok: false, message: expect.stringContaining(`${DEBIAN_CHROMIUM} is missing`) });
  });
});
