/**
 * The facet engine: filters, disjunctive counts, relaxations and order for the board, from per-value bitsets.
 *
 * Semantics: OR within a facet, AND across facets (and with the keyword matches). A facet's counts apply every
 * OTHER facet's selection but not its own (disjunctive faceting), so ticking a second team widens, never empties.
 * Location is a tree (country › region › city): a node stands for every job below it.
 *
 * Built once per job list: one bitset per facet value (Uint32Array words), title and location orders. A query is
 * a handful of word-wise OR/AND passes over preallocated scratch, then counts: popcount(value & mask) for facets
 * with few values, one pass over the mask's set bits with per-job columns for facets with many.
 */
import { JOB_TYPES, type BoardState } from '../../../shared/board-state';
import { normaliseBoardState, normaliseQuery } from '../../../shared/board-url';
import type { Location } from '../../../shared/bundle-schema';
import { RESEARCH_AREAS } from '../../../shared/research-areas';
import type { JobCard } from '../../../shared/compact-index';
import { regionKind, regionName } from '../../../shared/place-names';
import { createCardSearcher } from '../search/searcher';
import type { SearchMatches, Searcher } from '../search/types';
import { andInto, copyInto, lastWordMask, popcount, popcountAnd, wordsFor } from './bitset';
import { areaSlug, countryName, JOB_TYPE_LABELS, locationSlugs, teamSlug } from './labels';
import type { Engine, EngineResult, FacetValue, FilterKey } from './types';

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/**
 * Constraint slots: the keyword matches, the four facets the board counts, and the story filter (jobs listed with
 * a story: a constraint like the facets, but not counted, since the board shows no list of stories to tick).
 */
const C_SEARCH = 0;
const C_LOCATION = 1;
const C_TEAM = 2;
const C_AREA = 3;
const C_TYPE = 4;
const C_STORY = 5;
/** Slots 1 … COUNTED_SLOTS - 1 are the counted facets. */
const COUNTED_SLOTS = 5;
const SLOTS = 6;

const NO_REGION = '\u0001';

const TYPE_INTERNSHIP = 0;
const TYPE_FULL_TIME = 1;
const TYPE_MANAGER = 2;

/**
 * Counting by popcount costs about `values × words`; by scanning the mask's set bits about `matches × SCAN_COST`
 * (in units of one popcount word). Measured on V8.
 */
const SCAN_COST = 2;

interface Facet {
  key: FilterKey;
  slugs: string[];
  labels: string[];
  /** Position of each value in label order (collated), for sorting. */
  labelRank: Int32Array;
  bySlug: Map<string, number>;
  /** values × words bits. */
  bits: Uint32Array;
  counts: Int32Array;
  /** Scratch: 1 for selected values during a query. */
  selected: Uint8Array;
}

function makeFacet(key: FilterKey, slugs: string[], labels: string[], words: number): Facet {
  const order = labels.map((_, i) => i).sort((a, b) => collator.compare(labels[a]!, labels[b]!) || a - b);
  const labelRank = new Int32Array(labels.length);
  order.forEach((v, rank) => (labelRank[v] = rank));
  return {
    key,
    slugs,
    labels,
    labelRank,
    bySlug: new Map(slugs.map((s, i) => [s, i])),
    bits: new Uint32Array(slugs.length * words),
    counts: new Int32Array(slugs.length),
    selected: new Uint8Array(slugs.length),
  };
}

function setBitAt(bits: Uint32Array, value: number, words: number, job: number): void {
  bits[value * words + (job >>> 5)]! |= 1 << (job & 31);
}

/** Collation rank of each distinct string (equal strings share a rank): sorts the distinct values only. */
function collationRanks(values: readonly string[]): Int32Array {
  const distinct = [...new Set(values)].sort(
    (a, b) => collator.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0),
  );
  const rankOf = new Map<string, number>();
  let rank = 0;
  distinct.forEach((value, i) => {
    if (i > 0 && collator.compare(distinct[i - 1]!, value) !== 0) rank = i;
    rankOf.set(value, rank);
  });
  const out = new Int32Array(values.length);
  for (let i = 0; i < values.length; i++) out[i] = rankOf.get(values[i]!)!;
  return out;
}

