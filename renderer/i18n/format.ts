import { useTranslation } from 'react-i18next';
import { asUiLanguage, type UiLanguage } from './language';

/**
 * Dates and times in the UI language. English uses the international newsroom style
 * (15 Apr 2025, 08:18, 24-hour clock) whatever the machine's region, so datelines read the same on
 * every editor's laptop; Arabic uses Arabic month names and digits.
 */
const LOCALE: Record<UiLanguage, string> = { en: 'en-GB', ar: 'ar' };

export function localeFor(language: string): string {
  return LOCALE[asUiLanguage(language)];
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

export interface Formatters {
  locale: string;
  /** "10:42" today, "14 Apr, 10:42" on another day. */
  saveTime(iso: string, now?: Date): string;
  /** "15 Apr 2025, 08:18" in the given IANA time zone (or the machine's when none). */
  dateTime(iso: string, timeZone?: string): string;
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
  const list = new Intl.ListFormat(locale, { type: 'conjunction' });
  // By time zone ('' for the machine's): every row of the article list shows one.
  const dateTimes = new Map<string, Intl.DateTimeFormat>();
  return {
    locale,
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
