/**
 * One form for every spelling a reader might type, applied to the indexed words and to the
 * query alike:
 * - case and Latin accents fold (`Café` → `cafe`);
 * - Arabic diacritics (harakat, shadda, sukun, dagger alef) and tatweel go;
 * - alef with hamza or madda (أ إ آ) and alef wasla (ٱ) become bare alef ا;
 * - hamza on waw and on yaa become their carrier letter (ؤ → و, ئ → ي), the way most people
 *   type them without the hamza; a standalone hamza ء stays;
 * - taa marbuta ة becomes haa ه, alef maqsura ى becomes yaa ي.
 * Canonical decomposition does most of it: it splits أ into ا + U+0654 and é into e + U+0301,
 * and every combining mark is then dropped.
 */
const COMBINING_MARKS = /\p{M}/gu;
const TATWEEL = /\u0640/g;
const LETTER_FOLDS: Record<string, string> = {
  '\u0671': '\u0627', // ٱ → ا
  '\u0629': '\u0647', // ة → ه
  '\u0649': '\u064A', // ى → ي
};
const FOLDED_LETTERS = /[\u0671\u0629\u0649]/g;

export function normalizeTerm(term: string): string {
  let normal = memo.get(term);
  if (normal === undefined) {
    if (memo.size >= MEMO_LIMIT) memo.clear();
    normal = fold(term);
    memo.set(term, normal);
  }
  return normal;
}

/** Highlighting normalises every word of every snippet's passage; a library uses far fewer distinct words. */
const memo = new Map<string, string>();
const MEMO_LIMIT = 100_000;

function fold(term: string): string {
  return term
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .replace(TATWEEL, '')
    .replace(FOLDED_LETTERS, (letter) => LETTER_FOLDS[letter]!)
    .toLowerCase();
}

/**
 * Arabic fuses the definite article, and the particles before it, to the word: الحكومة،
 * والحكومة، للحكومة are all "the government". The index keeps each word as written and without
 * them; a query looks for the bare word, so any of the forms finds the others. At least three
 * letters must remain, so short words are left alone.
 */
const ARABIC_ARTICLE = /^(?:\u0648\u0627\u0644|\u0641\u0627\u0644|\u0628\u0627\u0644|\u0643\u0627\u0644|\u0644\u0644|\u0627\u0644)(?=[\u0600-\u06FF]{3})/u;

export function withoutArabicArticle(normal: string): string {
  return normal.replace(ARABIC_ARTICLE, '');
}

/** The terms a word is indexed under. */
export function indexTerms(word: string): string[] {
  const normal = normalizeTerm(word);
  const bare = withoutArabicArticle(normal);
  return bare === normal ? [normal] : [normal, bare];
}

/** The term a word of a query looks for. */
export function queryTerm(word: string): string {
  return withoutArabicArticle(normalizeTerm(word));
}

/**
 * Words as the index sees them: runs of letters, digits and marks, so Arabic punctuation ، ؛ ؟
 * separates too. A run longer than any word is taken 1,000 letters at a time: matching millions
 * at once overflows the regular expression engine's stack in text that is not all Latin-1.
 */
export const WORD_PATTERN = /[\p{L}\p{N}\p{M}\u0640]{1,1000}/gu;

export function tokenize(text: string): string[] {
  return text.match(WORD_PATTERN) ?? [];
}
