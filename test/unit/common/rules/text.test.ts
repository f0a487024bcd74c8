import { describe, expect, it } from 'vitest';
import { paragraph } from '../../../../electron/common/lexical-nodes.js';
import { bodyPlainText, countCharacters, countWords } from '../../../../electron/common/rules/text.js';

describe('countWords', () => {
  it('counts English words, keeping contractions and hyphenated words whole', () => {
    expect(countWords('Kremlin Reaffirms Readiness to Normalize Ties with Georgia')).toBe(8);
    expect(countWords('Russia’s well-known “open door” isn\'t new.')).toBe(6);
    expect(countWords('')).toBe(0);
    expect(countWords('  — ... !!! ')).toBe(0);
  });

  it('counts Arabic words separated by spaces and Arabic punctuation ، ؛ ؟', () => {
    expect(countWords('الكرملين يؤكد استعداده لتطبيع العلاقات مع جورجيا')).toBe(7);
    expect(countWords('موسكو،تبليسي؛واشنطن؟نعم')).toBe(4);
    expect(countWords('هل توافق؟ نعم، بالتأكيد؛ شكرا')).toBe(5);
  });

  it('keeps Arabic diacritics inside their word', () => {
    expect(countWords('الْكَرْمَلِينُ يُؤَكِّدُ')).toBe(2);
    expect(countWords('مُحَمَّد')).toBe(1);
  });

  it('counts mixed Arabic and English text and digits', () => {
    expect(countWords('قال Peskov إن روسيا ready في ٢٠٢٥')).toBe(7);
  });
});

describe('countCharacters', () => {
  it('counts what a reader sees as one character once', () => {
    expect(countCharacters('مُحَمَّد')).toBe(4);
    expect(countCharacters('👍🏽')).toBe(1);
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
