import { describe, expect, it } from 'vitest';
import { paragraph } from '../../../../electron/common/lexical-nodes.js';
import { bodyPlainText, countCharacters, countCharactersNoSpaces, countWords } from '../../../../electron/common/rules/text.js';

describe('countWords counts as Word and Google Docs do', () => {
  it.each<[string, number]>([
    ['Kremlin Reaffirms Readiness to Normalize Ties with Georgia', 8],
    ['40,000 3.5 e-mail U.S. https://example.com/a/b x@y.org', 6],
    ['Russia’s well-known “open door” isn\'t new.', 6],
    ['and/or (sic) [1] $5 5%', 5],
    ['', 0],
    ['  — ... !!! – & ', 0],
    ['yes — no', 2],
    ['Cairo—Tuesday, wait…what', 4],
    ['2010–2020 and 10:30 p.m.', 4],
    ['10\u00a0km, 5\u202fkg', 4],
    ['zero\u200bwidth space', 3],
    ['👍 great 🇪🇬', 3],
    ['line one\nline two\tand a tab', 7],
    ['Hello!!! ... World?!', 2],
  ])('English: %j is %i words', (text, words) => {
    expect(countWords(text)).toBe(words);
  });

  it.each<[string, number]>([
    ['الكرملين يؤكد استعداده لتطبيع العلاقات مع جورجيا', 7],
    // Letter prefixes (و ف ب ل ال) attach to the word: one word, as in Word; with a space, two.
    ['والحكومة', 1],
    ['و الحكومة', 2],
    ['فالوزير وبالتالي للمجلس', 3],
    // Arabic-Indic digits with the Arabic thousands and decimal separators are one number.
    ['٤٠٬٠٠٠ متظاهر و٣٫٥ مليون', 4],
    // ، ؛ ؟ separate words with or without a space after them; standing alone they are no word.
    ['موسكو،تبليسي؛واشنطن؟نعم', 4],
    ['هل توافق؟ نعم، بالتأكيد؛ شكرا', 5],
    ['القاهرة ، الثلاثاء', 2],
    ['الْكَرْمَلِينُ يُؤَكِّدُ', 2],
    ['مُحَمَّد', 1],
    ['قال Peskov إن روسيا ready في ٢٠٢٥', 7],
    ['«السلام» — قالها…ومضى', 3],
    ['الاتحاد الأوروبي (EU) و“الناتو”', 4],
  ])('Arabic: %j is %i words', (text, words) => {
    expect(countWords(text)).toBe(words);
  });

  it('reads a run longer than its 1,000-character pieces as one word, without overflowing', () => {
    expect(countWords('ب'.repeat(3_000_000))).toBe(1);
    expect(countWords(`${'—'.repeat(2500)}x ${'a'.repeat(1000)} ${'!'.repeat(1000)}`)).toBe(2);
  });
});

describe('countCharacters and countCharactersNoSpaces give Word\'s two character counts', () => {
  it.each<[string, number, number]>([
    ['40,000 3.5 e-mail', 17, 15],
    ['Budget vote\tpassed', 18, 16],
    ['10\u00a0km', 5, 4],
    ['👍🏽 great', 7, 6],
    ['مُحَمَّد', 4, 4],
    ['والحكومة قالت', 13, 12],
    ['٤٠٬٠٠٠ متظاهر', 13, 12],
    ['', 0, 0],
  ])('%j has %i with spaces and %i without', (text, withSpaces, noSpaces) => {
    expect(countCharacters(text)).toBe(withSpaces);
    expect(countCharactersNoSpaces(text)).toBe(noSpaces);
  });
});

describe('bodyPlainText', () => {
  it('gives one line per block', () => {
    const body = { root: { type: 'root' as const, children: [paragraph('One two.'), paragraph('ثلاثة')] } };
    expect(bodyPlainText(body)).toBe('One two.\nثلاثة');
  });
});

describe('countCharacters counts as Intl.Segmenter does, on the fast path too', () => {
  const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  const bySegmenter = (text: string) => [...segmenter.segment(text)].length;
  it.each([
    'Kremlin Reaffirms Readiness',
    'الكرملين يؤكد استعداده لتطبيع العلاقات',
    'مُشيرًا إلى التضخّم',
    'café, naïve, Ångström (precomposed and decomposed: cafe\u0301)',
    'line one\r\nline two',
    'flags 🇪🇬🇬🇪, family 👨‍👩‍👧, thumbs 👍🏽, keycap 1️⃣',
    '한국어 and jamo \u1100\u1161\u11a8',
    'tabs\tand\u00a0spaces',
    'a mark after a line break:\n\u064e and at the start',
    '\u0301 starts with a mark',
    'Arabic number sign \u0600\u0661\u0662',
  ])('%s', (text) => {
    expect(countCharacters(text)).toBe(bySegmenter(text));
  });
});
