import { describe, expect, it } from 'vitest';
import { isMissingFile, namesFile } from './vite-missing-file-plugin.ts';

describe('namesFile', () => {
  it('treats discovery paths and paths with a file extension as files', () => {
    expect(namesFile('/.well-known/ai-catalog.json')).toBe(true);
    expect(namesFile('/.well-known/security')).toBe(true);
    expect(namesFile('/feed.xml')).toBe(true);
    expect(namesFile('/data/missing.json')).toBe(true);
  });

  it('leaves app URLs to the SPA fallback', () => {
    expect(namesFile('/')).toBe(false);
    expect(namesFile('/saved')).toBe(false);
    expect(namesFile('/stories.html')).toBe(false);
    expect(namesFile('/jobs/applied-scientist-seattle-1a2b3c4d')).toBe(false);
    // Under an id route, whatever follows is an id for the app to answer, dots or not.
    expect(namesFile('/jobs/../data/jobs.json')).toBe(false);
    expect(namesFile('/stories/v1.2-release')).toBe(false);
    // A dot-file name is a name, not an extension.
    expect(namesFile('/.hidden')).toBe(false);
  });
});

describe('isMissingFile', () => {
  const files = new Set(['robots.txt', 'data/jobs.json']);
  const exists = (relative: string) => files.has(relative);

  it('is true only for a file the site does not have', () => {
    expect(isMissingFile('/robots.txt', exists)).toBe(false);
    expect(isMissingFile('/data/jobs.json', exists)).toBe(false);
    expect(isMissingFile('/.well-known/ai-catalog.json', exists)).toBe(true);
    expect(isMissingFile('/sitemap-2.xml', exists)).toBe(true);
    expect(isMissingFile('/saved', exists)).toBe(false);
  });

  it('never looks outside the site', () => {
    const seen: string[] = [];
    expect(isMissingFile('/../../etc/passwd.txt', (relative) => (seen.push(relative), false))).toBe(true);
    expect(seen).toEqual(['etc/passwd.txt']);
  });
});
