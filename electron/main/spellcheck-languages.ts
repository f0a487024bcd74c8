import type { ArticleLanguage } from '../common/article.js';

/** Dictionaries for each article language, best first. Free of runtime `electron` so unit tests can check it. */
const DICTIONARIES: Readonly<Record<ArticleLanguage, readonly string[]>> = {
  en: ['en-US', 'en-GB', 'en'],
  ar: ['ar'],
};

/**
 * The spellchecker languages for the article languages, among those Electron offers on this
 * machine (`session.availableSpellCheckerLanguages`); a language without a dictionary is left out.
 */
export function spellcheckerLanguages(languages: readonly ArticleLanguage[], available: readonly string[]): string[] {
  const chosen: string[] = [];
  for (const language of languages) {
    const found =
      DICTIONARIES[language].find((code) => available.includes(code)) ?? available.find((code) => code.startsWith(`${language}-`));
    if (found && !chosen.includes(found)) chosen.push(found);
  }
  return chosen;
}
