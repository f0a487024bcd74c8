import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { WallClock } from '../../../electron/common/rules/zoned-time.js';
import { useFormatters } from '../../i18n/format';
import { directionOf } from '../../i18n/language';
import { daysInMonth, parseTypedTime } from './typed-time';

interface DatePickerProps {
  /** The field's name ("Publish time"), for the popover's own. */
  label: string;
  /** The day and time it opens on: the field's value, or now. */
  start: WallClock;
  onPick(wall: WallClock): void;
  /** Escape gives the focus back to the button that opened it; clicking elsewhere leaves it there. */
  onClose(returnFocus: boolean): void;
}

/** The week starts on Monday in the English UI (en-GB), on Saturday in the Arabic one (Egypt). */
const FIRST_WEEKDAY = { ltr: 1, rtl: 6 } as const;

interface Day {
  year: number;
  month: number;
  day: number;
}

function shift({ year, month, day }: Day, days: number): Day {
  const moved = new Date(Date.UTC(year, month - 1, day + days));
  return { year: moved.getUTCFullYear(), month: moved.getUTCMonth() + 1, day: moved.getUTCDate() };
}

function shiftMonth({ year, month, day }: Day, months: number): Day {
  const index = year * 12 + month - 1 + months;
  const next = { year: Math.floor(index / 12), month: (index % 12) + 1 };
  return { ...next, day: Math.min(day, daysInMonth(next.year, next.month)) };
}

const sameDay = (a: Day, b: Day): boolean => a.year === b.year && a.month === b.month && a.day === b.day;

/**
 * A month calendar in a popover under a date field, the desktop way: arrow keys move a day or a
 * week (mirrored in Arabic), Page Up/Down a month, Home/End to the month's first and last day,
 * Enter or a click picks the day with the time typed below it; Escape closes without a change.
 * Only the focused day is in the tab order (a roving tab stop), so Tab goes on to the time.
 */
