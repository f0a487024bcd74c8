import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../i18n/format';
import { wallClockToZonedIso, type WallClock } from '../../../electron/common/rules/zoned-time.js';
import { DatePicker } from './DatePicker';
import { parseTypedTime, wallClockOf } from './typed-time';

interface ZonedTimeFieldProps {
  label: string;
  clearLabel: string;
  /** The stored instant (ISO with offset), or null. */
  value: string | null;
  /** The zone the wall clock is typed in. */
  timeZone: string;
  onChange(iso: string | null): void;
  id?: string;
}

/**
 * A date and time as the clock reads in the article's time zone (not the laptop's), shown in the
 * UI language ("15 Apr 2025, 08:18", "١٥ أبريل ٢٠٢٥، ٠٨:١٨") and stored as an instant with that
 * zone's offset. It can be typed (read on Enter or on leaving the field; see typed-time.ts for
 * what is understood; Escape takes the typing back) or picked from a calendar (the button beside
 * it, or Alt+Down in the field). A line under it names the zone and its UTC offset at that time,
 * so "08:18" is never read as the editor's own time by mistake.
 */
export function ZonedTimeField({ label, clearLabel, value, timeZone, onChange, id: givenId }: ZonedTimeFieldProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const ownId = useId();
  const id = givenId ?? ownId;
  const input = useRef<HTMLInputElement>(null);
  const calendarButton = useRef<HTMLButtonElement>(null);
  const [typing, setTyping] = useState<string | null>(null);
  const [invalid, setInvalid] = useState(false);
  const [picking, setPicking] = useState(false);

  const wall = wallClockOf(value, timeZone);
  let shown = '';
  let zoneLine: string | null = null;
  if (value) {
    try {
      shown = format.dateTime(value, timeZone);
      zoneLine = t('publish.inZone', { zone: timeZone, offset: format.offset(value, timeZone) });
    } catch {
      shown = value;
    }
  }
  const fallback = (): WallClock => wall ?? wallClockOf(new Date().toISOString(), timeZone)!;

  const commit = (text: string): void => {
    if (!text.trim()) {
      setTyping(null);
      setInvalid(false);
      if (value) onChange(null);
      return;
    }
    const typed = parseTypedTime(text, fallback());
    const iso = typed && wallClockToZonedIso(typed, timeZone);
    if (!iso) {
      setInvalid(true);
      return;
    }
    setTyping(null);
    setInvalid(false);
    if (iso !== value) onChange(iso);
  };

  const described = [invalid && `${id}-invalid`, zoneLine && `${id}-zone`, `${id}-format`].filter(Boolean).join(' ');

  return (
    <div className="panel-field zoned-time">
      <label className="panel-field__label" htmlFor={id}>
        {label}
      </label>
      <div className="panel-field__row">
        <input
          ref={input}
          id={id}
          type="text"
          autoComplete="off"
          spellCheck={false}
          value={typing ?? shown}
          placeholder={t('publish.datePlaceholder')}
          aria-invalid={invalid || undefined}
          aria-describedby={described}
          onChange={(event) => setTyping(event.target.value)}
          onBlur={() => {
            if (typing !== null) commit(typing);
          }}
          onKeyDown={(event) => {
            if (event.key === 'Enter' && typing !== null) {
              event.preventDefault();
              commit(typing);
            } else if (event.key === 'Escape' && typing !== null) {
              event.preventDefault();
              setTyping(null);
              setInvalid(false);
            } else if (event.key === 'ArrowDown' && event.altKey) {
              event.preventDefault();
              setPicking(true);
            }
          }}
        />
        <button
          ref={calendarButton}
          type="button"
          className="icon-button zoned-time__calendar"
          aria-label={t('publish.calendar', { field: label })}
          title={t('publish.calendar', { field: label })}
          aria-haspopup="dialog"
          aria-expanded={picking}
          onClick={() => setPicking(!picking)}
        >
          <svg aria-hidden="true" viewBox="0 0 16 16" width="16" height="16">
            <rect x="2" y="3" width="12" height="11" rx="1.5" fill="none" stroke="currentColor" strokeWidth="1.3" />
            <path d="M2 6.5h12M5 1.5v3M11 1.5v3" stroke="currentColor" strokeWidth="1.3" />
          </svg>
        </button>
        {value && (
          <button type="button" className="icon-button" aria-label={clearLabel} title={clearLabel} onClick={() => onChange(null)}>
            <span aria-hidden="true">×</span>
          </button>
        )}
        {picking && (
          <DatePicker
            label={label}
            start={fallback()}
            onPick={(picked) => {
              setPicking(false);
              setTyping(null);
              setInvalid(false);
              const iso = wallClockToZonedIso(picked, timeZone);
              if (iso && iso !== value) onChange(iso);
              input.current?.focus();
            }}
            onClose={(returnFocus) => {
              setPicking(false);
              if (returnFocus) calendarButton.current?.focus();
            }}
          />
        )}
      </div>
      {invalid && (
        <p id={`${id}-invalid`} className="panel-field__hint panel-field__hint--error">
          {t('publish.dateInvalid')}
        </p>
      )}
      {zoneLine && (
        <p id={`${id}-zone`} className="panel-field__hint">
          {zoneLine}
        </p>
      )}
      <p id={`${id}-format`} hidden>
        {t('publish.dateFormatHint')}
      </p>
    </div>
  );
}
