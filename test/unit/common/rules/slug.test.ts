import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { effectiveSlug, isSafeSlug, MAX_SLUG_LENGTH, slugify, slugWithSuffix, utf8Length } from '../../../../electron/common/rules/slug.js';

describe('slugify', () => {
  it('makes an English headline lower-case words joined by hyphens', () => {
    expect(slugify('Kremlin Reaffirms Readiness to Normalize Ties with Georgia')).toBe(
      'kremlin-reaffirms-readiness-to-normalize-ties-with-georgia',
    );
    expect(slugify("Moscow’s “open door”: Peskov's view, 2025!")).toBe('moscows-open-door-peskovs-view-2025');
  });

  it('keeps an Arabic headline in Arabic', () => {
    expect(slugify('الكرملين يؤكد استعداده لتطبيع العلاقات مع جورجيا')).toBe('الكرملين-يؤكد-استعداده-لتطبيع-العلاقات-مع-جورجيا');
  });

  it('drops Arabic diacritics and tatweel but keeps hamza letters', () => {
    expect(slugify('الْكَرْمَلِينُ يُؤَكِّدُ')).toBe('الكرملين-يؤكد');
    expect(slugify('مـــصر')).toBe('مصر');
    expect(slugify('أحمد إبراهيم آمال')).toBe('أحمد-إبراهيم-آمال');
  });

  it('gives the same slug however an accented letter was typed', () => {
    expect(slugify('Cafe\u0301 De\u0301ja\u0300')).toBe(slugify('Café Déjà'));
    expect(isSafeSlug(slugify('Café Déjà'))).toBe(true);
  });

  it('handles mixed Arabic and English with Arabic punctuation and digits', () => {
    expect(slugify('بوتين: Russia، جورجيا؟ ٢٠٢٥')).toBe('بوتين-russia-جورجيا-٢٠٢٥');
  });

  it('never yields path parts or reserved names', () => {
    expect(slugify('..')).toBe('untitled');
    expect(slugify('../../etc/passwd')).toBe('etc-passwd');
    expect(slugify('a/b\\c')).toBe('a-b-c');
    expect(slugify('nul\0byte')).toBe('nul-byte');
    expect(slugify('')).toBe('untitled');
    expect(slugify('   ')).toBe('untitled');
    expect(slugify('CON')).toBe('con-article');
    expect(slugify('lpt1')).toBe('lpt1-article');
    expect(slugify('con.txt')).toBe('con-txt');
  });

  it('shortens a long headline to at most 100 characters, at a word boundary', () => {
    const headline = 'Kremlin spokesman Dmitry Peskov stated that Russia remains open '.repeat(5).slice(0, 300);
    const slug = slugify(headline);
    expect(slug.length).toBeLessThanOrEqual(MAX_SLUG_LENGTH);
    expect(slug.endsWith('-')).toBe(false);
    expect(`${headline.toLowerCase().replace(/ /g, '-')}`.startsWith(slug)).toBe(true);
    expect(isSafeSlug(slug)).toBe(true);
    expect(slugify('a'.repeat(300))).toBe('a'.repeat(100));
  });

  it('never splits a character written as two UTF-16 units', () => {
    const slug = slugify(`a${'𠀀'.repeat(80)}`);
    expect(slug).toBe(`a${'𠀀'.repeat(49)}`);
    expect(isSafeSlug(slug)).toBe(true);
  });

  it('fits a long headline in non-Latin script within 200 UTF-8 bytes (Linux name limit is 255)', () => {
    const slug = slugify('中国'.repeat(100));
    expect(utf8Length(slug)).toBeLessThanOrEqual(200);
    expect(isSafeSlug(slug)).toBe(true);
    expect(utf8Length(`${slugify('ب'.repeat(300))}.article`)).toBeLessThanOrEqual(255);
  });
});

describe('slugWithSuffix', () => {
  it('appends a number, shortening the slug when needed', () => {
    expect(slugWithSuffix('kremlin-ties', 2)).toBe('kremlin-ties-2');
    const long = slugify('a'.repeat(300));
    expect(isSafeSlug(slugWithSuffix(long, 2))).toBe(true);
    expect(isSafeSlug(slugWithSuffix(long, 12345))).toBe(true);
    expect(slugWithSuffix(long, 12345).endsWith('-12345')).toBe(true);
  });
});

describe('isSafeSlug', () => {
  it('accepts what slugify makes', () => {
    for (const slug of ['kremlin-ties', 'الكرملين-يؤكد', 'untitled-2', 'a', '٢٠٢٥']) expect(isSafeSlug(slug)).toBe(true);
  });

  it.each([
    ['empty', ''],
    ['dot', '.'],
    ['parent', '..'],
    ['parent path', '../x'],
    ['slash', 'a/b'],
    ['backslash', 'a\\b'],
    ['NUL', 'a\0b'],
    ['reserved CON', 'con'],
    ['reserved lpt1', 'LPT1'],
    ['upper case', 'Kremlin'],
    ['dot inside', 'con.txt'],
    ['space', 'a b'],
    ['leading hyphen', '-a'],
    ['trailing hyphen', 'a-'],
    ['double hyphen', 'a--b'],
    ['diacritic', 'الْكَرْمَلِينُ'],
    ['too long', 'a'.repeat(105)],
    ['lone surrogate', 'a\ud800'],
    ['absolute path', '/etc'],
    ['drive', 'c:'],
  ])('rejects %s', (_name, slug) => {
    expect(isSafeSlug(slug)).toBe(false);
  });
});

describe('slugs stay inside the library', () => {
  const nasty = [
    '..',
    '../..',
    '../../../../etc/passwd',
    '..\\..\\Windows\\System32',
    '/absolute/path',
    'C:\\Users\\x',
    '\\\\server\\share',
    '\0',
    '.\u202e.',
    '%2e%2e%2f',
    'ＣＯＮ',
    '．．／',
    'a\u0000/../b',
    ' . ',
    '\u200f\u200e',
    '🙂🙂🙂',
    'ﷺ',
    '﷽',
    'İstanbul',
    'ǅemal',
    '𝐊𝐫𝐞𝐦𝐥𝐢𝐧',
    `${'..'.repeat(200)}/x`,
  ];
  // Plus every 2-character string over a mix of separators, dots and letters.
  const alphabet = ['.', '/', '\\', ':', '\0', 'a', 'ب', ' ', '-', '~', '\u0651'];
  for (const x of alphabet) for (const y of alphabet) nasty.push(x + y, `${x}${y}${x}`);

  it('resolves every slug to a direct child of the library, and every slug is safe', () => {
    const lib = path.resolve('/library');
    for (const headline of nasty) {
      const slug = slugify(headline);
      expect(isSafeSlug(slug), JSON.stringify(headline)).toBe(true);
      const bundle = path.resolve(lib, `${slug}.article`);
      expect(bundle.startsWith(lib + path.sep), JSON.stringify(headline)).toBe(true);
      expect(path.dirname(bundle)).toBe(lib);
    }
  });
});

describe('the slug the CMS gets', () => {
  it('keeps Arabic letters and drops diacritics and tatweel', () => {
    expect(slugify('صرّحَ المتحدثُ ـ اليوم')).toBe('صرح-المتحدث-اليوم');
  });

  it('follows the headline until a slug is set by hand, which is tidied by the same rule', () => {
    expect(effectiveSlug(null, 'Budget vote delayed')).toBe('budget-vote-delayed');
    expect(effectiveSlug('  ', 'Budget vote delayed')).toBe('budget-vote-delayed');
    expect(effectiveSlug('Vote: Budget!', 'Budget vote delayed')).toBe('vote-budget');
  });
});