/** `order` re-sorted by `key` (small non-negative integers), stable: a counting sort. */
function stableBucketSort(order: Int32Array, key: Int32Array): { order: Int32Array; rank: Int32Array } {
  const n = order.length;
  let max = 0;
  for (let i = 0; i < n; i++) max = Math.max(max, key[i]!);
  const start = new Int32Array(max + 2);
  for (let i = 0; i < n; i++) start[key[i]! + 1]!++;
  for (let k = 1; k < start.length; k++) start[k]! += start[k - 1]!;
  const out = new Int32Array(n);
  const rank = new Int32Array(n);
  for (let r = 0; r < n; r++) {
    const i = order[r]!;
    const at = start[key[i]!]!++;
    out[at] = i;
    rank[i] = at;
  }
  return { order: out, rank };
}

/** Jobs ordered by a numeric key (ties by index), and each job's position in that order. */
function ordering(n: number, key: (i: number) => number): { order: Int32Array; rank: Int32Array } {
  // key < 2^22 and i < 2^31: pack into one float64 (exact below 2^53) and let a native numeric sort do the work.
  const packed = new Float64Array(n);
  for (let i = 0; i < n; i++) packed[i] = key(i) * 2 ** 31 + i;
  packed.sort();
  const order = new Int32Array(n);
  const rank = new Int32Array(n);
  for (let r = 0; r < n; r++) {
    const i = packed[r]! % 2 ** 31;
    order[r] = i;
    rank[i] = r;
  }
  return { order, rank };
}

export interface EngineOptions {
  /** How facet values are counted: 'auto' (cheapest per facet), or forced, for tests and benchmarks. */
  countMode?: 'auto' | 'scan' | 'popcount';
}

