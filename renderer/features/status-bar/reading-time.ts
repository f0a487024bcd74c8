/**
 * Reading speed of news copy, words per minute: about 200 for English; Arabic words carry more
 * (attached articles, prepositions and pronouns), so fewer are read per minute, about 180.
 */
export const WORDS_PER_MINUTE = { en: 200, ar: 180 } as const;

/** Whole minutes, rounded up, at least 1 for any text; 0 for none. */
export function readingMinutes(words: number, language: 'en' | 'ar' = 'en'): number {
  if (words <= 0) return 0;
  return Math.max(1, Math.ceil(words / WORDS_PER_MINUTE[language]));
}
