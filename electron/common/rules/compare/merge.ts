import type { Article } from '../../article.js';
import type { ArticleBody } from '../../lexical-nodes.js';
import { insertBeside, insertTopLevel, nodeAt, removeNode, replaceNode, type TreeNode } from './body-edit.js';
import type { Block } from './blocks.js';
import type { BlockChange, Comparison, Row, Side } from './compare.js';
import { takeField } from './fields.js';

/**
 * Taking changes from one side of a comparison into the article being edited (`base`, which is
 * one of the two compared articles). Each call returns a new article and leaves its inputs alone;
 * the renderer loads the result into the editor, where the take can be undone. The rows' paths
 * describe the compared articles, so compare again after each take before taking the next.
 */

function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  return (
    ka.length === kb.length &&
    ka.every((k) => sameJson((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]))
  );
}

/** Which side `base` is; an article edited since the comparison is neither, and is refused. */
function sideOf(base: Article, comparison: Comparison): Side {
  if (base === comparison.right) return 'right';
  if (base === comparison.left) return 'left';
  if (sameJson(base, comparison.right)) return 'right';
  if (sameJson(base, comparison.left)) return 'left';
  throw new Error('The article is neither side of this comparison: compare again before taking changes');
}

const parentPath = (block: Block) => block.path.slice(0, -1);

/** Whether a block can take the other's place as it is: both top-level blocks, or both items of one list type. */
const sameContainer = (a: Block, b: Block) => (a.kind === 'listitem') === (b.kind === 'listitem') && (a.kind !== 'listitem' || a.variant === b.variant);

/** A copy of a block's node. A list item comes without its nested lists: their items are blocks of their own. */
function copyOf(body: ArticleBody, block: Block): TreeNode {
  const node = structuredClone(nodeAt(body, block.path));
  if (block.kind === 'listitem') node.children = node.children!.filter((c) => c.type !== 'list');
  return node;
}

/**
 * Where a block from the source side goes in the base: after the nearest block before it that
 * the base has, so the rows' reading order is kept. A list item joins the neighbouring list when
 * it had a neighbour in its own list on the source side; otherwise it starts a list of its own.
 */
function insertFromSource(
  body: ArticleBody,
  rows: Row[],
  at: number,
  sides: { base: Side; source: Side },
  source: ArticleBody,
  moving: Block | null,
): void {
  const block = rows[at]![sides.source]!;
  const baseBlock = (k: number) => {
    const b = rows[k]?.[sides.base] ?? null;
    return b === moving ? null : b;
  };
  let prev: Block | null = null;
  for (let k = at - 1; k >= 0 && !prev; k--) prev = baseBlock(k);
  let next: Block | null = null;
  for (let k = at + 1; k < rows.length && !next; k++) next = baseBlock(k);
  const prevNode = prev ? nodeAt(body, prev.path) : null;
  let node = copyOf(source, block);

  if (block.kind === 'listitem') {
    const index = block.path.at(-1)!;
    const siblings = nodeAt(source, parentPath(block)).children!.length;
    // A neighbour in a list of another type (a bulleted item next to a numbered one) is not its list.
    const joins = (neighbour: Block | null) => neighbour?.kind === 'listitem' && neighbour.variant === block.variant;
    if (joins(prev) && index > 0) return insertBeside(body, prevNode!, node, 'after');
    if (joins(next) && index < siblings - 1) return insertBeside(body, nodeAt(body, next!.path), node, 'before');
    node = { ...nodeAt(source, parentPath(block)), children: [node] };
  }
  insertTopLevel(body, prevNode, node);
}

/** Removes a block; a list item's nested lists are rows of their own and stay, in the item that indents them. */
function removeBlock(body: ArticleBody, node: TreeNode): void {
  const nested = node.type === 'listitem' ? node.children!.filter((c) => c.type === 'list') : [];
  if (nested.length > 0) node.children = nested;
  else removeNode(body, node);
}

function takeBlock(base: Article, comparison: Comparison, change: BlockChange, sides: { base: Side; source: Side }): Article {
  const { rows } = comparison;
  const rowIndexes = change.otherRowIndex === null ? [change.rowIndex] : [change.rowIndex, change.otherRowIndex];
  const baseAt = rowIndexes.find((k) => rows[k]![sides.base]);
  const sourceAt = rowIndexes.find((k) => rows[k]![sides.source]);
  const body = structuredClone(base.body);
  const source = comparison[sides.source].body;
  const baseBlock = baseAt === undefined ? null : rows[baseAt]![sides.base]!;
  // Resolved before any edit, while the compared paths still describe `body`.
  const baseNode = baseBlock ? nodeAt(body, baseBlock.path) : null;

  const sourceBlock = rows[change.rowIndex]![sides.source]!;
  if (change.rowKind === 'changed' && sameContainer(baseBlock!, sourceBlock)) {
    const replacement = copyOf(source, sourceBlock);
    if (baseBlock?.kind === 'listitem') {
      // Lists nested in the item are rows of their own: keep the base's.
      replacement.children!.push(...baseNode!.children!.filter((c) => c.type === 'list'));
    }
    replaceNode(body, baseNode!, replacement);
  } else {
    // Inserted, deleted, moved, or turned into a block of another container (a paragraph into a
    // list item, a bulleted item into a numbered one): the source's block where the source has it.
    if (sourceAt !== undefined) insertFromSource(body, rows, sourceAt, sides, source, baseBlock);
    if (baseNode) removeBlock(body, baseNode);
  }
  return { ...base, body };
}

/**
 * `base` with one change taken from `side`: a field's value, or a block replaced, inserted,
 * deleted or moved to where `side` has it. Taking the side `base` already is returns `base`.
 */
export function takeChange(base: Article, comparison: Comparison, changeId: string, side: Side): Article {
  const baseSide = sideOf(base, comparison);
  if (side === baseSide) return base;
  const change = comparison.changes.find((c) => c.id === changeId);
  if (!change) throw new Error(`No change ${changeId} in this comparison`);
  if (change.kind === 'field') return takeField(base, comparison[side], change.field);
  return takeBlock(base, comparison, change, { base: baseSide, source: side });
}

/**
 * `base` with everything compared taken from `side`: the other article's metadata and body under
 * the base's identity (id, creation and update times), as restoring a version does.
 */
export function takeAll(base: Article, comparison: Comparison, side: Side): Article {
  if (side === sideOf(base, comparison)) return base;
  const { id, schemaVersion, createdAt, updatedAt } = base;
  return { ...structuredClone(comparison[side]), id, schemaVersion, createdAt, updatedAt };
}
