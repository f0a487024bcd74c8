import { AutoLinkNode, LinkNode } from '@lexical/link';
import { $isListItemNode, $isListNode, ListItemNode, ListNode } from '@lexical/list';
import { HeadingNode, QuoteNode } from '@lexical/rich-text';
import { mergeRegister } from '@lexical/utils';
import {
  $createParagraphNode,
  $getRoot,
  $isDecoratorNode,
  $isElementNode,
  IS_BOLD,
  IS_ITALIC,
  IS_STRIKETHROUGH,
  IS_UNDERLINE,
  ParagraphNode,
  RootNode,
  TextNode,
  type ElementNode,
  type LexicalEditor,
  type LexicalNode,
} from 'lexical';
import { MEDIA_FILE_NAME } from '../../electron/common/rules/photo.js';
import { $isPhotoNode, PhotoNode } from './nodes/PhotoNode';
import { isAllowedLinkUrl } from './url-scheme';

/**
 * Keeps the body inside the article schema whatever arrives by paste, drop or import: headings
 * become h2/h3, checklists become bulleted lists, text loses inline styles and formats the
 * exporters do not carry (code, highlight, sub/superscript), links to anything but the web or
 * email are unwrapped to plain text, blocks never sit inside paragraphs, quotes or list items,
 * a photo whose file is not a media file name is dropped, and only one photo is the lead.
 * Registered by SchemaGuardPlugin in the body editor and by the headless import editor.
 */

const KEPT_FORMATS = IS_BOLD | IS_ITALIC | IS_UNDERLINE | IS_STRIKETHROUGH;
const CAPTION_FORMATS = IS_BOLD | IS_ITALIC;

function unwrapUnsafeLink(link: LinkNode): void {
  if (isAllowedLinkUrl(link.getURL())) return;
  for (const child of link.getChildren()) link.insertBefore(child);
  link.remove();
}

/** A block that landed inside a text block (paragraph, heading, quote) moves out, after it. */
const isBlock = (node: LexicalNode): boolean => ($isElementNode(node) && !node.isInline()) || ($isDecoratorNode(node) && !node.isInline());

function hoistBlocks(parent: ElementNode): void {
  const blocks = parent.getChildren().filter(isBlock);
  if (blocks.length === 0) return;
  let after: LexicalNode = parent;
  while (after.getParent() && !after.getParent()!.is($getRoot())) after = after.getParentOrThrow();
  for (const block of blocks.reverse()) after.insertAfter(block);
}

/** List items hold text and nested lists: any other block gives up its children, or moves out. */
function flattenListItem(item: ListItemNode): void {
  for (const child of item.getChildren()) {
    if ($isListNode(child) || !isBlock(child)) continue;
    if ($isElementNode(child)) {
      for (const inner of child.getChildren()) child.insertBefore(inner);
      child.remove();
    } else {
      let top: LexicalNode = item;
      while (top.getParent() && !top.getParent()!.is($getRoot())) top = top.getParentOrThrow();
      top.insertAfter(child);
    }
  }
}

/** Root children are blocks: stray text or links get a paragraph; list items outside a list too. */
function wrapInlineRootChildren(root: RootNode): void {
  let paragraph: ParagraphNode | null = null;
  for (const child of root.getChildren()) {
    if (isBlock(child) && !$isListItemNode(child)) {
      paragraph = null;
      continue;
    }
    if (!paragraph) {
      paragraph = $createParagraphNode();
      child.insertBefore(paragraph);
    }
    if ($isListItemNode(child)) {
      for (const inner of child.getChildren()) if (!$isListNode(inner)) paragraph.append(inner);
      child.remove();
    } else {
      paragraph.append(child);
    }
  }
}

/**
 * Lexical runs the root's transform on every update (the root is always dirty), typing included.
 * The root node is copied only when it is written to, and any change to its children list writes
 * it: while it is still the committed state's node, its children are as the guard last left them.
 */
function registerRootGuard(editor: LexicalEditor): () => void {
  return editor.registerNodeTransform(RootNode, (root) => {
    if (root === editor.getEditorState().read($getRoot)) return;
    wrapInlineRootChildren(root);
  });
}

function guardPhoto(photo: PhotoNode): void {
  if (!MEDIA_FILE_NAME.test(photo.getFile())) {
    photo.remove();
    return;
  }
  if (!photo.getParent()?.is($getRoot())) {
    let top: LexicalNode = photo;
    while (top.getParent() && !top.getParent()!.is($getRoot())) top = top.getParentOrThrow();
    if (top !== photo) top.insertAfter(photo);
  }
  if (photo.isLead()) {
    // One lead photo in the body: the first marked one in reading order keeps the mark (a pasted
    // lead photo does not take it from the article's). "Set as lead photo" clears the others itself.
    const first = $getRoot()
      .getChildren()
      .find((node) => $isPhotoNode(node) && node.isLead());
    if (first && !first.is(photo)) photo.setLead(false);
  }
}

export function registerSchemaGuard(editor: LexicalEditor): () => void {
  return mergeRegister(
    editor.registerNodeTransform(HeadingNode, (node) => {
      const tag = node.getTag();
      if (tag === 'h1') node.setTag('h2');
      else if (tag !== 'h2' && tag !== 'h3') node.setTag('h3');
      hoistBlocks(node);
    }),
    editor.registerNodeTransform(ParagraphNode, hoistBlocks),
    editor.registerNodeTransform(QuoteNode, hoistBlocks),
    editor.registerNodeTransform(ListItemNode, flattenListItem),
    editor.registerNodeTransform(ListNode, (node) => {
      if (node.getListType() === 'check') node.setListType('bullet');
    }),
    registerRootGuard(editor),
    editor.registerNodeTransform(TextNode, (node) => {
      const format = node.getFormat();
      if ((format & ~KEPT_FORMATS) !== 0) node.setFormat(format & KEPT_FORMATS);
      if (node.getStyle() !== '') node.setStyle('');
    }),
    editor.registerNodeTransform(LinkNode, unwrapUnsafeLink),
    editor.registerNodeTransform(AutoLinkNode, unwrapUnsafeLink),
    editor.registerNodeTransform(PhotoNode, guardPhoto),
  );
}

/**
 * The caption editor's guard: paragraphs of bold or italic text and safe links. Its node list has
 * nothing else, so only formats, styles, links and stray root children need watching.
 */
export function registerCaptionGuard(editor: LexicalEditor): () => void {
  return mergeRegister(
    editor.registerNodeTransform(TextNode, (node) => {
      const format = node.getFormat();
      if ((format & ~CAPTION_FORMATS) !== 0) node.setFormat(format & CAPTION_FORMATS);
      if (node.getStyle() !== '') node.setStyle('');
    }),
    editor.registerNodeTransform(ParagraphNode, hoistBlocks),
    registerRootGuard(editor),
    editor.registerNodeTransform(LinkNode, unwrapUnsafeLink),
    editor.registerNodeTransform(AutoLinkNode, unwrapUnsafeLink),
  );
}
