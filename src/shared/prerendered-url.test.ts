import { describe, expect, it } from 'vitest';
import {
  isPrerenderedFor,
  SCRIPT_URL_ATTRIBUTE,
  STALE_ATTRIBUTE,
  STALE_PAGE_SCRIPT,
} from './prerendered-url';

/** Runs the head script as the browser would, for a page rendered for `renderedFor`, at `url`. */
function staleAfterScript(renderedFor: string, url: string): boolean {
  const { pathname, search } = new URL(url, 'https://jobs.example.org');
  const attributes = new Map<string, string>();
  const documentStub = {
    currentScript: { getAttribute: (name: string) => (name === SCRIPT_URL_ATTRIBUTE ? renderedFor : null) },
    documentElement: { setAttribute: (name: string, value: string) => attributes.set(name, value) },
  };
  new Function('document', 'location', STALE_PAGE_SCRIPT)(documentStub, { pathname, search });
  return attributes.has(STALE_ATTRIBUTE);
}

describe('which URL a pre-rendered page stands for', () => {
  it('the board and the stories list only without a query string; a job or a story with any', () => {
    expect(isPrerenderedFor('/', '/', '')).toBe(true);
    expect(isPrerenderedFor('/', '/', '?area=economics')).toBe(false);
    expect(isPrerenderedFor('/', '/saved', '')).toBe(false);
    expect(isPrerenderedFor('/stories', '/stories', '?q=robots')).toBe(false);
    expect(isPrerenderedFor('/jobs/a-1', '/jobs/a-1', '?utm_source=chat')).toBe(true);
    expect(isPrerenderedFor(undefined, '/', '')).toBe(false);
  });

  it('the head script marks the page stale exactly where the app does not hydrate it', () => {
    for (const [renderedFor, url] of [
      ['/', '/'],
      ['/', '/?area=economics'],
      ['/', '/saved'],
      ['/', '/no-such-page?x=1'],
      ['/stories', '/stories'],
      ['/stories', '/stories?q=robots'],
    ] as const) {
      const { pathname, search } = new URL(url, 'https://jobs.example.org');
      expect(staleAfterScript(renderedFor, url), url).toBe(!isPrerenderedFor(renderedFor, pathname, search));
    }
  });
});
