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

/** Characters as a reader counts them: grapheme clusters, not UTF-16 units. */
export function countCharacters(text: string): number {
  let n = 0;
  for (const _ of new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text)) n++;
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
