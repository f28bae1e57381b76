/**
 * Research areas from prose: weighted keyword evidence per area, with zones of the text weighted differently
 * (the title and team count more than the opening, the opening more than the rest; company boilerplate is not
 * passed in at all). An area is kept only when its evidence is substantial both absolutely and relative to the
 * strongest area, so a passing mention does not spray areas. Used for jobs and articles alike.
 *
 * One combined regex per case mode scans each zone once; all quantifiers are bounded, so the scan is linear.
 */
import { RESEARCH_AREAS, type ResearchArea } from '../../../src/shared/bundle-schema';

type Evidence = readonly [phrase: string, weight: number];

/** Case-insensitive phrases. A trailing `*` allows a short word ending (plural, -ing, -ed). */
const KEYWORDS: Record<ResearchArea, readonly Evidence[]> = {
  'Automated reasoning': [
    ['automated reasoning', 5],
    ['formal verification', 4],
    ['formal method*', 4],
    ['theorem prov*', 4],
    ['model checking', 4],
    ['sat solver*', 4],
    ['smt solver*', 4],
    ['program analysis', 3],
    ['static analysis', 2],
    ['program verification', 3],
    ['programming languages', 2],
    ['symbolic reasoning', 2],
    ['proof*', 1],
    ['logic*', 1],
    ['dafny', 3],
    ['provable security', 3],
  ],
  'Cloud and systems': [
    ['distributed system*', 3],
    ['cloud computing', 1.5],
    ['cloud infrastructure', 2],
    ['data center*', 2],
    ['datacenter*', 2],
    ['infrastructure', 1],
    ['networking', 2],
    ['network*', 1],
    ['wireless', 2],
    ['communication system*', 3],
    ['communication payload', 2],
    ['satellite*', 2],
    ['broadband', 2],
    ['signal processing', 2],
    ['physical layer', 2],
    ['hardware', 1],
    ['hw/sw', 2],
    ['fpga*', 2],
    ['asic*', 2],
    ['embedded', 2],
    ['chip*', 1],
    ['silicon', 2],
    ['processor*', 1],
    ['compiler*', 2],
    ['operating system*', 2],
    ['storage', 1],
    ['database*', 1],
    ['latency', 1],
    ['throughput', 1],
    ['high-performance computing', 2],
    ['serverless', 2],
    ['virtualization', 2],
    ['servers', 1],
    ['systems engineer*', 2],
    ['system architecture', 2],
    ['power consumption', 1],
    ['nosql', 2],
    ['capacity', 1],
    ['fleet', 1],
    ['availability', 1],
    ['observability', 2],
    ['petabyte*', 1],
  ],
  'Computer vision': [
    ['computer vision', 5],
    ['machine vision', 4],
    ['vision-language', 3],
    ['image*', 1],
    ['visual', 1],
    ['object detection', 3],
    ['image recognition', 3],
    ['perception', 2],
    ['camera*', 2],
    ['video understanding', 3],
    ['3d', 1],
    ['segmentation', 2],
    ['identifying objects', 2],
    ['visual search', 2],
    ['ocr', 2],
    ['imaging', 2],
    ['store video', 2],
  ],
  'Conversational AI': [
    ['conversational', 4],
    ['dialogue*', 3],
    ['dialog', 3],
    ['natural language', 3],
    ['nlp', 3],
    ['nlu', 3],
    ['large language model*', 1.5],
    ['language model*', 1],
    ['llm*', 1.5],
    ['speech', 3],
    ['speech synthesis', 2],
    ['speech recognition', 3],
    ['asr', 3],
    ['text-to-speech', 3],
    ['machine translation', 3],
    ['translation', 1],
    ['chatbot*', 3],
    ['alexa', 1],
    ['agentic', 1.5],
    ['agent*', 1.5],
    ['question answering', 3],
    ['generative ai', 1],
    ['nova', 1],
    ['localization', 1],
    ['audio processing', 2],
  ],
  Economics: [
    ['economist*', 4],
    ['economics', 4],
    ['econometric*', 4],
    ['economic', 2],
    ['causal inference', 3],
    ['causal', 1.5],
    ['a/b test*', 3],
    ['a/b experiment*', 3],
    ['experiment*', 1],
    ['experimentation', 1.5],
    ['randomized', 1.5],
    ['pricing', 2],
    ['market design', 3],
    ['auction*', 2],
    ['difference-in-difference*', 3],
    ['synthetic control', 3],
    ['double machine learning', 3],
    ['double ml', 3],
    ['incremental impact', 2],
    ['incrementality', 2],
    ['program evaluation', 2],
    ['panel data', 2],
    ['quasi-experimental', 2],
    ['instrumental variables', 2],
    ['regression discontinuity', 2],
    ['stata', 2],
    ['kpi*', 1.5],
    ['metrics', 0.5],
    ['analytics', 1],
    ['data-driven decision*', 1],
  ],
  'Information and knowledge management': [
    ['knowledge graph*', 4],
    ['knowledge base*', 3],
    ['knowledge management', 4],
    ['information extraction', 3],
    ['ontolog*', 3],
    ['taxonom*', 2],
    ['structured data', 2],
    ['heterogeneous data', 3],
    ['heterogenous data', 3],
    ['data assets', 2],
    ['structure-aware', 2],
    ['graph retrieval', 2],
    ['retrieval augmented generation', 2],
    ['retrieval-augmented generation', 2],
    ['hallucination*', 1.5],
    ['metadata', 2],
    ['data management', 2],
    ['entity resolution', 3],
    ['semantic*', 1],
  ],
  'Machine learning': [
    ['machine learning', 3],
    ['deep learning', 3],
    ['artificial intelligence', 2],
    ['neural network*', 2],
    ['reinforcement learning', 3],
    ['foundation model*', 2],
    ['large language model*', 1.5],
    ['llm*', 1],
    ['generative ai', 2],
    ['genai', 2],
    ['transformer*', 2],
    ['predictive', 1],
    ['statistical model*', 1],
    ['time series', 2],
    ['time-series', 2],
    ['transfer learning', 2],
    ['zero-shot', 2],
    ['multimodal', 1],
    ['multi-modal', 1],
    ['data scientist*', 1.5],
    ['data science', 1.5],
    ['ai/ml', 2],
    ['graph neural network*', 2],
    ['supervised', 2],
    ['model training', 1],
    ['statistics', 1],
    ['algorithm*', 0.5],
  ],
  'Operations research and optimization': [
    ['operations research', 5],
    ['optimization', 2],
    ['optimisation', 2],
    ['optimiz*', 1],
    ['supply chain*', 2],
    ['inventory', 2],
    ['sourcing', 2],
    ['logistics', 2],
    ['routing', 2],
    ['scheduling', 2],
    ['simulation*', 1],
    ['simulate', 1],
    ['fulfillment', 2],
    ['transportation', 2],
    ['demand forecasting', 3],
    ['forecasting', 1],
    ['linear programming', 3],
    ['integer programming', 3],
    ['mixed-integer', 3],
    ['stochastic', 1],
    ['resource allocation', 2],
    ['allocating resources', 2],
    ['capacity planning', 2],
    ['decision support', 1],
  ],
  'Quantum technologies': [
    ['quantum', 5],
    ['qubit*', 5],
  ],
  Robotics: [
    ['robotics', 3],
    ['robot*', 3],
    ['robotic', 3],
    ['manipulator*', 3],
    ['robotic manipulation', 3],
    ['grasp', 2],
    ['autonomous mobile', 2],
    ['autonomous navigation', 2],
    ['path planning', 2],
    ['motion planning', 3],
    ['drone*', 3],
    ['autonomous vehicle*', 2],
    ['embodied', 2],
  ],
  'Search and information retrieval': [
    ['information retrieval', 5],
    ['search engine*', 3],
    ['search relevance', 3],
    ['search', 1],
    ['ranking', 2],
    ['relevance', 2],
    ['recommendation*', 2],
    ['recommender*', 3],
    ['learning to rank', 3],
    ['semantic search', 3],
    ['query', 1],
    ['queries', 1],
    ['personaliz*', 2],
    ['personalis*', 2],
    ['retrieval', 3],
    ['discovery', 1],
    ['candidate generation', 2],
    ['re-ranking', 2],
  ],
  'Security, privacy, and abuse prevention': [
    ['security', 2],
    ['secure', 1],
    ['privacy', 3],
    ['abuse', 3],
    ['fraud*', 3],
    ['identity', 1],
    ['access control', 2],
    ['access management', 2],
    ['threat*', 2],
    ['malware', 3],
    ['cryptograph*', 3],
    ['encryption', 3],
    ['vulnerabilit*', 2],
    ['trust and safety', 3],
    ['adversarial', 1],
    ['safety', 1],
  ],
  Sustainability: [
    ['sustainability', 4],
    ['sustainable energy', 4],
    ['renewable energy', 4],
    ['renewable', 2],
    ['carbon', 3],
    ['climate', 3],
    ['emissions', 3],
    ['net-zero', 3],
    ['decarboniz*', 3],
    ['water positive', 2],
    ['water stewardship', 2],
    ['solar', 2],
    ['wind farm*', 2],
    ['clean energy', 3],
    ['energy efficiency', 2],
    ['energy consumption', 2],
  ],
};

