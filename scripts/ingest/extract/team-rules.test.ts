import { describe, expect, it } from 'vitest';
import { TEAM_RULES, teamRuleMatches } from './extract-job';

/** What a scan per rule finds: [start, match, groups] of each match. */
const scanned = (prose: string) =>
  TEAM_RULES.map((rule) => [...prose.matchAll(rule.re)].map((m) => [m.index, ...m]));
const tried = (prose: string) => teamRuleMatches(prose).map((ms) => ms.map((m) => [m.index, ...m]));

// Pieces of the phrases the rules read, and what sits around them, to be put together at random.
const PIECES = [
  'The',
  'the',
  'Our',
  'our',
  'A',
  'a',
  'An',
  "Amazon's",
  'Amazon’s',
  'At',
  'at',
  'Join',
  'join',
  'us',
  'Here',
  'here',
  'within',
  'inside',
  'Alexa',
  'Edge AI',
  'eXperience',
  'Buyer Risk Prevention',
  '(BRP)',
  '(AGI)',
  'and',
  'of',
  'team',
  'Team',
  'science team',
  'organization',
  'org',
  'group',
  'is',
  'are',
  'has',
  'looking',
  'seeking',
  'owns',
  'builds',
  'is an initiative',
  'ranks',
  'we',
  'you',
  ',',
  '.',
  ':',
  '!',
  '?',
  '\n',
  '\t',
  '  ',
  'U.S.',
  'AWS',
  'DS3',
  'Theory',
  'Athena',
  'Ahead',
  'data',
  'thehe',
  'at the',
];

/** A deterministic pseudo-random text of `n` pieces. */
function textOf(seed: number, n: number): string {
  let x = seed;
  const next = () => {
    x = (x * 1103515245 + 12345) % 2147483648;
    return x;
  };
  let out = '';
  for (let i = 0; i < n; i++) {
    out += PIECES[next() % PIECES.length] as string;
    const gap = next() % 8;
    out += gap === 0 ? '' : gap === 1 ? '\t' : gap === 2 ? '\n' : ' ';
  }
  return out;
}

describe('team rules tried only where they can begin', () => {
  it('find what a scan of every position finds', () => {
    const texts = [
      'The Think Forward Lab team builds models. At Audible, we listen.',
      '.\n\nAmazon Prime is looking for you: Join us at Amazon’s Devices team and here at Amazon Robotics.',
      'Work within the LTPF, inside Amazon Transportation Services, within Alexa Edge AI.',
      "Amazon's Optimal Inventory Health (OIH) org in Seattle. The DS3 org is an initiative. our eXperience team",
      'Buyer Risk Prevention (BRP) exists to protect. A Applied Science team. At the Foo Bar, you',
      'Team: Amazon Prime is looking for you. Summary:\tAWS Infrastructure Services owns the cloud!',
    ];
    for (let seed = 1; seed <= 400; seed++) texts.push(textOf(seed, 60));
    for (const text of texts) expect(tried(text), text).toEqual(scanned(text));
  });
});
