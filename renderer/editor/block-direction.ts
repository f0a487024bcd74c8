import { $isListItemNode, $isListNode, ListItemNode, ListNode } from '@lexical/list';
import { HeadingNode, QuoteNode } from '@lexical/rich-text';
import {
  $getRoot,
  $isElementNode,
  $isRootOrShadowRoot,
  HISTORIC_TAG,
  HISTORY_MERGE_TAG,
  ParagraphNode,
  TextNode,
  type ElementNode,
  type Klass,
  type LexicalEditor,
  type LexicalNode,
} from 'lexical';
import { mergeRegister } from '@lexical/utils';
import { textDirection, type TextDirection } from '../../electron/common/rules/direction.js';

/**
 * Each block stores its direction (`__dir`, `direction` in article.json) as soon as it is known,
 * so the exporters, the compare panes and the CMS read what the editor shows. The rule is the
 * shared one (rules/direction.ts): a block's first strong letter; a block with no letters takes
 * the article's direction, and an empty list item its list's. Lexical renders a stored direction
 * as the element's `dir`, which is what `dir="auto"` showed before.
 *
 * The work runs in node transforms, inside the update that changed the text (no second update per
 * key): a typed character dirties its text node, whose block is then looked at; a block created,
 * emptied or moved is dirty itself. A direction is written only when it changes, so the
 * transforms settle after one pass.
 */

/** The blocks that carry a direction; a caption editor registers only paragraphs. */
const BLOCKS: ReadonlyArray<Klass<ElementNode>> = [ParagraphNode, HeadingNode, QuoteNode, ListItemNode, ListNode];

function isBlock(node: LexicalNode): boolean {
  return BLOCKS.some((klass) => node instanceof klass);
}

function $ownDirection(node: ElementNode): TextDirection | null {
  return textDirection(node.getTextContent());
}

/** The direction a block is shown in: its own text's, else its list's (a list item), else the article's. */
function $directionOf(block: ElementNode, article: TextDirection): TextDirection {
  const own = $ownDirection(block);
  if (own) return own;
  const list = $isListItemNode(block) ? block.getParent() : null;
  return ($isListNode(list) && $ownDirection(list)) || article;
}

function $store(block: ElementNode, article: TextDirection): void {
  const direction = $directionOf(block, article);
  if (block.getDirection() !== direction) block.setDirection(direction);
}

/** A block and the lists around it (a list's direction follows its items' text). */
function $storeWithLists(block: ElementNode, article: TextDirection): void {
  $store(block, article);
  for (let parent = block.getParent(); parent && !$isRootOrShadowRoot(parent); parent = parent.getParent()) {
    if ($isListNode(parent) || $isListItemNode(parent)) $store(parent, article);
  }
}

function $nearestBlock(node: LexicalNode): ElementNode | null {
  let current: ElementNode | null = node.getParent();
  while (current && !isBlock(current)) current = current.getParent();
  return current;
}

/** Every block of the editor, in one pass (load, the article's language changed, an undo). */
export function $storeAllDirections(article: TextDirection): void {
  const visit = (node: ElementNode): void => {
    for (const child of node.getChildren()) {
      if (!$isElementNode(child)) continue;
      if (isBlock(child)) $store(child, article);
      visit(child);
    }
  };
  visit($getRoot());
}

export interface BlockDirections {
  /** The article's language changed: blocks without letters follow its direction. */
  setArticleDirection(direction: TextDirection): void;
  dispose(): void;
}

/**
 * Keeps `editor`'s blocks' directions stored. Registering marks every block dirty in a
 * history-merge update (Lexical does that for a new transform), so an article saved before
 * directions were stored gets them on open without an undo step or an edit to save; they are
 * written with the next save. An undo or redo puts back a state stored under the article
 * direction of its time, so the blocks are looked at again afterwards, also as a history merge.
 */
export function registerBlockDirections(editor: LexicalEditor, initial: TextDirection): BlockDirections {
  let article = initial;
  const storeAll = (): void => editor.update(() => $storeAllDirections(article), { tag: HISTORY_MERGE_TAG });
  const onBlock = (node: ElementNode): void => $storeWithLists(node, article);
  const dispose = mergeRegister(
    ...BLOCKS.filter((klass) => editor.hasNode(klass)).map((klass) => editor.registerNodeTransform(klass, onBlock)),
    editor.registerNodeTransform(TextNode, (text) => {
      const block = $nearestBlock(text);
      if (block) $storeWithLists(block, article);
    }),
    editor.registerUpdateListener(({ tags }) => {
      if (tags.has(HISTORIC_TAG)) storeAll();
    }),
  );
  return {
    setArticleDirection(direction) {
      if (direction === article) return;
      article = direction;
      storeAll();
    },
    dispose,
  };
}
