import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  ROUTE_CHUNKS_MARKER,
  routeChunks,
  withRouteChunks,
  type ChunkInfo,
} from './vite-route-preload-plugin';

const root = '/repo';
const chunk = (fileName: string, extra: Partial<ChunkInfo> = {}): ChunkInfo => ({
  type: 'chunk',
  fileName,
  imports: [],
  ...extra,
});

const bundle: Record<string, ChunkInfo> = {
  'assets/index.js': chunk('assets/index.js', { isEntry: true }),
  'assets/home.js': chunk('assets/home.js', {
    facadeModuleId: '/repo/src/app/home-route.tsx',
    imports: ['assets/index.js', 'assets/card.js'],
  }),
  'assets/card.js': chunk('assets/card.js', { imports: ['assets/index.js', 'assets/labels.js'] }),
  'assets/labels.js': chunk('assets/labels.js', { imports: ['assets/card.js'] }),
  'assets/job.js': chunk('assets/job.js', {
    facadeModuleId: '/repo/src/features/jobs/job-route.tsx',
    imports: ['assets/card.js'],
  }),
  'assets/story.js': chunk('assets/story.js', {
    facadeModuleId: '/repo/src/app/story-page.tsx',
    imports: ['assets/card.js'],
  }),
  'assets/stories.js': chunk('assets/stories.js', {
    facadeModuleId: '/repo/src/features/interview/stories-route.tsx',
  }),
  'assets/schemas.js': chunk('assets/schemas.js', { facadeModuleId: '/repo/src/lib/data/schemas.ts' }),
  'assets/index.css': { type: 'asset', fileName: 'assets/index.css' },
};

describe('routeChunks', () => {
  it('lists each route’s chunk and what it imports statically, transitively, without the entry', () => {
    expect(routeChunks(bundle, root)).toEqual({
      home: ['/assets/card.js', '/assets/home.js', '/assets/labels.js'],
      job: ['/assets/card.js', '/assets/job.js', '/assets/labels.js', '/assets/schemas.js'],
      story: ['/assets/card.js', '/assets/labels.js', '/assets/schemas.js', '/assets/story.js'],
      stories: ['/assets/stories.js'],
    });
  });

  it('fails the build when a route has no chunk of its own', () => {
    const { ['assets/story.js']: _story, ...withoutStory } = bundle;
    expect(() => routeChunks(withoutStory, root)).toThrow(/story-page\.tsx/);
  });
});

describe('withRouteChunks', () => {
  it('replaces the marker in the shipped preload-data.js', () => {
    const source = readFileSync(path.join(import.meta.dirname, '..', 'public', 'preload-data.js'), 'utf8');
    const out = withRouteChunks(source, { home: ['/assets/home.js'] });
    expect(out).toContain('const ROUTE_CHUNKS = {"home":["/assets/home.js"]};');
    expect(out).not.toContain(ROUTE_CHUNKS_MARKER);
  });

  it('refuses a file without the marker, or with it twice', () => {
    expect(() => withRouteChunks('nothing here', {})).toThrow(/exactly once/);
    expect(() => withRouteChunks(`${ROUTE_CHUNKS_MARKER}\n${ROUTE_CHUNKS_MARKER}`, {})).toThrow(
      /exactly once/,
    );
  });
});
