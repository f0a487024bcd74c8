import type { i18n } from 'i18next';
import { useTranslation } from 'react-i18next';
import { asUiLanguage, type UiLanguage } from './language';

/**
 * Numbers, dates and times in the UI language. English uses the international newsroom style
 * (15 Apr 2025, 08:18, 24-hour clock, 40,000) whatever the machine's region, so datelines read the
 * same on every editor's laptop. Arabic uses Arabic month names and Arabic-Indic digits
 * (١٥ أبريل ٢٠٢٥، ٠٨:١٨ and ٤٠٬٠٠٠), as the desk's Egyptian and Gulf print pages do: the digits are
 * asked for by name (`nu-arab`), since plain `ar` gives Western digits in recent ICU (78).
 */
const LOCALE: Record<UiLanguage, string> = { en: 'en-GB', ar: 'ar-u-nu-arab' };

export function localeFor(language: string): string {
  return LOCALE[asUiLanguage(language)];
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

export interface Formatters {
  locale: string;
  /** "40,000" / "٤٠٬٠٠٠": every count the UI shows (i18next's `{{count, number}}` comes here too). */
  number(value: number): string;
  /** "08:18" / "٠٨:١٨": a wall-clock time, 24-hour. */
  clock(hour: number, minute: number): string;
  /** "10:42" today, "14 Apr, 10:42" on another day. */
  saveTime(iso: string, now?: Date): string;
  /** "15 Apr 2025, 08:18" in the given IANA time zone (or the machine's when none). */
  dateTime(iso: string, timeZone?: string): string;
  /** "GMT+3" / "غرينتش+٣": the UTC offset of an IANA time zone at that instant. */
  offset(iso: string, timeZone: string): string;
  /** "Eastern European Time" / "توقيت شرق أوروبا": an IANA time zone's generic name. */
  zoneName(iso: string, timeZone: string): string;
  /** "5 minutes ago", "yesterday", or the date when older than a week. */
  relative(iso: string, now: Date): string;
  /** "A, B and C" */
  list(items: string[]): string;
}

export function createFormatters(language: string): Formatters {
  const locale = localeFor(language);
  const time = new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
  const dayTime = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
  const date = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric' });
  const relative = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  const number = new Intl.NumberFormat(locale);
  const twoDigits = new Intl.NumberFormat(locale, { minimumIntegerDigits: 2, useGrouping: false });
  const list = new Intl.ListFormat(locale, { type: 'conjunction' });
  // By time zone ('' for the machine's): every row of the article list shows one.
  const dateTimes = new Map<string, Intl.DateTimeFormat>();
  const zoneNames = new Map<string, Intl.DateTimeFormat>();
  const zoneName = (iso: string, timeZone: string, style: 'shortOffset' | 'longGeneric'): string => {
    const key = `${style} ${timeZone}`;
    let format = zoneNames.get(key);
    if (!format) {
      format = new Intl.DateTimeFormat(locale, { timeZone, timeZoneName: style });
      zoneNames.set(key, format);
    }
    return format.formatToParts(new Date(iso)).find((part) => part.type === 'timeZoneName')?.value ?? timeZone;
  };
  return {
    locale,
    number: (value) => number.format(value),
    clock: (hour, minute) => `${twoDigits.format(hour)}:${twoDigits.format(minute)}`,
    saveTime(iso, now = new Date()) {
      const when = new Date(iso);
      return when.toDateString() === now.toDateString() ? time.format(when) : dayTime.format(when);
    },
    dateTime(iso, timeZone) {
      const key = timeZone ?? '';
      let format = dateTimes.get(key);
      if (!format) {
        format = new Intl.DateTimeFormat(locale, {
          day: 'numeric',
          month: 'short',
          year: 'numeric',
          hour: '2-digit',
          minute: '2-digit',
          hourCycle: 'h23',
          ...(timeZone ? { timeZone } : {}),
        });
        dateTimes.set(key, format);
      }
      return format.format(new Date(iso));
    },
    offset: (iso, timeZone) => zoneName(iso, timeZone, 'shortOffset'),
    zoneName: (iso, timeZone) => zoneName(iso, timeZone, 'longGeneric'),
    relative(iso, now) {
      const when = new Date(iso);
      const diff = when.getTime() - now.getTime();
      const ago = Math.abs(diff);
      if (Number.isNaN(ago)) return '';
      if (ago < MINUTE) return relative.format(0, 'second');
      if (ago < HOUR) return relative.format(Math.round(diff / MINUTE), 'minute');
      if (ago < DAY) return relative.format(Math.round(diff / HOUR), 'hour');
      if (ago < 7 * DAY) return relative.format(Math.round(diff / DAY), 'day');
      return date.format(when);
    },
    list: (items) => list.format(items),
  };
}

// Intl formatters are costly to build and the article list asks for them once per row.
const cache = new Map<string, Formatters>();

export function formattersFor(language: string): Formatters {
  let formatters = cache.get(language);
  if (!formatters) {
    formatters = createFormatters(language);
    cache.set(language, formatters);
  }
  return formatters;
}

export function useFormatters(): Formatters {
  const { i18n } = useTranslation();
  return formattersFor(i18n.language);
}

/** Sends i18next's `{{count, number}}` (every count in the translation files) through `number` above. */
export function formatNumbersInUiLanguage(i18n: i18n): void {
  i18n.services.formatter?.add('number', (value, lng) => formattersFor(lng ?? i18n.language).number(Number(value)));
}
