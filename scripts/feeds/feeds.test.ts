// @vitest-environment jsdom
/**
 * The feeds as a feed reader sees them: parsed by an XML parser (jsdom's DOMParser, not the library that wrote
 * them), checked for what RFC 4287 requires, with unique ids and absolute links, deterministic.
 */
import { describe, expect, it } from 'vitest';
import type { JobSummary } from '../../src/shared/bundle-schema';
import { feedFile, feedForView } from '../../src/shared/feeds';
import { DEFAULT_BOARD_STATE } from '../../src/shared/board-state';
import { buildFeeds, siteUrlFrom } from './feeds';

const ATOM = 'http://www.w3.org/2005/Atom';
const SITE = 'https://jobs.example.org';
const AT = '2026-03-04T05:06:07.000Z';

function job(over: Partial<JobSummary> & Pick<JobSummary, 'id' | 'displayTitle'>): JobSummary {
  return {
    title: over.displayTitle,
    team: 'Prime Video',
    location: { country: 'US', region: 'WA', city: 'Seattle', label: 'US, WA, Seattle' },
    researchAreas: ['Economics'],
    internship: false,
    manager: false,
    summary: 'Build causal models.',
    sources: [{ file: 'a.txt', line: 1 }],
    stories: [],
    ...over,
  };
}

const JOBS: JobSummary[] = [
  job({ id: 'economist-seattle-00000001', displayTitle: 'Economist' }),
  job({
    id: 'applied-scientist-london-00000002',
    displayTitle: 'Applied Scientist',
    team: 'R&D <Labs> ]]> "Team"',
    location: { country: 'GB', region: null, city: 'London', label: 'GB, London' },
    researchAreas: ['Machine learning', 'Economics'],
    summary: 'Text with <script>window.x=1</script> & ampersands ]]> inside.',
  }),
  job({
    id: 'data-scientist-austin-00000003',
    displayTitle: 'Data Scientist',
    team: null,
    researchAreas: [],
  }),
  job({
    id: 'scientist-bellevue-00000004',
    displayTitle: 'Scientist',
    location: { country: 'US', region: 'WA', city: 'Bellevue', label: 'US, WA, Bellevue' },
  }),
];

function parse(xml: string): Document {
  const doc = new DOMParser().parseFromString(xml, 'application/xml');
  expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
  return doc;
}

const children = (el: Element, name: string) =>
  Array.from(el.children).filter((c) => c.namespaceURI === ATOM && c.localName === name);

function isAbsolute(href: string | null): boolean {
  if (!href) return false;
  const url = new URL(href);
  return url.href.startsWith(`${SITE}/`);
}