export function DatePicker({ label, start, onPick, onClose }: DatePickerProps) {
  const { t, i18n } = useTranslation();
  const format = useFormatters();
  const dir = directionOf(i18n.language);
  const titleId = useId();
  const [focused, setFocused] = useState<Day>(start);
  const [time, setTime] = useState(() => format.clock(start.hour, start.minute));
  const [timeInvalid, setTimeInvalid] = useState(false);
  const grid = useRef<HTMLTableElement>(null);
  const moved = useRef(false);

  const names = useMemo(() => {
    const utc = { timeZone: 'UTC' } as const;
    return {
      title: new Intl.DateTimeFormat(format.locale, { ...utc, month: 'long', year: 'numeric' }),
      day: new Intl.DateTimeFormat(format.locale, { ...utc, weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }),
      weekday: new Intl.DateTimeFormat(format.locale, { ...utc, weekday: dir === 'rtl' ? 'narrow' : 'short' }),
      weekdayLong: new Intl.DateTimeFormat(format.locale, { ...utc, weekday: 'long' }),
    };
  }, [format.locale, dir]);

  useEffect(() => {
    grid.current?.querySelector<HTMLButtonElement>('button[tabindex="0"]')?.focus();
  }, []);
  useEffect(() => {
    if (!moved.current) return;
    moved.current = false;
    grid.current?.querySelector<HTMLButtonElement>('button[tabindex="0"]')?.focus();
  }, [focused]);

  const utcOf = (d: Day): number => Date.UTC(d.year, d.month - 1, d.day);
  const firstWeekday = FIRST_WEEKDAY[dir];
  const lead = (new Date(utcOf({ ...focused, day: 1 })).getUTCDay() - firstWeekday + 7) % 7;
  const weeks: (Day | null)[][] = [];
  const cells: (Day | null)[] = Array.from({ length: lead }, () => null);
  for (let day = 1; day <= daysInMonth(focused.year, focused.month); day++) cells.push({ year: focused.year, month: focused.month, day });
  while (cells.length % 7) cells.push(null);
  for (let i = 0; i < cells.length; i += 7) weeks.push(cells.slice(i, i + 7));
  const weekdays = Array.from({ length: 7 }, (_, i) => Date.UTC(2025, 0, 5 + ((firstWeekday + i) % 7))); // 5 Jan 2025 was a Sunday

  const pick = (day: Day): void => {
    const typed = parseTypedTime(`${day.year}-${day.month}-${day.day} ${time}`, { ...start, ...day });
    if (!typed) {
      setTimeInvalid(true);
      return;
    }
    onPick(typed);
  };

  const move = (next: Day): void => {
    moved.current = true;
    setFocused(next);
  };

  const onGridKey = (event: KeyboardEvent<HTMLTableElement>): void => {
    const forward = dir === 'rtl' ? -1 : 1;
    const keys: Record<string, () => Day> = {
      ArrowRight: () => shift(focused, forward),
      ArrowLeft: () => shift(focused, -forward),
      ArrowDown: () => shift(focused, 7),
      ArrowUp: () => shift(focused, -7),
      PageDown: () => shiftMonth(focused, event.shiftKey ? 12 : 1),
      PageUp: () => shiftMonth(focused, event.shiftKey ? -12 : -1),
      Home: () => ({ ...focused, day: 1 }),
      End: () => ({ ...focused, day: daysInMonth(focused.year, focused.month) }),
    };
    const next = keys[event.key];
    if (!next) return;
    event.preventDefault();
    move(next());
  };

  return (
    <div
      role="dialog"
      aria-label={t('publish.calendar', { field: label })}
      className="date-picker"
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.stopPropagation();
          onClose(true);
        }
      }}
      onBlur={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) onClose(false);
      }}
    >
      <div className="date-picker__head">
        <button type="button" className="icon-button" aria-label={t('publish.previousMonth')} title={t('publish.previousMonth')} onClick={() => setFocused(shiftMonth(focused, -1))}>
          <span aria-hidden="true" className="date-picker__arrow">‹</span>
        </button>
        <h4 id={titleId} className="date-picker__title" aria-live="polite">
          {names.title.format(utcOf(focused))}
        </h4>
        <button type="button" className="icon-button" aria-label={t('publish.nextMonth')} title={t('publish.nextMonth')} onClick={() => setFocused(shiftMonth(focused, 1))}>
          <span aria-hidden="true" className="date-picker__arrow">›</span>
        </button>
      </div>
      <table ref={grid} role="grid" aria-labelledby={titleId} className="date-picker__grid" onKeyDown={onGridKey}>
        <thead>
          <tr>
            {weekdays.map((day) => (
              <th key={day} scope="col" abbr={names.weekdayLong.format(day)}>
                {names.weekday.format(day)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {weeks.map((week, row) => (
            <tr key={row}>
              {week.map((day, column) =>
                day ? (
                  <td key={column} aria-selected={sameDay(day, start)}>
                    <button
                      type="button"
                      tabIndex={sameDay(day, focused) ? 0 : -1}
                      aria-label={names.day.format(utcOf(day))}
                      className={['date-picker__day', sameDay(day, start) && 'date-picker__day--chosen'].filter(Boolean).join(' ')}
                      onClick={() => pick(day)}
                    >
                      {format.number(day.day)}
                    </button>
                  </td>
                ) : (
                  <td key={column} />
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
      <div className="date-picker__foot">
        <label className="date-picker__time">
          <span>{t('publish.time')}</span>
          <input
            type="text"
            inputMode="numeric"
            autoComplete="off"
            size={6}
            value={time}
            aria-invalid={timeInvalid || undefined}
            onChange={(event) => {
              setTime(event.target.value);
              setTimeInvalid(false);
            }}
            onKeyDown={(event) => {
              if (event.key === 'Enter') {
                event.preventDefault();
                pick(focused);
              }
            }}
          />
        </label>
        <button type="button" className="btn btn--primary" onClick={() => pick(focused)}>
          {t('publish.setDate')}
        </button>
      </div>
    </div>
  );
}
