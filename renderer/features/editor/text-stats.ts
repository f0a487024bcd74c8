/**
 * Word and character counts, identical to countWords/countCharacters in electron/common/text.ts
 * (the library list's word counts come from there). The renderer may not import that module at
 * run time, so the two rules are repeated here; a unit test keeps them in step.
 */
const WORD = /[\p{L}\p{N}\p{M}]+(?:['’\-][\p{L}\p{N}\p{M}]+)*/gu;

export function countWords(text: string): number {
  let n = 0;
  for (const _ of text.matchAll(WORD)) n++;
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

export interface TextStats {
  words: number;
  characters: number;
  /** The article's language, for the reading time (words per minute differ). */
  language?: 'en' | 'ar';
}

/**
 * Counts for a set of separate texts (the headline and each body block). Line breaks inside a
 * block are layout, not characters a reader would count.
 */
export function statsOf(texts: readonly string[]): TextStats {
  let words = 0;
  let characters = 0;
  for (const text of texts) {
    words += countWords(text);
    characters += countCharacters(text.replace(/\r?\n/g, ''));
  }
  return { words, characters };
}
