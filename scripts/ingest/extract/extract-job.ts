/**
 * Stage 4: a listing's description → what a careful reader takes from it: the title it states (or null), an
 * honest display title, the team, research areas, internship / manager flags and a one-line summary.
 *
 * Everything is derived by general rules over the prose, never by lookup:
 * - title: phrases such as "Offered Position: X", "seeking a/an X", "looking for a/an X", "hiring a/an X",
 *   "As a/an X, you", "A/An/The X will|in|…", validated against a vocabulary of role head nouns; leading praise
 *   ("highly motivated", "talented", "PhD") is dropped, plurals are made singular, lower-case titles title-cased.
 * - team: "the X team", "X owns|provides|is an initiative|is seeking …", "At X,", "join X", "the X
 *   organization|business", "Employer: X"; each occurrence adds evidence, company-wide names are discounted.
 * Only the non-boilerplate sections are read (the AWS culture blurbs would otherwise name "AWS" everywhere), and
 * only their first 20,000 characters for title and team, so a megabyte of text costs no more than a page.
 */
import type { JobFacts, Location, ResearchArea, Section } from '../../../src/shared/bundle-schema';
import { researchAreasOf, type AreaSettings, type Zone } from './research-areas';
import { extractFacts, splitSections, toSections, type RawSection } from './sections';
import { escapeRegExp, memoised, splitSentences, titleCase, truncateAtWord } from '../text';

const PROSE_LIMIT = 20_000;

// --- Title -----------------------------------------------------------------------------------------------------

const HEAD_NOUNS = new Set([
  'scientist',
  'engineer',
  'economist',
  'manager',
  'intern',
  'researcher',
  'analyst',
  'architect',
  'developer',
  'specialist',
  'lead',
  'director',
  'co-op',
  'coop',
  'consultant',
  'designer',
  'statistician',
  'mathematician',
  'technologist',
  'leader',
  'fellow',
  'postdoc',
  'strategist',
  'programmer',
  'physicist',
  'linguist',
  'head',
  'internship',
]);
const LEVEL = /^(?:I{1,3}|IV|V|VI|[1-6]|L\d{1,2})$/;

/** Praise and credentials that precede a title but are not part of it. */
const PRAISE = new Set(
  (
    'highly motivated self-motivated talented experienced ambitious dedicated skilled innovative passionate driven ' +
    'world-class world class exceptional outstanding strong creative curious enthusiastic results-oriented hands-on ' +
    'seasoned brilliant entrepreneurial energetic great top phd ph.d. ph.d collaborative dynamic visionary accomplished ' +
    'proven detail-oriented hard-working hardworking smart bright adaptable versatile independent well-rounded and & or ' +
    'customer-obsessed customer-focused inspired exciting motivated skillful analytical thoughtful highly inventive ' +
    'results-driven deeply solid expert'
  ).split(' '),
);
const STOP = new Set(
  'to who with that which for in on at of from and or will you your our the a an this its their is are be as within whose'.split(
    ' ',
  ),
);

/** Abbreviations whose period is part of the word ("Sr. Applied Scientist"). */
const ABBREVIATED = /^(?:Sr|Jr|Snr|Sen|Assoc|Asst|Dir|Mgr|Eng|Princ)\.$/i;
const LEADING_CHARS = `("“'‘`;
const TRAILING_CHARS = `,;:.!?)"”'’`;
const LEADING_PUNCT = new RegExp(`^[${LEADING_CHARS}]+`);
const TRAILING_PUNCT = new RegExp(`[${TRAILING_CHARS}]+$`);
const LEADING_CODES = new Set(Array.from(LEADING_CHARS, (c) => c.charCodeAt(0)));
const TRAILING_CODES = new Set(Array.from(TRAILING_CHARS, (c) => c.charCodeAt(0)));
const isLeadingPunct = (w: string) => LEADING_CODES.has(w.charCodeAt(0));
// Most words start and end with neither: then nothing is stripped, and the patterns are not run.
const stripPunct = (w: string) =>
  !isLeadingPunct(w) && !TRAILING_CODES.has(w.charCodeAt(w.length - 1))
    ? w
    : ABBREVIATED.test(w)
      ? w
      : w.replace(LEADING_PUNCT, '').replace(TRAILING_PUNCT, '');
const isHead = (w: string) => {
  const lower = w.toLowerCase();
  return HEAD_NOUNS.has(lower) || (lower.endsWith('s') && HEAD_NOUNS.has(lower.slice(0, -1)));
};
const singular = (w: string) =>
  w.length > 3 && /s$/i.test(w) && HEAD_NOUNS.has(w.slice(0, -1).toLowerCase()) ? w.slice(0, -1) : w;

/**
 * Built once: tsx (esbuild) compiles a `\p{…}` literal to `new RegExp(…)`, which inside a function would build the
 * pattern again on every call.
 */
const STARTS_UPPER = /^\p{Lu}/u;
const HAS_UPPER = /\p{Lu}/u;

/**
 * Read a title from the words after a trigger. `allowLower` when an article preceded ("a data scientist"),
 * otherwise the title must be capitalised ("seeking Research Science Interns").
 */
