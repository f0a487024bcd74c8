import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../electron/common/ipc.js';
import { api } from '../../api';
import { describeError } from '../../i18n/errors';
import { Button } from '../../ui/Button';
import { Dialog, DialogActions } from '../../ui/Dialog';
import type { ArticleSession } from '../editor/article-session';
import './review.css';

interface SaveVersionDialogProps {
  session: ArticleSession;
  onClose(): void;
}

/**
 * Save version: an optional label ("Sent to copy desk"), then pending edits are saved (as Export
 * does) and the saved article is kept as a version. Without a label and with nothing changed
 * since the last version, none is taken, and the dialog says so.
 */
export function SaveVersionDialog({ session, onClose }: SaveVersionDialogProps) {
  const { t } = useTranslation();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [label, setLabel] = useState('');
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ kind: 'error' | 'info'; text: string } | null>(null);

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    setMessage(null);
    const trimmed = label.trim();
    const result = await session.afterSave((folder) => api.versions.save({ folder, ...(trimmed ? { label: trimmed } : {}), reason: 'manual' }));
    setBusy(false);
    if (result === null || !result.ok) {
      const save = session.getSnapshot().save;
      const error: ApiError = result?.ok === false ? result.error : save.kind === 'failed' ? save.error : { code: 'CONFLICT', message: '' };
      setMessage({ kind: 'error', text: `${t('saveVersion.failed')} ${describeError(t, error)}` });
      return;
    }
    if (result.value === null) {
      setMessage({ kind: 'info', text: t('saveVersion.unchanged') });
      return;
    }
    onClose();
  };

  return (
    <Dialog title={t('saveVersion.title')} onClose={onClose} initialFocus={input} className="save-version-dialog">
      <form onSubmit={(event) => void submit(event)} noValidate>
        <div className="field">
          <label className="field__label" htmlFor={`${id}-label`}>
            {t('saveVersion.label')}
          </label>
          <input
            ref={input}
            id={`${id}-label`}
            value={label}
            maxLength={200}
            dir="auto"
            aria-describedby={`${id}-hint`}
            onChange={(event) => setLabel(event.target.value)}
          />
          <span id={`${id}-hint`} className="field__hint">
            {t('saveVersion.labelHint')}
          </span>
        </div>
        {message && (
          <p className={message.kind === 'error' ? 'field__error' : 'save-version__note'} role={message.kind === 'error' ? 'alert' : 'status'}>
            {message.text}
          </p>
        )}
        <DialogActions>
          <Button onClick={onClose}>{t('saveVersion.cancel')}</Button>
          <Button type="submit" variant="primary" disabled={busy}>
            {t('saveVersion.save')}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
