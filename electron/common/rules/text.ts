import type { ArticleBody, SerializedBlockNode, SerializedInlineNode, SerializedListItemNode } from '../lexical-nodes.js';

/**
 * Words as Microsoft Word and Google Docs count them: a word is a run of characters between
 * spaces, so "40,000", "3.5", "U.S.", "e-mail", "isn't", "and/or", a URL and an email address are
 * one word each, and so is an Arabic word with its attached letter prefixes and suffixes
 * ("والحكومة", "وبالتالي"; "و الحكومة" typed with a space is two). The rules beyond "between
 * spaces":
 *
 * - Spaces are every Unicode white space (no-break and narrow no-break spaces too, a reader sees a
 *   space) and the zero-width space.
 * - A run that holds no letter, digit or symbol is not a word: a dash or ellipsis standing alone
 *   ("—", "–", "...", "…"), "!!!", "&", a stray Arabic comma "،".
 * - The em dash "—", the horizontal bar "―" and the ellipsis character "…" separate the words they
 *   join ("Cairo—Tuesday", "wait…what" are two words each), as the house style writes them without
 *   spaces; the en dash of a range joins ("2010–2020" is one word), and so do three full stops.
 * - The Arabic comma, semicolon and question mark ، ؛ ؟ separate words even with no space after
 *   them ("موسكو،تبليسي" is two words): copy typed in a hurry often leaves the space out, and no
 *   reader sees one word there.
 * - Digits of any script count like Latin ones: "٤٠٬٠٠٠" (Arabic-Indic digits, Arabic thousands
 *   separator) is one word, "٣٫٥" too. An emoji is a symbol, so "👍" standing alone is a word.
 *
 * Runs are taken at most 1,000 characters at a time (a longer run is read in pieces, and a piece
 * that follows the last one straight on is the same run): a pattern that matches a whole run of
 * millions of letters overflows the regular expression engine's stack in text that is not all
 * Latin-1 (an article made to break the library list). Each run is then tested once for a letter,
 * digit or symbol; both patterns are linear.
 */
const RUN = /[^\s\u200b\u2014\u2015\u2026\u060c\u061b\u061f]{1,1000}/gu;
const COUNTS_AS_WORD = /[\p{L}\p{N}\p{S}]/u;

/** Calls `word` with the start and end of each word of `text`, in order; answers how many there are. */
export function scanWords(text: string, word?: (start: number, end: number) => void): number {
  let n = 0;
  let start = -1;
  let end = -1;
  let counted = false;
  for (const match of text.matchAll(RUN)) {
    const sameRun = match.index === end;
    if (!sameRun) {
      if (counted) word?.(start, end);
      start = match.index;
      counted = false;
    }
    end = match.index + match[0].length;
    if (counted) continue;
    counted = COUNTS_AS_WORD.test(match[0]);
    if (counted) n++;
  }
  if (counted) word?.(start, end);
  return n;
}

export function countWords(text: string): number {
  return scanWords(text);
}

/** The words of `text` as countWords counts them (the compare engine's word totals use the same). */
export function wordsIn(text: string): string[] {
  const out: string[] = [];
  scanWords(text, (start, end) => out.push(text.slice(start, end)));
  return out;
}

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
/** What joins code points into one grapheme beyond a plain mark: joiners, selectors, flags, emoji, CR LF, jamo, prepended signs. */
const COMPLEX = /[\u200c\u200d\ufe00-\ufe0f\uff9e\uff9f\r\u{1f1e6}-\u{1f1ff}\u{1f3fb}-\u{1f3ff}\p{Extended_Pictographic}\u1100-\u11ff\ud7b0-\ud7ff\u{e0020}-\u{e007f}\u0600-\u0605\u06dd\u070f\u08e2]/u;
/** A mark with nothing to attach to (text start, after a control or line separator) stands alone. */
const LOOSE_MARK = /(?:^|[\p{Cc}\p{Zl}\p{Zp}])\p{M}/u;
const MARKS = /\p{M}/gu;

/**
 * Characters as a reader counts them (Word's "Characters (with spaces)"): grapheme clusters, not
 * UTF-16 units. In ordinary copy
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

const SPACE = /\s/g;

/** Word's "Characters (no spaces)": countCharacters without any white space. */
export function countCharactersNoSpaces(text: string): number {
  return countCharacters(text.replace(SPACE, ''));
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
