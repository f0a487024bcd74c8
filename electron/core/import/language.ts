import type { ArticleLanguage } from '../../common/article.js';

/** Enough text to tell the language; a whole book need not be counted. */
const SAMPLE_CHARS = 20_000;

/** 'ar' when most of the letters are Arabic script, otherwise 'en'. */
export function detectLanguage(text: string): ArticleLanguage {
  let letters = 0;
  let arabic = 0;
  for (const [letter] of text.slice(0, SAMPLE_CHARS).matchAll(/\p{L}/gu)) {
    letters++;
    if (/\p{Script=Arabic}/u.test(letter)) arabic++;
  }
  return arabic * 2 > letters ? 'ar' : 'en';
}
