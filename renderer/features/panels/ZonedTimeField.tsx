import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../i18n/format';
import { localToZonedIso, zonedIsoToLocal } from '../../../electron/common/rules/zoned-time.js';

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
 * A date and time typed as the clock reads in the article's time zone (not the laptop's): the
 * value is stored as an instant with that zone's offset. A line under the field repeats it in
 * words with the zone, so "08:18" is never read as the editor's own time by mistake.
 */
export function ZonedTimeField({ label, clearLabel, value, timeZone, onChange, id: givenId }: ZonedTimeFieldProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const ownId = useId();
  const id = givenId ?? ownId;
  const local = zonedIsoToLocal(value, timeZone);
  let spelled: string | null = null;
  if (value) {
    try {
      spelled = t('publish.inZone', { date: format.dateTime(value, timeZone), zone: timeZone });
    } catch {
      spelled = null;
    }
  }
  return (
    <div className="panel-field">
      <label className="panel-field__label" htmlFor={id}>
        {label}
      </label>
      <div className="panel-field__row">
        <input
          id={id}
          type="datetime-local"
          value={local}
          aria-describedby={spelled ? `${id}-spelled` : undefined}
          onChange={(event) => onChange(event.target.value ? localToZonedIso(event.target.value, timeZone) : null)}
        />
        {value && (
          <button type="button" className="icon-button" aria-label={clearLabel} title={clearLabel} onClick={() => onChange(null)}>
            <span aria-hidden="true">×</span>
          </button>
        )}
      </div>
      {spelled && (
        <p id={`${id}-spelled`} className="panel-field__hint">
          {spelled}
        </p>
      )}
    </div>
  );
}
