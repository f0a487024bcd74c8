import type { ArticleBody } from '../../lexical-nodes.js';

/**
 * Structural edits on a serialized body that keep it a valid Lexical state: lists never end up
 * empty and a list item is only ever placed inside a list. The root may end up empty, as the side
 * taken from may be: an empty paragraph put there would be a difference taken from nowhere.
 * The body is edited in place: callers pass their own copy. Nodes are found by identity rather
 * than by path, so a path read before an edit cannot point at the wrong node after it.
 */
export interface TreeNode {
  type: string;
  children?: TreeNode[];
  [field: string]: unknown;
}

interface Container {
  type: string;
  children: TreeNode[];
}

/** One step down the tree: `container.children[index]`. */
interface Step {
  container: Container;
  index: number;
}

const isContainer = (node: TreeNode): node is TreeNode & Container =>
  (node.type === 'list' || node.type === 'listitem') && Array.isArray(node.children);

export function nodeAt(body: ArticleBody, path: readonly number[]): TreeNode {
  let node = body.root as unknown as TreeNode;
  for (const index of path) {
    const child = node.children?.[index];
    if (!child) throw new Error(`No node at ${path.join('.')}`);
    node = child;
  }
  return node;
}

/** The steps from the root down to `node`; steps[0] is its top-level block's place in the root. */
function stepsTo(body: ArticleBody, node: TreeNode): Step[] {
  const trail: Step[] = [];
  const walk = (container: Container): boolean => {
    for (let index = 0; index < container.children.length; index++) {
      const child = container.children[index]!;
      trail.push({ container, index });
      if (child === node || (isContainer(child) && walk(child))) return true;
      trail.pop();
    }
    return false;
  };
  if (!walk(body.root as unknown as Container)) throw new Error('The node is not in this body');
  return trail;
}

export function replaceNode(body: ArticleBody, node: TreeNode, replacement: TreeNode): void {
  const last = stepsTo(body, node).at(-1)!;
  last.container.children[last.index] = replacement;
}

/** Puts `node` next to `anchor`, in the same list or the root. */
export function insertBeside(body: ArticleBody, anchor: TreeNode, node: TreeNode, where: 'before' | 'after'): void {
  const last = stepsTo(body, anchor).at(-1)!;
  last.container.children.splice(where === 'after' ? last.index + 1 : last.index, 0, node);
}

/**
 * Cuts the list at steps[level] after the item steps lead to, and returns a list of everything
 * after it (nested lists included, in new wrapper items), or null when nothing follows.
 */
function cutAfter(steps: Step[], level: number): TreeNode | null {
  const { container: list, index } = steps[level]!;
  const after = list.children.splice(index + 1);
  const down = steps[level + 1];
  if (down) {
    const item = down.container;
    const carried = item.children.splice(down.index + 1);
    const innerTail = cutAfter(steps, level + 2);
    if (innerTail) carried.unshift(innerTail);
    if (carried.length > 0) after.unshift({ ...item, children: carried });
  }
  return after.length > 0 ? { ...list, children: after } : null;
}

/**
 * Puts a top-level block after `anchor` (at the start when null). When the anchor is a list item,
 * its list is split there, so the block lands between the anchor and the items that follow it.
 */
export function insertTopLevel(body: ArticleBody, anchor: TreeNode | null, node: TreeNode): void {
  const root = body.root.children as unknown as TreeNode[];
  if (!anchor) {
    root.unshift(node);
    return;
  }
  const steps = stepsTo(body, anchor);
  const tail = steps.length > 1 ? cutAfter(steps, 1) : null;
  root.splice(steps[0]!.index + 1, 0, node, ...(tail ? [tail] : []));
}

/**
 * Removes a block. A list (or an indenting wrapper item) left empty goes too; two lists of one
 * type brought together are joined again, as they were one list before the block split them.
 */
export function removeNode(body: ArticleBody, node: TreeNode): void {
  const steps = stepsTo(body, node);
  let level = steps.length - 1;
  for (; level >= 0; level--) {
    const { container, index } = steps[level]!;
    container.children.splice(index, 1);
    if (container.children.length > 0) break;
  }
  const root = body.root.children as unknown as TreeNode[];
  if (level <= 0) {
    // A top-level block went: its neighbours now touch.
    const at = steps[0]!.index;
    const before = root[at - 1];
    const after = root[at];
    if (before?.type === 'list' && after?.type === 'list' && before['listType'] === after['listType']) {
      before.children!.push(...after.children!);
      root.splice(at, 1);
    }
  }
}
