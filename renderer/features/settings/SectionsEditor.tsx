import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../i18n/errors';
import { Button } from '../../ui/Button';
import { library, useSections } from '../library/use-library';

const MAX_SECTION = 100;

/**
 * The desk's list of sections, which the Section field of Publish details offers: add, remove,
 * reorder. Each change is saved to the library at once (library:updateSettings), like the other
 * settings, so there is no Save button to forget; an article filed in a removed section keeps it.
 */
export function SectionsEditor() {
  const { t } = useTranslation();
  const id = useId();
  const { sections, error: loadError, loaded } = useSections();
  const [draft, setDraft] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const listRef = useRef<HTMLUListElement>(null);

  const save = async (next: string[], focus?: () => void): Promise<boolean> => {
    setProblem(null);
    const failure = await library.saveSections(next);
    if (failure) {
      setProblem(t('sectionList.saveFailed', { reason: describeError(t, failure) }));
      return false;
    }
    focus?.();
    return true;
  };

  const add = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    const name = draft.trim().replace(/\s+/g, ' ');
    if (!name) return;
    if (sections.some((s) => s.toLocaleLowerCase() === name.toLocaleLowerCase())) {
      setProblem(t('sectionList.duplicate', { name }));
      return;
    }
    if (await save([...sections, name])) setDraft('');
    inputRef.current?.focus();
  };

  const focusRow = (index: number, part: 'up' | 'down' | 'remove'): void => {
    requestAnimationFrame(() => {
      const row = listRef.current?.children[index];
      const button = row?.querySelector<HTMLButtonElement>(`[data-part="${part}"]:not(:disabled)`) ?? row?.querySelector<HTMLButtonElement>('button:not(:disabled)');
      (button ?? inputRef.current)?.focus();
    });
  };

  const move = (index: number, by: -1 | 1): void => {
    const to = index + by;
    const next = [...sections];
    [next[index], next[to]] = [next[to]!, next[index]!];
    void save(next, () => focusRow(to, by < 0 ? 'up' : 'down'));
  };

  const remove = (index: number): void => {
    const next = sections.filter((_, i) => i !== index);
    void save(next, () => (next.length ? focusRow(Math.min(index, next.length - 1), 'remove') : inputRef.current?.focus()));
  };

  return (
    <div className="sections-editor">
      <h3 className="sections-editor__title" id={`${id}-title`}>
        {t('sectionList.title')}
      </h3>
      <p className="field__hint">{t('sectionList.hint')}</p>
      {loadError && !sections.length && (
        <p className="field__error" role="alert">
          {t('sectionList.loadFailed', { reason: describeError(t, loadError) })}
        </p>
      )}
      {loaded && sections.length === 0 && !loadError && <p className="sections-editor__empty">{t('sectionList.empty')}</p>}
      <ul ref={listRef} className="sections-editor__list" aria-labelledby={`${id}-title`}>
        {sections.map((section, index) => (
          <li key={section} className="sections-editor__row">
            <span className="sections-editor__name" dir="auto">
              {section}
            </span>
            <button
              type="button"
              className="icon-button"
              data-part="up"
              aria-label={t('sectionList.moveUp', { name: section })}
              title={t('sectionList.moveUp', { name: section })}
              disabled={index === 0}
              onClick={() => move(index, -1)}
            >
              <span aria-hidden="true">↑</span>
            </button>
            <button
              type="button"
              className="icon-button"
              data-part="down"
              aria-label={t('sectionList.moveDown', { name: section })}
              title={t('sectionList.moveDown', { name: section })}
              disabled={index === sections.length - 1}
              onClick={() => move(index, 1)}
            >
              <span aria-hidden="true">↓</span>
            </button>
            <button
              type="button"
              className="icon-button icon-button--danger"
              data-part="remove"
              aria-label={t('sectionList.remove', { name: section })}
              title={t('sectionList.remove', { name: section })}
              onClick={() => remove(index)}
            >
              <span aria-hidden="true">×</span>
            </button>
          </li>
        ))}
      </ul>
      <form className="sections-editor__add" onSubmit={(event) => void add(event)} noValidate>
        <label className="visually-hidden" htmlFor={`${id}-new`}>
          {t('sectionList.newSection')}
        </label>
        <input
          ref={inputRef}
          id={`${id}-new`}
          type="text"
          dir="auto"
          autoComplete="off"
          maxLength={MAX_SECTION}
          placeholder={t('sectionList.newSection')}
          value={draft}
          onChange={(event) => {
            setDraft(event.target.value);
            setProblem(null);
          }}
          aria-invalid={problem ? true : undefined}
          aria-describedby={problem ? `${id}-problem` : undefined}
        />
        <Button type="submit">{t('sectionList.add')}</Button>
      </form>
      {problem && (
        <p id={`${id}-problem`} className="field__error" role="alert">
          {problem}
        </p>
      )}
    </div>
  );
}
