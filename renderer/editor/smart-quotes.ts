import {
  $getSelection,
  $isRangeSelection,
  $isTextNode,
  COLLABORATION_TAG,
  HISTORIC_TAG,
  HISTORY_PUSH_TAG,
  PASTE_TAG,
  type ElementNode,
  type LexicalEditor,
  type LexicalNode,
  type TextNode,
} from 'lexical';
import { mergeRegister } from '@lexical/utils';
import type { TextDirection } from '../../electron/common/rules/direction.js';
import {
  decadeApostrophe,
  isStraightQuote,
  quoteMarks,
  restyleLeadingQuotes,
  smartQuote,
  type ArabicQuoteStyle,
} from '../../electron/common/rules/smart-quotes.js';

/**
 * Smart quotes as you type (the rule is rules/smart-quotes.ts). Only a character the browser
 * reports as typed (beforeinput's insertText) is looked at, so a pasted or dropped quote is left
 * as it came. The typed `"` goes in as it is; the curly mark replaces it in an update of
 * its own, after the keystroke's, pushed as its own undo step: the first Undo brings the straight
 * quote back, the next takes back the typing, as in Word. For other keys nothing runs but a test
 * of the character typed (and, for a letter or an `s`, of the few characters before it).
 */

export interface SmartQuotesOptions {
  /** The article's direction, for a block whose own is not stored yet. */
  direction(): TextDirection;
  arabic(): ArabicQuoteStyle;
}

function $blockOf(node: LexicalNode): ElementNode | null {
  let current = node.getParent();
  while (current && current.isInline()) current = current.getParent();
  return current;
}

/** The block's text before `offset` in `node` (its earlier text nodes and links included). */
function $textBefore(node: TextNode, offset: number): string {
  let before = node.getTextContent().slice(0, offset);
  let current: LexicalNode = node;
  for (;;) {
    for (let sibling = current.getPreviousSibling(); sibling; sibling = sibling.getPreviousSibling()) before = sibling.getTextContent() + before;
    const parent: ElementNode | null = current.getParent();
    if (!parent || !parent.isInline()) return before;
    current = parent;
  }
}

type FollowUp = 'quote' | 'letter' | 'decade';

/** Which follow-up the typed character may need, tested on the character alone. */
function followUp(typed: string): FollowUp | null {
  if (isStraightQuote(typed)) return 'quote';
  if (typed === 's' || typed === ' ') return 'decade';
  return /\p{L}/u.test(typed) ? 'letter' : null;
}

/** The typed character at the caret, once it is in: the caret's text node and offset after it. */
function $typedAtCaret(typed: string): { node: TextNode; offset: number } | null {
  const selection = $getSelection();
  if (!$isRangeSelection(selection) || !selection.isCollapsed()) return null;
  const node = selection.anchor.getNode();
  const offset = selection.anchor.offset;
  return $isTextNode(node) && offset >= 1 && node.getTextContent()[offset - 1] === typed ? { node, offset } : null;
}

/** Whether a letter or an `s` just typed may need a follow-up: a cheap look at the few characters before it. */
function $mayNeed(typed: string, kind: FollowUp): boolean {
  if (kind === 'quote') return true;
  const at = $typedAtCaret(typed);
  if (!at) return false;
  const before = at.node.getTextContent().slice(Math.max(0, at.offset - 4), at.offset - 1);
  // A letter right after a few leading marks (the block's first letter), or `s`/space after ‘90.
  if (kind === 'letter') return at.offset <= 4 && /[“”‘’«»‹›]/u.test(before) && !/\p{L}/u.test(before);
  return before.includes('‘');
}

export function registerSmartQuotes(editor: LexicalEditor, options: SmartQuotesOptions): () => void {
  const $replace = (typed: string, kind: FollowUp): void => {
    const at = $typedAtCaret(typed);
    if (!at) return;
    const { node, offset } = at;
    const block = $blockOf(node);
    const direction = (block?.getDirection() as TextDirection | null) ?? options.direction();
    const marks = quoteMarks(direction, options.arabic());
    if (kind === 'quote') {
      node.spliceText(offset - 1, 1, smartQuote(typed as '"' | "'", $textBefore(node, offset - 1), marks));
      return;
    }
    const inNode = node.getTextContent().slice(0, offset - 1);
    if (kind === 'decade') {
      if (direction !== 'ltr') return;
      const before = $textBefore(node, offset - 1);
      const at = decadeApostrophe(before);
      const index = at === null ? -1 : at - (before.length - inNode.length);
      if (index >= 0) node.spliceText(index, 1, marks.closeSingle);
      return;
    }
    // The block's first letter: the quotes before it were typed for the other direction.
    const other = quoteMarks(direction === 'rtl' ? 'ltr' : 'rtl', options.arabic());
    const restyled = node.getPreviousSibling() === null ? restyleLeadingQuotes(inNode, other, marks) : null;
    if (restyled !== null) node.spliceText(0, inNode.length, restyled);
  };

  // The character of the keystroke in progress, from the browser's beforeinput: typed text only
  // (a paste is insertFromPaste, a drop insertFromDrop).
  let typed: string | null = null;
  const onBeforeInput = (event: InputEvent): void => {
    typed = event.inputType === 'insertText' && event.data !== null && [...event.data].length === 1 ? event.data : null;
  };
  return mergeRegister(
    editor.registerRootListener((root, previous) => {
      // Capture, so it is heard before Lexical's own listener, which may insert the text at once.
      previous?.removeEventListener('beforeinput', onBeforeInput, true);
      root?.addEventListener('beforeinput', onBeforeInput, true);
    }),
    editor.registerUpdateListener(({ tags, editorState, dirtyLeaves }) => {
      const char = typed;
      if (char === null || dirtyLeaves.size === 0) return;
      typed = null;
      const kind = followUp(char);
      if (!kind || tags.has(PASTE_TAG) || tags.has(HISTORIC_TAG) || tags.has(COLLABORATION_TAG)) return;
      if (!editorState.read(() => $mayNeed(char, kind))) return;
      editor.update(() => $replace(char, kind), { tag: HISTORY_PUSH_TAG });
    }),
  );
}
