import { describe, it, expect } from 'vitest';
import { parseDocument, parseLocation } from './parse';
import { SEED_FILES, seedText } from '../test-helpers';

const DESC = 'Amazon is looking for an Applied Scientist to build models. '.repeat(5).trim();

describe('parseLocation', () => {
  it.each([
    ['US, WA, Seattle', 'US', 'WA', 'Seattle'],
    ['GB, London', 'GB', null, 'London'],
    ['LU, Luxembourg', 'LU', null, 'Luxembourg'],
    ['IN, KA, Bangalore', 'IN', 'KA', 'Bangalore'],
    ['DE, BE, Berlin', 'DE', 'BE', 'Berlin'],
    ['CA, ON, Toronto', 'CA', 'ON', 'Toronto'],
    ['JP, 13, Tokyo', 'JP', '13', 'Tokyo'],
    ['ES, M, Madrid', 'ES', 'M', 'Madrid'],
    ['US, MO, St. Louis', 'US', 'MO', 'St. Louis'],
    ['US, NY, New York', 'US', 'NY', 'New York'],
    ['FR, Saint-Étienne', 'FR', null, 'Saint-Étienne'],
    ['IE, Dún Laoghaire', 'IE', null, 'Dún Laoghaire'],
    ["US, ID, Coeur d'Alene", 'US', 'ID', "Coeur d'Alene"],
    ['\tUS,  WA,\tSeattle   ', 'US', 'WA', 'Seattle'],
  ])('%j is a location', (line, country, region, city) => {
    expect(parseLocation(line)).toMatchObject({ country, region, city });
  });

  it('labels as written, with canonical separators', () => {
    expect(parseLocation('US,WA,  Seattle')?.label).toBe('US, WA, Seattle');
    expect(parseLocation('GB, London')?.label).toBe('GB, London');
  });

  it.each([
    'Research areas',
    'AI, ML, robotics and more.',
    'XX, WA, Seattle',
    'us, wa, seattle',
    'US, WA, Seattle. We are hiring',
    'US, WA, Seattle, Bellevue, Redmond, Tacoma, Everett',
    'Nafea Bshara, AWS vice president and distinguished engineer.',
  ])('%j is not a location', (line) => {
    expect(parseLocation(line)).toBeNull();
  });
});

