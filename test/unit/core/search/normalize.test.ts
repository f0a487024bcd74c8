import { describe, expect, it } from 'vitest';
import { indexTerms, normalizeTerm, queryTerm, tokenize } from '../../../../electron/core/search/normalize.js';
import { snippet } from '../../../../electron/core/search/snippet.js';

describe('search normalisation', () => {
  it('drops Arabic diacritics and tatweel', () => {
    expect(normalizeTerm('الْمُسْتَشْفَيَاتِ')).toBe(normalizeTerm('المستشفيات'));
    expect(normalizeTerm('مُعَلِّمٌ')).toBe('معلم');
    expect(normalizeTerm('سـلام')).toBe('سلام');
    expect(normalizeTerm('رحمٰن')).toBe('رحمن');
  });

  it('makes the alef forms bare alef, and hamza on waw and yaa their carrier letter', () => {
    for (const form of ['أحمد', 'إحمد', 'آحمد', 'ٱحمد']) expect(normalizeTerm(form)).toBe('احمد');
    expect(normalizeTerm('مؤتمر')).toBe('موتمر');
    expect(normalizeTerm('رئيس')).toBe('رييس');
  });

  it('matches taa marbuta with haa and alef maqsura with yaa', () => {
    expect(normalizeTerm('مدرسة')).toBe(normalizeTerm('مدرسه'));
    expect(normalizeTerm('مستشفى')).toBe(normalizeTerm('مستشفي'));
  });

  it('folds Latin case and accents', () => {
    expect(normalizeTerm('Café')).toBe('cafe');
    expect(normalizeTerm('ÅNGSTRÖM')).toBe('angstrom');
  });

  it('indexes an Arabic word with and without its article, and queries the bare word', () => {
    expect(indexTerms('والحكومة')).toEqual(['والحكومه', 'حكومه']);
    expect(indexTerms('للحكومة')).toEqual(['للحكومه', 'حكومه']);
    expect(queryTerm('الحكومة')).toBe('حكومه');
    // Too short to carry an article: left alone.
    expect(queryTerm('الم')).toBe('الم');
  });

  it('splits words on Arabic punctuation too', () => {
    expect(tokenize('قال،ثم؛ذهب؟ Yes, ok')).toEqual(['قال', 'ثم', 'ذهب', 'Yes', 'ok']);
  });
});

describe('snippet', () => {
  it('cuts the passage around the match and marks the matched words as written', () => {
    const words = Array.from({ length: 100 }, (_, i) => `w${i}`);
    words[40] = 'Pipeline';
    const segments = snippet(`${words.join(' ')}.`, new Set(['pipeline']), 1)!;
    expect(segments.filter((s) => s.match).map((s) => s.text)).toEqual(['Pipeline']);
    expect(segments[0]!.text.startsWith('… w36')).toBe(true);
    expect(segments.at(-1)!.text.endsWith('…')).toBe(true);
  });

  it('prefers the window with the most of the words, and keeps the end of a short text', () => {
    const text = 'oil here. Much later oil and gas together.';
    const segments = snippet(text, new Set(['oil', 'gas']), 2)!;
    expect(segments.map((s) => s.text).join('')).toBe('oil here. Much later oil and gas together.');
    expect(segments.filter((s) => s.match).map((s) => s.text)).toEqual(['oil', 'oil', 'gas']);
  });

  it('is null when nothing matches', () => {
    expect(snippet('nothing here', new Set(['oil']))).toBeNull();
  });
});
