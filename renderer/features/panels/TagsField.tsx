import { useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ARTICLE_LIMITS } from '../../../electron/common/rules/limits.js';

interface TagsFieldProps {
  tags: string[];
  suggestions: string[];
  onChange(tags: string[]): void;
  /** The article's direction and language: tags are article text. */
  dir: 'ltr' | 'rtl';
  lang: string;
}

/** Arabic and Latin commas both end a tag. */
const SEPARATORS = /[,،]/;

/**
 * Free tag entry: type a tag and press Enter or a comma (Latin or Arabic) to add it as a chip;
 * each chip has its own remove button. Backspace in the empty box takes the last chip back for
 * editing. Tags used before in the library are offered as suggestions.
 */
export function TagsField({ tags, suggestions, onChange, dir, lang }: TagsFieldProps) {
  const { t } = useTranslation();
  const id = useId();
  const [draft, setDraft] = useState('');
  const inputRef = useRef<HTMLInputElement>(null);

  const add = (text: string): void => {
    const additions = text
      .split(SEPARATORS)
      .map((tag) => tag.trim().slice(0, ARTICLE_LIMITS.tag))
      .filter(Boolean);
    const next = [...tags];
    for (const tag of additions) {
      if (!next.some((existing) => existing.toLocaleLowerCase() === tag.toLocaleLowerCase())) next.push(tag);
    }
    setDraft('');
    if (next.length !== tags.length) onChange(next.slice(0, ARTICLE_LIMITS.tags));
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>): void => {
    if (event.nativeEvent.isComposing) return;
    if (event.key === 'Enter' || event.key === ',' || event.key === '،') {
      event.preventDefault();
      add(draft);
    } else if (event.key === 'Backspace' && draft === '' && tags.length > 0) {
      event.preventDefault();
      setDraft(tags[tags.length - 1]!);
      onChange(tags.slice(0, -1));
    }
  };

  const remove = (index: number): void => {
    onChange(tags.filter((_, i) => i !== index));
    inputRef.current?.focus();
  };

  const available = suggestions.filter((s) => !tags.some((tag) => tag.toLocaleLowerCase() === s.toLocaleLowerCase()));

  return (
    <div className="panel-field tags-field">
      <label className="panel-field__label" htmlFor={id}>
        {t('publish.tags')}
      </label>
      {tags.length > 0 && (
        <ul className="tags-field__chips">
          {tags.map((tag, index) => (
            <li key={tag} className="chip" dir={dir} lang={lang}>
              <span className="chip__text">{tag}</span>
              <button
                type="button"
                className="chip__remove"
                aria-label={t('publish.removeTag', { name: tag })}
                title={t('publish.removeTag', { name: tag })}
                onClick={() => remove(index)}
              >
                <span aria-hidden="true">×</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <input
        ref={inputRef}
        id={id}
        type="text"
        list={`${id}-suggestions`}
        autoComplete="off"
        enterKeyHint="done"
        maxLength={ARTICLE_LIMITS.tag * 4}
        value={draft}
        aria-describedby={`${id}-hint`}
        onChange={(event) => {
          const value = event.target.value;
          // A pasted "a, b, c" or a picked suggestion with a separator becomes chips at once.
          if (SEPARATORS.test(value)) add(value);
          else setDraft(value);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => {
          if (draft.trim()) add(draft);
        }}
        dir={dir}
        lang={lang}
      />
      <datalist id={`${id}-suggestions`}>
        {available.map((tag) => (
          <option key={tag} value={tag} />
        ))}
      </datalist>
      <p id={`${id}-hint`} className="panel-field__hint">
        {t('publish.tagsHint')}
      </p>
    </div>
  );
}
