import { describe, expect, it } from 'vitest';
import { checkState, toggleInTree, type TreeNode } from './location-tree';

const TREE: TreeNode[] = [
  {
    slug: 'us',
    children: [
      { slug: 'us-wa', children: [{ slug: 'us-wa-seattle' }, { slug: 'us-wa-bellevue' }] },
      { slug: 'us-ny', children: [{ slug: 'us-ny-new-york' }] },
    ],
  },
  { slug: 'gb', children: [{ slug: 'gb-london' }] },
];
const sorted = (slugs: string[]) => [...slugs].sort();

describe('location tree', () => {
  it('checking a node selects it and drops the descendants it now covers', () => {
    expect(sorted(toggleInTree(TREE, ['us-wa-seattle', 'gb-london'], 'us-wa'))).toEqual([
      'gb-london',
      'us-wa',
    ]);
    expect(sorted(toggleInTree(TREE, ['us-wa', 'gb-london'], 'us'))).toEqual(['gb-london', 'us']);
    // Every child checked shows the parent checked: clicking it clears them all.
    expect(toggleInTree(TREE, ['us-wa', 'us-ny-new-york'], 'us')).toEqual([]);
  });

  it('unchecking a city inside a checked region keeps its siblings', () => {
    expect(sorted(toggleInTree(TREE, ['us-wa'], 'us-wa-seattle'))).toEqual(['us-wa-bellevue']);
    expect(sorted(toggleInTree(TREE, ['us'], 'us-wa-seattle'))).toEqual(['us-ny', 'us-wa-bellevue']);
  });

  it('unchecking a selected node clears it and everything under it', () => {
    expect(toggleInTree(TREE, ['us-wa'], 'us-wa')).toEqual([]);
    expect(toggleInTree(TREE, ['us-wa-seattle', 'us-wa-bellevue'], 'us-wa')).toEqual([]);
  });

  it('unknown slugs are toggled as they are', () => {
    expect(toggleInTree(TREE, ['atlantis'], 'atlantis')).toEqual([]);
    expect(toggleInTree(TREE, [], 'atlantis')).toEqual(['atlantis']);
  });

  it('shows checked, mixed and unchecked', () => {
    const us = TREE[0]!;
    const wa = us.children![0]!;
    expect(checkState(us, new Set(['us-wa-seattle']))).toBe('mixed');
    expect(checkState(wa, new Set(['us-wa-seattle', 'us-wa-bellevue']))).toBe('checked');
    expect(checkState(wa, new Set(['us']), true)).toBe('checked');
    expect(checkState(wa, new Set())).toBe('unchecked');
  });
});
