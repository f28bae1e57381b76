/**
 * Stage 5: a one-line job description → its sections, lists and stated facts.
 *
 * The scrape flattened each posting onto one line, so the headings ("Key job responsibilities", "A day in the
 * life", "Why AWS", …) sit inline. A heading is recognised only where it starts a new thought: at the start, or
 * after sentence punctuation, a lower-case word or another heading, and followed by a capital, digit or bullet.
 * Ambiguous generic headings ("Perks", "You Will") must also be followed by a bullet or a colon. Company
 * boilerplate (the AWS culture blurbs, EEO and pay-transparency text) is flagged so the app can collapse it.
 *
 * Text is kept literally: markup such as `<script>` stays as characters, and only http(s) URLs become links.
 */
import type { JobFacts, Link, Section, SectionKind, TextBlock } from '../../../src/shared/bundle-schema';
import { splitSentences } from '../text';

interface HeadingRule {
  /** Regex source, matched case-sensitively. */
  pattern: string;
  kind: SectionKind;
  boilerplate: boolean;
  /** Generic words: count as a heading only before a bullet or after a colon. */
  weak?: boolean;
}

const HEADINGS: readonly HeadingRule[] = [
  { pattern: 'MULTIPLE POSITIONS AVAILABLE', kind: 'overview', boilerplate: false },
  { pattern: 'Key [Jj]ob [Rr]esponsibilities', kind: 'responsibilities', boilerplate: false },
  { pattern: 'KEY JOB RESPONSIBILITIES', kind: 'responsibilities', boilerplate: false },
  { pattern: 'Position Responsibilities:', kind: 'responsibilities', boilerplate: false },
  { pattern: "What [Yy]ou['’]ll [Dd]o:?", kind: 'responsibilities', boilerplate: false },
  { pattern: 'Responsibilities:', kind: 'responsibilities', boilerplate: false },
  { pattern: 'You Will', kind: 'responsibilities', boilerplate: false, weak: true },
  { pattern: 'A day in the life', kind: 'day-in-the-life', boilerplate: false },
  { pattern: 'A [Dd]ay [Ii]n [Tt]he [Ll]ife', kind: 'day-in-the-life', boilerplate: false },
  { pattern: 'A DAY IN THE LIFE', kind: 'day-in-the-life', boilerplate: false },
  { pattern: 'About [Tt]he [Tt]eam', kind: 'about-team', boilerplate: false },
  { pattern: 'ABOUT THE TEAM', kind: 'about-team', boilerplate: false },
  { pattern: 'About [Tt]he [Rr]ole', kind: 'role', boilerplate: false },
  { pattern: 'ABOUT THE ROLE', kind: 'role', boilerplate: false },
  { pattern: 'ABOUT THIS ROLE', kind: 'role', boilerplate: false },
  { pattern: 'About [Tt]his [Rr]ole', kind: 'role', boilerplate: false },
  { pattern: 'The Role:', kind: 'role', boilerplate: false },
  { pattern: 'BASIC QUALIFICATIONS', kind: 'basic-qualifications', boilerplate: false },
  { pattern: 'Basic [Qq]ualifications', kind: 'basic-qualifications', boilerplate: false },
  { pattern: '(?:Minimum|Required) [Qq]ualifications', kind: 'basic-qualifications', boilerplate: false },
  { pattern: 'Position Requirements:', kind: 'basic-qualifications', boilerplate: false },
  { pattern: "What [Yy]ou['’]ll [Nn]eed:?", kind: 'basic-qualifications', boilerplate: false },
  { pattern: 'Requirements:', kind: 'basic-qualifications', boilerplate: false, weak: true },
  { pattern: 'PREFERRED QUALIFICATIONS', kind: 'preferred-qualifications', boilerplate: false },
  { pattern: 'Preferred [Qq]ualifications', kind: 'preferred-qualifications', boilerplate: false },
  { pattern: 'Export Control Requirement:', kind: 'other', boilerplate: false },
  { pattern: 'Why AWS\\??', kind: 'company', boilerplate: true },
  { pattern: 'About AWS', kind: 'company', boilerplate: true },
  { pattern: 'About Us:?', kind: 'company', boilerplate: true },
  { pattern: 'ABOUT US:?', kind: 'company', boilerplate: true },
  {
    pattern: 'ABOUT (?!THE TEAM|THE ROLE|THIS ROLE|US)[A-Z][A-Z0-9&.]{1,20}(?: [A-Z][A-Z0-9&.]{1,20}){0,2}:?',
    kind: 'company',
    boilerplate: true,
  },
  { pattern: 'Utility Computing \\(UC\\)', kind: 'company', boilerplate: true },
  { pattern: 'Diverse Experiences', kind: 'company', boilerplate: true },
  { pattern: 'Inclusive Team Culture', kind: 'company', boilerplate: true },
  { pattern: 'Mentorship (?:&|and) Career Growth', kind: 'benefits', boilerplate: true },
  { pattern: 'Work/Life Balance', kind: 'benefits', boilerplate: true },
  { pattern: 'Perks', kind: 'benefits', boilerplate: true, weak: true },
  { pattern: 'Benefits', kind: 'benefits', boilerplate: true, weak: true },
];

