import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../electron/common/ipc.js';
import { describeError } from '../../i18n/errors';
import { Button } from '../../ui/Button';
import { Dialog, DialogActions } from '../../ui/Dialog';

interface RenameDialogProps {
  folder: string;
  /** Renames the bundle; resolves to the error to show, or null when done. */
  onRename(newFolder: string): Promise<ApiError | null>;
  onClose(): void;
}

/** Renames the article's file (its folder); the headline is not touched. */
export function RenameDialog({ folder, onRename, onClose }: RenameDialogProps) {
  const { t } = useTranslation();
  const [value, setValue] = useState(folder);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const inputRef = useRef<HTMLInputElement>(null);
  const id = useId();

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    const newFolder = value.trim();
    if (!newFolder || newFolder === folder) {
      onClose();
      return;
    }
    setBusy(true);
    const failure = await onRename(newFolder);
    setBusy(false);
    if (failure) {
      setError(describeError(t, failure));
      inputRef.current?.focus();
    }
  };

  return (
    <Dialog title={t('rename.title')} onClose={onClose} initialFocus={inputRef}>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <div className="field">
          <label className="field__label" htmlFor={`${id}-input`}>
            {t('rename.fileName')}
          </label>
          <input
            ref={inputRef}
            id={`${id}-input`}
            type="text"
            dir="auto"
            autoComplete="off"
            spellCheck={false}
            value={value}
            onFocus={(event) => event.currentTarget.select()}
            onChange={(event) => {
              setValue(event.target.value);
              setError(null);
            }}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${id}-error ${id}-hint` : `${id}-hint`}
          />
          <span id={`${id}-hint`} className="field__hint">
            {t('rename.hint')}
          </span>
          {error && (
            <span id={`${id}-error`} className="field__error" role="alert">
              {error}
            </span>
          )}
        </div>
        <DialogActions>
          <Button onClick={onClose}>{t('rename.cancel')}</Button>
          <Button type="submit" variant="primary" disabled={busy}>
            {t('rename.submit')}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
