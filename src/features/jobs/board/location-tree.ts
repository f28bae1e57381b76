/**
 * Tree semantics for the Location facet (country › region › city): what a node's checkbox shows and what
 * clicking it selects. Checking a node selects everything below it; unchecking a city inside a checked region
 * keeps its siblings selected. Pure, so it is unit-tested apart from the DOM.
 */
export interface TreeNode {
  slug: string;
  children?: readonly TreeNode[] | undefined;
}

export type CheckState = 'checked' | 'mixed' | 'unchecked';

function kids(node: TreeNode): readonly TreeNode[] {
  return node.children ?? [];
}

/** The path of nodes from a root down to `slug` (inclusive), or null. */
export function pathTo(roots: readonly TreeNode[], slug: string): TreeNode[] | null {
  for (const root of roots) {
    if (root.slug === slug) return [root];
    const below = pathTo(kids(root), slug);
    if (below) return [root, ...below];
  }
  return null;
}

function descendants(node: TreeNode): string[] {
  return kids(node).flatMap((child) => [child.slug, ...descendants(child)]);
}

/** Checked when selected itself, under a selected ancestor, or when every child is checked; mixed when some are. */
export function checkState(
  node: TreeNode,
  selected: ReadonlySet<string>,
  ancestorSelected = false,
): CheckState {
  if (ancestorSelected || selected.has(node.slug)) return 'checked';
  const children = kids(node);
  if (children.length === 0) return 'unchecked';
  const states = children.map((child) => checkState(child, selected));
  if (states.every((s) => s === 'checked')) return 'checked';
  return states.some((s) => s !== 'unchecked') ? 'mixed' : 'unchecked';
}

/** The selection after clicking `slug`'s checkbox. Unknown slugs (not in the tree) are simply toggled. */
export function toggleInTree(
  roots: readonly TreeNode[],
  selectedList: readonly string[],
  slug: string,
): string[] {
  const selected = new Set(selectedList);
  const path = pathTo(roots, slug);
  if (!path) {
    if (selected.has(slug)) selected.delete(slug);
    else selected.add(slug);
    return [...selected];
  }
  const node = path[path.length - 1]!;
  const ancestorIndex = path.findIndex((n, i) => i < path.length - 1 && selected.has(n.slug));
  const state = checkState(node, selected, ancestorIndex >= 0);
  const remove = (slugs: readonly string[]) => slugs.forEach((s) => selected.delete(s));

  if (state !== 'checked') {
    // Check: the node stands for everything below it.
    remove(descendants(node));
    selected.add(node.slug);
    return [...selected];
  }
  if (ancestorIndex >= 0) {
    // Uncheck inside a checked ancestor: replace the ancestor by the siblings along the path.
    remove([path[ancestorIndex]!.slug]);
    for (let i = ancestorIndex; i < path.length - 1; i++) {
      const next = path[i + 1]!;
      for (const child of kids(path[i]!)) if (child.slug !== next.slug) selected.add(child.slug);
    }
  }
  remove([node.slug, ...descendants(node)]);
  return [...selected];
}
