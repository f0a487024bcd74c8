/** A wall-clock time as a newsroom writes it, in some time zone. */
export interface WallClock {
  year: number;
  /** 1–12 */
  month: number;
  day: number;
  hour: number;
  minute: number;
}

/**
 * ISO 8601 with the zone's UTC offset at that moment, e.g. `2025-04-15T08:18:00+02:00` for Cairo.
 * The offset comes from the tz database through Intl, so daylight saving is right in any year.
 */
export function zonedIsoString(wall: WallClock, timeZone: string): string {
  const asUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute);
  // The offset at `asUtc` can differ from the one at the real instant when a DST change lies
  // between them; one correction step settles it.
  let offset = offsetMinutes(timeZone, asUtc);
  const corrected = offsetMinutes(timeZone, asUtc - offset * 60_000);
  if (corrected !== offset) offset = corrected;
  const p2 = (n: number) => String(n).padStart(2, '0');
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  return (
    `${String(wall.year).padStart(4, '0')}-${p2(wall.month)}-${p2(wall.day)}T${p2(wall.hour)}:${p2(wall.minute)}:00` +
    `${sign}${p2(Math.floor(abs / 60))}:${p2(abs % 60)}`
  );
}

/** Minutes east of UTC in `timeZone` at `epochMs`. */
export function offsetMinutes(timeZone: string, epochMs: number): number {
  const name = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' })
    .formatToParts(epochMs)
    .find((part) => part.type === 'timeZoneName')?.value;
  const match = /^GMT(?:([+-])(\d{1,2}):?(\d{2})?)?$/.exec(name ?? '');
  if (!match) throw new Error(`Unexpected UTC offset "${name}" for time zone ${timeZone}`);
  if (!match[1]) return 0;
  const minutes = Number(match[2]) * 60 + Number(match[3] ?? 0);
  return match[1] === '-' ? -minutes : minutes;
}
