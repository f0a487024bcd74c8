import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { library } from '../library/use-library';
import { importArticleFile } from './import-article';

/** What the import control shows: progress, the outcome, or why nothing was created. */
export type ImportMessage = { kind: 'busy' | 'done' | 'error'; text: string } | null;

export interface ArticleImport {
  /** The hidden file input the Import… button and the File menu open. */
  inputRef: React.RefObject<HTMLInputElement | null>;
  busy: boolean;
  message: ImportMessage;
  /** File › Import… arrived without a click in the page (the native menu): ask in a dialog. */
  asking: boolean;
  closeAsking(): void;
  choose(): void;
  importFiles(files: File[]): void;
  dismiss(): void;
}

interface ImportDeps {
  /** Opens the new article (saving the one open first). */
  open(folder: string): Promise<void>;
}

/** File › Import…, the sidebar's Import… button and files dropped on the library list. */
export function useArticleImport({ open }: ImportDeps): ArticleImport {
  const { t } = useTranslation();
  const inputRef = useRef<HTMLInputElement | null>(null);
  const [message, setMessage] = useState<ImportMessage>(null);
  const [asking, setAsking] = useState(false);
  const busyRef = useRef(false);
  const deps = useRef({ open });
  deps.current = { open };

  const choose = useCallback(() => {
    if (!busyRef.current) inputRef.current?.click();
  }, []);

  const importFiles = useCallback(
    (files: File[]) => {
      if (busyRef.current || files.length === 0) return;
      if (files.length > 1) {
        setMessage({ kind: 'error', text: t('import.oneAtATime') });
        return;
      }
      const file = files[0]!;
      busyRef.current = true;
      setMessage({ kind: 'busy', text: t('import.importing', { name: file.name }) });
      void (async () => {
        try {
          const outcome = await importArticleFile(t, file);
          if (!outcome.ok) {
            setMessage({ kind: 'error', text: outcome.message });
            return;
          }
          library.touched([outcome.folder]);
          await deps.current.open(outcome.folder);
          const notes = outcome.notes.join('; ');
          setMessage({
            kind: 'done',
            text: notes ? t('import.importedWithNotes', { name: file.name, notes }) : t('import.imported', { name: file.name }),
          });
        } finally {
          busyRef.current = false;
        }
      })();
    },
    [t],
  );

  // File › Import… in the native menu. A browser opens a file dialog only in answer to a click or
  // key press in the page, and a native menu item is neither: then a small dialog asks instead.
  useEffect(
    () =>
      api.events.on('menu:command', ({ command }) => {
        if (command !== 'import-article' || busyRef.current) return;
        if (navigator.userActivation?.isActive) choose();
        else setAsking(true);
      }),
    [choose],
  );

  const dismiss = useCallback(() => setMessage(null), []);
  const closeAsking = useCallback(() => setAsking(false), []);
  const busy = message?.kind === 'busy';
  return useMemo(
    () => ({ inputRef, busy, message, asking, closeAsking, choose, importFiles, dismiss }),
    [busy, message, asking, closeAsking, choose, importFiles, dismiss],
  );
}