/** Case-sensitive acronyms (so that "ai" inside words or "ml" units never count). */
const ACRONYMS: Record<string, readonly [ResearchArea, number][]> = {
  ML: [['Machine learning', 2]],
  AI: [['Machine learning', 1]],
  SMT: [['Automated reasoning', 3]],
  SAT: [['Automated reasoning', 2]],
  HPC: [['Cloud and systems', 2]],
  RAG: [['Information and knowledge management', 2]],
  EC2: [['Cloud and systems', 1]],
};

const ACRONYM_RE = new RegExp(`(?<![A-Za-z0-9])(?:${Object.keys(ACRONYMS).join('|')})(?![A-Za-z0-9])`, 'g');

interface Entry {
  area: ResearchArea;
  weight: number;
}

/**
 * Keyword matching works on words, not on a regex alternation: the text is lower-cased and split into words
 * (letters and digits, `/` kept inside a word as in "a/b" or "hw/sw", hyphens and everything else separating),
 * and at each word the longest keyword phrase starting there is counted. A phrase's last word may end in `*`,
 * which allows up to four more letters. One pass over the words: linear in the text.
 *
 * The words are never cut out as strings: one scan over the characters walks a trie of the keywords' words, so
 * each word of the text ends up as the id of the keyword word it equals (or none) and the longest single-word
 * prefix (`robot*`) it starts with.
 */
