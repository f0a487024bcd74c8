import { countCharacters, countCharactersNoSpaces, countWords } from '../../../electron/common/rules/text.js';

/** Word and character counts as the library list counts them (electron/common/rules/text.ts). */
export { countCharacters, countCharactersNoSpaces, countWords };

export interface TextStats {
  words: number;
  /** Word's "Characters (with spaces)". */
  characters: number;
  /** Word's "Characters (no spaces)". */
  charactersNoSpaces: number;
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
  let charactersNoSpaces = 0;
  for (const text of texts) {
    words += countWords(text);
    characters += countCharacters(text.replace(/\r?\n/g, ''));
    charactersNoSpaces += countCharactersNoSpaces(text);
  }
  return { words, characters, charactersNoSpaces };
}
