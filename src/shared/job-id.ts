/**
 * How a job id is made from its title, city and hash: `${slug(displayTitle)}-${slug(city)}-${hash}`. One
 * definition for the build step (which hands out ids, scripts/ingest/assemble/ids.ts) and the app (which rebuilds them
 * from the job index, compact-index.ts, so that index.json need not carry what the title and city already say).
 * If the two disagreed, the board would link to job files that do not exist, so they share this file. Plain
 * string code only: it runs in the browser on the first view.
 */

/**
 * URL-safe slug: ASCII letters and digits joined by single hyphens, at most `max` characters, cut at a hyphen.
 * Empty when nothing Latin is left ("東京"). Not board-state's slugify, which makes facet slugs: changing this one
 * changes every job id, so bookmarked job URLs would break.
 */
export function slugify(text: string, max = 60): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= max) return slug;
  const cut = slug.slice(0, max + 1);
  const lastHyphen = cut.lastIndexOf('-');
  return (lastHyphen > max / 2 ? cut.slice(0, lastHyphen) : slug.slice(0, max)).replace(/-+$/, '');
}

/** The title part of an id: never empty, so an id never starts with the city or the hash. */
export function jobIdTitlePart(displayTitle: string): string {
  return slugify(displayTitle, 48) || 'job';
}

/** The city part of an id: empty when the city has no Latin letters or digits (then the id has no city part). */
export function jobIdCityPart(city: string): string {
  return slugify(city, 24);
}

/**
 * An id from its parts as jobIdTitlePart and jobIdCityPart make them: the non-empty ones joined by hyphens. Split
 * from jobId so the decoder can slug each distinct title and city once and still build the id by this same code.
 * Plain concatenation rather than filter and join: the decoder calls it for every job, once, before any of it is
 * optimised, and the array and closure per call made decoding 10,000 ids several times slower.
 */
export function joinJobId(titlePart: string, cityPart: string, hash: string): string {
  let id = titlePart;
  if (cityPart !== '') id = id === '' ? cityPart : `${id}-${cityPart}`;
  if (hash !== '') id = id === '' ? hash : `${id}-${hash}`;
  return id;
}

/** The id of a job: its title and city as slugs, then the first `hashLength` digits of `keyHash`. */
export function jobId(displayTitle: string, city: string, keyHash: string, hashLength = 8): string {
  return joinJobId(jobIdTitlePart(displayTitle), jobIdCityPart(city), keyHash.slice(0, hashLength));
}
