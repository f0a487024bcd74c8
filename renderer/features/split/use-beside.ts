import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { ApiError } from '../../../electron/common/ipc.js';
import { api } from '../../api';
import { ArticleSession } from '../editor/article-session';

/**
 * The second article of the split view: its own session (autosave, conflict check), independent
 * of the main editor's. Opening another article beside, or closing the pane, saves first and
 * stops when that save did not go through.
 */

export interface BesideArticle {
  session: ArticleSession;
  /** Keyed per opening, so the pane's editor and undo history never cross articles. */
  key: string;
  /** The file changed on disk (or went away): nothing is written until the pane is closed. */
  changedOnDisk: boolean;
}

export interface Beside {
  current: BesideArticle | null;
  open(folder: string): Promise<void>;
  /** Saves, then closes the pane; true when it closed. A pane whose file changed on disk closes unsaved. */
  close(): Promise<boolean>;
  /** Saves the article beside now; true when nothing is left unsaved. */
  flush(): Promise<boolean>;
}

interface BesideDeps {
  /** The articles a save touched. */
  onSaved(folders: string[]): void;
  onOpenFailed(error: ApiError): void;
}

export function useBeside({ onSaved, onOpenFailed }: BesideDeps): Beside {
  const [current, setCurrentState] = useState<BesideArticle | null>(null);
  const currentRef = useRef(current);
  const deps = useRef({ onSaved, onOpenFailed });
  deps.current = { onSaved, onOpenFailed };
  const generation = useRef(0);

  const setCurrent = useCallback((next: BesideArticle | null) => {
    currentRef.current = next;
    setCurrentState(next);
  }, []);

  const markChanged = useCallback(
    (session: ArticleSession) => {
      const shown = currentRef.current;
      if (shown?.session === session) setCurrent({ ...shown, changedOnDisk: true });
    },
    [setCurrent],
  );

  const close = useCallback(async (): Promise<boolean> => {
    const shown = currentRef.current;
    if (!shown) return true;
    if (!shown.changedOnDisk && !(await shown.session.flush())) return false;
    shown.session.close();
    if (currentRef.current?.session === shown.session) setCurrent(null);
    return true;
  }, [setCurrent]);

  const open = useCallback(
    async (folder: string) => {
      if (currentRef.current?.session.folder === folder) return;
      if (!(await close())) return;
      const result = await api.article.open({ folder });
      if (!result.ok) {
        deps.current.onOpenFailed(result.error);
        return;
      }
      const session: ArticleSession = new ArticleSession(result.value, {
        save: (request) => api.article.save(request),
        onSaved: (folders) => deps.current.onSaved(folders),
        onConflict: () => markChanged(session),
      });
      generation.current += 1;
      setCurrent({ session, key: `${result.value.article.id}:${generation.current}`, changedOnDisk: false });
    },
    [close, markChanged, setCurrent],
  );

  const flush = useCallback(async () => currentRef.current?.session.flush() ?? true, []);

  // Another program wrote or removed the article beside: hold its saves and say so.
  useEffect(
    () =>
      api.events.on('article:changedOnDisk', ({ folder }) => {
        const shown = currentRef.current;
        if (!shown || shown.session.folder !== folder || shown.session.busy) return;
        shown.session.hold();
        markChanged(shown.session);
      }),
    [markChanged],
  );

  return useMemo(() => ({ current, open, close, flush }), [current, open, close, flush]);
}
