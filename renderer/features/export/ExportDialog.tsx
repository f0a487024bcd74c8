import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError, ExportFormat, ExportedFile, Result } from '../../../electron/common/ipc.js';
import { api } from '../../api';
import { describeError } from '../../i18n/errors';
import { Button } from '../../ui/Button';
import { Dialog, DialogActions } from '../../ui/Dialog';
import type { ArticleSession } from '../editor/article-session';
import { offerDownload } from './download';
import './export.css';

interface ExportDialogProps {
  session: ArticleSession;
  onClose(): void;
}

/** The formats in the order offered (the renderer imports only types from electron/). */
const FORMATS = ['html', 'markdown', 'ninjs', 'nitf'] as const satisfies readonly ExportFormat[];
// Every format the API knows is offered: this fails to compile when one is missing here.
const ALL_OFFERED: Exclude<ExportFormat, (typeof FORMATS)[number]> extends never ? true : false = true;
void ALL_OFFERED;

/** The format last chosen, for the next export in this window. */
let lastFormat: ExportFormat = 'html';

/**
 * Export…: pick a format, and the saved article comes back as a file offered for download.
 * Pending edits are saved first (as Rename does), so the file is what the editor shows.
 */
export function ExportDialog({ session, onClose }: ExportDialogProps) {
  const { t } = useTranslation();
  const [format, setFormat] = useState<ExportFormat>(lastFormat);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const checkedRadio = useRef<HTMLInputElement>(null);
  const id = useId();

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    setError(null);
    lastFormat = format;
    const result: Result<ExportedFile> | null = await session.afterSave((folder) => api.article.export({ folder, format }));
    setBusy(false);
    if (result === null) {
      const save = session.getSnapshot().save;
      const failure: ApiError = save.kind === 'failed' ? save.error : { code: 'CONFLICT', message: '' };
      setError(`${t('export.failed')} ${describeError(t, failure)}`);
      return;
    }
    if (!result.ok) {
      setError(`${t('export.failed')} ${describeError(t, result.error)}`);
      return;
    }
    offerDownload(result.value);
    onClose();
  };

  return (
    <Dialog title={t('export.title')} description={t('export.description')} onClose={onClose} initialFocus={checkedRadio} className="export-dialog">
      <form onSubmit={(event) => void submit(event)} noValidate>
        <fieldset className="export-formats" role="radiogroup" aria-labelledby={`${id}-legend`}>
          <legend id={`${id}-legend`} className="field__label">
            {t('export.format')}
          </legend>
          {FORMATS.map((value) => (
            <div key={value} className="export-format">
              <input
                ref={value === format ? checkedRadio : undefined}
                id={`${id}-${value}`}
                type="radio"
                name={`${id}-format`}
                value={value}
                checked={format === value}
                onChange={() => setFormat(value)}
                aria-describedby={`${id}-${value}-hint`}
              />
              <span className="export-format__text">
                <label htmlFor={`${id}-${value}`} className="export-format__name">
                  {t(`export.formats.${value}`)}
                </label>
                <span id={`${id}-${value}-hint`} className="export-format__hint">
                  {t(`export.hints.${value}`)}
                </span>
              </span>
            </div>
          ))}
        </fieldset>
        {error && (
          <p className="field__error" role="alert">
            {error}
          </p>
        )}
        <DialogActions>
          <Button onClick={onClose}>{t('export.cancel')}</Button>
          <Button type="submit" variant="primary" disabled={busy}>
            {busy ? t('export.working') : t('export.submit')}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
