import { describe, expect, it } from 'vitest';
import { localToZonedIso, offsetMinutes, timeZoneChoices, wallClockToZonedIso, zonedIsoToLocal } from '../../../../electron/common/rules/zoned-time.js';

describe('publish times in a time zone', () => {
  it('stores a Cairo April morning with +02:00 and a Cairo July morning with +03:00 (DST since 2023)', () => {
    expect(localToZonedIso('2025-04-15T08:18', 'Africa/Cairo')).toBe('2025-04-15T08:18:00+02:00');
    expect(localToZonedIso('2025-07-01T08:18', 'Africa/Cairo')).toBe('2025-07-01T08:18:00+03:00');
    expect(localToZonedIso('2025-11-15T08:18', 'Africa/Cairo')).toBe('2025-11-15T08:18:00+02:00');
    // Before 2023 Egypt had no summer time.
    expect(localToZonedIso('2022-07-01T08:18', 'Africa/Cairo')).toBe('2022-07-01T08:18:00+02:00');
  });

  it('reads a stored instant back as the same wall clock in its zone, whatever the machine zone is', () => {
    expect(zonedIsoToLocal('2025-04-15T08:18:00+02:00', 'Africa/Cairo')).toBe('2025-04-15T08:18');
    expect(zonedIsoToLocal('2025-04-15T06:18:00Z', 'Africa/Cairo')).toBe('2025-04-15T08:18');
    expect(zonedIsoToLocal('2025-04-15T08:18:00+02:00', 'America/New_York')).toBe('2025-04-15T02:18');
    expect(zonedIsoToLocal('2025-04-15T08:18:00+02:00', 'Asia/Kolkata')).toBe('2025-04-15T11:48');
    expect(zonedIsoToLocal(null, 'Africa/Cairo')).toBe('');
    expect(zonedIsoToLocal('not a date', 'Africa/Cairo')).toBe('');
  });

  it('round-trips every half hour across both Cairo DST changes of 2025, except the skipped hour', () => {
    const days = ['2025-04-24', '2025-04-25', '2025-10-30', '2025-10-31'];
    for (const day of days) {
      for (let minutes = 0; minutes < 24 * 60; minutes += 30) {
        const local = `${day}T${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
        const iso = localToZonedIso(local, 'Africa/Cairo')!;
        expect(iso).not.toBeNull();
        // The stored offset is the zone's real offset at the stored instant.
        expect(offsetMinutes('Africa/Cairo', Date.parse(iso))).toBe(Number(iso.slice(-6, -3)) * 60);
        // Egypt springs forward at midnight on the last Friday of April: 00:00–00:59 does not exist.
        if (day === '2025-04-25' && minutes < 60) continue;
        expect(zonedIsoToLocal(iso, 'Africa/Cairo'), local).toBe(local);
      }
    }
  });

  it('moves a time in the spring-forward gap ahead by the jump, and takes the first of a repeated hour (RFC 5545)', () => {
    expect(localToZonedIso('2025-04-25T00:30', 'Africa/Cairo')).toBe('2025-04-25T01:30:00+03:00');
    // On 30 Oct 2025 Cairo's clocks go back from midnight to 23:00: 23:30 happens twice.
    expect(localToZonedIso('2025-10-30T23:30', 'Africa/Cairo')).toBe('2025-10-30T23:30:00+03:00');
    expect(localToZonedIso('2025-10-30T22:59', 'Africa/Cairo')).toBe('2025-10-30T22:59:00+03:00');
    expect(localToZonedIso('2025-10-31T00:00', 'Africa/Cairo')).toBe('2025-10-31T00:00:00+02:00');
    // West of Greenwich too.
    expect(localToZonedIso('2025-03-09T02:30', 'America/New_York')).toBe('2025-03-09T03:30:00-04:00');
    expect(localToZonedIso('2025-11-02T01:30', 'America/New_York')).toBe('2025-11-02T01:30:00-04:00');
  });

  it('reads a wall clock (imported wire copy, the sample article) the same way, daylight saving included', () => {
    const noon = (month: number) => ({ year: 2025, month, day: 15, hour: 12, minute: 0 });
    expect(wallClockToZonedIso(noon(1), 'America/New_York')).toBe('2025-01-15T12:00:00-05:00');
    expect(wallClockToZonedIso(noon(7), 'America/New_York')).toBe('2025-07-15T12:00:00-04:00');
    expect(wallClockToZonedIso(noon(7), 'Asia/Kolkata')).toBe('2025-07-15T12:00:00+05:30');
    expect(wallClockToZonedIso(noon(7), 'UTC')).toBe('2025-07-15T12:00:00+00:00');
    expect(wallClockToZonedIso({ year: 2025, month: 4, day: 25, hour: 0, minute: 30 }, 'Africa/Cairo')).toBe('2025-04-25T01:30:00+03:00');
    expect(wallClockToZonedIso(noon(7), 'Mars/Olympus_Mons')).toBeNull();
  });

  it('refuses malformed input and unknown zones instead of guessing', () => {
    expect(localToZonedIso('', 'Africa/Cairo')).toBeNull();
    expect(localToZonedIso('15/04/2025 08:18', 'Africa/Cairo')).toBeNull();
    expect(localToZonedIso('2025-04-15T08:18', 'Mars/Olympus_Mons')).toBeNull();
    expect(zonedIsoToLocal('2025-04-15T06:18:00Z', 'Mars/Olympus_Mons')).toBe('2025-04-15T06:18');
  });

  it('offers the IANA zones, including one the article names that this machine does not list', () => {
    const zones = timeZoneChoices(['Africa/Cairo', 'Etc/Unknown']);
    expect(zones).toContain('Africa/Cairo');
    expect(zones).toContain('Etc/Unknown');
    expect(zones.length).toBeGreaterThan(100);
  });
});
