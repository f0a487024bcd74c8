import { useEffect, useRef, useState, type DragEvent, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../ui/Button';
import { Dialog, DialogActions } from '../../ui/Dialog';
import { IMPORT_ACCEPT } from './import-files';
import type { ArticleImport } from './use-article-import';
import './import.css';

/** A finished import's message stays a while; an error stays until dismissed. */
const DONE_MS = 15_000;

/** The hidden file input behind a "Choose a file" button; hands over the chosen files once. */
function ImportFileInput({ inputRef, onFiles }: { inputRef: RefObject<HTMLInputElement | null>; onFiles(files: File[]): void }) {
  const { t } = useTranslation();
  return (
    <input
      ref={inputRef}
      type="file"
      accept={IMPORT_ACCEPT}
      hidden
      aria-label={t('import.fileInput')}
      onChange={(event) => {
        const files = Array.from(event.target.files ?? []);
        event.target.value = '';
        onFiles(files);
      }}
    />
  );
}

/** The library's Import… button, its file input, and what became of the last import. */
export function ImportButton({ importer }: { importer: ArticleImport }) {
  const { t } = useTranslation();
  return (
    <>
      <Button onClick={importer.choose} disabled={importer.busy}>
        {t('import.button')}
      </Button>
      <ImportFileInput inputRef={importer.inputRef} onFiles={importer.importFiles} />
    </>
  );
}

export function ImportMessage({ importer }: { importer: ArticleImport }) {
  const { t } = useTranslation();
  const { message, dismiss } = importer;
  useEffect(() => {
    if (message?.kind !== 'done') return;
    const timer = setTimeout(dismiss, DONE_MS);
    return () => clearTimeout(timer);
  }, [message, dismiss]);
  return (
    <div className="import-message-area" aria-live="polite">
      {message && (
        <div className={`import-message import-message--${message.kind}`} role={message.kind === 'error' ? 'alert' : undefined}>
          <span className="import-message__text">{message.text}</span>
          {message.kind !== 'busy' && (
            <button type="button" className="import-message__dismiss" onClick={dismiss}>
              {t('import.dismiss')}
            </button>
          )}
        </div>
      )}
    </div>
  );
}

/** File › Import… from the native menu: the file dialog opens from this dialog's button (a click). */
export function ImportDialog({ importer }: { importer: ArticleImport }) {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  const choose = useRef<HTMLButtonElement>(null);
  const [over, setOver] = useState(false);
  const { closeAsking, importFiles } = importer;
  const take = (files: File[]): void => {
    if (files.length === 0) return;
    closeAsking();
    importFiles(files);
  };
  const carriesFiles = (event: DragEvent): boolean => Array.from(event.dataTransfer.types).includes('Files');
  return (
    <Dialog title={t('import.dialogTitle')} description={t('import.dialogText')} onClose={closeAsking} initialFocus={choose}>
      <div
        className={`import-drop${over ? ' import-drop--over' : ''}`}
        onDragOver={(event) => {
          if (!carriesFiles(event)) return;
          event.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={(event) => {
          if (!carriesFiles(event)) return;
          event.preventDefault();
          setOver(false);
          take(Array.from(event.dataTransfer.files));
        }}
      >
        {t('import.dropHint')}
      </div>
      <ImportFileInput inputRef={input} onFiles={take} />
      <DialogActions>
        <Button onClick={closeAsking}>{t('import.cancel')}</Button>
        <Button ref={choose} variant="primary" onClick={() => input.current?.click()}>
          {t('import.choose')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
