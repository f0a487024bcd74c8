import { zonedIsoToLocal, type WallClock } from '../../../electron/common/rules/zoned-time.js';

/**
 * What an editor types in a date field, read as a wall clock. The field shows "15 Apr 2025, 08:18"
 * (or "١٥ أبريل ٢٠٢٥، ٠٨:١٨"), so that reads back, and so does what people type by hand:
 *
 * - the day first, as in Britain and the Arab world: "15/4/2025", "15.04.2025", "15-4-2025";
 * - a year first: "2025-04-15", "2025-04-15T08:18" (ISO, the value of the old field);
 * - a month by name in English or Arabic, long or short, either side of the day: "15 April 2025",
 *   "Apr 15, 2025", "15 أبريل 2025", "١٥ نيسان ٢٠٢٥" (the Levantine names too);
 * - Arabic-Indic and Persian digits, the Arabic comma and decimal separator, an alef typed
 *   without its hamza ("ابريل");
 * - a time as "08:18", "8.18", "8:18 pm", "٨:١٨ م" (ص/م for a.m./p.m.).
 *
 * A missing year or time comes from `fallback` (the field's value, or now), so "15 Apr" keeps the
 * time already chosen. Anything else, or a day the month does not have, is null.
 */
export function parseTypedTime(typed: string, fallback: WallClock): WallClock | null {
  let text = normalize(typed);
  if (!text) return null;

  let hour = fallback.hour;
  let minute = fallback.minute;
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})t(\d{1,2}):(\d{2})(?::\d{2}(?:\.\d+)?)?$/.exec(text);
  if (iso) text = `${iso[1]}-${iso[2]}-${iso[3]} ${iso[4]}:${iso[5]}`;
  const time = /(?:^|\s)(\d{1,2})[:.](\d{2})(?:\s*(am|pm|a\.m\.|p\.m\.|ص|م))?(?=\s|$)/.exec(text);
  if (time) {
    hour = Number(time[1]);
    minute = Number(time[2]);
    const half = time[3];
    if (half) {
      if (hour < 1 || hour > 12) return null;
      const pm = half.startsWith('p') || half === 'م';
      hour = (hour % 12) + (pm ? 12 : 0);
    }
    text = `${text.slice(0, time.index)} ${text.slice(time.index + time[0].length)}`;
  }

  const words = text.split(/[\s,/.\-]+/).filter(Boolean);
  let month: number | null = null;
  const numbers: number[] = [];
  for (const word of words) {
    if (/^\d+$/.test(word)) numbers.push(Number(word));
    else if (month === null && MONTHS.has(word)) month = MONTHS.get(word)!;
    else return null;
  }

  let year = fallback.year;
  let day: number | undefined;
  if (month !== null) {
    if (numbers.length < 1 || numbers.length > 2) return null;
    [day, year = fallback.year] = numbers[0]! > 31 ? [numbers[1], numbers[0]!] : numbers;
  } else if (numbers.length === 3) {
    [day, month, year] = numbers[0]! > 31 ? [numbers[2]!, numbers[1]!, numbers[0]!] : [numbers[0]!, numbers[1]!, numbers[2]!];
  } else if (numbers.length === 2) {
    [day, month] = numbers as [number, number];
  } else return null;

  if (day === undefined || year < 1000 || year > 9999 || month < 1 || month > 12) return null;
  if (day < 1 || day > daysInMonth(year, month) || hour > 23 || minute > 59) return null;
  return { year, month, day, hour, minute };
}

/** The wall clock a stored instant reads in `timeZone`; null for none. */
export function wallClockOf(iso: string | null, timeZone: string): WallClock | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(zonedIsoToLocal(iso, timeZone));
  if (!match) return null;
  const [year, month, day, hour, minute] = match.slice(1).map(Number) as [number, number, number, number, number];
  return { year, month, day, hour, minute };
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const DIGIT_SETS = [0x0660, 0x06f0];

function normalize(typed: string): string {
  let out = '';
  for (const ch of typed.trim().toLowerCase()) {
    const code = ch.codePointAt(0)!;
    const set = DIGIT_SETS.find((zero) => code >= zero && code <= zero + 9);
    if (set !== undefined) out += String(code - set);
    else if (ch === '،' || ch === '٬') out += ',';
    else if (ch === '٫') out += '.';
    else if (ch === 'أ' || ch === 'إ' || ch === 'آ') out += 'ا';
    else if (ch === '\u061c' || ch === '\u200f' || ch === '\u200e') continue;
    else out += ch;
  }
  return out.replace(/\s+/g, ' ');
}

/** Month names in English and Arabic (Egyptian and Gulf, and Levantine), long and short, lower case. */
const MONTHS = new Map<string, number>();
for (const locale of ['en', 'ar', 'ar-SY']) {
  for (const width of ['long', 'short'] as const) {
    const format = new Intl.DateTimeFormat(locale, { month: width, timeZone: 'UTC' });
    for (let month = 1; month <= 12; month++) {
      MONTHS.set(normalize(format.format(Date.UTC(2025, month - 1, 15))).replace(/\.$/, ''), month);
    }
  }
}
MONTHS.set('sept', 9);
