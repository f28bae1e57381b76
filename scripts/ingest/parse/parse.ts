/**
 * Stage 3: a document's text → its article lines and its listings.
 *
 * The listings follow the page's `Research areas` / `Related content` header. Each is a location line
 * (`CC, REGION, City` or `CC, City`) and the whole description on the next non-blank line. The header is what
 * starts the listing section: a location-looking line inside an article never does. A document without a header
 * is all article, unless it opens with a listing (a listings-only document).
 */
import type { Location, ResearchArea } from '../../../src/shared/bundle-schema';
import { RESEARCH_AREAS } from '../../../src/shared/bundle-schema';
import type { NumberedLine, Rejection, Warning } from '../types';

/** ISO 3166-1 alpha-2 codes, so that "AI, ML, Robotics" in prose is not mistaken for a place. */
const COUNTRIES = new Set(
  (
    'AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ ' +
    'CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO ' +
    'FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE ' +
    'JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO ' +
    'MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW ' +
    'PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM ' +
    'TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS XK YE YT ZA ZM ZW'
  ).split(' '),
);

/** A city: letters (any script, with accents), spaces, dots, hyphens, apostrophes and parentheses; ≤ 60 chars. */
const CITY = String.raw`[\p{L}\p{M}][\p{L}\p{M} .'’()\-]{0,59}`;
const LOCATION_RE = new RegExp(
  String.raw`^([A-Z]{2})[ \t]*,[ \t]*(?:([A-Z0-9]{1,3})[ \t]*,[ \t]*)?(${CITY})$`,
  'u',
);

