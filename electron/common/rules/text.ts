import type { ArticleBody, SerializedBlockNode, SerializedInlineNode, SerializedListItemNode } from '../lexical-nodes.js';

/**
 * Words are runs of letters, digits and combining marks (Arabic diacritics stay inside their word),
 * joined by apostrophes or hyphens. Everything else separates words, including Arabic
 * punctuation ، ؛ ؟ and the tatweel-free spacing of mixed Arabic/English text.
 *
 * Each word is counted by its first character: a letter, digit or mark that follows neither one
 * nor one and a joiner. Matching whole words instead overflows the regular expression engine's
 * stack on a run of millions of letters in text that is not all Latin-1 (an article made to break
 * the library list).
 */
const WORD_START = /(?<![\p{L}\p{N}\p{M}]|[\p{L}\p{N}\p{M}]['’\-])[\p{L}\p{N}\p{M}]/gu;

export function countWords(text: string): number {
  let n = 0;
  for (const _ of text.matchAll(WORD_START)) n++;
  return n;
}

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
/** What joins code points into one grapheme beyond a plain mark: joiners, selectors, flags, emoji, CR LF, jamo, prepended signs. */
const COMPLEX = /[\u200c\u200d\ufe00-\ufe0f\uff9e\uff9f\r\u{1f1e6}-\u{1f1ff}\u{1f3fb}-\u{1f3ff}\p{Extended_Pictographic}\u1100-\u11ff\ud7b0-\ud7ff\u{e0020}-\u{e007f}\u0600-\u0605\u06dd\u070f\u08e2]/u;
/** A mark with nothing to attach to (text start, after a control or line separator) stands alone. */
const LOOSE_MARK = /(?:^|[\p{Cc}\p{Zl}\p{Zp}])\p{M}/u;
const MARKS = /\p{M}/gu;

/**
 * Characters as a reader counts them: grapheme clusters, not UTF-16 units. In ordinary copy
 * (letters, with or without accents and Arabic diacritics) a grapheme is a base and its marks, so
 * code points minus marks gives the same number as Intl.Segmenter many times faster; anything
 * more complex (emoji, joiners, flags, CR LF) goes through Intl.Segmenter.
 */
export function countCharacters(text: string): number {
  if (!COMPLEX.test(text) && !LOOSE_MARK.test(text)) {
    let n = 0;
    for (const _ of text) n++;
    return n - (text.match(MARKS)?.length ?? 0);
  }
  let n = 0;
  for (const _ of graphemes.segment(text)) n++;
  return n;
}

function inlineText(nodes: ReadonlyArray<SerializedInlineNode | { type: string }>): string {
  let out = '';
  for (const node of nodes) {
    if (node.type === 'text' || node.type === 'tab') out += (node as { text?: string }).text ?? '';
    else if (node.type === 'linebreak') out += '\n';
    else if ('children' in node && Array.isArray(node.children)) out += inlineText(node.children as SerializedInlineNode[]);
  }
  return out;
}

function blockTexts(block: SerializedBlockNode | SerializedListItemNode, out: string[]): void {
  if (block.type === 'list') {
    for (const item of block.children) blockTexts(item, out);
    return;
  }
  if (block.type === 'listitem') {
    const inline = block.children.filter((c) => c.type !== 'list') as SerializedInlineNode[];
    out.push(inlineText(inline));
    for (const c of block.children) if (c.type === 'list') blockTexts(c, out);
    return;
  }
  // A photo's caption, credit and alt text are not the article's words.
  if (block.type === 'photo') return;
  out.push(inlineText(block.children));
}

/** The body as plain text, one block per line. */
export function bodyPlainText(body: ArticleBody): string {
  const out: string[] = [];
  for (const block of body.root.children) blockTexts(block, out);
  return out.join('\n');
}