export function createEngine(jobs: readonly JobCard[], options: EngineOptions = {}): Engine {
  const countMode = options.countMode ?? 'auto';
  const n = jobs.length;
  const W = wordsFor(n);
  const LAST = lastWordMask(n);

  // ---- Location tree. Nodes are created parent first (child index > parent index), from sorted locations so
  // slugs do not depend on job order. A slug taken by another node (e.g. region "London" vs region-less city
  // "London") gets "-2", "-3", ….
  const locSlugs: string[] = [];
  const locLabels: string[] = [];
  const locDepth: number[] = [];
  const locParent: number[] = [];
  const locChildren: number[][] = [];
  const locIndex = new Map<string, number>();
  const nodeByPath = new Map<string, number>();
  const addNode = (path: string, slug: string, label: string, depth: number, parent: number): number => {
    const existing = nodeByPath.get(path);
    if (existing !== undefined) return existing;
    let unique = slug;
    for (let k = 2; locIndex.has(unique); k++) unique = `${slug}-${k}`;
    const id = locSlugs.length;
    locSlugs.push(unique);
    locLabels.push(label);
    locDepth.push(depth);
    locParent.push(parent);
    locChildren.push([]);
    locIndex.set(unique, id);
    nodeByPath.set(path, id);
    if (parent >= 0) locChildren[parent]!.push(id);
    return id;
  };
  // Distinct locations via nested maps country → region → city (no per-job string building).
  const nest = new Map<string, Map<string, Map<string, Location | number>>>();
  const nestAt = (loc: Location) => {
    let regions = nest.get(loc.country);
    if (!regions) nest.set(loc.country, (regions = new Map()));
    const regionKey = loc.region ?? NO_REGION;
    let cities = regions.get(regionKey);
    if (!cities) regions.set(regionKey, (cities = new Map()));
    return cities;
  };
  const distinctLocations: Location[] = [];
  for (const job of jobs) {
    const cities = nestAt(job.location);
    if (!cities.has(job.location.city)) {
      cities.set(job.location.city, job.location);
      distinctLocations.push(job.location);
    }
  }
  distinctLocations.sort(
    (a, b) =>
      collator.compare(a.country, b.country) ||
      (a.region === null ? -1 : 0) - (b.region === null ? -1 : 0) ||
      collator.compare(a.region ?? '', b.region ?? '') ||
      collator.compare(a.city, b.city) ||
      (a.country + NO_REGION + (a.region ?? '') + NO_REGION + a.city <
      b.country + NO_REGION + (b.region ?? '') + NO_REGION + b.city
        ? -1
        : 1),
  );
  const pathKey = (...parts: (string | null)[]) => parts.map((p) => p ?? NO_REGION).join('\u0000');
  for (const loc of distinctLocations) {
    const slugs = locationSlugs(loc);
    const country = addNode(pathKey(loc.country), slugs.country, countryName(loc.country), 0, -1);
    const region =
      loc.region === null || slugs.region === null
        ? -1
        : addNode(
            pathKey(loc.country, loc.region),
            slugs.region,
            regionName(loc.country, loc.region),
            1,
            country,
          );
    const leaf = addNode(
      pathKey(loc.country, loc.region, loc.city),
      slugs.city,
      loc.city,
      region >= 0 ? 2 : 1,
      region >= 0 ? region : country,
    );
    nestAt(loc).set(loc.city, leaf);
    // A region named like one of its cities ("New York" › "New York") would give two checkboxes one name.
    if (region >= 0 && locLabels[region] === loc.city)
      locLabels[region] = `${loc.city} (${regionKind(loc.country)})`;
  }
  const location = makeFacet('location', locSlugs, locLabels, W);
  const locLeaf = new Int32Array(n);
  const locRoots: number[] = [];
  const locIsLeaf = new Uint8Array(locSlugs.length);
  locParent.forEach((p, i) => {
    if (p < 0) locRoots.push(i);
    if (locChildren[i]!.length === 0) locIsLeaf[i] = 1;
  });
  const locKeep = new Uint8Array(locSlugs.length); // scratch
  const locLeaves: number[] = [];
  locIsLeaf.forEach((leaf, i) => leaf && locLeaves.push(i));

  // ---- Teams: one value per slug (names that slugify alike merge; the most frequent spelling labels it).
  const teamSpellings = new Map<string, Map<string, number>>();
  const slugOfTeam = new Map<string, string>();
  for (const job of jobs) {
    if (job.team === null) continue;
    let slug = slugOfTeam.get(job.team);
    if (slug === undefined) slugOfTeam.set(job.team, (slug = teamSlug(job.team)));
    let spellings = teamSpellings.get(slug);
    if (!spellings) teamSpellings.set(slug, (spellings = new Map()));
    spellings.set(job.team, (spellings.get(job.team) ?? 0) + 1);
  }
  const teamSlugList = [...teamSpellings.keys()].sort();
  const teamLabels = teamSlugList.map((slug) => {
    const spellings = [...teamSpellings.get(slug)!].sort(
      (a, b) => b[1] - a[1] || collator.compare(a[0], b[0]),
    );
    return spellings[0]![0];
  });
  const team = makeFacet('team', teamSlugList, teamLabels, W);
  const teamOf = new Int32Array(n);

  // ---- Areas: the fixed list (values that no job has simply count 0).
  const areaNames: string[] = [...RESEARCH_AREAS];
  const areaIndexByName = new Map(areaNames.map((a, i) => [a, i]));
  const area = makeFacet('area', areaNames.map(areaSlug), areaNames, W);
  const areaStart = new Int32Array(n + 1);
  const areaList: number[] = [];

  // ---- Types, fixed order.
  const type = makeFacet(
    'type',
    [...JOB_TYPES],
    JOB_TYPES.map((t) => JOB_TYPE_LABELS[t]),
    W,
  );
  type.labelRank.set([0, 1, 2]);

  // ---- Jobs are numbered internally in title order (internal id = title rank; `ext` maps back to job indexes),
  // so the default order is just the set bits of a bitset, in order.
  const titleRank = collationRanks(jobs.map((j) => j.title));
  const byTitle = ordering(n, (i) => titleRank[i]!);
  const ext = byTitle.order; // internal → job index
  const internal = byTitle.rank; // job index → internal

  // ---- Per job (internal ids).
  const teamIndex = new Map<string, number>();
  for (const [name, slug] of slugOfTeam) teamIndex.set(name, team.bySlug.get(slug)!);
  for (let i = 0; i < n; i++) {
    const job = jobs[ext[i]!]!;
    const leaf = nest
      .get(job.location.country)!
      .get(job.location.region ?? NO_REGION)!
      .get(job.location.city) as number;
    locLeaf[i] = leaf;
    for (let node = leaf; node >= 0; node = locParent[node]!) setBitAt(location.bits, node, W, i);
    const t = job.team === null ? -1 : teamIndex.get(job.team)!;
    teamOf[i] = t;
    if (t >= 0) setBitAt(team.bits, t, W, i);
    areaStart[i] = areaList.length;
    let seen = 0; // bit per area (13 < 32)
    for (const name of job.researchAreas) {
      const a = areaIndexByName.get(name);
      if (a === undefined || seen & (1 << a)) continue;
      seen |= 1 << a;
      areaList.push(a);
      setBitAt(area.bits, a, W, i);
    }
    setBitAt(type.bits, job.internship ? TYPE_INTERNSHIP : TYPE_FULL_TIME, W, i);
    if (job.manager) setBitAt(type.bits, TYPE_MANAGER, W, i);
  }
  areaStart[n] = areaList.length;
  const areaOf = Int32Array.from(areaList);

  // ---- Stories: one value per slug, labelled by its title.
  const storyTitles = new Map<string, string>();
  for (const job of jobs)
    for (const s of job.stories) if (!storyTitles.has(s.slug)) storyTitles.set(s.slug, s.title);
  const storySlugs = [...storyTitles.keys()].sort();
  const story = makeFacet(
    'story',
    storySlugs,
    storySlugs.map((slug) => storyTitles.get(slug)!),
    W,
  );
  for (let i = 0; i < n; i++) {
    for (const s of jobs[ext[i]!]!.stories) setBitAt(story.bits, story.bySlug.get(s.slug)!, W, i);
  }

  const facets: Record<FilterKey, Facet> = { location, team, area, type, story };
  const facetBySlot: (Facet | null)[] = [];
  facetBySlot[C_SEARCH] = null;
  facetBySlot[C_LOCATION] = location;
  facetBySlot[C_TEAM] = team;
  facetBySlot[C_AREA] = area;
  facetBySlot[C_TYPE] = type;
  facetBySlot[C_STORY] = story;

  // ---- Location order (internal ids): by location label, then title. Built on the first location sort, not
  // up front: the first view (title order) does not need it, and the collation sort is a good part of the build.
  let byLocationCache: { order: Int32Array; rank: Int32Array } | null = null;
  const byLocationOrder = () => {
    if (byLocationCache) return byLocationCache;
    const locationRankByJob = collationRanks(jobs.map((j) => j.location.label));
    const locationRank = new Int32Array(n);
    for (let i = 0; i < n; i++) locationRank[i] = locationRankByJob[ext[i]!]!;
    byLocationCache = stableBucketSort(
      Int32Array.from({ length: n }, (_, i) => i),
      locationRank,
    );
    return byLocationCache;
  };

  // ---- Scratch (reused by every query).
  const ALL = new Uint32Array(W);
  ALL.fill(0xffffffff);
  if (W > 0) ALL[W - 1] = LAST;
  const masks = new Uint32Array(SLOTS * W); // per slot: the slot's own constraint (facet: OR of its values)
  const twice = new Uint32Array(SLOTS * W); // per facet slot: jobs matched by ≥ 2 selected values
  const others = new Uint32Array(SLOTS * W); // per active slot: AND of every other active slot
  const full = new Uint32Array(W); // AND of all active slots
  const active = new Uint8Array(SLOTS);
  let radixKeys = new Uint32Array(n);
  let radixKeys2 = new Uint32Array(n);
  let radixIds = new Int32Array(n);
  let radixIds2 = new Int32Array(n);
  const radixCount = new Uint32Array(0x800);

  let cardSearcher: Searcher | null = null;
  let lastCardQuery: string | null = null;
  let lastCardMatches: SearchMatches | null = null;
  const cardSearch = (q: string): SearchMatches => {
    if (q !== lastCardQuery || !lastCardMatches) {
      cardSearcher ??= createCardSearcher(jobs);
      lastCardMatches = cardSearcher.search(q);
      lastCardQuery = q;
    }
    return lastCardMatches;
  };

  /** Loads the search matches (job indexes) into masks[C_SEARCH] (internal ids); returns a score by internal id. */
  function loadSearch(matches: SearchMatches): (id: number) => number {
    const off = C_SEARCH * W;
    masks.fill(0, off, off + W);
    const { indexes, scores } = matches;
    if (indexes instanceof Uint32Array) {
      const m = Math.min(W, indexes.length);
      for (let w = 0; w < m; w++) {
        let bits = indexes[w]!;
        if (w === W - 1) bits &= LAST;
        while (bits !== 0) {
          const t = bits & -bits;
          const id = internal[(w << 5) | (31 - Math.clz32(t))]!;
          bits ^= t;
          masks[off + (id >>> 5)]! |= 1 << (id & 31);
        }
      }
    } else {
      for (const i of indexes) {
        if (!Number.isInteger(i) || i < 0 || i >= n) continue;
        const id = internal[i]!;
        masks[off + (id >>> 5)]! |= 1 << (id & 31);
      }
    }
    return scores instanceof Float32Array ? (id) => scores[ext[id]!] ?? 0 : (id) => scores.get(ext[id]!) ?? 0;
  }

  /** Counts every value of `facet` within the jobs of `mask` (at `off`), whose popcount is `pop`. */
  function countFacet(facet: Facet, mask: Uint32Array, off: number, pop: number, scanned: boolean): void {
    const counts = facet.counts;
    if (facet === type) {
      const internships = popcountAnd(type.bits, TYPE_INTERNSHIP * W, mask, off, W);
      counts[TYPE_INTERNSHIP] = internships;
      counts[TYPE_FULL_TIME] = pop - internships;
      counts[TYPE_MANAGER] = popcountAnd(type.bits, TYPE_MANAGER * W, mask, off, W);
      return;
    }
    if (facet === location) {
      if (!scanned) {
        counts.fill(0);
        for (const leaf of locLeaves) counts[leaf] = popcountAnd(location.bits, leaf * W, mask, off, W);
      }
      // Leaves hold the counts; sum them up the tree (children always come after their parent).
      for (let i = 0; i < counts.length; i++) if (!locIsLeaf[i]) counts[i] = 0;
      for (let i = counts.length - 1; i >= 0; i--) {
        const p = locParent[i]!;
        if (p >= 0) counts[p]! += counts[i]!;
      }
      return;
    }
    if (scanned) return;
    for (let v = 0; v < counts.length; v++) counts[v] = popcountAnd(facet.bits, v * W, mask, off, W);
  }

  /** Whether counting `facet` is cheaper by scanning `pop` matching jobs than by popcounts. */
  function prefersScan(facet: Facet, pop: number): boolean {
    if (facet === type || countMode === 'popcount') return false;
    if (countMode === 'scan') return true;
    const values = facet === location ? locLeaves.length : facet.counts.length;
    const perJob = facet === area ? Math.max(1, areaOf.length / Math.max(1, n)) : 1;
    return pop * SCAN_COST * perJob < values * W;
  }

  /** One pass over the set bits of `mask`, counting the given facets from the per-job columns. */
  function scan(mask: Uint32Array, off: number, doLocation: boolean, doTeam: boolean, doArea: boolean): void {
    const lc = location.counts;
    const tc = team.counts;
    const ac = area.counts;
    if (doLocation) lc.fill(0);
    if (doTeam) tc.fill(0);
    if (doArea) ac.fill(0);
    for (let w = 0; w < W; w++) {
      let bits = mask[off + w]!;
      while (bits !== 0) {
        const t = bits & -bits;
        const i = (w << 5) | (31 - Math.clz32(t));
        bits ^= t;
        if (doLocation) lc[locLeaf[i]!]!++;
        if (doTeam) {
          const v = teamOf[i]!;
          if (v >= 0) tc[v]!++;
        }
        if (doArea) for (let k = areaStart[i]!, end = areaStart[i + 1]!; k < end; k++) ac[areaOf[k]!]!++;
      }
    }
  }

  /**
   * The visible values among `ids` (count > 0 or selected; `keep` forces more), sorted by count desc then label:
   * packed into one float64 key each (count, label rank, value id) for a native numeric sort.
   */
  function sortedVisible(facet: Facet, ids: readonly number[] | null, keep: Uint8Array | null): Int32Array {
    const { counts, selected, labelRank } = facet;
    const m = ids === null ? counts.length : ids.length;
    const keys = new Float64Array(m);
    const span = 2 ** 20; // value ids and label ranks stay far below 2^20
    let k = 0;
    for (let j = 0; j < m; j++) {
      const v = ids === null ? j : ids[j]!;
      if (counts[v]! > 0 || selected[v] || (keep !== null && keep[v])) {
        keys[k++] = ((2 ** 12 - 1 - Math.min(counts[v]!, 2 ** 12 - 1)) * span + labelRank[v]!) * span + v;
      }
    }
    const used = keys.subarray(0, k).sort();
    const out = new Int32Array(k);
    for (let j = 0; j < k; j++) out[j] = used[j]! % span;
    // Counts above 4095 share a key prefix: order them exactly.
    if (k > 1 && counts[out[0]!]! >= 2 ** 12 - 1) {
      const big = [...out].filter((v) => counts[v]! >= 2 ** 12 - 1);
      big.sort((a, b) => counts[b]! - counts[a]! || labelRank[a]! - labelRank[b]!);
      out.set(big, 0);
    }
    return out;
  }

  function flatValues(facet: Facet): FacetValue[] {
    const { counts, selected, slugs, labels } = facet;
    const out: FacetValue[] = [];
    if (facet === type) {
      for (let v = 0; v < slugs.length; v++) {
        if (counts[v]! > 0 || selected[v]) {
          out.push({ slug: slugs[v]!, label: labels[v]!, count: counts[v]!, selected: selected[v] === 1 });
        }
      }
      return out;
    }
    for (const v of sortedVisible(facet, null, null)) {
      out.push({ slug: slugs[v]!, label: labels[v]!, count: counts[v]!, selected: selected[v] === 1 });
    }
    return out;
  }

  function locationValues(): FacetValue[] {
    const { counts, selected } = location;
    // A node with a selected node below it stays visible (the path to a selection), even at 0.
    locKeep.fill(0);
    for (let id = 0; id < selected.length; id++) {
      if (!selected[id]) continue;
      for (let p = locParent[id]!; p >= 0 && !locKeep[p]; p = locParent[p]!) locKeep[p] = 1;
    }
    const build = (ids: readonly number[]): FacetValue[] =>
      Array.from(sortedVisible(location, ids, locKeep), (id) => {
        const parent = locParent[id]!;
        const value: FacetValue = {
          slug: locSlugs[id]!,
          label: locLabels[id]!,
          count: counts[id]!,
          selected: selected[id] === 1,
          depth: locDepth[id]!,
          parent: parent >= 0 ? locSlugs[parent]! : null,
        };
        const children = locChildren[id]!;
        if (children.length > 0) value.children = build(children);
        return value;
      });
    return build(locRoots);
  }

  /** Matching jobs (job indexes) in title order: the set bits of `full`, in order. */
  function inTitleOrder(total: number): Int32Array {
    if (total === n) return ext.slice();
    const out = new Int32Array(total);
    let k = 0;
    for (let w = 0; w < W; w++) {
      let bits = full[w]!;
      while (bits !== 0) {
        const t = bits & -bits;
        out[k++] = ext[(w << 5) | (31 - Math.clz32(t))]!;
        bits ^= t;
      }
    }
    return out;
  }

  /** Matching jobs in location order: scan the order when many match, else sort the members' ranks. */
  function inLocationOrder(total: number): Int32Array {
    const { order, rank } = byLocationOrder();
    const out = new Int32Array(total);
    if (total === 0) return out;
    if (total === n || total * 8 > n) {
      let k = 0;
      for (let r = 0; r < n && k < total; r++) {
        const id = order[r]!;
        if (full[id >>> 5]! & (1 << (id & 31))) out[k++] = ext[id]!;
      }
      return out;
    }
    let k = 0;
    for (let w = 0; w < W; w++) {
      let bits = full[w]!;
      while (bits !== 0) {
        const t = bits & -bits;
        out[k++] = rank[(w << 5) | (31 - Math.clz32(t))]!;
        bits ^= t;
      }
    }
    out.sort();
    for (let j = 0; j < total; j++) out[j] = ext[order[out[j]!]!]!;
    return out;
  }

  /**
   * Matching jobs by score desc, ties in title order. Bits are visited in internal-id (= title) order, so a stable
   * sort on the score alone is enough: an LSD radix sort on 11-bit digits of the score (to 1/1024).
   */
  function byRelevance(total: number, score: (id: number) => number): Int32Array {
    let k = 0;
    for (let w = 0; w < W; w++) {
      let bits = full[w]!;
      while (bits !== 0) {
        const t = bits & -bits;
        const id = (w << 5) | (31 - Math.clz32(t));
        bits ^= t;
        const s = score(id);
        const q = s > 0 ? Math.min(2 ** 31 - 1, Math.round(s * 1024)) : 0;
        radixKeys[k] = 2 ** 31 - 1 - q; // ascending key = descending score
        radixIds[k++] = id;
      }
    }
    for (let shift = 0; shift < 32; shift += 11) {
      radixCount.fill(0);
      for (let j = 0; j < total; j++) radixCount[(radixKeys[j]! >>> shift) & 0x7ff]!++;
      // A digit every key shares changes nothing: skip the pass.
      if (total === 0 || radixCount[(radixKeys[0]! >>> shift) & 0x7ff] === total) continue;
      let sum = 0;
      for (let b = 0; b < 0x800; b++) {
        const c = radixCount[b]!;
        radixCount[b] = sum;
        sum += c;
      }
      for (let j = 0; j < total; j++) {
        const at = radixCount[(radixKeys[j]! >>> shift) & 0x7ff]!++;
        radixKeys2[at] = radixKeys[j]!;
        radixIds2[at] = radixIds[j]!;
      }
      [radixKeys, radixKeys2] = [radixKeys2, radixKeys];
      [radixIds, radixIds2] = [radixIds2, radixIds];
    }
    const out = new Int32Array(total);
    for (let j = 0; j < total; j++) out[j] = ext[radixIds[j]!]!;
    return out;
  }

  /**
   * Steps 1 and 2 of a query: loads the keyword and facet constraints into `masks` (and `twice`), marks the active
   * slots and the selected values. Returns the relevance score (null without a query).
   */
  function loadConstraints(
    state: BoardState,
    search: SearchMatches | null | undefined,
    chosen: { ids: number[]; slugs: string[] }[] | null,
    unknown: EngineResult['unknown'] | null,
  ): ((job: number) => number) | null {
    const q = normaliseQuery(state.q);
    active.fill(0);

    // 1. The keyword constraint.
    let score: ((job: number) => number) | null = null;
    if (q !== '') {
      score = loadSearch(search ?? cardSearch(q));
      active[C_SEARCH] = 1;
    }

    // 2. Facet constraints: OR of the selected values (tracking jobs matched twice, for relaxations).
    for (let slot = 1; slot < SLOTS; slot++) {
      const facet = facetBySlot[slot]!;
      facet.selected.fill(0);
      const slugs = state[facet.key];
      const ids: number[] = [];
      if (chosen !== null) chosen[slot] = { ids, slugs };
      if (slugs.length === 0) continue;
      active[slot] = 1;
      const off = slot * W;
      masks.fill(0, off, off + W);
      twice.fill(0, off, off + W);
      for (const slug of slugs) {
        const v = facet.bySlug.get(slug);
        if (v === undefined) {
          ids.push(-1);
          unknown?.push({ key: facet.key, slug });
          continue;
        }
        ids.push(v);
        facet.selected[v] = 1;
        const bOff = v * W;
        const bits = facet.bits;
        for (let w = 0; w < W; w++) {
          const b = bits[bOff + w]!;
          const m = masks[off + w]!;
          twice[off + w]! |= m & b;
          masks[off + w] = m | b;
        }
      }
    }
    return score;
  }

  function count(rawState: BoardState, search?: SearchMatches | null): number {
    loadConstraints(normaliseBoardState(rawState), search, null, null);
    copyInto(full, 0, ALL, 0, W);
    for (let c = 0; c < SLOTS; c++) if (active[c]) andInto(full, 0, masks, c * W, W);
    return popcount(full, 0, W);
  }

  function query(rawState: BoardState, search?: SearchMatches | null): EngineResult {
    const state = normaliseBoardState(rawState);
    const q = normaliseQuery(state.q);
    const unknown: EngineResult['unknown'] = [];
    /** Per facet slot: selected value ids (-1 for an unknown slug) and slugs, in state order. */
    const chosen: { ids: number[]; slugs: string[] }[] = [];
    const score = loadConstraints(state, search, chosen, unknown);

    // 3. full = AND of all active; others[c] = AND of all active but c.
    copyInto(full, 0, ALL, 0, W);
    for (let c = 0; c < SLOTS; c++) if (active[c]) andInto(full, 0, masks, c * W, W);
    const othersPop = new Int32Array(SLOTS);
    for (let c = 0; c < SLOTS; c++) {
      if (!active[c]) continue;
      const off = c * W;
      copyInto(others, off, ALL, 0, W);
      for (let d = 0; d < SLOTS; d++) if (d !== c && active[d]) andInto(others, off, masks, d * W, W);
      othersPop[c] = popcount(others, off, W);
    }
    const total = popcount(full, 0, W);

    // 4. Disjunctive counts. Facets without a selection count within `full` (one shared scan pass); a facet with a
    // selection counts within `others` of its slot.
    // With nothing else active, a facet's counts are the precomputed counts over all jobs.
    let activeCount = 0;
    for (let c = 0; c < SLOTS; c++) activeCount += active[c]!;
    let scanLocation = false;
    let scanTeam = false;
    let scanArea = false;
    for (let slot = 1; slot < COUNTED_SLOTS; slot++) {
      const facet = facetBySlot[slot]!;
      if (active[slot]) {
        if (activeCount === 1) {
          facet.counts.set(baseline[slot]!);
          continue;
        }
        const off = slot * W;
        const pop = othersPop[slot]!;
        const byScan = prefersScan(facet, pop);
        if (byScan) scan(others, off, facet === location, facet === team, facet === area);
        countFacet(facet, others, off, pop, byScan);
      } else if (activeCount > 0 && prefersScan(facet, total)) {
        if (facet === location) scanLocation = true;
        else if (facet === team) scanTeam = true;
        else if (facet === area) scanArea = true;
      }
    }
    if (scanLocation || scanTeam || scanArea) scan(full, 0, scanLocation, scanTeam, scanArea);
    for (let slot = 1; slot < COUNTED_SLOTS; slot++) {
      if (active[slot]) continue;
      const facet = facetBySlot[slot]!;
      if (activeCount === 0) {
        facet.counts.set(baseline[slot]!);
        continue;
      }
      const scanned =
        (facet === location && scanLocation) || (facet === team && scanTeam) || (facet === area && scanArea);
      countFacet(facet, full, 0, total, scanned);
    }

    const facetsOut = {
      location: locationValues(),
      team: flatValues(team),
      area: flatValues(area),
      type: flatValues(type),
    };

    // 5. Relaxations: the total without just one value (or without the query).
    const relaxations: EngineResult['relaxations'] = [];
    if (active[C_SEARCH]) relaxations.push({ key: 'q', label: q, total: othersPop[C_SEARCH]! });
    for (let slot = 1; slot < SLOTS; slot++) {
      if (!active[slot]) continue;
      const facet = facetBySlot[slot]!;
      const { ids, slugs } = chosen[slot]!;
      const off = slot * W;
      for (let k = 0; k < ids.length; k++) {
        const v = ids[k]!;
        let without: number;
        if (ids.length === 1) without = othersPop[slot]!;
        else if (v < 0) without = total;
        else {
          // Jobs still matched without v: matched by the facet but not by v, or matched twice.
          without = 0;
          const bits = facet.bits;
          const bOff = v * W;
          for (let w = 0; w < W; w++) {
            let x = others[off + w]! & ((masks[off + w]! & ~bits[bOff + w]!) | twice[off + w]!);
            if (x === 0) continue;
            x -= (x >>> 1) & 0x55555555;
            x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
            x = (x + (x >>> 4)) & 0x0f0f0f0f;
            without += Math.imul(x, 0x01010101) >>> 24;
          }
        }
        relaxations.push({
          key: facet.key,
          slug: slugs[k]!,
          label: v >= 0 ? facet.labels[v]! : slugs[k]!,
          total: without,
        });
      }
    }
    relaxations.sort((a, b) => b.total - a.total);

    // 6. Order.
    let order: Int32Array;
    if (state.sort === 'location') order = inLocationOrder(total);
    else if (state.sort === 'relevance' && score !== null) order = byRelevance(total, score);
    else order = inTitleOrder(total);

    return { total, order, facets: facetsOut, unknown, relaxations };
  }

  function labelFor(key: FilterKey, slug: string): string | null {
    const facet = facets[key];
    if (!facet) return null;
    const v = facet.bySlug.get(slug);
    return v === undefined ? null : facet.labels[v]!;
  }

  // Counts over all jobs, per facet slot: the answer whenever nothing but (at most) the facet itself is active.
  const baseline: Int32Array[] = [];
  scan(ALL, 0, true, true, true);
  for (let slot = 1; slot < COUNTED_SLOTS; slot++) {
    const facet = facetBySlot[slot]!;
    countFacet(facet, ALL, 0, n, facet !== type);
    baseline[slot] = facet.counts.slice();
  }

  return { jobs, query, count, labelFor };
}
