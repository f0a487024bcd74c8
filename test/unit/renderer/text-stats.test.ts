import { describe, expect, it } from 'vitest';
import { countCharacters as coreCharacters, countWords as coreWords } from '../../../electron/common/text.js';
import { countCharacters, countWords, statsOf } from '../../../renderer/features/editor/text-stats.js';

// The renderer keeps its own copy of the counting rules (it may not import common at run time);
// these samples keep the copy in step with the library list's counts.
const SAMPLES = [
  '',
  'Kremlin spokesman Dmitry Peskov stated that Russia remains open.',
  'Russia’s TASS news agency, a well-known source — "quoted" (2025).',
  'صرّح المتحدث باسم الكرملين، دميتري بيسكوف؛ هل هناك جدول زمني؟',
  'mixed عربي and English 2025 نص',
  'école naïve e\u0301t\u00e9 👩‍👩‍👧 🇪🇬',
  '  spaces\tand\nnew lines  ',
  "rock-'n'-roll o'clock – dash — em",
];

describe('renderer text stats', () => {
  it.each(SAMPLES)('counts words and characters like electron/common: %j', (text) => {
    expect(countWords(text)).toBe(coreWords(text));
    expect(countCharacters(text)).toBe(coreCharacters(text));
  });

  it('counts Arabic words with their diacritics as one word each', () => {
    expect(countWords('صرّح المتحدثُ')).toBe(2);
  });

  it('sums separate texts and does not count line breaks as characters', () => {
    expect(statsOf(['Budget vote', 'The council\nmet.'])).toEqual({ words: 5, characters: 11 + 15 });
  });
});
