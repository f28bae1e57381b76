/**
 * Research areas from prose: weighted keyword evidence per area, with zones of the text weighted differently
 * (the title and team count more than the opening, the opening more than the rest; company boilerplate is not
 * passed in at all). An area is kept only when its evidence is substantial both absolutely and relative to the
 * strongest area, so a passing mention does not spray areas. Used for jobs and articles alike.
 *
 * One combined regex per case mode scans each zone once; all quantifiers are bounded, so the scan is linear.
 */
import { RESEARCH_AREAS, type ResearchArea } from '../../src/shared/bundle-schema';

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
    ['personalization', 1],
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
 */
interface Phrase {
  words: string[];
  /** The last word is a prefix. */
  prefix: boolean;
  entries: Entry[];
}

function isWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
}

/** The words `/[a-z0-9]+(?:\/[a-z0-9]+)*\/g` finds in the lower-cased text, by a plain scan (no match array). */
function tokenise(text: string): string[] {
  const lower = text.toLowerCase();
  const words: string[] = [];
  const n = lower.length;
  let i = 0;
  while (i < n) {
    if (!isWordChar(lower.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    for (;;) {
      i++;
      while (i < n && isWordChar(lower.charCodeAt(i))) i++;
      // "a/b", "hw/sw": a slash between word characters stays inside the word
      if (i + 1 < n && lower.charCodeAt(i) === 47 && isWordChar(lower.charCodeAt(i + 1))) i++;
      else break;
    }
    words.push(lower.slice(start, i));
  }
  return words;
}

const phrasesByFirstWord = new Map<string, Phrase[]>();
const singlePrefixes = new Map<string, Phrase>();
{
  const byText = new Map<string, Phrase>();
  for (const area of RESEARCH_AREAS) {
    for (const [raw, weight] of KEYWORDS[area]) {
      const prefix = raw.endsWith('*');
      const words = tokenise(prefix ? raw.slice(0, -1) : raw);
      const key = `${words.join(' ')}${prefix ? '*' : ''}`;
      let phrase = byText.get(key);
      if (phrase === undefined) {
        phrase = { words, prefix, entries: [] };
        byText.set(key, phrase);
        if (prefix && words.length === 1) singlePrefixes.set(words[0] as string, phrase);
        else {
          const list = phrasesByFirstWord.get(words[0] as string) ?? [];
          list.push(phrase);
          phrasesByFirstWord.set(words[0] as string, list);
        }
      }
      if (!phrase.entries.some((e) => e.area === area)) phrase.entries.push({ area, weight });
    }
  }
}

/** Single-word prefixes by their first three letters, longest first. */
const prefixesByHead = new Map<string, Phrase[]>();
for (const [prefix, phrase] of [...singlePrefixes].sort((a, b) => b[0].length - a[0].length)) {
  const list = prefixesByHead.get(prefix.slice(0, 3)) ?? [];
  list.push(phrase);
  prefixesByHead.set(prefix.slice(0, 3), list);
}

function wordMatches(word: string, pattern: string, prefix: boolean): boolean {
  return prefix ? word.length - pattern.length <= 4 && word.startsWith(pattern) : word === pattern;
}

/** What a word can start: the phrases whose first word it is, and the single-word prefix it matches (or null). */
interface WordInfo {
  phrases: readonly Phrase[] | undefined;
  prefix: Phrase | null;
}

const NOTHING: WordInfo = { phrases: undefined, prefix: null };
/** Per distinct word, so that each word costs one lookup; bounded, as the vocabulary of the input is not. */
const wordInfos = new Map<string, WordInfo>();
const WORD_INFO_LIMIT = 100_000;

function wordInfo(word: string): WordInfo {
  const known = wordInfos.get(word);
  if (known !== undefined) return known;
  const phrases = phrasesByFirstWord.get(word);
  let prefix: Phrase | null = null;
  for (const phrase of prefixesByHead.get(word.slice(0, 3)) ?? []) {
    if (wordMatches(word, phrase.words[0] as string, true)) {
      prefix = phrase;
      break;
    }
  }
  const info = phrases === undefined && prefix === null ? NOTHING : { phrases, prefix };
  if (wordInfos.size < WORD_INFO_LIMIT) wordInfos.set(word, info);
  return info;
}

/** The longest phrase matching at word i (an exact word wins over a prefix of the same length), or null. */
function matchAt(words: readonly string[], i: number): Phrase | null {
  const info = wordInfo(words[i] as string);
  if (info === NOTHING) return null;
  let best: Phrase | null = null;
  const candidates = info.phrases;
  if (candidates !== undefined) {
    for (const phrase of candidates) {
      const n = phrase.words.length;
      if (i + n > words.length || (best !== null && n <= best.words.length)) continue;
      // The first word is this word (single-word prefixes are not listed by first word).
      let ok = true;
      for (let k = 1; k < n && ok; k++)
        ok = wordMatches(words[i + k] as string, phrase.words[k] as string, phrase.prefix && k === n - 1);
      if (ok) best = phrase;
    }
  }
  return best ?? info.prefix;
}

export interface Zone {
  text: string;
  weight: number;
}

/** Most evidence a single keyword can add within one zone. */
const PER_KEYWORD_CAP = 3;

export function scoreAreas(zones: readonly Zone[]): Map<ResearchArea, number> {
  const scores = new Map<ResearchArea, number>();
  const add = (area: ResearchArea, value: number) => scores.set(area, (scores.get(area) ?? 0) + value);
  for (const zone of zones) {
    if (zone.text === '' || zone.weight <= 0) continue;
    const words = tokenise(zone.text);
    const counts = new Map<Phrase, number>();
    for (let i = 0; i < words.length;) {
      const phrase = matchAt(words, i);
      if (phrase === null) {
        i++;
        continue;
      }
      counts.set(phrase, (counts.get(phrase) ?? 0) + 1);
      i += phrase.words.length;
    }
    for (const [phrase, count] of counts) {
      for (const { area, weight } of phrase.entries)
        add(area, zone.weight * weight * Math.min(count, PER_KEYWORD_CAP));
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
  secondRatio: 0.3,
  laterRatio: 0.55,
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
  const ml: ResearchArea = 'Machine learning';
  if (!picked.includes(ml) && zones.some((z) => z.weight > 0 && NAMES_MACHINE_LEARNING.test(z.text))) {
    if (picked.length >= settings.maxAreas) picked.pop();
    picked.push(ml);
    picked.sort((a, b) => (scores.get(b) ?? 0) - (scores.get(a) ?? 0));
  }
  return picked;
}