/** Sentences that open company boilerplate without a heading: EEO, accommodation and pay-transparency text. */
const BOILERPLATE_OPENERS: readonly { pattern: string; kind: SectionKind }[] = [
  { pattern: 'Amazon(?:\\.com)? is an? [Ee]qual [Oo]pportunity', kind: 'company' },
  { pattern: 'Amazon is committed to a diverse and inclusive workplace', kind: 'company' },
  { pattern: 'Our inclusive culture empowers Amazonians', kind: 'company' },
  { pattern: 'If you have a disability and need a workplace accommodation', kind: 'company' },
  { pattern: 'Our compensation reflects the cost of labor', kind: 'benefits' },
  { pattern: 'The base (?:salary|pay) (?:range )?for this position', kind: 'benefits' },
  { pattern: 'Los Angeles County applicants', kind: 'company' },
  { pattern: 'Pursuant to the [A-Z][a-z]+ ', kind: 'company' },
];

const HEADING_RE = new RegExp(HEADINGS.map((h) => `(${h.pattern})`).join('|'), 'g');
const OPENER_RE = new RegExp(BOILERPLATE_OPENERS.map((o) => `(${o.pattern})`).join('|'), 'g');
const OPENER_AT = new RegExp(OPENER_RE.source, 'y');

/** Whether `pattern` has an alternative at its top level ("A|B"), outside groups and classes. */
function hasTopLevelAlternative(pattern: string): boolean {
  let depth = 0;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\') i++;
    else if (c === '[') {
      for (i++; i < pattern.length && pattern[i] !== ']'; i++) if (pattern[i] === '\\') i++;
    } else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) return true;
  }
  return false;
}

/** The literal text every match of a pattern opens with ('' if none it can be sure of). */
export function literalPrefix(pattern: string): string {
  if (hasTopLevelAlternative(pattern)) return ''; // "A (x)|B": a match need not start with "A"
  const lead = /^[^\\()[\]{}?*+.|^$]*/.exec(pattern)?.[0] ?? '';
  const next = pattern.charAt(lead.length);
  return next === '?' || next === '*' || next === '{' ? lead.slice(0, -1) : lead; // the last character is optional
}
/** Each opener starts with one of these ('Amazon' for all three Amazon openers, say). */
const OPENER_PREFIXES = [...new Set(BOILERPLATE_OPENERS.map((o) => literalPrefix(o.pattern)))].filter(
  (p, _, all) => !all.some((q) => q !== p && p.startsWith(q)),
);

/**
 * The matches of OPENER_RE, found by trying it only where one of OPENER_PREFIXES occurs, in order, from where the
 * last match ended: the places matchAll would find a match at, since no opener can match anywhere else. The openers
 * start with common words, so the regex's own scan tries nearly every place; the literal searches skip ahead.
 */
function openerMatches(text: string): RegExpExecArray[] {
  if (OPENER_PREFIXES.includes('')) return [...text.matchAll(OPENER_RE)];
  const starts: number[] = [];
  for (const p of OPENER_PREFIXES)
    for (let at = text.indexOf(p); at !== -1; at = text.indexOf(p, at + 1)) starts.push(at);
  starts.sort((a, b) => a - b);
  const out: RegExpExecArray[] = [];
  let end = 0;
  for (const at of starts) {
    if (at < end) continue;
    OPENER_AT.lastIndex = at;
    const m = OPENER_AT.exec(text);
    if (m === null) continue;
    out.push(m);
    end = at + m[0].length;
  }
  return out;
}

