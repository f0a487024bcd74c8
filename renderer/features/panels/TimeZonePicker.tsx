import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../i18n/format';
import { searchZones, zoneChoices, type ZoneChoice } from './zone-search';

interface TimeZonePickerProps {
  id: string;
  label: string;
  /** The article's zone. */
  value: string;
  /** Every zone to choose from. */
  zones: readonly string[];
  onChange(zone: string): void;
}

/**
 * The article's time zone, found by typing a city in English or Arabic ("Cairo", "القاهرة",
 * "New York") or a zone's name: an ARIA combobox with a listbox (WAI-ARIA APG, list autocomplete).
 * Down/Up move through the matches (Alt+Down or Down opens the whole list), Enter picks, Escape
 * closes the list, then takes the typing back. The field shows the IANA name, the way the CMS and
 * the stored article write it; each match shows the city, the name and the UTC offset now.
 */
export function TimeZonePicker({ id, label, value, zones, onChange }: TimeZonePickerProps) {
  const { t, i18n } = useTranslation();
  const format = useFormatters();
  const listId = useId();
  const list = useRef<HTMLUListElement>(null);
  const [typed, setTyped] = useState<string | null>(null);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);

  // Built when the list first opens: an offset and a generic name for each of some 400 zones.
  const choices = useMemo<ZoneChoice[] | null>(() => {
    if (!open) return null;
    const other = i18n.language === 'ar' ? 'en' : 'ar';
    const table = (language: string) => (i18n.getResource(language, 'translation', 'zoneCities') ?? {}) as Record<string, string>;
    const now = new Date().toISOString();
    return zoneChoices(zones, [table(i18n.language), table(other)], (zone) => ({
      generic: format.zoneName(now, zone),
      offset: format.offset(now, zone),
    }));
  }, [open, zones, i18n, i18n.language, format]);
  const matches = useMemo(() => (choices ? searchZones(choices, typed ?? '') : []), [choices, typed]);

  // The active match is scrolled into the list's view, and only the list's (scrollIntoView would
  // move the panel column and the window too; see jump.ts).
  useEffect(() => {
    const box = list.current;
    const option = box?.querySelector<HTMLElement>(`[data-index="${active}"]`);
    if (!box || !option) return;
    if (option.offsetTop < box.scrollTop) box.scrollTop = option.offsetTop;
    else if (option.offsetTop + option.offsetHeight > box.scrollTop + box.clientHeight) box.scrollTop = option.offsetTop + option.offsetHeight - box.clientHeight;
  }, [active, matches, open]);

  const openList = (): void => {
    setOpen(true);
    // The whole list opens on the article's zone.
    setActive(typed === null ? Math.max(0, zones.indexOf(value)) : 0);
  };
  const close = (): void => {
    setOpen(false);
    setTyped(null);
  };
  const pick = (zone: string): void => {
    close();
    if (zone !== value) onChange(zone);
  };

  const activeChoice = open ? matches[active] : undefined;
  const optionId = (index: number): string => `${listId}-${index}`;

  return (
    <div className="panel-field zone-picker">
      <label className="panel-field__label" htmlFor={id}>
        {label}
      </label>
      <div className="zone-picker__box">
        <input
          id={id}
          type="text"
          role="combobox"
          dir="auto"
          autoComplete="off"
          spellCheck={false}
          aria-autocomplete="list"
          aria-expanded={open}
          aria-controls={listId}
          aria-activedescendant={activeChoice ? optionId(active) : undefined}
          aria-describedby={`${id}-hint`}
          value={typed ?? value}
          onChange={(event) => {
            setTyped(event.target.value);
            setOpen(true);
            setActive(0);
          }}
          onKeyDown={(event) => {
            if (event.nativeEvent.isComposing) return;
            if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
              event.preventDefault();
              if (!open) return openList();
              const last = matches.length - 1;
              setActive((index) => Math.max(0, Math.min(last, index + (event.key === 'ArrowDown' ? 1 : -1))));
            } else if (event.key === 'Enter' && open) {
              event.preventDefault();
              if (activeChoice) pick(activeChoice.zone);
            } else if (event.key === 'Escape' && (open || typed !== null)) {
              event.preventDefault();
              if (open) setOpen(false);
              else setTyped(null);
            }
          }}
          onBlur={() => {
            // A zone's exact name typed and left is picked; anything else goes back to the zone.
            const exact = typed && zones.find((zone) => zone.toLowerCase() === typed.trim().toLowerCase());
            if (exact) pick(exact);
            else close();
          }}
        />
        <ul ref={list} id={listId} role="listbox" aria-label={label} className="zone-picker__list" hidden={!open}>
          {matches.map((choice, index) => (
            <li
              key={choice.zone}
              id={optionId(index)}
              data-index={index}
              role="option"
              aria-selected={index === active}
              className="zone-picker__option"
              // Keeps the focus in the field, so the click picks before the field's blur closes the list.
              onMouseDown={(event) => event.preventDefault()}
              onMouseMove={() => setActive(index)}
              onClick={() => pick(choice.zone)}
            >
              <span className="zone-picker__city">{choice.city}</span>
              <span className="zone-picker__offset">{choice.offset}</span>
              <span className="zone-picker__zone" dir="ltr">
                {choice.zone}
              </span>
              <span className="zone-picker__generic">{choice.generic}</span>
            </li>
          ))}
        </ul>
      </div>
      <p id={`${id}-hint`} className="panel-field__hint">
        {t('publish.timeZoneHint')}
      </p>
      <p role="status" className="panel-field__hint panel-field__hint--error">
        {open && matches.length === 0 ? t('publish.timeZoneNone') : ''}
      </p>
    </div>
  );
}