export function titleFromWords(region: string, allowLower: boolean): string | null {
  const words = region.split(/\s+/, 16); // only the first 16 words are read
  let i = 0;
  while (i < words.length) {
    const w = stripPunct(words[i] as string).toLowerCase();
    if (!PRAISE.has(w)) break;
    i++;
  }
  const out: string[] = [];
  let headAt = -1;
  for (; i < words.length && out.length < 9; i++) {
    const raw = words[i] as string;
    let w = stripPunct(raw);
    let stopAfter = w !== (isLeadingPunct(raw) ? raw.replace(LEADING_PUNCT, '') : raw);
    const slash = w.indexOf('/');
    if (slash > 0 && headAt === -1 && isHead(w.slice(0, slash))) {
      w = w.slice(0, slash);
      stopAfter = true;
    } else if (slash > 0 && headAt >= 0) break;
    if (w === '' || STOP.has(w.toLowerCase())) break;
    // After a head noun only more title words may follow ("Lead Applied Scientist"); cut after the last head.
    if (headAt >= 0 && !isHead(w) && !LEVEL.test(w) && !STARTS_UPPER.test(w)) break;
    if (raw.charCodeAt(0) === 40 || raw.charCodeAt(raw.length - 1) === 41) break; // "(…" or "…)"
    out.push(w);
    if (isHead(w)) headAt = out.length - 1;
    if (stopAfter) break;
  }
  if (headAt === -1) return null;
  let words2 = out.slice(0, out.length);
  // trailing levels after the head are kept ("Economist III"); anything else after the last head was cut above
  while (
    words2.length > 0 &&
    !isHead(words2[words2.length - 1] as string) &&
    !LEVEL.test(words2[words2.length - 1] as string)
  )
    words2.pop();
  const capitalised = words2.map((w) => STARTS_UPPER.test(w) || LEVEL.test(w));
  const firstCap = capitalised.indexOf(true);
  if (firstCap > 0)
    words2 = words2.slice(firstCap); // "world class Research Scientist" → "Research Scientist"
  else if (firstCap === -1 && !allowLower) return null;
  if (words2.some((w) => !/^[\p{L}\p{N}][\p{L}\p{N}.&'’+-]*$/u.test(w))) return null;
  // A title is written either all capitalised ("Applied Scientist") or all lower case ("data scientist").
  const lowerWords = words2.filter((w) => !STARTS_UPPER.test(w) && !LEVEL.test(w));
  if (lowerWords.length > 0 && lowerWords.length < words2.length) return null;
  if (words2.length === 0 || words2.length > 7) return null;
  const last = words2.length - 1;
  words2[last] = singular(words2[last] as string);
  const phrase = words2.join(' ');
  return HAS_UPPER.test(phrase) ? phrase : titleCase(phrase);
}

interface TitleCandidate {
  title: string;
  at: number;
  score: number;
}

/**
 * How a title is introduced, strongest first: a hiring phrase ("seeking / looking for / searching for / hiring /
 * want(s) a(n) X", "X is wanted", "this opening is for an X"), "As a(n) / the X", "Xs like you", then "A / An /
 * The X will | in | …" at a sentence start. Each mention is a candidate; the best scored wins (recurrence adds).
 */
const TRIGGERS: readonly {
  re: RegExp;
  score: number;
  allowLower: (m: RegExpExecArray) => boolean;
  follow?: RegExp;
  /**
   * Words `follow` cannot match without (case as written), as one pattern: a text without any has no candidate of
   * this kind. One scan for all the words costs less than a search for each.
   */
  needs?: RegExp;
}[] = [
  {
    re: /\b(?:seeking|looking for|searching for|hiring|recruiting|wants?|is for)\s+(an?\s+)?/gi,
    score: 10,
    allowLower: (m) => m[1] !== undefined,
  },
  // "An experienced Data Scientist is wanted to lead …"
  {
    re: /\b(?:A|An|a|an)\s+/g,
    score: 10,
    allowLower: () => false,
    follow: /^\s*(?:is|are)\s+(?:wanted|needed|sought)\b/,
    needs: /wanted|needed|sought/,
  },
  // "As a data scientist at Twitch, you will" (sentence-initial: lower case allowed), "As the Sr. Manager, …"
  { re: /\b(As|as)\s+(?:an?|the)\s+/g, score: 6, allowLower: (m) => m[1] === 'As' },
  // "A Research Scientist in the … team", "The Applied Science Manager will …"
  {
    re: /(?:^|[.!?:]\s+|\n)(?:A|An|The)\s+/g,
    score: 4,
    allowLower: () => false,
    follow: /^\s*(?:,|will\b|in\b|on\b|at\b|with\b|within\b|is\b|joining\b|who\b|works?\b|should\b)/,
  },
];

/** "… give Applied Scientists like you …": the role, addressed to the reader. */
const LIKE_YOU = /\b((?:[A-Z][\w.&-]*\s+){0,3}[A-Z][a-z]+s)\s+like\s+you\b/g;
/** A title written as a name, on its own ("Applied Science Internship Duration: 4-6 months"). */
export const STANDALONE =
  /(?:^|[^\p{L}\s]\s*|\s)((?:[A-Z][a-z]+\s+){1,3}(?:Internship|Intern|Scientist|Economist))\b/gu;
/**
 * STANDALONE for a text where every character is ASCII, with NUL standing for any letter beyond ASCII. With the
 * `u` flag and \p{L}, the scan costs about ten times as much.
 */
const STANDALONE_ASCII =
  /(?:^|[^A-Za-z\s\0]\s*|\s)((?:[A-Z][a-z]+\s+){1,3}(?:Internship|Intern|Scientist|Economist))\b/g;
/** Every STANDALONE match ends in one of these ("Internship" starts with "Intern"). */
const STANDALONE_HEADS = ['Intern', 'Scientist', 'Economist'] as const;

/** What STANDALONE sees of a non-ASCII BMP character: 0 a letter (\p{L}), 1 white space, 2 anything else. */
const NON_ASCII_KIND = new Map<string, string>();
const nonAsciiStandIn = (c: string): string => {
  let kind = NON_ASCII_KIND.get(c);
  if (kind === undefined) {
    kind = /\p{L}/u.test(c) ? '\0' : /\s/.test(c) ? ' ' : '!';
    NON_ASCII_KIND.set(c, kind);
  }
  return kind;
};

/** A character STANDALONE cannot read across: anything but an ASCII letter or white space (\p{L} beyond ASCII too). */
function isBarrier(prose: string, at: number): boolean {
  const c = prose.charCodeAt(at);
  if (c < 0x80) return !((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 32 || (c >= 9 && c <= 13));
  return nonAsciiStandIn(prose[at] as string) !== ' ';
}

/**
 * The STANDALONE matches of `prose` as [start, title text] pairs, the same as `prose.matchAll(STANDALONE)` gives.
 * Each character beyond ASCII is replaced by one that STANDALONE treats alike (a letter is neither a name letter,
 * white space nor a separator: NUL, which STANDALONE_ASCII excludes the way \p{L} does; white space by a space;
 * anything else by "!"), so positions are kept and the ASCII pattern matches where the Unicode one does.
 *
 * Only the stretches around a head word are scanned: after its first character a match holds ASCII letters and
 * white space only, so no match starts before the last barrier (isBarrier) ahead of the next head word, and none
 * reads past the first barrier after it. A stretch that starts with NUL or half of a surrogate pair (where the two
 * patterns part) sends the whole text to the Unicode pattern.
 */
export function standaloneMatches(prose: string): [number, string][] {
  const out: [number, string][] = [];
  const next = STANDALONE_HEADS.map((w) => prose.indexOf(w));
  let pos = 0;
  for (;;) {
    let head = -1;
    for (let i = 0; i < next.length; i++) {
      let at = next[i] as number;
      if (at !== -1 && at < pos) next[i] = at = prose.indexOf(STANDALONE_HEADS[i] as string, pos);
      if (at !== -1 && (head === -1 || at < head)) head = at;
    }
    if (head === -1) return out;
    let start = head - 1;
    while (start > pos && !isBarrier(prose, start)) start--;
    if (start < pos) start = pos;
    const first = prose.charCodeAt(start);
    if (first === 0 || (first >= 0xd800 && first <= 0xdfff)) return unicodeMatches(prose);
    let end = head + 1;
    while (end < prose.length && !isBarrier(prose, end)) end++;
    const stretch = prose.slice(start, end + 1).replace(/[^\0-\x7f]/g, nonAsciiStandIn);
    // A stretch starts at the text's start or at a barrier: there `^` (true at the stretch's start) finds no name.
    STANDALONE_ASCII.lastIndex = 0;
    for (let m = STANDALONE_ASCII.exec(stretch); m !== null; m = STANDALONE_ASCII.exec(stretch)) {
      const matchEnd = start + m.index + m[0].length;
      out.push([start + m.index, prose.slice(matchEnd - (m[1] ?? '').length, matchEnd)]);
    }
    pos = end;
  }
}

function unicodeMatches(prose: string): [number, string][] {
  const out: [number, string][] = [];
  for (const m of prose.matchAll(STANDALONE)) out.push([m.index, m[1] ?? '']);
  return out;
}

/** "Sr. Manager, Applied Science in …": a manager title that names its function after a comma. */
function withFunction(title: string, region: string): string {
  if (!/\b(?:Manager|Director|Head)$/.test(title)) return title;
  const at = region.indexOf(title);
  if (at === -1) return title;
  const fn =
    /^,\s+((?:[A-Z][a-z]+\s){0,2}(?:Science|Engineering|Research|Economics|Analytics))(?=[\s,.;]|$)/.exec(
      region.slice(at + title.length),
    );
  return fn?.[1] === undefined ? title : `${title}, ${fn[1]}`;
}

/** "a senior science leader (Principal Research Scientist)": the title in parentheses is the real one. */
function inParentheses(title: string, region: string): string {
  const at = region.toLowerCase().indexOf(title.toLowerCase());
  const m = at === -1 ? null : /^\s*\(([^()]{3,60})\)/.exec(region.slice(at + title.length));
  if (m?.[1] === undefined) return title;
  return titleFromWords(m[1], false) ?? title;
}

/** `\bTITLEs\b`, case-insensitive. */
const pluralPattern = memoised((title) => new RegExp(`\\b${escapeRegExp(title)}s\\b`, 'i'));

const FIRST_UPPER = /^\s*\p{Lu}/u;

function statedCandidates(prose: string): TitleCandidate[] {
  const candidates: TitleCandidate[] = [];
  for (const trigger of TRIGGERS) {
    const needs = trigger.needs;
    // Cheap tests first: they reject most of the matches (every "a" and "an" of the text) before any title is read.
    if (needs !== undefined && !needs.test(prose)) continue;
    trigger.re.lastIndex = 0;
    let found = 0;
    for (const m of prose.matchAll(trigger.re)) {
      if (found >= 6) break;
      const start = m.index + m[0].length;
      const region = prose.slice(start, start + 160);
      if (needs !== undefined && !needs.test(region)) continue;
      if (trigger.follow !== undefined && trigger.score < 10 && !FIRST_UPPER.test(region)) continue;
      let title = titleFromWords(region, trigger.allowLower(m as RegExpExecArray));
      if (title === null) continue;
      if (trigger.follow !== undefined) {
        // The phrase must be followed by a verb or preposition, as a subject would be.
        const wordsInTitle = title.split(' ').length;
        const rest = region.split(/\s+/).slice(wordsInTitle).join(' ');
        const restAfter = region.slice(region.indexOf(title.split(' ').pop() as string) + 1);
        if (!trigger.follow.test(` ${rest}`) && !trigger.follow.test(restAfter.replace(/^\S*/, ''))) continue;
      }
      // A plural ("is hiring … Senior Applied Scientists") calls a whole family; "As a(n) X" speaks to this role.
      const plural = pluralPattern(title).test(region);
      title = inParentheses(withFunction(title, region), region);
      // A title written in lower case after a hiring verb describes ("an experienced product data scientist")
      // more than it names: weaker than a capitalised one.
      const described =
        trigger.score >= 10 &&
        !HAS_UPPER.test(region.slice(0, region.toLowerCase().indexOf(title.toLowerCase()) + title.length));
      let score = plural ? Math.min(trigger.score, 5) : trigger.score;
      if (described) score -= 3;
      candidates.push({ title, at: m.index, score });
      found++;
    }
  }
  // LIKE_YOU cannot match without "like" (most texts have none): a plain search is much cheaper than the scan.
  if (prose.includes('like'))
    for (const m of prose.matchAll(LIKE_YOU)) {
      const title = titleFromWords(m[1] ?? '', false);
      if (title !== null) candidates.push({ title, at: m.index, score: 5 });
    }
  for (const [at, words] of standaloneMatches(prose)) {
    const title = titleFromWords(words, false);
    if (title !== null && title.includes(' ')) candidates.push({ title, at, score: 2 });
  }
  return candidates;
}

export function extractTitle(prose: string): string | null {
  return extractTitleWithSource(prose).title;
}

export type TitleSource = 'stated' | 'inferred';

/** The title the text states, chosen among candidates on evidence; else one inferred (inferTitle); else null. */
export function extractTitleWithSource(prose: string): { title: string | null; source: TitleSource | null } {
  // Each label ends in "Position:" or "Title:": a text with neither (most) skips the scan.
  const offered =
    prose.includes('Position:') || prose.includes('Title:')
      ? /\b(?:Offered Position|Job Title|Position Title):\s?(.{2,120}?)(?=\s+(?:Job Location|Job Number|Position Responsibilities|Employer):|\.\s|$)/.exec(
          prose,
        )
      : null;
  if (offered?.[1] !== undefined && offered[1].split(/[\s,]+/).some((w) => isHead(stripPunct(w))))
    return { title: offered[1].trim(), source: 'stated' };
  const candidates = statedCandidates(prose);
  // How often a title recurs in the text adds evidence (a longer title mentioned once, "an experienced product
  // data scientist", loses to the one the text keeps using, "data scientist"). When every candidate has the same
  // title (most texts) each gets the same bonus, which cannot change the choice: the text is not read again.
  const key0 = candidates[0]?.title.toLowerCase();
  const oneTitle = candidates.every((c) => c.title.toLowerCase() === key0);
  const lower = oneTitle ? '' : prose.toLowerCase();
  const mentions = new Map<string, number>();
  const mentionsOf = (title: string) => {
    const key = title.toLowerCase();
    let n = mentions.get(key);
    if (n === undefined) {
      n = 0;
      for (let at = lower.indexOf(key); at !== -1 && n < 4; at = lower.indexOf(key, at + key.length)) n++;
      mentions.set(key, n);
    }
    return n;
  };
  let best: TitleCandidate | null = null;
  let bestScore = -Infinity;
  for (const c of candidates) {
    const score = c.score + (oneTitle ? 0 : Math.min(Math.max(mentionsOf(c.title) - 1, 0), 3));
    if (score > bestScore || (score === bestScore && best !== null && c.at < best.at)) {
      best = c;
      bestScore = score;
    }
  }
  if (best !== null) return { title: best.title, source: 'stated' };
  const inferred = inferTitle(prose);
  return { title: inferred, source: inferred === null ? null : 'inferred' };
}

// --- Inferring a title the text does not state ------------------------------------------------------------------

type Family = 'scientist' | 'engineer' | 'economist' | 'analyst';
const FAMILY_OF: Record<string, Family> = {
  scientist: 'scientist',
  scientists: 'scientist',
  engineer: 'engineer',
  engineers: 'engineer',
  economist: 'economist',
  economists: 'economist',
  analyst: 'analyst',
  analysts: 'analyst',
};
/** Colleagues of the same family: "fellow scientists", "the team's junior scientists", "less experienced engineers". */
const PEERS =
  /\b(?:fellow|junior|other|less experienced|more junior)\s+(scientists|engineers|economists|analysts)\b/gi;
/** A hiring sentence that names two families ("world class scientists and engineers") does not say which. */
const TWO_FAMILIES =
  /\b(?:seeking|looking for|hiring|recruiting)\b[^.]{0,40}?\b(scientists|engineers|economists|analysts)\s+(?:and|or)\s+(scientists|engineers|economists|analysts)\b/i;

const count = (re: RegExp, text: string) => (text.match(re) ?? []).length;
const SCIENCE_WORDS =
  /\b(?:machine learning|deep learning|research|scientific|science|algorithms?|modell?ing|statistical|statistics|optimi[sz]ation|operations research|causal|theorem|formal methods|formal verification)\b/gi;
const SOFTWARE_WORDS =
  /\b(?:software (?:applications?|engineering|development|systems)|distributed systems|multi-tier|system design|code reviews?|scalab(?:le|ility))\b/gi;
const ECONOMICS_WORDS = /\b(?:econometrics?|econometric|economists?|economics|economic)\b/gi;
const ANALYTICS_WORDS = /\b(?:SQL|dashboards?|analytical tools|KPIs?|reporting|BI)\b/g;
const INTERNSHIP_WORDS = /\b(?:internships?|co-?ops?)\b/i;

/**
 * The most likely title for a role the text describes without naming: the family its colleagues or its work
 * point to ("mentor the team's junior scientists", "causal inference … SQL … dashboards"), as Amazon names that
 * family (Applied Scientist, Software Development Engineer, Economist, Data Scientist), an intern when the text
 * speaks of the internship. Null when the text gives nothing to go on, or names two families for the role.
 */
export function inferTitle(prose: string): string | null {
  if (TWO_FAMILIES.exec(prose) !== null) {
    const m = TWO_FAMILIES.exec(prose) as RegExpExecArray;
    if (FAMILY_OF[(m[1] ?? '').toLowerCase()] !== FAMILY_OF[(m[2] ?? '').toLowerCase()]) return null;
  }
  const peers = new Map<Family, number>();
  for (const m of prose.matchAll(PEERS)) {
    const family = FAMILY_OF[(m[1] ?? '').toLowerCase()];
    if (family !== undefined) peers.set(family, (peers.get(family) ?? 0) + 1);
  }
  const science = count(SCIENCE_WORDS, prose);
  const software = count(SOFTWARE_WORDS, prose);
  const economics = count(ECONOMICS_WORDS, prose);
  const analytics = count(ANALYTICS_WORDS, prose);
  let family: Family | 'data' | null = null;
  const peer = [...peers].sort((a, b) => b[1] - a[1])[0]?.[0];
  if (peer !== undefined) family = peer;
  else if (analytics >= 3) family = 'data';
  else if (economics >= 3) family = 'economist';
  else if (software > 0 && software >= science) family = 'engineer';
  else if (science >= 2) family = 'scientist';
  if (family === 'engineer' && software === 0 && science > 0) family = 'scientist';
  const base =
    family === 'scientist'
      ? 'Applied Scientist'
      : family === 'engineer'
        ? 'Software Development Engineer'
        : family === 'economist'
          ? 'Economist'
          : family === 'data'
            ? 'Data Scientist'
            : family === 'analyst'
              ? 'Business Analyst'
              : null;
  if (base === null) return null;
  return INTERNSHIP_WORDS.test(prose) ? `${base} Intern` : base;
}

// --- Team ------------------------------------------------------------------------------------------------------

// A capitalised word, or one written in camel case ("eXperience").
const PROPER = String.raw`(?:[A-Z][A-Za-z0-9.&'’/+-]{0,30}|[a-z][A-Z][A-Za-z]{1,20})`;
// Words of a name, with an acronym in parentheses allowed inside ("Artificial General Intelligence (AGI) Customization").
const NAME = String.raw`${PROPER}(?:[ \t](?:\([A-Z][A-Za-z0-9&-]{1,12}\)[ \t])?(?:(?:and|of|for|by|&)[ \t])?${PROPER}){0,5}`;
const PAREN = String.raw`([ \t]\([^()]{1,60}\))?`;
// The sentence-start rules: a subject (a name, maybe an aside in parentheses), then a verb saying what it does.
const SUBJECT = String.raw`(?:The[ \t]+)?(${NAME})${PAREN}[ \t]+`;
const HIRING_VERB = String.raw`(?:is|are)[ \t]+(?:looking|seeking|hiring|recruiting)\b`;
const OWNING_VERB = String.raw`(?:owns|provides|builds|develops|creates|operates|sits|powers|delivers|is an initiative|is a|is an|is the|is on a mission|is building|is responsible|is part of|is dedicated|is transforming|is redefining|is one of|encompasses)\b`;
const ANY_VERB = String.raw`(?:is|are|has|[a-z]{3,}s)\b`;

interface TeamRule {
  re: RegExp;
  weight: number;
  keepParen: boolean;
  /**
   * Where a match can begin (global, shared by rules; see `opening`): `sticky` (the same pattern) is tried at those
   * places alone, one scan finding them for every rule that shares it, instead of a scan per rule.
   */
  opensAt?: RegExp;
  sticky?: RegExp;
  /** Matches (sticky) wherever any rule sharing `opensAt` does: where it does not, none of them is tried. */
  gate?: RegExp;
}

/**
 * A rule whose matches can only begin where `opensAt` matches (it must match, never empty, at every place but 0
 * where one can begin).
 */
const opening =
  (opensAt: RegExp, gate?: RegExp) =>
  (rule: TeamRule): TeamRule => ({ ...rule, opensAt, gate, sticky: new RegExp(rule.re.source, 'y') });
/** Rules opening with `(?:^|[.!?:]\s+|\n)` (or a part of it) begin at 0 (always tried) or at one of `.!?:\n`. */
const atSentenceStart = opening(
  /[.!?:\n]/g,
  // One pass over the subject for the three verbs: most sentences are not "<Name> <verb>" at all.
  new RegExp(String.raw`(?:^|[.!?:]\s+|\n)${SUBJECT}(?:${HIRING_VERB}|${OWNING_VERB}|${ANY_VERB})`, 'y'),
);
/**
 * Rules opening with a word ("the", "our", "a", "Amazon's", "at", "join", "here at", "within", "inside") begin at
 * that word, before spaces and a name (PROPER: [A-Z] or [a-z][A-Z]) or "the" ("at the", "within the"), "us"
 * ("join us at") or "at" ("here at").
 */
const afterOpener = opening(
  /\b(?:[Tt]he|[Oo]ur|[Aa]t?|Amazon['’]s|[Jj]oin|[Hh]ere|within|inside)(?=[ \t]+(?:[A-Z]|[a-z][A-Z]|the[ \t]|us[ \t]|at[ \t]))/g,
);

/** Exported for the test that checks `teamRuleMatches` against a scan per rule. */
export const TEAM_RULES: readonly TeamRule[] = [
  // "The Think Forward Lab team", "our Demand Forecasting team", "Amazon's Modeling and Optimization team"
  afterOpener({
    re: new RegExp(
      String.raw`(?:\b[Tt]he|\b[Oo]ur|\b[Aa]|\bAmazon['’]s)[ \t]+(${NAME})([ \t]\([^()]{1,60}\))?(?:[ \t](?:science|research|engineering|analytics))?[ \t]+[Tt]eam\b`,
      'g',
    ),
    weight: 5,
    keepParen: true,
  }),
  // "Amazon Prime is looking for …" (the hiring subject)
  atSentenceStart({
    re: new RegExp(String.raw`(?:^|[.!?:]\s+|\n)${SUBJECT}${HIRING_VERB}`, 'g'),
    weight: 6,
    keepParen: false,
  }),
  // "AWS Infrastructure Services owns …", "Project Leo (former Kuiper) is an initiative …"
  atSentenceStart({
    re: new RegExp(String.raw`(?:^|[.!?:]\s+|\n)${SUBJECT}${OWNING_VERB}`, 'g'),
    weight: 4,
    keepParen: false,
  }),
  // "At Audible, we …", "here at Amazon Robotics.", "join us at Amazon's … team", "at Twitch, you"
  afterOpener({
    re: new RegExp(
      String.raw`\b(?:[Aa]t|[Jj]oin(?:[ \t]us[ \t]at)?|[Hh]ere[ \t]at)[ \t]+(?:the[ \t]+)?(${NAME})${PAREN}(?=[,.;:]|[ \t]+(?:we|you|our|is|team|and|as)\b)`,
      'g',
    ),
    weight: 4,
    keepParen: false,
  }),
  // "the Alexa organization", "The DS3 org"
  afterOpener({
    re: new RegExp(
      String.raw`\b[Tt]he[ \t]+(${NAME})[ \t]+(?:organization|organisation|org|business|group|lab|division|program)\b`,
      'g',
    ),
    weight: 3,
    keepParen: false,
  }),
  // "Amazon's Optimal Inventory Health (OIH) org in …"
  afterOpener({
    re: new RegExp(
      String.raw`\bAmazon['’]s[ \t]+(${NAME})${PAREN}[ \t]+(?:organization|organisation|org|business|group)\b`,
      'g',
    ),
    weight: 3,
    keepParen: true,
  }),
  // A unit inside an organisation: "a brand-new team … within Alexa Edge AI", "applications inside Amazon
  // Transportation Services", "a science leader within the LTPF".
  afterOpener({
    re: new RegExp(
      String.raw`\b(?:within|inside)[ \t]+(?:the[ \t]+)?(${NAME})${PAREN}(?=[,.;:]|[ \t]+[a-z]|$)`,
      'g',
    ),
    weight: 2,
    keepParen: false,
  }),
  // The subject of a sentence about what it does: "Amazon Advertising ranks among …", "Buyer Risk Prevention
  // (BRP) exists to …".
  atSentenceStart({
    re: new RegExp(String.raw`(?:^|[.!?]\s+|\n)${SUBJECT}${ANY_VERB}`, 'g'),
    weight: 1.5,
    keepParen: true,
  }),
];

/** Company-wide names: never a team on their own. */
const NOT_A_TEAM = new Set([
  'amazon',
  'amazon.com',
  'amazon.com services',
  'amazon science',
  'amazon inc',
  'amazon.com inc',
  'amazonians',
]);
/** Company-wide but acceptable when nothing more specific is named. */
const COMPANY_WIDE = new Set(['aws', 'amazon web services']);
/** Capitalised sentence openers that are not names. */
const NOT_NAMES = new Set(
  (
    'we you they it this that these those our your their he she in if as at for with each every some many candidates ' +
    'applicants here there what which who when where why how all both one such the a an key data work life science research ' +
    "applied team teams role position job you’ll you'll we’re we're amazonian global earth day"
  ).split(' '),
);

function cleanTeamName(raw: string, paren: string | undefined, keepParen: boolean): string | null {
  // Each replacement only where it can apply (first or last character as its pattern needs): called per match.
  let name = raw;
  const c0 = name.charCodeAt(0);
  if (c0 === 0x54 || c0 === 0x41) name = name.replace(/^(?:The|Amazon['’]s|AWS['’]s?)\s+/, ''); // T, A
  if (name.endsWith('s')) name = name.replace(/['’]s$/, '');
  if (/[.,;:]$/.test(name)) name = name.replace(/(?<!\b(?:[A-Z]\.)+[A-Z])[.,;:]+$/, '');
  name = name.trim();
  if (name === '') return null;
  const space = name.indexOf(' ');
  const firstWord = space === -1 ? name : name.slice(0, space);
  if (NOT_NAMES.has(firstWord.toLowerCase()) && (space === -1 || !/^[A-Z0-9]{2,}$/.test(firstWord)))
    return null;
  if (NOT_A_TEAM.has(name.toLowerCase())) return null;
  if (keepParen && paren !== undefined) name = `${name}${paren}`;
  return name;
}

const entityKey = (name: string) =>
  name
    .replace(/\s\([^()]*\)/g, '')
    .toLowerCase()
    .trim();
const acronymOf = (name: string) => /\(([A-Z][A-Za-z0-9&-]{1,12})\)$/.exec(name)?.[1] ?? null;

/** The rules sharing each `opensAt` pattern, as indices into TEAM_RULES. */
const TEAM_RULE_OPENINGS = (() => {
  const groups = new Map<RegExp, number[]>();
  for (const [r, rule] of TEAM_RULES.entries()) {
    if (rule.opensAt === undefined) continue;
    const rules = groups.get(rule.opensAt);
    if (rules === undefined) groups.set(rule.opensAt, [r]);
    else rules.push(r);
  }
  return [...groups];
})();

/**
 * Each rule's matches in `prose`, the same as `prose.matchAll(rule.re)` gives. A rule with `opensAt` is tried
 * (sticky) at 0 and at each place that pattern finds, from the end of its last match on: the first place it
 * matches there is the one a scan would find, since it can begin nowhere else (and trying a place where it cannot
 * begin finds nothing there). No word prefilter: the shared scans cost less than looking for the words did.
 */
export function teamRuleMatches(prose: string): RegExpExecArray[][] {
  const out = TEAM_RULES.map((): RegExpExecArray[] => []);
  for (const [r, rule] of TEAM_RULES.entries()) {
    if (rule.opensAt !== undefined) continue;
    // exec rather than matchAll, which copies the pattern on every call.
    const re = rule.re;
    re.lastIndex = 0;
    for (let m = re.exec(prose); m !== null; m = re.exec(prose)) {
      if (m[0] === '') re.lastIndex++;
      out[r]?.push(m);
    }
  }
  for (const [starts, rules] of TEAM_RULE_OPENINGS) {
    const stickies = rules.map((r) => TEAM_RULES[r]?.sticky as RegExp);
    const found = rules.map((r) => out[r] as RegExpExecArray[]);
    const next = rules.map(() => 0); // per rule, where its scan would resume: the end of its last match
    const gate = TEAM_RULES[rules[0] as number]?.gate;
    starts.lastIndex = 0;
    for (let at = 0; at !== -1; at = starts.exec(prose)?.index ?? -1) {
      if (gate !== undefined) {
        gate.lastIndex = at;
        if (!gate.test(prose)) continue;
      }
      for (let j = 0; j < rules.length; j++) {
        if (at < (next[j] as number)) continue;
        const sticky = stickies[j] as RegExp;
        sticky.lastIndex = at;
        const m = sticky.exec(prose);
        if (m === null) continue;
        next[j] = at + Math.max(m[0].length, 1);
        found[j]?.push(m);
      }
    }
  }
  return out;
}

/** Occurrences of the name after a lower-case word or comma: used in running text, not as a sentence opener. */
function midSentenceMentions(prose: string, name: string): number {
  let count = 0;
  let from = 0;
  for (let guard = 0; guard < 50; guard++) {
    const at = prose.indexOf(name, from);
    if (at === -1) break;
    const before = prose.slice(Math.max(0, at - 2), at);
    if (/[a-z,]\s$/.test(before)) count++;
    from = at + name.length;
  }
  return count;
}

export function normaliseEmployer(raw: string): string {
  let name = raw
    .replace(/,?\s+(?:INC|LLC|LTD|GMBH|SARL|S\.?A\.?R\.?L\.?|PVT|PRIVATE LIMITED|LIMITED)\.?$/i, '')
    .trim();
  if (name === name.toUpperCase()) {
    // Upper-case legal names: title-case the words, keep dotted abbreviations ("U.S.") as written.
    name = name
      .split(' ')
      .map((w) => (/^(?:[A-Z]\.){2,}$/.test(w) ? w : w.charAt(0) + w.slice(1).toLowerCase()))
      .join(' ');
  }
  return name;
}

export function extractTeam(prose: string, employer: string | null): string | null {
  interface Entity {
    display: string;
    firstAt: number;
    score: number;
    singleWord: boolean;
    fromTeamPhrase: boolean;
  }
  const entities = new Map<string, Entity>();
  const add = (name: string, at: number, weight: number, teamPhrase: boolean) => {
    const key = entityKey(name);
    if (key === '') return;
    const e = entities.get(key);
    if (e === undefined) {
      entities.set(key, {
        display: name,
        firstAt: at,
        score: weight,
        singleWord: !key.includes(' '),
        fromTeamPhrase: teamPhrase,
      });
    } else {
      e.score += weight;
      e.fromTeamPhrase ||= teamPhrase;
      if (at < e.firstAt) {
        e.firstAt = at;
        e.display = name;
      }
    }
  };
  for (const [r, matches] of teamRuleMatches(prose).entries()) {
    const rule = TEAM_RULES[r] as TeamRule;
    for (const m of matches) {
      const name = cleanTeamName(m[1] ?? '', m[2], rule.keepParen);
      if (name !== null) add(name, m.index, rule.weight, r === 0);
    }
  }
  if (employer !== null) {
    const name = cleanTeamName(normaliseEmployer(employer), undefined, false);
    if (name !== null) add(name, prose.length, 1, false);
  }
  // An acronym used alone ("the AGI team") is the same team as "Artificial General Intelligence (AGI)".
  for (const [key, e] of [...entities]) {
    const acronym = acronymOf(e.display);
    if (acronym === null) continue;
    const alone = entities.get(acronym.toLowerCase());
    if (alone === undefined || alone === e) continue;
    e.score += alone.score;
    if (alone.firstAt < e.firstAt) e.firstAt = alone.firstAt;
    entities.delete(acronym.toLowerCase());
    entities.set(key, e);
  }
  let best: Entity | null = null;
  let bestScore = -Infinity;
  const length = Math.max(prose.length, 1);
  for (const [key, e] of entities) {
    const bare = e.display.replace(/\s\([^()]*\)$/, '');
    const mentions = midSentenceMentions(prose, bare);
    if (
      e.singleWord &&
      !e.fromTeamPhrase &&
      mentions === 0 &&
      !/^[A-Z0-9]{2,}$/.test(bare) &&
      e.firstAt !== prose.length
    )
      continue;
    let score = e.score + 0.5 * Math.min(mentions, 6) + 2 * (1 - Math.min(e.firstAt, length) / length);
    if (COMPANY_WIDE.has(key)) score *= 0.3;
    if (score > bestScore || (score === bestScore && best !== null && e.firstAt < best.firstAt)) {
      best = e;
      bestScore = score;
    }
  }
  return best?.display ?? null;
}

// --- Flags, summary, display title -------------------------------------------------------------------------------

const INTERN_RE = /\b(?:intern|interns|internship|internships|co-?op|co-?ops)\b/i;

/** An internship: the title says so; with no title, the text speaks of one (an intern word early on, "internship" anywhere). */
export function isInternship(title: string | null, prose: string): boolean {
  if (title !== null) return INTERN_RE.test(title);
  return INTERN_RE.test(prose.slice(0, 800)) || /\binternships?\b/i.test(prose);
}

const MANAGER_TITLE = /\b(?:manager|director|head of)\b/i;
const NOT_PEOPLE_MANAGER = /\b(?:program|product|project|technical program|account|marketing)\s+manager\b/i;
const MANAGES_PEOPLE =
  /\b(?:(?:lead|leads|manage|manages|build|builds|grow|grows)(?:,? and (?:mentor|grow|develop|manage))? a team of|people manage(?:r|ment)|performance reviews?|direct reports|manag(?:e|ing) (?:a|the) team\b|hiring,? and developing)/i;

export function isManager(title: string | null, prose: string): boolean {
  if (title !== null && MANAGER_TITLE.test(title) && !NOT_PEOPLE_MANAGER.test(title)) return true;
  return MANAGES_PEOPLE.test(prose);
}

const ROLE_NOUN =
  /\b(scientists?|engineers?|economists?|researchers?|interns?|analysts?|architects?|developers?|managers?|specialists?)\b/i;

export function displayTitleOf(
  title: string | null,
  team: string | null,
  prose: string,
  location: Location,
): string {
  if (title !== null) return title;
  const noun = ROLE_NOUN.exec(prose)?.[1];
  const role = noun === undefined ? 'Research role' : titleCase(singular(noun.toLowerCase()));
  return `${role} — ${team ?? location.city}`;
}

/**
 * The unanchored tests of summaryOf, run once over the whole head rather than once per sentence: a sentence passes
 * when a match lies within it. Equivalent, since no match can hold the `.`, `!` or `?` that ends a sentence, and a
 * sentence's edges look the same to `\b` and `\s` on their own as in place (whitespace around them either way;
 * a match that would need the whitespace after the sentence is not within it).
 */
const FIELD_LABEL = /\b[A-Z][a-z]+(?: [A-Z][a-z]+)?:\s/g; // "Employer: … Offered Position: …"
const ROLE = "you will|you['’]ll|in this role|this role|the role";
const HIRING = 'seeking|looking for|hiring';
const ACTION = 'design|develop|build|lead|research|apply|create|own|drive|invent|deploy';
/**
 * The three lists in one pattern, group 1, 2 or 3 saying which matched: one scan instead of three. Its matches are
 * those of the three patterns: each match is whole words from one list, the lists share no word (in any case), so no
 * match of one overlaps a match of another and at most one list matches at a place.
 */
const WORDS = new RegExp(`\\b(?:(${ROLE})|(${HIRING})|(${ACTION}))\\b`, 'gi');

/** Where FIELD_LABEL matches in `text`, as [start, end) pairs in order. */
function labelSpans(text: string): number[] {
  const spans: number[] = [];
  for (const m of text.matchAll(FIELD_LABEL)) spans.push(m.index, m.index + m[0].length);
  return spans;
}

/** Where `\b(?:ROLE)\b`, `\b(?:HIRING)\b` and `\b(?:ACTION)\b` (case-insensitive) match in `text`, by one scan. */
function wordSpans(text: string): [number[], number[], number[]] {
  const out: [number[], number[], number[]] = [[], [], []];
  for (const m of text.matchAll(WORDS)) {
    const spans = m[1] !== undefined ? out[0] : m[2] !== undefined ? out[1] : out[2];
    spans.push(m.index, m.index + m[0].length);
  }
  return out;
}

/** `title` as a case-insensitive global pattern (shared: set lastIndex before use). */
const titlePattern = memoised((title) => new RegExp(escapeRegExp(title), 'gi'));

/** Matches in `spans` (from labelSpans or wordSpans) within [from, to), counting from index `k` (pairs before `from` skipped). */
class SpanCursor {
  private k = 0;
  constructor(private readonly spans: readonly number[]) {}
  count(from: number, to: number, max = Infinity): number {
    const s = this.spans;
    while (this.k < s.length && (s[this.k] as number) < from) this.k += 2;
    let n = 0;
    for (let j = this.k; j < s.length && (s[j] as number) < to && n < max; j += 2)
      if ((s[j + 1] as number) <= to) n++;
    return n;
  }
}

export function summaryOf(prose: string, title: string | null): string {
  const head = prose.slice(0, 6000);
  const sentences = splitSentences(head).slice(0, 40);
  let best: string | null = null;
  let bestScore = -Infinity;
  const titleLower = title?.toLowerCase() ?? null;
  // Lower-casing is one character for one and needs no context, except for İ (two characters) and Σ (ς at a
  // word's end): without either, the head lower-cased holds each sentence lower-cased at the same place. Without
  // the Kelvin sign either (lower-cased to "k"), an ASCII title occurs in the head lower-cased where the title as a
  // case-insensitive pattern matches the head (beyond ASCII, `i` without `u` matches no ASCII letter): the head
  // need not be lower-cased, which costs more than the search.
  const inPlace = titleLower !== null && !/[\u0130\u03a3\u212a]/.test(head);
  const titleRe = title !== null && inPlace && /^[\0-\x7f]*$/.test(title) ? titlePattern(title) : null;
  const headLower = inPlace && titleRe === null ? head.toLowerCase() : '';
  const titleAfter = (from: number): number => {
    if (titleRe === null) return headLower.indexOf(titleLower ?? '', from);
    titleRe.lastIndex = from;
    return titleRe.exec(head)?.index ?? -1;
  };
  // The title's first occurrence at or after `from`, found again only when `from` passes it (sentences come in
  // order, so `from` grows): one scan of the head instead of one from each sentence to the end.
  let titleAt = -2;
  let titleFrom = 0;
  const mentionsTitle = (text: string, from: number, to: number): boolean => {
    if (titleLower === null) return false;
    if (!inPlace) return text.toLowerCase().includes(titleLower);
    if (from < titleFrom || (titleAt !== -1 && titleAt < from)) titleAt = titleAfter(from);
    titleFrom = from;
    return titleAt !== -1 && titleAt + titleLower.length <= to;
  };
  const labels = new SpanCursor(labelSpans(head));
  const [roleSpans, hiringSpans, actionSpans] = wordSpans(head);
  const role = new SpanCursor(roleSpans);
  const hiring = new SpanCursor(hiringSpans);
  const action = new SpanCursor(actionSpans);
  for (const [i, { text, start }] of sentences.entries()) {
    const from = head.indexOf(text, start); // the sentence is trimmed: it starts after any whitespace at `start`
    const to = from + text.length;
    let score = 0;
    if (/\?["”]?$/.test(text)) score -= 10;
    if (
      /^(?:if you are interested|please apply|learn more|to learn more|for more information|are you|do you)\b/i.test(
        text,
      )
    )
      score -= 10;
    if (labels.count(from, to, 2) >= 2) score -= 8;
    if (text.length < 60) score -= 3;
    if (text.length > 320) score -= 2;
    if (mentionsTitle(text, from, to)) score += 3;
    if (role.count(from, to, 1) > 0) score += 2;
    if (hiring.count(from, to, 1) > 0) score += 2;
    if (action.count(from, to, 1) > 0) score += 1;
    if (i < 3) score += 1;
    if (score > bestScore) {
      bestScore = score;
      best = text;
    }
  }
  const chosen = (best ?? prose).replace(/\s+/g, ' ').trim();
  return truncateAtWord(chosen, 200);
}

// --- The stage ----------------------------------------------------------------------------------------------------

export interface ExtractedJob {
  title: string | null;
  /** How the title was obtained: stated in the text, or inferred from what it says; null with no title. */
  titleSource: TitleSource | null;
  displayTitle: string;
  team: string | null;
  researchAreas: ResearchArea[];
  internship: boolean;
  manager: boolean;
  summary: string;
  sections: Section[];
  facts: JobFacts;
}

/** The prose a reader takes the role from: the non-boilerplate sections, each on its own line. */
export function proseOf(raw: readonly RawSection[]): string {
  return raw
    .filter((s) => !s.boilerplate)
    .map((s) => s.text)
    .join('\n');
}

export function extractJob(
  description: string,
  location: Location,
  areaSettings?: AreaSettings,
): ExtractedJob {
  const raw = splitSections(description);
  const prose = proseOf(raw);
  const head = prose.slice(0, PROSE_LIMIT);
  const facts = extractFacts(description);
  const { title, source: titleSource } = extractTitleWithSource(head);
  const team = extractTeam(head, facts.employer);
  return {
    title,
    titleSource,
    displayTitle: displayTitleOf(title, team, head, location),
    team,
    researchAreas: researchAreasOf(jobAreaZones(title, team, raw, prose), areaSettings),
    internship: isInternship(title, head),
    manager: isManager(title, head),
    summary: summaryOf(head, title),
    sections: toSections(raw),
    facts,
  };
}

/** Evidence zones for a job's research areas: title ×3, team ×2, opening ×2 (it is also in the prose), prose ×1. */
export function jobAreaZones(
  title: string | null,
  team: string | null,
  raw: readonly RawSection[],
  prose: string,
): Zone[] {
  const firstParagraph = (raw.find((s) => !s.boilerplate)?.text ?? '').slice(0, 600);
  return [
    { text: title ?? '', weight: 3 },
    { text: team ?? '', weight: 2 },
    { text: firstParagraph, weight: 1 },
    { text: prose.slice(0, 100_000), weight: 1 },
  ];
}