interface Phrase {
  words: string[];
  /** Ids of the words (see `wordIds`). */
  ids: number[];
  /** The last word is a prefix. */
  prefix: boolean;
  entries: Entry[];
  /** Position in `phrases`. */
  index: number;
}

/** The words of a keyword spec, as the text scan finds them. */
function tokenise(text: string): string[] {
  return text.toLowerCase().match(/[a-z0-9]+(?:\/[a-z0-9]+)*/g) ?? [];
}

const phrases: Phrase[] = [];
const wordIds = new Map<string, number>();
const idOf = (word: string): number => {
  let id = wordIds.get(word);
  if (id === undefined) {
    id = wordIds.size;
    wordIds.set(word, id);
  }
  return id;
};
/** By the id of their first word: every phrase but the single-word prefixes, in keyword order. */
const phrasesByFirstWord: Phrase[][] = [];
const singlePrefixes: Phrase[] = [];
{
  const byText = new Map<string, Phrase>();
  for (const area of RESEARCH_AREAS) {
    for (const [raw, weight] of KEYWORDS[area]) {
      const prefix = raw.endsWith('*');
      const words = tokenise(prefix ? raw.slice(0, -1) : raw);
      const key = `${words.join(' ')}${prefix ? '*' : ''}`;
      let phrase = byText.get(key);
      if (phrase === undefined) {
        phrase = { words, ids: words.map(idOf), prefix, entries: [], index: phrases.length };
        phrases.push(phrase);
        byText.set(key, phrase);
        if (prefix && words.length === 1) singlePrefixes.push(phrase);
        else (phrasesByFirstWord[phrase.ids[0] as number] ??= []).push(phrase);
      }
      if (!phrase.entries.some((e) => e.area === area)) phrase.entries.push({ area, weight });
    }
  }
}

