import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../ui/Button';
import { Dialog, DialogActions } from '../ui/Dialog';
import { completeLinkUrl } from './link-url';
import { isAllowedLinkUrl } from './url-scheme';

interface LinkDialogProps {
  initialUrl: string;
  /** The selection is inside a link, so "Remove link" has something to remove. */
  canRemove: boolean;
  onApply(url: string): void;
  onRemove(): void;
  onCancel(): void;
}

/** Asks for a link address (Electron has no window.prompt) and refuses schemes other than the web's and email. */
export function LinkDialog({ initialUrl, canRemove, onApply, onRemove, onCancel }: LinkDialogProps) {
  const { t } = useTranslation();
  const [value, setValue] = useState(initialUrl);
  const [error, setError] = useState<string | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const hintId = useId();
  const errorId = useId();

  const submit = (event: FormEvent): void => {
    event.preventDefault();
    const url = completeLinkUrl(value);
    if (!url) {
      setError(t('link.empty'));
    } else if (!isAllowedLinkUrl(url)) {
      setError(t('link.badScheme'));
    } else {
      onApply(url);
      return;
    }
    inputRef.current?.focus();
  };

  return (
    <Dialog title={t('link.title')} onClose={onCancel} initialFocus={inputRef}>
      <form onSubmit={submit} noValidate>
        <div className="field">
          <label className="field__label" htmlFor={`${hintId}-input`}>
            {t('link.address')}
          </label>
          <input
            ref={inputRef}
            id={`${hintId}-input`}
            type="text"
            inputMode="url"
            dir="ltr"
            autoComplete="off"
            spellCheck={false}
            value={value}
            onChange={(event) => {
              setValue(event.target.value);
              setError(null);
            }}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${errorId} ${hintId}` : hintId}
          />
          <span id={hintId} className="field__hint">
            {t('link.hint')}
          </span>
          {error && (
            <span id={errorId} className="field__error" role="alert">
              {error}
            </span>
          )}
        </div>
        <DialogActions>
          <Button onClick={onRemove} disabled={!canRemove}>
            {t('link.remove')}
          </Button>
          <Button onClick={onCancel}>{t('link.cancel')}</Button>
          <Button type="submit" variant="primary">
            {t('link.apply')}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
