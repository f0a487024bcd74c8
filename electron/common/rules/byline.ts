import type { Contributor } from '../article.js';
import type { ArticleLanguage } from './article-lists.js';

/**
 * The byline as the site prints it, in the article's language (not the UI's): one rule and one
 * set of words (HOUSE_BYLINE_STYLES) for the Byline panel's preview and for every export. The
 * words are the article's text, not the UI's, so they are not UI strings: an Arabic article
 * prints "كتب:" in an English UI.
 *
 * House style, English: "By Nada Mustafa", "By Nada Mustafa and Omar Hassan",
 * "By A, B and C" (no serial comma). Arabic: "كتب: A", "كتب: A و B", "كتب: A، B و C" (the
 * conjunction stands apart so it never fuses onto a Latin name or an article "ال").
 * An affiliation follows its name in parentheses: "By Nada Mustafa (Reuters)", which stays
 * unambiguous in a list where "Nada Mustafa, Reuters, and …" would not.
 *
 * Who is printed: writers, reporters and contributors after "By"; translators on their own line
 * ("Translated by …", "ترجمة: …"). Photographers are credited on their photos and desk editors
 * are internal, so neither appears in the byline.
 */
export const BY_ROLES: ReadonlySet<Contributor['role']> = new Set(['writer', 'reporter', 'contributor']);

/** The words of one language's byline. */
export interface BylineStyle {
  /** "By {{names}}" */
  by(names: string): string;
  /** "Translated by {{names}}" */
  translatedBy(names: string): string;
  /** "{{name}} ({{affiliation}})" */
  withAffiliation(name: string, affiliation: string): string;
  /** ", " or "، " */
  comma: string;
  /** " and " or " و " */
  and: string;
}

/** The words of the printed byline, by the article's language. */
export const HOUSE_BYLINE_STYLES: Readonly<Record<ArticleLanguage, BylineStyle>> = {
  en: {
    by: (names) => `By ${names}`,
    translatedBy: (names) => `Translated by ${names}`,
    withAffiliation: (name, affiliation) => `${name} (${affiliation})`,
    comma: ', ',
    and: ' and ',
  },
  ar: {
    by: (names) => `كتب: ${names}`,
    translatedBy: (names) => `ترجمة: ${names}`,
    withAffiliation: (name, affiliation) => `${name} (${affiliation})`,
    comma: '، ',
    and: ' و ',
  },
};

export function joinNames(names: readonly string[], style: Pick<BylineStyle, 'comma' | 'and'>): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(style.comma)}${style.and}${names[names.length - 1]}`;
}

export interface PrintedByline {
  /** "By A and B", or null when nobody is printed after "By". */
  by: string | null;
  /** "Translated by C", or null. */
  translatedBy: string | null;
}

/**
 * `isolate` wraps each name for display (bidi isolation of a Latin name in Arabic text, and the
 * reverse); the default leaves names as they are.
 */
export function printedByline(
  contributors: readonly Contributor[],
  style: BylineStyle,
  isolate: (text: string) => string = (text) => text,
): PrintedByline {
  const credit = (c: Contributor): string => {
    const name = isolate(c.name.trim());
    const affiliation = c.affiliation.trim();
    return affiliation ? style.withAffiliation(name, isolate(affiliation)) : name;
  };
  const named = contributors.filter((c) => c.name.trim() !== '');
  const by = named.filter((c) => BY_ROLES.has(c.role)).map(credit);
  const translators = named.filter((c) => c.role === 'translator').map(credit);
  return {
    by: by.length ? style.by(joinNames(by, style)) : null,
    translatedBy: translators.length ? style.translatedBy(joinNames(translators, style)) : null,
  };
}

/** Whether anyone is printed after "By": the checklist's byline check. */
export function hasByline(contributors: readonly Contributor[]): boolean {
  return contributors.some((c) => c.name.trim() !== '' && BY_ROLES.has(c.role));
}
