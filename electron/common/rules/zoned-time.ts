/**
 * Publish and embargo times are typed as a wall clock in the article's time zone (an
 * `<input type="datetime-local">` value, `2025-04-15T08:18`) and stored as an ISO instant with that
 * zone's UTC offset at that instant (`2025-04-15T08:18:00+02:00`), plus the zone's name. Offsets
 * come from the tz database through Intl, so daylight saving is right in every year (Egypt brought
 * DST back in 2023). The panels, imported wire copy and the sample article all read a wall clock
 * this one way.
 *
 * Around a DST change a wall-clock time can be missing (clocks jump forward: 00:30 on the day
 * Cairo springs forward does not exist) or happen twice (clocks go back). As in iCalendar
 * (RFC 5545) and Temporal's "compatible" choice, a missing time is read with the offset from before
 * the jump, so it moves forward by the jump (00:30 becomes 01:30), and a repeated time means its
 * first occurrence. Either way the stored offset is the zone's real offset at the stored instant,
 * so the ISO string reads back as the same wall clock.
 */

const DAY_MS = 86_400_000;
const LOCAL_INPUT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?$/;

/** Minutes east of UTC in `timeZone` at `epochMs`. Throws RangeError for a zone Intl does not know. */
export function offsetMinutes(timeZone: string, epochMs: number): number {
  const name = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' })
    .formatToParts(epochMs)
    .find((part) => part.type === 'timeZoneName')?.value;
  const match = /^GMT(?:([+-])(\d{1,2}):?(\d{2})?)?$/.exec(name ?? '');
  if (!match) throw new RangeError(`Unexpected UTC offset "${name}" for time zone ${timeZone}`);
  if (!match[1]) return 0;
  const minutes = Number(match[2]) * 60 + Number(match[3] ?? 0);
  return match[1] === '-' ? -minutes : minutes;
}

const p2 = (n: number): string => String(n).padStart(2, '0');

/** A wall-clock time as a newsroom writes it, in some time zone. */
export interface WallClock {
  year: number;
  /** 1–12 */
  month: number;
  day: number;
  hour: number;
  minute: number;
}

function wallAt(epochMs: number, timeZone: string): WallClock {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(epochMs);
  const get = (type: Intl.DateTimeFormatPartTypes): number => Number(parts.find((p) => p.type === type)?.value ?? NaN);
  return { year: get('year'), month: get('month'), day: get('day'), hour: get('hour'), minute: get('minute') };
}

function localString(wall: WallClock): string {
  return `${String(wall.year).padStart(4, '0')}-${p2(wall.month)}-${p2(wall.day)}T${p2(wall.hour)}:${p2(wall.minute)}`;
}

/** ISO 8601 for an instant, as the wall clock in `timeZone` with that zone's offset: `2025-04-15T08:18:00+02:00`. */
export function isoInZone(epochMs: number, timeZone: string): string {
  const offset = offsetMinutes(timeZone, epochMs);
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  return `${localString(wallAt(epochMs, timeZone))}:00${sign}${p2(Math.floor(abs / 60))}:${p2(abs % 60)}`;
}

/**
 * `2025-04-15T08:18` in `timeZone` → `2025-04-15T08:18:00+02:00`. Null for an empty or malformed
 * value, or a zone Intl does not know.
 */
export function localToZonedIso(local: string, timeZone: string): string | null {
  const match = LOCAL_INPUT.exec(local.trim());
  if (!match) return null;
  const [year, month, day, hour, minute] = match.slice(1, 6).map(Number) as [number, number, number, number, number];
  const wallMs = Date.UTC(year, month - 1, day, hour, minute);
  if (Number.isNaN(wallMs)) return null;
  try {
    // The zone's offsets a day either side cover any change of offset near this time. Each one
    // that really applies at the instant it gives is a reading of the wall clock.
    const offsets = [...new Set([-DAY_MS, 0, DAY_MS].map((shift) => offsetMinutes(timeZone, wallMs + shift)))];
    const readings = offsets.map((offset) => wallMs - offset * 60_000).filter((instant) => wallMs - offsetMinutes(timeZone, instant) * 60_000 === instant);
    // Repeated: the first occurrence. Missing: read with the offset from before the jump.
    const instant = readings.length ? Math.min(...readings) : wallMs - offsetMinutes(timeZone, wallMs - DAY_MS) * 60_000;
    return isoInZone(instant, timeZone);
  } catch {
    return null;
  }
}

/** A wall clock read in `timeZone`, the same way as localToZonedIso: `2025-04-15T08:18:00+02:00` for Cairo. */
export function wallClockToZonedIso(wall: WallClock, timeZone: string): string | null {
  return localToZonedIso(localString(wall), timeZone);
}

/**
 * A stored ISO instant as the `datetime-local` value in `timeZone` (`2025-04-15T08:18`). Empty for
 * null or an unreadable value; a zone Intl does not know shows UTC.
 */
export function zonedIsoToLocal(iso: string | null, timeZone: string): string {
  if (!iso) return '';
  const epochMs = Date.parse(iso);
  if (Number.isNaN(epochMs)) return '';
  try {
    return localString(wallAt(epochMs, timeZone));
  } catch {
    return localString(wallAt(epochMs, 'UTC'));
  }
}

/** The machine's time zone, the default for new articles ("Africa/Cairo"). */
export function userTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

let zones: string[] | null = null;
/** Every IANA zone this machine knows, sorted, with `extra` (the article's or the user's zone) added when missing. */
export function timeZoneChoices(extra: readonly string[] = []): string[] {
  zones ??= typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : ['UTC'];
  const missing = extra.filter((zone) => zone && !zones!.includes(zone));
  return missing.length ? [...zones, ...missing].sort() : zones;
}