/** Trie symbols: 0-9, a-z and `/`; -1 for anything else (which ends a word). */
function symbolOf(c: number): number {
  if (c >= 97 && c <= 122) return c - 87;
  if (c >= 48 && c <= 57) return c - 48;
  return c === 47 ? 36 : -1;
}
const SYMBOLS = 37;

/** The trie of every keyword word: children (0 = none; the root is node 0), the word ending at a node, the prefix. */
const trie = { children: [0] as number[], word: [-1], prefix: [-1] };
trie.children.length = SYMBOLS;
trie.children.fill(0);
function insert(word: string): number {
  let node = 0;
  for (let i = 0; i < word.length; i++) {
    const at = node * SYMBOLS + symbolOf(word.charCodeAt(i));
    let next = trie.children[at] as number;
    if (next === 0) {
      next = trie.word.length;
      trie.word.push(-1);
      trie.prefix.push(-1);
      for (let k = 0; k < SYMBOLS; k++) trie.children.push(0);
      trie.children[at] = next;
    }
    node = next;
  }
  return node;
}
for (const [word, id] of wordIds) trie.word[insert(word)] = id;
for (const phrase of singlePrefixes) trie.prefix[insert(phrase.words[0] as string)] = phrase.index;
const CHILDREN = Uint16Array.from(trie.children);
const NODE_WORD = Int32Array.from(trie.word);
const NODE_PREFIX = Int32Array.from(trie.prefix);

/** Per word of the zone being scored: where it is, its keyword-word id (or -1), its prefix phrase (or -1). */
let tokenStart = new Int32Array(1024);
let tokenEnd = new Int32Array(1024);
let tokenWord = new Int32Array(1024);
let tokenPrefix = new Int32Array(1024);

function growTokens(): void {
  const grow = (a: Int32Array) => {
    const b = new Int32Array(a.length * 2);
    b.set(a);
    return b;
  };
  tokenStart = grow(tokenStart);
  tokenEnd = grow(tokenEnd);
  tokenWord = grow(tokenWord);
  tokenPrefix = grow(tokenPrefix);
}

/**
 * Trie symbols of the text's characters as they are once lower-cased (toLowerCase): -1 for a character that is not
 * part of a word. Only two characters outside ASCII lower-case to word characters: K (Kelvin) to "k", and İ to "i"
 * plus a combining dot, which ends the word.
 */
const ASCII_SYMBOLS = Int8Array.from({ length: 128 }, (_, c) => symbolOf(c >= 65 && c <= 90 ? c + 32 : c));
const SYMBOL_K = symbolOf(107);
const SYMBOL_I = symbolOf(105);
/** İ: an "i" that ends its word. */
const SYMBOL_I_DOT = SYMBOLS;

function symbolAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 128) return ASCII_SYMBOLS[c] as number;
  if (c === 0x212a) return SYMBOL_K;
  return c === 0x130 ? SYMBOL_I_DOT : -1;
}

/** A character of a word (see symbolAt) as its lower-case code. */
function lowerCode(c: number): number {
  if (c >= 65 && c <= 90) return c + 32;
  if (c === 0x212a) return 107;
  return c === 0x130 ? 105 : c;
}

/**
 * Split the text into words as `/[a-z0-9]+(?:\/[a-z0-9]+)*\/g` would in its lower-case form, walking the trie
 * meanwhile. Returns the number of words; their details are in the token arrays.
 */
