import { describe, expect, it } from 'vitest';
import { parseTypedTime } from '../../../renderer/features/panels/typed-time';
import { createFormatters } from '../../../renderer/i18n/format';
import { wallClockToZonedIso } from '../../../electron/common/rules/zoned-time.js';

const fallback = { year: 2026, month: 1, day: 2, hour: 9, minute: 30 };
const april15 = { year: 2025, month: 4, day: 15, hour: 8, minute: 18 };

describe('parseTypedTime reads a date and time as an editor types it', () => {
  it.each([
    '15 Apr 2025, 08:18',
    '15 April 2025 8:18',
    'Apr 15, 2025 08:18',
    '2025-04-15T08:18',
    '2025-04-15 08:18',
    '15/4/2025 08:18',
    '15.04.2025 8.18',
    '15-04-2025 8:18 am',
    '١٥ أبريل ٢٠٢٥، ٠٨:١٨',
    '15 ابريل 2025 08:18',
    '١٥ نيسان ٢٠٢٥ ٨:١٨ ص',
    '۱۵/۴/۲۰۲۵ ۰۸:۱۸',
  ])('%s', (typed) => {
    expect(parseTypedTime(typed, fallback)).toEqual(april15);
  });

  it('reads p.m. and م as the afternoon and 12 a.m. as midnight', () => {
    expect(parseTypedTime('15 Apr 2025 8:18 pm', fallback)).toEqual({ ...april15, hour: 20 });
    expect(parseTypedTime('١٥ أبريل ٢٠٢٥ ٨:١٨ م', fallback)).toEqual({ ...april15, hour: 20 });
    expect(parseTypedTime('15 Apr 2025 12:05 a.m.', fallback)).toEqual({ ...april15, hour: 0, minute: 5 });
  });

  it('takes a missing year or time from the field as it was', () => {
    expect(parseTypedTime('15 Apr', fallback)).toEqual({ year: 2026, month: 4, day: 15, hour: 9, minute: 30 });
    expect(parseTypedTime('15/4/2025', fallback)).toEqual({ ...april15, hour: 9, minute: 30 });
  });

  it.each(['', 'tomorrow', '31 Apr 2025', '29/2/2025', '15 Apr 2025 24:00', '15 Apr 2025 8:61', '13:00 pm 15/4/2025', '15 Apr Mar 2025', '1/2/3/4'])(
    'refuses %j',
    (typed) => {
      expect(parseTypedTime(typed, fallback)).toBeNull();
    },
  );

  it('reads back what the field shows in either language', () => {
    const iso = wallClockToZonedIso(april15, 'Africa/Cairo')!;
    for (const language of ['en', 'ar']) {
      const shown = createFormatters(language).dateTime(iso, 'Africa/Cairo');
      expect(parseTypedTime(shown, fallback)).toEqual(april15);
    }
    expect(createFormatters('en').dateTime(iso, 'Africa/Cairo')).toBe('15 Apr 2025, 08:18');
    expect(createFormatters('ar').dateTime(iso, 'Africa/Cairo')).toBe('١٥ أبريل ٢٠٢٥، ٠٨:١٨');
  });
});
