/**
 * Smart quotes as the editor puts them in while typing: the straight `"` and `'` a keyboard types
 * become the curly marks of the block's language. English: “ ” and ‘ ’, with the apostrophe of a
 * contraction (don’t) and of a dropped century (’90s). Arabic: the desk's convention, a library
 * setting: « » (the default) or ” “. Pure, so the plugin and its tests share one rule.
 */
import type { TextDirection } from './direction.js';

/** The library's choice of Arabic quotation marks: « » or ” “. */
export const ARABIC_QUOTE_STYLES = ['guillemets', 'reversed'] as const;
export type ArabicQuoteStyle = (typeof ARABIC_QUOTE_STYLES)[number];
export const DEFAULT_ARABIC_QUOTES: ArabicQuoteStyle = 'guillemets';

export function isArabicQuoteStyle(value: unknown): value is ArabicQuoteStyle {
  return typeof value === 'string' && (ARABIC_QUOTE_STYLES as readonly string[]).includes(value);
}

export interface QuoteMarks {
  open: string;
  close: string;
  openSingle: string;
  closeSingle: string;
}

const ENGLISH: QuoteMarks = { open: '“', close: '”', openSingle: '‘', closeSingle: '’' };
const ARABIC: Record<ArabicQuoteStyle, QuoteMarks> = {
  guillemets: { open: '«', close: '»', openSingle: '‹', closeSingle: '›' },
  reversed: { open: '”', close: '“', openSingle: '’', closeSingle: '‘' },
};

/** The marks a block in this direction takes. */
export function quoteMarks(direction: TextDirection, arabic: ArabicQuoteStyle): QuoteMarks {
  return direction === 'rtl' ? ARABIC[arabic] : ENGLISH;
}

/** The straight marks the replacement works on. */
export function isStraightQuote(char: string): char is '"' | "'" {
  return char === '"' || char === "'";
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
/** After these (or at the start of a block) a quote opens. */
const OPENS_AFTER = /[\s([{\u2014\u2013\-/]/u;

/**
 * The mark that replaces a straight `typed` quote, given the text before it in its block. A quote
 * opens at the start, after a space, an opening bracket or dash, or right after an opening mark
 * (a quote inside a quote); otherwise it closes. A single quote after a letter or digit is the
 * apostrophe (don’t, Reuters’).
 */
export function smartQuote(typed: '"' | "'", before: string, marks: QuoteMarks): string {
  const previous = before.slice(-1);
  const opens = previous === '' || OPENS_AFTER.test(previous) || previous === marks.open || previous === marks.openSingle;
  if (typed === '"') return opens ? marks.open : marks.close;
  if (LETTER_OR_DIGIT.test(previous)) return marks.closeSingle;
  return opens ? marks.openSingle : marks.closeSingle;
}

/**
 * ’90s: an opening ‘ typed before two digits was the apostrophe of a dropped century. Given the
 * text before a typed `s` or space, the index of that ‘ to turn into ’, or null.
 */
export function decadeApostrophe(before: string): number | null {
  const match = /(?:^|[\s(])‘\d\d$/u.exec(before);
  return match ? before.length - 3 : null;
}

/**
 * The first letter of a block decided its direction only after its opening quotes were typed
 * (a quote that opens an English paragraph in an Arabic article was typed as «): the marks before
 * the first letter, typed in the `from` convention, in the `to` one; null when nothing changes.
 */
export function restyleLeadingQuotes(before: string, from: QuoteMarks, to: QuoteMarks): string | null {
  if (from === to || /\p{L}/u.test(before)) return null;
  const roles: Array<keyof QuoteMarks> = ['open', 'close', 'openSingle', 'closeSingle'];
  const out = [...before].map((char) => {
    const role = roles.find((name) => from[name] === char);
    return role ? to[role] : char;
  });
  const restyled = out.join('');
  return restyled === before ? null : restyled;
}