describe('parseDocument', () => {
  it('splits the seed documents into article lines and 10 listings each', () => {
    for (const name of SEED_FILES) {
      const doc = parseDocument(name, seedText(name));
      expect(doc.listings).toHaveLength(10);
      expect(doc.listingsSeen).toBe(10);
      expect(doc.rejected).toEqual([]);
      expect(doc.warnings).toEqual([]);
      expect(doc.articleLines[0]?.line).toBe(1);
      expect(doc.articleLines.at(-1)?.text).toMatch(/more than 100 job openings/);
      expect(doc.listings[0]?.line).toBe(151);
      expect(doc.listings[0]?.descriptionLine).toBe(152);
    }
    const first = parseDocument(SEED_FILES[0], seedText(SEED_FILES[0])).listings;
    expect(first.map((l) => l.location.label)).toContain('US, MA, Westborough');
  });

  it('tolerates tabs, trailing spaces and blank lines between listings', () => {
    const text = `Title\n\nResearch areas\n\n\tRelated content  \n\n\n  US, WA, Seattle \t\n${DESC}  \n\n\n\nGB, London\t\n\t${DESC}\n`;
    const doc = parseDocument('t.txt', text);
    expect(doc.listings.map((l) => [l.line, l.location.label, l.description])).toEqual([
      [8, 'US, WA, Seattle', DESC],
      [13, 'GB, London', DESC],
    ]);
    expect(doc.warnings).toEqual([]);
  });

  it('rejects a location line with no description, in the middle and at the end, with its line', () => {
    const text = `Research areas\n\nUS, WA, Seattle\nUS, CA, Santa Clara\n${DESC}\nGB, London\n\n`;
    const doc = parseDocument('r.txt', text);
    expect(doc.listings.map((l) => l.location.city)).toEqual(['Santa Clara']);
    expect(doc.rejected).toEqual([
      { file: 'r.txt', line: 3, reason: 'location line "US, WA, Seattle" has no description' },
      { file: 'r.txt', line: 6, reason: 'location line "GB, London" has no description' },
    ]);
    expect(doc.listingsSeen).toBe(3);
  });

  it('rejects a description without a location and warns about short stray lines', () => {
    const text = `Research areas\n\nUS, WA, Seattle\n${DESC}\n${DESC} Another one.\nstray words\n`;
    const doc = parseDocument('o.txt', text);
    expect(doc.listings).toHaveLength(1);
    expect(doc.rejected).toEqual([{ file: 'o.txt', line: 5, reason: 'description without a location line' }]);
    expect(doc.warnings).toEqual([
      { file: 'o.txt', line: 6, message: 'unrecognised line in the listings ignored: "stray words"' },
    ]);
    expect(doc.listingsSeen).toBe(2);
  });

  it('skips a stray short line between a location and its long description, with a warning', () => {
    const text = `Research areas\n\nUS, WA, Seattle\nMachine learning\n${DESC}\nGB, London\nShort but real.\n`;
    const doc = parseDocument('s.txt', text);
    expect(doc.listings.map((l) => [l.line, l.description])).toEqual([
      [3, DESC],
      [6, 'Short but real.'],
    ]);
    expect(doc.rejected).toEqual([]);
    expect(doc.warnings).toEqual([
      { file: 's.txt', line: 4, message: 'stray line before a description ignored: "Machine learning"' },
    ]);
    expect(doc.listingsSeen).toBe(2);
  });

  it('reads research-area tags under the header', () => {
    const doc = parseDocument(
      'a.txt',
      `Title\n\nResearch areas\nMachine learning\nRobotics\n\nRelated content\n\nUS, WA, Seattle\n${DESC}\n`,
    );
    expect(doc.taggedAreas).toEqual(['Machine learning', 'Robotics']);
    expect(doc.warnings).toEqual([]);
  });

  it('treats a document without a header as all article, even with location-looking lines in it', () => {
    const text = `Image alt\nCaption\n\nA title\n\nUS, WA, Seattle\n${DESC}\n\nMore text.\n`;
    const doc = parseDocument('a.txt', text);
    expect(doc.listings).toEqual([]);
    expect(doc.listingsSeen).toBe(0);
    expect(doc.articleLines.map((l) => l.text)).toContain('US, WA, Seattle');
  });

  it('does not take an aside "Related content" for the header', () => {
    const text = `Title\n\nRelated content\nUS, WA, Seattle\n\nParagraph.\n`;
    const doc = parseDocument('a.txt', text);
    expect(doc.listings).toEqual([]);
    expect(doc.articleLines).toHaveLength(6);
  });

  it('accepts a bare "Related content" header followed by listings', () => {
    const doc = parseDocument('a.txt', `Title\n\nRelated content\n\nUS, WA, Seattle\n${DESC}\n`);
    expect(doc.listings).toHaveLength(1);
    expect(doc.articleLines.map((l) => l.text)).toEqual(['Title']);
  });

  it('reads a listings-only document', () => {
    const doc = parseDocument('l.txt', `\nUS, WA, Seattle\n${DESC}\nIN, KA, Bangalore\n${DESC}\n`);
    expect(doc.articleLines).toEqual([]);
    expect(doc.listings.map((l) => [l.line, l.location.label])).toEqual([
      [2, 'US, WA, Seattle'],
      [4, 'IN, KA, Bangalore'],
    ]);
  });

  // No timed assertion (a busy machine would fail it; speed is benchmarked): a quadratic parse of a megabyte would
  // not finish within the test's time limit.
  it('parses a 1 MB description line whole', () => {
    const big = 'We build robots and machine learning systems for fulfillment. '.repeat(17_000);
    expect(big.length).toBeGreaterThan(1_000_000);
    const doc = parseDocument('big.txt', `Research areas\n\nUS, WA, Seattle\n${big}\n`);
    expect(doc.listings[0]?.description).toBe(big.trim());
  });
});
