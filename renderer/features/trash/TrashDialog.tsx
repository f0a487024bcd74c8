import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TrashEntry } from '../../../electron/common/article.js';
import { describeError } from '../../i18n/errors';
import { useFormatters } from '../../i18n/format';
import { Button } from '../../ui/Button';
import { Dialog, DialogActions } from '../../ui/Dialog';
import { library, useTrash } from '../library/use-library';
import { useNow } from '../library/use-now';
import './trash.css';

interface TrashDialogProps {
  onClose(): void;
}

/**
 * The Trash: deleted articles with Restore, and Empty trash behind a confirmation. The
 * confirmation replaces the dialog's buttons rather than stacking a second modal, so there is
 * only ever one "Empty trash" button and Escape backs out of the question first.
 */
export function TrashDialog({ onClose }: TrashDialogProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const now = useNow();
  // Read while the dialog is open, and again after every delete, restore or empty (the library model).
  const trash = useTrash();
  const entries = trash.entries;
  const [failure, setError] = useState<string | null>(null);
  const error = failure ?? (trash.error && `${t('failure.trashList')} ${describeError(t, trash.error)}`);
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const emptyRef = useRef<HTMLButtonElement>(null);
  const confirmId = useId();

  // Focus follows the question: onto Cancel when it is asked, back to Empty trash when it is withdrawn.
  const wasConfirming = useRef(false);
  useEffect(() => {
    if (confirming) cancelRef.current?.focus();
    else if (wasConfirming.current) emptyRef.current?.focus();
    wasConfirming.current = confirming;
  }, [confirming]);

  const restore = async (entry: TrashEntry): Promise<void> => {
    setBusy(true);
    const result = await library.restoreFromTrash(entry.trashId);
    setBusy(false);
    setError(result.ok ? null : `${t('failure.restore')} ${describeError(t, result.error)}`);
  };

  const emptyTrash = async (): Promise<void> => {
    setBusy(true);
    const result = await library.emptyTrash();
    setBusy(false);
    setConfirming(false);
    setError(result.ok ? null : `${t('failure.emptyTrash')} ${describeError(t, result.error)}`);
  };

  const count = entries?.length ?? 0;

  return (
    <Dialog title={t('trash.title')} onClose={confirming ? () => setConfirming(false) : onClose} className="trash-dialog">
      <div className="trash-dialog__body" inert={confirming} aria-hidden={confirming || undefined}>
        {entries === null && !error && <p className="trash-dialog__message">{t('trash.loading')}</p>}
        {entries?.length === 0 && <p className="trash-dialog__message">{t('trash.nothing')}</p>}
        <ul className="trash-list" aria-label={t('trash.list')} hidden={!entries || entries.length === 0}>
          {entries?.map((entry) => (
            <TrashItem key={entry.trashId} entry={entry} now={now} disabled={busy} onRestore={() => void restore(entry)} format={format} />
          ))}
        </ul>
      </div>
      {error && (
        <p className="field__error trash-dialog__error" role="alert">
          {error}
        </p>
      )}
      {confirming ? (
        <div className="trash-confirm" role="alertdialog" aria-labelledby={`${confirmId}-title`} aria-describedby={`${confirmId}-text`}>
          <h3 id={`${confirmId}-title`} className="trash-confirm__title">
            {t('trash.confirmTitle')}
          </h3>
          <p id={`${confirmId}-text`}>{t('trash.confirmText', { count })}</p>
          <DialogActions>
            <Button ref={cancelRef} onClick={() => setConfirming(false)}>
              {t('trash.cancel')}
            </Button>
            <Button variant="danger" disabled={busy} onClick={() => void emptyTrash()}>
              {t('trash.empty')}
            </Button>
          </DialogActions>
        </div>
      ) : (
        <DialogActions>
          <Button ref={emptyRef} className="trash-dialog__empty" disabled={count === 0 || busy} onClick={() => setConfirming(true)}>
            {t('trash.empty')}
          </Button>
          <Button variant="primary" onClick={onClose}>
            {t('trash.close')}
          </Button>
        </DialogActions>
      )}
    </Dialog>
  );
}

interface TrashItemProps {
  entry: TrashEntry;
  now: Date;
  disabled: boolean;
  onRestore(): void;
  format: ReturnType<typeof useFormatters>;
}

function TrashItem({ entry, now, disabled, onRestore, format }: TrashItemProps) {
  const { t } = useTranslation();
  const name = entry.headline.trim() || t('article.untitled');
  return (
    <li className="trash-item" aria-label={name}>
      <div className="trash-item__text">
        <span className="trash-item__headline" dir="auto">
          {name}
        </span>
        <time className="trash-item__time" dateTime={entry.deletedAt} title={format.dateTime(entry.deletedAt)}>
          {t('trash.deletedAt', { time: format.relative(entry.deletedAt, now) })}
        </time>
      </div>
      <Button disabled={disabled} onClick={onRestore}>
        {t('trash.restore')}
      </Button>
    </li>
  );
}