describe('buildFeeds', () => {
  const feeds = buildFeeds(JOBS, AT, SITE);

  it('writes all jobs and one feed per team, research area, country and region', () => {
    expect([...feeds.keys()]).toEqual([
      'feeds/all.xml',
      'feeds/area/economics.xml',
      'feeds/area/machine-learning.xml',
      'feeds/location/gb.xml',
      'feeds/location/us-wa.xml',
      'feeds/location/us.xml',
      'feeds/team/prime-video.xml',
      'feeds/team/r-and-d-labs-team.xml',
    ]);
  });

  it.each([...buildFeeds(JOBS, AT, SITE)])(
    '%s is valid Atom with unique ids and absolute links',
    (file, xml) => {
      const doc = parse(xml);
      const feed = doc.documentElement;
      expect(feed.namespaceURI).toBe(ATOM);
      expect(feed.localName).toBe('feed');
      // RFC 4287 4.1.1: id, title, updated exactly once; an author (here on the feed); a self link is recommended.
      for (const name of ['id', 'title', 'updated']) expect(children(feed, name)).toHaveLength(1);
      expect(children(feed, 'author').length).toBeGreaterThan(0);
      expect(children(feed, 'id')[0]!.textContent).toBe(`${SITE}/data/${file}`);
      const self = children(feed, 'link').find((l) => l.getAttribute('rel') === 'self');
      expect(self?.getAttribute('href')).toBe(`${SITE}/data/${file}`);
      expect(Number.isNaN(Date.parse(children(feed, 'updated')[0]!.textContent ?? ''))).toBe(false);

      const entries = children(feed, 'entry');
      expect(entries.length).toBeGreaterThan(0);
      const ids = entries.map((e) => children(e, 'id')[0]?.textContent ?? '');
      expect(new Set(ids).size).toBe(entries.length);
      for (const entry of entries) {
        for (const name of ['id', 'title', 'updated']) expect(children(entry, name)).toHaveLength(1);
        const links = children(entry, 'link');
        expect(links.length).toBeGreaterThan(0);
        for (const link of links) expect(isAbsolute(link.getAttribute('href'))).toBe(true);
        expect(links[0]!.getAttribute('href')).toMatch(new RegExp(`^${SITE}/jobs/[a-z0-9-]+$`));
        expect(isAbsolute(children(entry, 'id')[0]!.textContent)).toBe(true);
      }
    },
  );

  it('puts each job in its feeds, linking to its page', () => {
    const ids = (file: string) =>
      Array.from(parse(feeds.get(file)!).getElementsByTagNameNS(ATOM, 'entry'), (e) =>
        children(e, 'id')[0]!.textContent!.replace(`${SITE}/jobs/`, ''),
      ).sort();
    expect(ids('feeds/all.xml')).toHaveLength(JOBS.length);
    expect(ids('feeds/location/us-wa.xml')).toEqual(
      ['data-scientist-austin-00000003', 'economist-seattle-00000001', 'scientist-bellevue-00000004'].sort(),
    );
    expect(ids('feeds/area/machine-learning.xml')).toEqual(['applied-scientist-london-00000002']);
  });

  it('keeps document text as text: markup is escaped for a feed reader, never live', () => {
    const xml = feeds.get('feeds/location/gb.xml')!;
    const entry = parse(xml).getElementsByTagNameNS(ATOM, 'entry')[0]!;
    const summary = children(entry, 'summary')[0]!;
    expect(summary.getAttribute('type')).toBe('html');
    // As HTML, the summary's text decodes back to the document's words, tags included as text.
    const shown = new DOMParser().parseFromString(summary.textContent ?? '', 'text/html').body;
    expect(shown.querySelector('script')).toBeNull();
    expect(shown.textContent).toContain('<script>window.x=1</script> & ampersands ]]> inside.');
  });

  it('is deterministic: the same jobs in any order give the same bytes', () => {
    const again = buildFeeds([...JOBS].reverse(), AT, SITE);
    expect([...again]).toEqual([...feeds]);
  });
});

describe('siteUrlFrom', () => {
  it('defaults to the local preview server and drops a trailing slash', () => {
    expect(siteUrlFrom(undefined)).toBe('http://localhost:4173');
    expect(siteUrlFrom(' https://summit.example/ ')).toBe('https://summit.example');
  });
  it.each(['jobs.example', 'ftp://x.example', 'javascript:alert(1)'])('refuses %s', (bad) => {
    expect(() => siteUrlFrom(bad)).toThrow(/SITE_URL/);
  });
});

describe('feedForView', () => {
  const kind = (slug: string) => (slug === 'us' ? 'country' : slug === 'us-wa' ? 'region' : 'city');
  const view = (over: Partial<typeof DEFAULT_BOARD_STATE>) =>
    feedForView({ ...DEFAULT_BOARD_STATE, ...over }, kind);
  it('maps all jobs and a single team, area, country or region to its feed', () => {
    expect(view({})).toEqual({ kind: 'all', slug: '' });
    expect(feedFile(view({ area: ['economics'] })!)).toBe('feeds/area/economics.xml');
    expect(feedFile(view({ team: ['prime-video'], sort: 'location', page: 3 })!)).toBe(
      'feeds/team/prime-video.xml',
    );
    expect(feedFile(view({ location: ['us-wa'] })!)).toBe('feeds/location/us-wa.xml');
  });
  it('maps nothing else', () => {
    expect(view({ location: ['us-wa-seattle'] })).toBeNull();
    expect(view({ area: ['economics', 'robotics'] })).toBeNull();
    expect(view({ area: ['economics'], team: ['prime-video'] })).toBeNull();
    expect(view({ q: 'causal' })).toBeNull();
    expect(view({ type: ['internship'] })).toBeNull();
    expect(view({ newOnly: true })).toBeNull();
  });
});
