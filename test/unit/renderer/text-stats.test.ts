import { describe, expect, it } from 'vitest';
import { countWords, statsOf } from '../../../renderer/features/editor/text-stats.js';

describe('renderer text stats', () => {
  it('counts Arabic words with their diacritics as one word each', () => {
    expect(countWords('صرّح المتحدثُ')).toBe(2);
  });

  it('sums separate texts and does not count line breaks as characters', () => {
    expect(statsOf(['Budget vote', 'The council\nmet.'])).toEqual({ words: 5, characters: 11 + 15, charactersNoSpaces: 10 + 14 });
  });
});