/** Parse a location line (surrounding whitespace tolerated); null when the line is not one. */
export function parseLocation(raw: string): Location | null {
  if (raw.length > 120) return null;
  const text = raw.replace(/\u00a0/g, ' ').trim();
  if (text.length > 80) return null;
  const m = LOCATION_RE.exec(text);
  if (m === null) return null;
  const [, country = '', region, cityRaw = ''] = m;
  if (!COUNTRIES.has(country)) return null;
  const city = cityRaw.replace(/[ \t]+/g, ' ').trim();
  if (city === '' || /[.(]$/.test(city) || city.split(' ').length > 6) return null;
  // A dot only after an abbreviation ("St. Louis", "Ft. Worth"), never ending a sentence ("Seattle. We …").
  if (/[\p{L}]{4,}\./u.test(city)) return null;
  return {
    country,
    region: region ?? null,
    city,
    label: region === undefined ? `${country}, ${city}` : `${country}, ${region}, ${city}`,
  };
}

export interface RawListing {
  /** 1-based line of the location line. */
  line: number;
  locationText: string;
  location: Location;
  /** The description as written on its line, trimmed. */
  description: string;
  descriptionLine: number;
}

export interface ParsedDocument {
  file: string;
  articleLines: NumberedLine[];
  /** Research areas listed under the header, when the page lists any. */
  taggedAreas: ResearchArea[];
  listings: RawListing[];
  /** Listings seen but not usable: a location with no description, a description with no location. */
  rejected: Rejection[];
  warnings: Warning[];
  /** Listings seen: every location line plus every orphan description. */
  listingsSeen: number;
}

const isBlank = (text: string) => !/[^\s\u200b]/.test(text);
const headerText = (text: string) => (text.length > 40 ? '' : text.replace(/\s+/g, ' ').trim().toLowerCase());
const AREA_NAMES = new Map(RESEARCH_AREAS.map((a) => [a.toLowerCase(), a] as const));

/** An unlocated line this long reads as a description that lost its location line. */
const DESCRIPTION_MIN_LENGTH = 200;

/** Index of the first line after the header, or -1 when the document has none. */
function findListingStart(lines: string[]): number {
  for (let i = 0; i < lines.length; i++) {
    if (headerText(lines[i] as string) === 'research areas') return i + 1;
  }
  // No "Research areas": a bare "Related content" line counts only when a blank line and then a listing follow.
  // (An aside's "Related content" is followed directly by its blurb.)
  for (let i = 0; i < lines.length; i++) {
    if (headerText(lines[i] as string) !== 'related content') continue;
    if (i + 1 < lines.length && !isBlank(lines[i + 1] as string)) continue; // an aside: its blurb follows directly
    let j = i + 1;
    while (j < lines.length && isBlank(lines[j] as string)) j++;
    if (j < lines.length && parseLocation(lines[j] as string) !== null) return i + 1;
  }
  // Listings-only document: it opens with a location line followed by a description.
  let first = 0;
  while (first < lines.length && isBlank(lines[first] as string)) first++;
  if (first < lines.length && parseLocation(lines[first] as string) !== null) {
    let next = first + 1;
    while (next < lines.length && isBlank(lines[next] as string)) next++;
    if (next >= lines.length || parseLocation(lines[next] as string) === null) return first;
  }
  return -1;
}

export function parseDocument(file: string, text: string): ParsedDocument {
  const lines = text.split('\n');
  const start = findListingStart(lines);
  const articleEnd = start === -1 ? lines.length : start;
  const articleLines: NumberedLine[] = [];
  for (let i = 0; i < articleEnd; i++) articleLines.push({ line: i + 1, text: lines[i] as string });
  // Drop the header lines themselves ("Research areas") from the article.
  while (articleLines.length > 0) {
    const last = articleLines[articleLines.length - 1] as NumberedLine;
    const h = headerText(last.text);
    if (isBlank(last.text) || h === 'research areas' || h === 'related content') articleLines.pop();
    else break;
  }

  const doc: ParsedDocument = {
    file,
    articleLines,
    taggedAreas: [],
    listings: [],
    rejected: [],
    warnings: [],
    listingsSeen: 0,
  };
  if (start === -1) return doc;

  let pending: { line: number; text: string; location: Location } | null = null;
  let inHeader = true;
  for (let i = start; i < lines.length; i++) {
    const raw = lines[i] as string;
    if (isBlank(raw)) continue;
    const lineNo = i + 1;
    const location = parseLocation(raw);
    if (location !== null) {
      inHeader = false;
      if (pending !== null) {
        doc.rejected.push({
          file,
          line: pending.line,
          reason: `location line "${pending.location.label}" has no description`,
        });
      }
      doc.listingsSeen++;
      pending = { line: lineNo, text: raw.trim(), location };
      continue;
    }
    const trimmed = raw.trim();
    if (pending !== null && trimmed.length < DESCRIPTION_MIN_LENGTH && longDescriptionFollows(lines, i + 1)) {
      // A stray short line (an area tag, a repeated header) between a location and its description: the
      // description is the long line after it.
      const shown = trimmed.length > 60 ? `${trimmed.slice(0, 57)}...` : trimmed;
      doc.warnings.push({
        file,
        line: lineNo,
        message: `stray line before a description ignored: "${shown}"`,
      });
      continue;
    }
    if (pending !== null) {
      doc.listings.push({
        line: pending.line,
        locationText: pending.text,
        location: pending.location,
        description: trimmed,
        descriptionLine: lineNo,
      });
      pending = null;
      continue;
    }
    if (inHeader) {
      const h = headerText(raw);
      const area = AREA_NAMES.get(h);
      if (area !== undefined) {
        doc.taggedAreas.push(area);
        continue;
      }
      if (h === 'related content' || h === 'research areas') continue;
    }
    if (trimmed.length >= DESCRIPTION_MIN_LENGTH) {
      doc.listingsSeen++;
      doc.rejected.push({ file, line: lineNo, reason: 'description without a location line' });
    } else {
      const shown = trimmed.length > 60 ? `${trimmed.slice(0, 57)}...` : trimmed;
      doc.warnings.push({
        file,
        line: lineNo,
        message: `unrecognised line in the listings ignored: "${shown}"`,
      });
    }
  }
  if (pending !== null) {
    doc.rejected.push({
      file,
      line: pending.line,
      reason: `location line "${pending.location.label}" has no description`,
    });
  }
  return doc;
}

/** The next non-blank line after `from` is a description-length line that is not a location line. */
function longDescriptionFollows(lines: readonly string[], from: number): boolean {
  for (let j = from; j < lines.length; j++) {
    const next = lines[j] as string;
    if (isBlank(next)) continue;
    return parseLocation(next) === null && next.trim().length >= DESCRIPTION_MIN_LENGTH;
  }
  return false;
}
