import type { ArticleLanguage, Contributor } from './article.js';

/**
 * The byline as the site prints it, in the article's language, for the exporters. The renderer
 * keeps its own copy with its strings in renderer/features/panels/byline.ts; both follow one house
 * style:
 *
 * - English "By A", "By A and B", "By A, B and C" (no serial comma); Arabic "كتب: A", "كتب: A و B",
 *   "كتب: A، B و C".
 * - An affiliation follows its name in parentheses: "By Nada Mustafa (Reuters)".
 * - Writers, reporters and contributors are printed after "By"; translators on their own line
 *   ("Translated by …", "ترجمة: …"); photographers (credited on their photos) and desk editors
 *   are not printed.
 */
export const PRINTED_BY_ROLES: ReadonlySet<Contributor['role']> = new Set(['writer', 'reporter', 'contributor']);

interface BylineWords {
  by: (names: string) => string;
  translatedBy: (names: string) => string;
  comma: string;
  and: string;
}

const WORDS: Record<ArticleLanguage, BylineWords> = {
  en: { by: (n) => `By ${n}`, translatedBy: (n) => `Translated by ${n}`, comma: ', ', and: ' and ' },
  ar: { by: (n) => `كتب: ${n}`, translatedBy: (n) => `ترجمة: ${n}`, comma: '، ', and: ' و ' },
};

function joinNames(names: readonly string[], words: BylineWords): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(words.comma)}${words.and}${names[names.length - 1]}`;
}

/** One printed credit: the name, with the affiliation in parentheses when there is one. */
export function creditOf(contributor: Contributor): string {
  const name = contributor.name.trim();
  const affiliation = contributor.affiliation.trim();
  return affiliation ? `${name} (${affiliation})` : name;
}

export interface PrintedByline {
  /** "By A and B", or null when nobody is printed after "By". */
  by: string | null;
  /** "Translated by C", or null. */
  translatedBy: string | null;
}

export function printedByline(contributors: readonly Contributor[], language: ArticleLanguage): PrintedByline {
  const words = WORDS[language];
  const named = contributors.filter((c) => c.name.trim() !== '');
  const by = named.filter((c) => PRINTED_BY_ROLES.has(c.role)).map(creditOf);
  const translators = named.filter((c) => c.role === 'translator').map(creditOf);
  return {
    by: by.length ? words.by(joinNames(by, words)) : null,
    translatedBy: translators.length ? words.translatedBy(joinNames(translators, words)) : null,
  };
}
