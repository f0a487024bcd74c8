import { describe, expect, it } from 'vitest';
import { blockDirection, hasLtrLetters, hasRtlLetters, textDirection } from '../../../../electron/common/rules/direction.js';

describe('textDirection', () => {
  it('takes the direction of the first strong letter, as dir="auto" does', () => {
    expect(textDirection('"This line is the backbone of the new Cairo," the minister told Reuters.')).toBe('ltr');
    expect(textDirection('قال الوزير لرويترز إن "This line" هو العمود الفقري')).toBe('rtl');
    expect(textDirection('«Cairo» قال')).toBe('ltr');
    expect(textDirection('2025 — القاهرة')).toBe('rtl');
  });

  it('finds no direction in digits, punctuation and spaces alone', () => {
    expect(textDirection('')).toBeNull();
    expect(textDirection('  40,000 — 3.5% ٢٠٢٥ !')).toBeNull();
  });

  it('tells whether a text has letters of each direction', () => {
    expect(hasRtlLetters('Putin met بوتين')).toBe(true);
    expect(hasRtlLetters('Putin ٢٠٢٥')).toBe(false);
    expect(hasLtrLetters('بوتين Reuters')).toBe(true);
    expect(hasLtrLetters('بوتين ٢٠٢٥ 2025')).toBe(false);
  });
});

describe('blockDirection', () => {
  it('prefers the stored direction, then the text, then the article', () => {
    expect(blockDirection('ltr', 'بوتين', 'rtl')).toBe('ltr');
    expect(blockDirection(null, 'The minister said', 'rtl')).toBe('ltr');
    expect(blockDirection(undefined, '٢٠٢٥', 'rtl')).toBe('rtl');
    expect(blockDirection(null, '', 'ltr')).toBe('ltr');
  });
});
