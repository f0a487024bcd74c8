import { describe, expect, it } from 'vitest';
import { slugify as commonSlugify } from '../../../electron/common/slug.js';
import { effectiveSlug, slugify } from '../../../renderer/features/panels/slug.js';

// The renderer's copy of the slug rule must give exactly what electron/common gives.
const HEADLINES = [
  '',
  'Kremlin Reaffirms Readiness to Normalize Ties with Georgia',
  'Russia’s TASS: "Talks" — 2025 (update)',
  'الكرملين يؤكد استعداده لتطبيع العلاقات مع جورجيا',
  'صرّحَ المتحدثُ باسمِ الكرملين ـــ اليوم',
  'Cairo metro: line 4 — ٢٠٢٥',
  'École naïve à Montréal',
  'CON',
  'lpt1',
  '../../etc/passwd',
  '   ---   ',
  'x'.repeat(300),
  'كلمة '.repeat(80),
  '中文标题'.repeat(40),
  'emoji 👩‍👩‍👧 and 🇪🇬 flags',
];

describe('renderer slug rule', () => {
  it.each(HEADLINES)('matches electron/common slugify for %j', (headline) => {
    expect(slugify(headline)).toBe(commonSlugify(headline));
  });

  it('keeps Arabic letters and drops diacritics and tatweel', () => {
    expect(slugify('صرّحَ المتحدثُ ـ اليوم')).toBe('صرح-المتحدث-اليوم');
  });

  it('follows the headline until a slug is set by hand, which is tidied by the same rule', () => {
    expect(effectiveSlug(null, 'Budget vote delayed')).toBe('budget-vote-delayed');
    expect(effectiveSlug('  ', 'Budget vote delayed')).toBe('budget-vote-delayed');
    expect(effectiveSlug('Vote: Budget!', 'Budget vote delayed')).toBe('vote-budget');
  });
});