interface Cut {
  start: number;
  end: number;
  heading: string | null;
  kind: SectionKind;
  boilerplate: boolean;
}

export interface RawSection {
  kind: SectionKind;
  heading: string | null;
  boilerplate: boolean;
  /** The section's text as written, without its heading. */
  text: string;
}

function groupIndex(m: RegExpExecArray): number {
  for (let g = 1; g < m.length; g++) if (m[g] !== undefined) return g - 1;
  return -1;
}

/** Whether a heading match at [start, end) starts a new thought (see the module comment). */
function isHeadingAt(
  text: string,
  start: number,
  end: number,
  rule: HeadingRule,
  previousEnd: number,
): boolean {
  if (start > 0 && !/\s/.test(text.charAt(start - 1))) return false;
  const after = text.slice(end, end + 4);
  if (after !== '' && !/^(?::?\s*$|:?\s+[\p{Lu}0-9•*"“(\-–]|:\s*[\p{L}])/u.test(after)) return false;
  if (rule.weak === true && !/^:|^\s+[-•*]\s|^\s+\d{1,2}[.)]\s/.test(text.slice(end, end + 4))) return false;
  if (start === 0 || rule.pattern.endsWith(':')) return true; // "Label:" headings are unambiguous
  // The word before: a heading after a capitalised word without punctuation is part of a name
  // ("AWS Utility Computing (UC) provides …"), unless that word ended the previous heading.
  let w = start - 1;
  while (w > 0 && /\s/.test(text.charAt(w - 1))) w--;
  if (w <= previousEnd) return true;
  const before = text.slice(Math.max(0, w - 1), w);
  if (/[.!?:;)"”’]/.test(before)) return true;
  let ws = w - 1;
  while (ws > 0 && ws > w - 40 && !/\s/.test(text.charAt(ws - 1))) ws--;
  const word = text.slice(ws, w);
  return !/^\p{Lu}/u.test(word);
}

/** Split a description into raw sections. Linear: one pass of a fixed alternation, bounded look-arounds. */
export function splitSections(description: string): RawSection[] {
  const cuts: Cut[] = [];
  let previousEnd = -1;
  for (const m of description.matchAll(HEADING_RE)) {
    const rule = HEADINGS[groupIndex(m)];
    const start = m.index;
    const end = start + m[0].length;
    if (rule === undefined || !isHeadingAt(description, start, end, rule, previousEnd)) continue;
    cuts.push({
      start,
      end,
      heading: m[0].replace(/:$/, ''),
      kind: rule.kind,
      boilerplate: rule.boilerplate,
    });
    previousEnd = end;
  }
  for (const m of openerMatches(description)) {
    const start = m.index;
    const before = description.slice(Math.max(0, start - 2), start);
    if (start !== 0 && !/[.!?:]\s$|^\s*$/.test(before) && !/\s$/.test(before)) continue;
    const opener = BOILERPLATE_OPENERS[groupIndex(m)];
    if (opener === undefined) continue;
    // Openers only ever start boilerplate once: a later heading ends it.
    const inside = cuts.find((c) => c.start <= start && c.end > start);
    if (inside !== undefined) continue;
    cuts.push({ start, end: start, heading: null, kind: opener.kind, boilerplate: true });
  }
  cuts.sort((a, b) => a.start - b.start);
  const sections: RawSection[] = [];
  const firstStart = cuts[0]?.start ?? description.length;
  const opening = description.slice(0, firstStart).trim();
  if (opening !== '') sections.push({ kind: 'overview', heading: null, boilerplate: false, text: opening });
  for (const [i, cut] of cuts.entries()) {
    const next = cuts[i + 1]?.start ?? description.length;
    const text = description
      .slice(cut.end, next)
      .replace(/^[\s:]+/, '')
      .trim();
    // Consecutive openers of the same boilerplate merge into one section.
    const last = sections[sections.length - 1];
    if (
      cut.heading === null &&
      last !== undefined &&
      last.boilerplate &&
      last.heading === null &&
      last.kind === cut.kind
    ) {
      last.text = `${last.text} ${text}`.trim();
      continue;
    }
    sections.push({ kind: cut.kind, heading: cut.heading, boilerplate: cut.boilerplate, text });
  }
  return sections;
}

// --- Lists ---------------------------------------------------------------------------------------------------

interface MarkerSplit {
  lead: string;
  items: string[];
}

function splitOn(text: string, re: RegExp): MarkerSplit | null {
  const positions: { start: number; end: number }[] = [];
  for (const m of text.matchAll(re)) positions.push({ start: m.index, end: m.index + m[0].length });
  if (positions.length === 0) return null;
  const lead = text.slice(0, positions[0]?.start ?? 0).trim();
  const items = positions
    .map((p, i) => text.slice(p.end, positions[i + 1]?.start ?? text.length).trim())
    .filter((item) => item !== '' && /[\p{L}\p{N}]/u.test(item));
  return items.length === 0 ? null : { lead, items };
}

/** Numbered items must run 1, 2, 3, … to count (so "3.5 GHz" or a lone "2." is not a list). */
function splitNumbered(text: string): MarkerSplit | null {
  const re = /(?:^|\s)(\d{1,2})[.)]\s+(?=[\p{Lu}])/gu;
  const positions: { start: number; end: number }[] = [];
  let expected = 1;
  for (const m of text.matchAll(re)) {
    if (Number(m[1]) !== expected) continue;
    positions.push({ start: m.index, end: m.index + m[0].length });
    expected++;
  }
  if (positions.length < 2) return null;
  const lead = text.slice(0, positions[0]?.start ?? 0).trim();
  const items = positions
    .map((p, i) => text.slice(p.end, positions[i + 1]?.start ?? text.length).trim())
    .filter((s) => s !== '');
  return { lead, items };
}

/** Readable paragraphs from flattened prose: whole sentences, about 600 characters each at most. */
export function paragraphsOf(text: string, target = 600): string[] {
  const trimmed = text.trim();
  if (trimmed === '') return [];
  if (trimmed.length <= target) return [trimmed];
  const out: string[] = [];
  let current = '';
  for (const { text: sentence } of splitSentences(trimmed)) {
    if (current !== '' && current.length + sentence.length + 1 > target) {
      out.push(current);
      current = sentence;
    } else current = current === '' ? sentence : `${current} ${sentence}`;
  }
  if (current !== '') out.push(current);
  return out;
}

/**
 * How many times ` ${mark} ` occurs in `text`, up to 2. Searched by the mark, far rarer than the spaces around it
 * (each occurrence has exactly one mark, at its middle).
 */
function spacedMarks(text: string, mark: string): number {
  let c = 0;
  for (let at = text.indexOf(mark, 1); at !== -1 && c < 2; at = text.indexOf(mark, at + 1))
    if (text.charCodeAt(at - 1) === 32 && text.charCodeAt(at + 1) === 32) c++;
  return c;
}

/** Inline bullets (`•`, ` - `, ` * `, or a numbered run) become one list; the text before it a paragraph. */
export function blocksOf(text: string): TextBlock[] {
  const candidates = [
    text.includes('•') ? splitOn(text, /[ \t]*•[ \t]*/g) : null,
    // The pattern cannot match without "1." or "1)": the literal search skips most texts.
    (text.includes('1.') || text.includes('1)')) && /(?:^|\s)1[.)]\s/.test(text) ? splitNumbered(text) : null,
    spacedMarks(text, '*') >= 2 || /^\*\s/.test(text) ? splitOn(text, /(?:^|\s)\*\s+/g) : null,
    spacedMarks(text, '-') >= 2 || /^-\s/.test(text) ? splitOn(text, /(?:^|\s)-\s+/g) : null,
  ];
  let best: MarkerSplit | null = null;
  for (const c of candidates)
    if (c !== null && (best === null || c.items.length > best.items.length)) best = c;
  if (best === null) return paragraphsOf(text).map((p) => ({ type: 'paragraph', text: p }));
  const blocks: TextBlock[] = paragraphsOf(best.lead).map((p) => ({ type: 'paragraph', text: p }));
  blocks.push({ type: 'list', items: best.items });
  return blocks;
}

const FIELD_RE = /(Employer|Offered Position|Job Location|Job Number):\s*/g;

export function toSections(raw: readonly RawSection[]): Section[] {
  const out: Section[] = [];
  for (const s of raw) {
    let blocks: TextBlock[];
    if (s.heading === 'MULTIPLE POSITIONS AVAILABLE') {
      const fields: string[] = [];
      const positions = [...s.text.matchAll(FIELD_RE)];
      const lead = s.text.slice(0, positions[0]?.index ?? s.text.length).trim();
      for (const [i, m] of positions.entries()) {
        const value = s.text.slice(m.index + m[0].length, positions[i + 1]?.index ?? s.text.length).trim();
        fields.push(`${m[1]}: ${value}`);
      }
      blocks = [...paragraphsOf(lead).map((p): TextBlock => ({ type: 'paragraph', text: p }))];
      if (fields.length > 0) blocks.push({ type: 'list', items: fields });
    } else blocks = blocksOf(s.text);
    if (blocks.length === 0) continue; // a heading with nothing under it ("About the team About AWS …")
    out.push({ kind: s.kind, heading: s.heading, boilerplate: s.boilerplate, blocks });
  }
  return out;
}

// --- Facts -----------------------------------------------------------------------------------------------------

const CURRENCY: Record<string, string> = { $: 'USD', '£': 'GBP', '€': 'EUR', '₹': 'INR', '¥': 'JPY' };

function parseAmount(raw: string): number | null {
  const m = /^([\d,]+(?:\.\d+)?)\s*([kK])?$/.exec(raw.trim());
  if (m === null) return null;
  const value = Number((m[1] ?? '').replace(/,/g, ''));
  if (!Number.isFinite(value)) return null;
  return m[2] === undefined ? value : value * 1000;
}

function periodOf(text: string): 'year' | 'month' | 'hour' | null {
  if (/\/\s*(?:year|yr)\b|per (?:year|annum)|annual|a year\b|yearly/i.test(text)) return 'year';
  if (/\/\s*(?:hour|hr)\b|per hour|hourly|an hour\b/i.test(text)) return 'hour';
  if (/\/\s*(?:month|mo)\b|per month|monthly|a month\b/i.test(text)) return 'month';
  return null;
}

/** The sentence around [start, end), bounded to `max` characters either side. */
function sentenceAround(text: string, start: number, end: number, max = 400): string {
  const from = Math.max(0, start - max);
  const before = text.slice(from, Math.min(text.length, start + 1));
  const breaks = [...before.matchAll(/[.!?]\s+(?=[\p{Lu}\d"“])/gu)].filter(
    (b) => b.index + b[0].length <= start - from,
  );
  const lastBreak = breaks[breaks.length - 1];
  const s = lastBreak === undefined ? (from === 0 ? 0 : from) : from + lastBreak.index + lastBreak[0].length;
  const after = text.slice(end, end + max);
  const m = /(?<!\b(?:U\.S|e\.g|i\.e|Inc|etc))[.!?](?=\s+[\p{Lu}\d"“]|\s*$)/u.exec(after);
  const e = m === null ? Math.min(text.length, end + max) : end + m.index + 1;
  return text.slice(s, e).trim();
}

const MONEY = String.raw`(?:USD|CAD|GBP|EUR|INR|JPY)?\s?([$£€₹¥])\s?([\d,]{1,12}(?:\.\d{1,2})?\s?[kK]?)`;
const SALARY_RES = [
  // "Salary Range $175,100/year to $236,900/year", "$136,000 - $212,800 per year"
  new RegExp(String.raw`${MONEY}(\s?/\s?(?:year|yr|hour|hr|month))?\s{0,3}(?:-|–|—|to)\s{0,3}${MONEY}`, 'g'),
  // "ranges from $X/year in our lowest geographic market up to $Y/year"
  new RegExp(
    String.raw`from\s${MONEY}(\s?/\s?(?:year|yr|hour|hr|month))?[^$£€₹¥]{0,80}?up to\s${MONEY}`,
    'g',
  ),
];

/**
 * The salary clause of its sentence: the "40 hours / week, 8:00am-5:00pm, Salary Range $X to $Y" run-on of
 * Offered Position listings starts at "Salary", since the hours are their own fact.
 */
function salarySentence(sentence: string): string {
  const kw = /(?:\b(?:the|our)\s+)?(?:\bbase\s+)?\b(?:salary|pay|compensation)\b/i.exec(sentence);
  if (kw === null || kw.index === 0) return sentence;
  const before = sentence.slice(0, kw.index);
  if (!/[,;:]\s*$/.test(before) || /[$£€₹¥]/.test(before)) return sentence;
  const rest = sentence.slice(kw.index);
  return rest.charAt(0).toUpperCase() + rest.slice(1);
}

export function extractSalary(text: string): JobFacts['salary'] {
  // Only look around currency signs: a window of text per sign keeps this linear on a megabyte of prose.
  for (const sign of text.matchAll(/[$£€₹¥]/g)) {
    const from = Math.max(0, sign.index - 12);
    const window = text.slice(from, sign.index + 240);
    for (const re of SALARY_RES) {
      re.lastIndex = 0;
      const m = re.exec(window);
      if (m === null || from + m.index > sign.index + 8) continue;
      const start = from + m.index;
      const end = start + m[0].length;
      const context = text.slice(Math.max(0, start - 120), Math.min(text.length, end + 40));
      if (!/salary|pay|compensation|wage|range/i.test(context)) continue;
      return {
        text: salarySentence(sentenceAround(text, start, end)),
        min: parseAmount(m[2] ?? ''),
        max: parseAmount(m[5] ?? ''),
        currency: CURRENCY[m[1] ?? ''] ?? null,
        period: periodOf(text.slice(start, Math.min(text.length, end + 20))),
      };
    }
  }
  return null;
}

const URL_RE = /https?:\/\/[^\s<>"'`\\{}|^[\]]{1,2000}/gi;

export function extractLinks(text: string): Link[] {
  const seen = new Set<string>();
  const links: Link[] = [];
  for (const m of text.matchAll(URL_RE)) {
    const url = m[0].replace(/[.,;:!?)]+$/, '');
    if (!/^https?:\/\/[^/\s]+\.[^/\s]+/i.test(url) || seen.has(url)) continue;
    seen.add(url);
    links.push({ url, label: url.replace(/^https?:\/\//i, '').replace(/\/$/, '') });
  }
  return links;
}

const HOURS = String.raw`\b\d{1,2}\s?hours\s?(?:\/|per)\s?week(?:,\s?\d{1,2}(?::\d{2})?\s?[ap]\.?m\.?\s?(?:-|–|to)\s?\d{1,2}(?::\d{2})?\s?[ap]\.?m\.?)?`;
const EXPORT_CONTROL = String.raw`Export Control Requirement:|export control|\bU\.S\. person\b|\bITAR\b`;
/**
 * The first match of each (case-insensitive), by one scan: group 1 the hours, group 2 the export control. The same
 * as two scans, since a match of one can neither start at nor overlap a match of the other (hours start with a
 * digit and hold no "x", ".s. " or "i"; export-control text holds no digit).
 */
const HOURS_OR_EXPORT_CONTROL = new RegExp(`(${HOURS})|(${EXPORT_CONTROL})`, 'gi');

function hoursAndExportControl(text: string): {
  hours: string | null;
  exportControlAt: RegExpExecArray | null;
} {
  let hours: string | null = null;
  let exportControlAt: RegExpExecArray | null = null;
  for (const m of text.matchAll(HOURS_OR_EXPORT_CONTROL)) {
    if (m[1] !== undefined) hours ??= m[0];
    else exportControlAt ??= m;
    if (hours !== null && exportControlAt !== null) break;
  }
  return { hours, exportControlAt };
}

export function extractFacts(text: string): JobFacts {
  // Neither pattern can match without its opening literal, which most texts lack: a literal search skips the scan.
  const jobNumber = text.includes('Job ')
    ? (/\bJob (?:Number|ID|Id)\s?[:#]\s?([A-Za-z0-9-]{3,24})\b/.exec(text)?.[1] ?? null)
    : null;
  const employerMatch = text.includes('Employer:')
    ? /\bEmployer:\s?(.{2,120}?)\s+(?=Offered Position:|Job Location:|Job Number:|Position Responsibilities:)/.exec(
        text,
      )
    : null;
  const { hours, exportControlAt } = hoursAndExportControl(text);
  const exportControl =
    exportControlAt === null
      ? null
      : sentenceAround(text, exportControlAt.index, exportControlAt.index + exportControlAt[0].length);
  return {
    jobNumber,
    employer: employerMatch?.[1]?.trim() ?? null,
    salary: extractSalary(text),
    hours,
    exportControl,
    links: extractLinks(text),
  };
}