function scanWords(text: string): number {
  const n = text.length;
  let count = 0;
  let i = 0;
  while (i < n) {
    let sym = symbolAt(text, i);
    if (sym < 0 || sym === 36) {
      i++;
      continue;
    }
    const start = i;
    let node = 0;
    let prefix = -1;
    let prefixEnd = 0;
    for (;;) {
      // a run of letters and digits
      do {
        const last = sym === SYMBOL_I_DOT;
        if (node >= 0) {
          node = (CHILDREN[node * SYMBOLS + (last ? SYMBOL_I : sym)] as number) || -1;
          if (node > 0 && (NODE_PREFIX[node] as number) >= 0) {
            prefix = NODE_PREFIX[node] as number;
            prefixEnd = i + 1;
          }
        }
        i++;
        sym = last || i >= n ? -1 : symbolAt(text, i);
      } while (sym >= 0 && sym !== 36);
      // "a/b", "hw/sw": a slash between word characters stays inside the word
      if (sym !== 36 || i + 1 >= n) break;
      const after = symbolAt(text, i + 1);
      if (after < 0 || after === 36) break;
      if (node >= 0) node = (CHILDREN[node * SYMBOLS + 36] as number) || -1;
      i++;
      sym = after;
    }
    if (count === tokenStart.length) growTokens();
    tokenStart[count] = start;
    tokenEnd[count] = i;
    tokenWord[count] = node > 0 ? (NODE_WORD[node] as number) : -1;
    // A prefix allows up to four more characters; one shorter than three letters only itself (it was looked up by
    // the word's first three letters).
    tokenPrefix[count] =
      prefix >= 0 && i - prefixEnd <= 4 && (prefixEnd - start >= 3 || i === prefixEnd) ? prefix : -1;
    count++;
  }
  return count;
}

/** Whether word k of the scanned text matches a phrase's word `w` (exactly, or as a prefix with ≤ 4 more). */
function wordMatches(text: string, k: number, phrase: Phrase, w: number, asPrefix: boolean): boolean {
  if (!asPrefix) return tokenWord[k] === phrase.ids[w];
  const pattern = phrase.words[w] as string;
  const start = tokenStart[k] as number;
  const length = (tokenEnd[k] as number) - start;
  if (length < pattern.length || length - pattern.length > 4) return false;
  for (let j = 0; j < pattern.length; j++)
    if (lowerCode(text.charCodeAt(start + j)) !== pattern.charCodeAt(j)) return false;
  return true;
}

/** The longest phrase matching at word i (an exact word wins over a prefix of the same length), or null. */
function matchAt(text: string, count: number, i: number): Phrase | null {
  const id = tokenWord[i] as number;
  let best: Phrase | null = null;
  const candidates = id >= 0 ? phrasesByFirstWord[id] : undefined;
  if (candidates !== undefined) {
    for (const phrase of candidates) {
      const n = phrase.words.length;
      if (i + n > count || (best !== null && n <= best.words.length)) continue;
      // The first word is word i (single-word prefixes are not listed by first word).
      let ok = true;
      for (let k = 1; k < n && ok; k++)
        ok = wordMatches(text, i + k, phrase, k, phrase.prefix && k === n - 1);
      if (ok) best = phrase;
    }
  }
  if (best !== null) return best;
  const prefix = tokenPrefix[i] as number;
  return prefix >= 0 ? (phrases[prefix] as Phrase) : null;
}

export interface Zone {
  text: string;
  weight: number;
}

/** Most evidence a single keyword can add within one zone. */
const PER_KEYWORD_CAP = 3;
/** Per phrase, its count in the zone being scored. */
const phraseCounts = new Int32Array(phrases.length);

