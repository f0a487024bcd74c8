/**
 * Text direction, the one rule the editor (which stores each block's direction), the exporters,
 * the compare panes and the CMS content share. A block's direction is that of its first strong
 * letter, as HTML's `dir="auto"` decides it (Unicode's rule P2 without isolates): an English
 * paragraph in an Arabic article is left to right, whatever the article's language. Digits,
 * punctuation and spaces are neutral; a block with no letters has no direction of its own and takes
 * the article's.
 */

export type TextDirection = 'ltr' | 'rtl';

/** The scripts written right to left (tested on letters only: Arabic-Indic digits are Arabic script but neutral). */
const RTL_LETTER = /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}\p{Script=Samaritan}\p{Script=Mandaic}\p{Script=Adlam}]/u;
const LETTER = /\p{L}/gu;

/** The direction of the first strong letter of `text`, or null when it has none. */
export function textDirection(text: string): TextDirection | null {
  LETTER.lastIndex = 0;
  const first = LETTER.exec(text);
  if (!first) return null;
  return RTL_LETTER.test(first[0]) ? 'rtl' : 'ltr';
}

/** Whether `text` has letters of a right-to-left script anywhere (an Arabic run in English copy). */
export function hasRtlLetters(text: string): boolean {
  for (const [letter] of text.matchAll(LETTER)) if (RTL_LETTER.test(letter)) return true;
  return false;
}

/** Whether `text` has letters of a left-to-right script anywhere (an English name in Arabic copy). */
export function hasLtrLetters(text: string): boolean {
  for (const [letter] of text.matchAll(LETTER)) if (!RTL_LETTER.test(letter)) return true;
  return false;
}

/** The direction an article's language is written in. */
export function languageDirection(language: string): TextDirection {
  return language === 'ar' ? 'rtl' : 'ltr';
}

/**
 * A block's direction as every output writes it: the one stored with the block when the editor
 * stored one, else its text's, else the article's.
 */
export function blockDirection(stored: string | null | undefined, text: string, articleDirection: TextDirection): TextDirection {
  if (stored === 'ltr' || stored === 'rtl') return stored;
  return textDirection(text) ?? articleDirection;
}
