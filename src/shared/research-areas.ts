/**
 * Amazon Science's 13 research areas, in their canonical order. A module of its own, without zod, so the
 * board's first-view code (engine, index decoding) can import the list without pulling in the schema library;
 * `bundle-schema.ts` re-exports it and builds its enum from it.
 */
export const RESEARCH_AREAS = [
  'Automated reasoning',
  'Cloud and systems',
  'Computer vision',
  'Conversational AI',
  'Economics',
  'Information and knowledge management',
  'Machine learning',
  'Operations research and optimization',
  'Quantum technologies',
  'Robotics',
  'Search and information retrieval',
  'Security, privacy, and abuse prevention',
  'Sustainability',
] as const;

export type ResearchArea = (typeof RESEARCH_AREAS)[number];