export function scoreAreas(zones: readonly Zone[]): Map<ResearchArea, number> {
  const scores = new Map<ResearchArea, number>();
  const add = (area: ResearchArea, value: number) => scores.set(area, (scores.get(area) ?? 0) + value);
  for (const zone of zones) {
    if (zone.text === '' || zone.weight <= 0) continue;
    const count = scanWords(zone.text);
    const seen: Phrase[] = []; // in order of first occurrence
    for (let i = 0; i < count;) {
      const phrase = matchAt(zone.text, count, i);
      if (phrase === null) {
        i++;
        continue;
      }
      const seenBefore = phraseCounts[phrase.index] as number;
      if (seenBefore === 0) seen.push(phrase);
      phraseCounts[phrase.index] = seenBefore + 1;
      i += phrase.words.length;
    }
    for (const phrase of seen) {
      const n = phraseCounts[phrase.index] as number;
      phraseCounts[phrase.index] = 0;
      for (const { area, weight } of phrase.entries)
        add(area, zone.weight * weight * Math.min(n, PER_KEYWORD_CAP));
    }
    const acronymCounts = new Map<string, number>();
    for (const m of zone.text.matchAll(ACRONYM_RE))
      acronymCounts.set(m[0], (acronymCounts.get(m[0]) ?? 0) + 1);
    for (const [acronym, count] of acronymCounts) {
      for (const [area, weight] of ACRONYMS[acronym] ?? [])
        add(area, zone.weight * weight * Math.min(count, PER_KEYWORD_CAP));
    }
  }
  return scores;
}

export interface AreaSettings {
  /** Minimum absolute evidence for any area. */
  minScore: number;
  /** Minimum evidence relative to the strongest area, for the second area. */
  secondRatio: number;
  /** …and for the third and later areas. */
  laterRatio: number;
  maxAreas: number;
}

export const DEFAULT_AREA_SETTINGS: AreaSettings = {
  minScore: 6,
  secondRatio: 0.25,
  laterRatio: 0.45,
  maxAreas: 3,
};

/** Areas in order of evidence, strongest first, filtered by the thresholds. Ties keep the canonical order. */
export function pickAreas(
  scores: Map<ResearchArea, number>,
  settings: AreaSettings = DEFAULT_AREA_SETTINGS,
): ResearchArea[] {
  const ranked = RESEARCH_AREAS.map((area, i) => ({ area, score: scores.get(area) ?? 0, i }))
    .filter((a) => a.score >= settings.minScore)
    .sort((a, b) => b.score - a.score || a.i - b.i);
  const top = ranked[0]?.score ?? 0;
  const out: ResearchArea[] = [];
  for (const [rank, { area, score }] of ranked.entries()) {
    if (out.length >= settings.maxAreas) break;
    const ratio = rank === 0 ? 0 : rank === 1 ? settings.secondRatio : settings.laterRatio;
    if (score >= ratio * top) out.push(area);
  }
  return out;
}

/**
 * Machine learning is the field most science roles share, so the gold standard (and a reader) counts it whenever
 * the role names it outright, even when another area dominates the text. "Double machine learning" is an
 * econometric method and does not count.
 */
const NAMES_MACHINE_LEARNING =
  /(?<![Dd]ouble[\s-])\b(?:[Mm]achine[- ][Ll]earning|[Dd]eep [Ll]earning)\b|(?<![A-Za-z])ML(?![A-Za-z])/;

export function researchAreasOf(
  zones: readonly Zone[],
  settings: AreaSettings = DEFAULT_AREA_SETTINGS,
): ResearchArea[] {
  const scores = scoreAreas(zones);
  const picked = pickAreas(scores, settings);
  // Nothing strong enough: the strongest area still says more than none, when the text gives it some weight.
  if (picked.length === 0) {
    const [best] = [...scores].sort((a, b) => b[1] - a[1]);
    if (best !== undefined && best[1] >= settings.minScore / 3) picked.push(best[0]);
  }
  const ml: ResearchArea = 'Machine learning';
  if (!picked.includes(ml) && zones.some((z) => z.weight > 0 && NAMES_MACHINE_LEARNING.test(z.text))) {
    if (picked.length >= settings.maxAreas) picked.pop();
    picked.push(ml);
    picked.sort((a, b) => (scores.get(b) ?? 0) - (scores.get(a) ?? 0));
  }
  return picked;
}
