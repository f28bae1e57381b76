import { describe, expect, it } from 'vitest';
import { countryName, regionKind, regionName } from './place-names';

describe('regionName', () => {
  it('spells out region codes per country', () => {
    expect(regionName('US', 'WA')).toBe('Washington');
    expect(regionName('AU', 'WA')).toBe('Western Australia');
    expect(regionName('CA', 'BC')).toBe('British Columbia');
    expect(regionName('us', 'ny')).toBe('New York');
  });

  it('keeps what it does not know, as written', () => {
    expect(regionName('US', 'Washington')).toBe('Washington');
    expect(regionName('DE', 'BE')).toBe('BE');
    expect(regionName('GB', 'England')).toBe('England');
    expect(regionName('US', '__proto__')).toBe('__proto__');
    expect(regionName('constructor', 'WA')).toBe('WA');
  });
});

describe('regionKind', () => {
  it('names what a country calls its regions', () => {
    expect(regionKind('us')).toBe('state');
    expect(regionKind('CA')).toBe('province');
    expect(regionKind('DE')).toBe('region');
  });
});

describe('countryName', () => {
  it('spells out country codes; unknown codes are returned as written', () => {
    expect(countryName('US')).toBe('United States');
    expect(countryName('gb')).toBe('United Kingdom');
    expect(countryName('XX')).toBe('XX');
  });
});
