import { describe, expect, it } from 'vitest';
import panelsAr from '../../../renderer/i18n/panels.ar.json';
import panelsEn from '../../../renderer/i18n/panels.en.json';
import { createFormatters } from '../../../renderer/i18n/format';
import { searchZones, zoneChoices } from '../../../renderer/features/panels/zone-search';
import { timeZoneChoices } from '../../../electron/common/rules/zoned-time.js';

const at = '2025-04-15T06:00:00Z';
const choicesIn = (language: 'en' | 'ar') => {
  const format = createFormatters(language);
  const tables = language === 'ar' ? [panelsAr.zoneCities, panelsEn.zoneCities] : [panelsEn.zoneCities, panelsAr.zoneCities];
  return zoneChoices(timeZoneChoices(['UTC']), tables, (zone) => ({ generic: format.zoneName(at, zone), offset: format.offset(at, zone) }));
};
const en = choicesIn('en');
const ar = choicesIn('ar');

describe('searchZones finds a time zone by the city an editor types', () => {
  it.each([
    ['Cairo', 'Africa/Cairo'],
    ['cai', 'Africa/Cairo'],
    ['القاهرة', 'Africa/Cairo'],
    ['القاهره', 'Africa/Cairo'],
    ['Dubai', 'Asia/Dubai'],
    ['Abu Dhabi', 'Asia/Dubai'],
    ['دبي', 'Asia/Dubai'],
    ['New York', 'America/New_York'],
    ['new_york', 'America/New_York'],
    ['Washington', 'America/New_York'],
    ['واشنطن', 'America/New_York'],
    ['Jeddah', 'Asia/Riyadh'],
    ['الرياض', 'Asia/Riyadh'],
    ['Doha', 'Asia/Qatar'],
    ['Sao Paulo', 'America/Sao_Paulo'],
    ['Kyiv', new Intl.DateTimeFormat('en', { timeZone: 'Europe/Kyiv' }).resolvedOptions().timeZone],
  ])('%s → %s', (typed, zone) => {
    for (const choices of [en, ar]) expect(searchZones(choices, typed)[0]?.zone).toBe(zone);
  });

  it('finds a zone by its generic name in the UI language', () => {
    expect(searchZones(en, 'Gulf')[0]?.zone).toBe('Asia/Dubai');
    expect(searchZones(ar, 'الخليج')[0]?.zone).toBe('Asia/Dubai');
  });

  it('finds nothing for what no zone is called, and everything for nothing typed', () => {
    expect(searchZones(en, 'Atlantis')).toEqual([]);
    expect(searchZones(en, '  ')).toHaveLength(en.length);
  });

  it('shows the city, the generic name and the offset in the UI language', () => {
    const cairoEn = en.find((choice) => choice.zone === 'Africa/Cairo')!;
    const cairoAr = ar.find((choice) => choice.zone === 'Africa/Cairo')!;
    expect([cairoEn.city, cairoEn.offset]).toEqual(['Cairo', 'GMT+2']);
    expect([cairoAr.city, cairoAr.offset]).toEqual(['القاهرة', 'غرينتش+٢']);
    expect(ar.find((choice) => choice.zone === 'Europe/Oslo')!.city).toBe('Oslo');
  });
});

describe('numbers in the UI language', () => {
  it('writes counts with the UI language’s digits and separators', () => {
    expect(createFormatters('en').number(40000)).toBe('40,000');
    expect(createFormatters('ar').number(40000)).toBe('٤٠٬٠٠٠');
    expect(createFormatters('ar').clock(8, 5)).toBe('٠٨:٠٥');
  });
});
