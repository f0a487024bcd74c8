import { describe, expect, it } from 'vitest';
import { LENGTH_TARGETS, lengthStatus } from '../../../renderer/editor/copyfit/length-guide.js';
import { readingMinutes } from '../../../renderer/features/status-bar/reading-time.js';

describe('length guides', () => {
  it('counts characters against the target and says how many are left or over', () => {
    expect(lengthStatus('x'.repeat(58), LENGTH_TARGETS.seoTitle)).toEqual({ count: 58, target: 60, left: 2, over: 0, fill: 58 / 60 });
    expect(lengthStatus('x'.repeat(72), 60)).toEqual({ count: 72, target: 60, left: 0, over: 12, fill: 1 });
    expect(lengthStatus('', 155)).toMatchObject({ count: 0, left: 155, fill: 0 });
  });

  it('counts Arabic with diacritics and emoji as a reader does', () => {
    expect(lengthStatus('صرّحَ', 10).count).toBe(3);
    expect(lengthStatus('👩‍👩‍👧 🇪🇬', 10).count).toBe(3);
  });

  it('has the documented targets', () => {
    expect(LENGTH_TARGETS).toEqual({ headline: 70, seoTitle: 60, metaDescription: 155, excerpt: 200, caption: 200 });
  });
});

describe('reading time', () => {
  it('rounds up at 200 words a minute in English and 180 in Arabic', () => {
    expect(readingMinutes(0, 'en')).toBe(0);
    expect(readingMinutes(1, 'en')).toBe(1);
    expect(readingMinutes(200, 'en')).toBe(1);
    expect(readingMinutes(201, 'en')).toBe(2);
    expect(readingMinutes(360, 'ar')).toBe(2);
    expect(readingMinutes(361, 'ar')).toBe(3);
    expect(readingMinutes(400)).toBe(2);
  });
});
