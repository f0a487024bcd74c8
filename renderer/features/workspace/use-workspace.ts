import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Article } from '../../../electron/common/article.js';
import type { ApiError, OpenedArticle, Result } from '../../../electron/common/ipc.js';
import { api } from '../../api';
import { asUiLanguage } from '../../i18n/language';
import { ArticleSession } from '../editor/article-session';
import { library } from '../library/use-library';

/**
 * What the editor pane shows and the operations on it: open, create, delete (with undo),
 * rename, reload, the damaged-file path and the changed-on-disk question. Every operation that
 * leaves an article saves it first and stops if that save did not go through, so switching or
 * deleting never drops an edit.
 */

export type EditorView =
  | { kind: 'empty' }
  /** New article was pressed and the file is being made: no editor, so nothing typed meanwhile lands in the article before. */
  | { kind: 'creating' }
  | { kind: 'article'; session: ArticleSession; key: string; focusHeadline: boolean }
  | { kind: 'damaged'; folder: string; reason: string; hasBackup: boolean };

export interface Conflict {
  deleted: boolean;
}

export type FailedAction = 'open' | 'create' | 'duplicate' | 'delete' | 'restore' | 'backup' | 'reload';

export interface Workspace {
  view: EditorView;
  conflict: Conflict | null;
  open(folder: string): Promise<void>;
  create(): Promise<void>;
  /** A copy of the open article (saved first) as a new draft, which then opens. */
  duplicateCurrent(): Promise<void>;
  deleteCurrent(): Promise<void>;
  undoDelete(trashId: string): Promise<void>;
  /** Resolves to the error for the Rename dialog to show, or null when renamed. */
  rename(newFolder: string): Promise<ApiError | null>;
  reload(): Promise<void>;
  keepMine(): void;
  closeArticle(): void;
  openBackup(): Promise<void>;
  /** Saves the open article now; true when nothing is left unsaved. */
  flush(): Promise<boolean>;
  /**
   * Saves pending edits, then writes the article `make` gives for the saved one as a new version
   * and opens that, so the editor shows it (Take CMS version). Resolves to the article's folder.
   */
  replaceCurrent(make: (article: Article, folder: string) => Promise<Result<Article>>): Promise<Result<string>>;
  /**
   * Saves pending edits, then lets `work` write the article on disk (restoring a version) and
   * opens what it returns. Resolves to the article's folder.
   */
  replaceWith(work: (folder: string) => Promise<Result<OpenedArticle>>): Promise<Result<string>>;
}

interface WorkspaceDeps {
  onFailure(action: FailedAction, error: ApiError): void;
  onTrashed(trashId: string): void;
}

export function useWorkspace({ onFailure, onTrashed }: WorkspaceDeps): Workspace {
  const { i18n } = useTranslation();
  const [view, setViewState] = useState<EditorView>({ kind: 'empty' });
  const [conflict, setConflict] = useState<Conflict | null>(null);
  // Event handlers and async steps need the latest values, not the ones of the render that started them.
  const viewRef = useRef(view);
  const deps = useRef({ onFailure, onTrashed });
  deps.current = { onFailure, onTrashed };
  const generation = useRef(0);
  const latestRequest = useRef(0);

  const setView = useCallback((next: EditorView) => {
    const previous = viewRef.current;
    if (previous.kind === 'article' && (next.kind !== 'article' || next.session !== previous.session)) previous.session.close();
    viewRef.current = next;
    setViewState(next);
    setConflict(null);
  }, []);

  const startSession = useCallback(
    (opened: OpenedArticle, focusHeadline = false) => {
      const session: ArticleSession = new ArticleSession(opened, {
        save: (request) => api.article.save(request),
        onSaved: (folders) => library.touched(folders),
        onConflict: (deleted) => {
          const current = viewRef.current;
          if (current.kind === 'article' && current.session === session) setConflict({ deleted });
        },
      });
      generation.current += 1;
      // Keyed per opening, not per folder: a rename keeps the editor and its undo history, a
      // reload or another article gets a fresh one.
      setView({ kind: 'article', session, key: `${opened.article.id}:${generation.current}`, focusHeadline });
    },
    [setView],
  );

  const saveCurrent = useCallback(async (): Promise<boolean> => {
    const current = viewRef.current;
    return current.kind === 'article' ? current.session.flush() : true;
  }, []);

  const open = useCallback(
    async (folder: string) => {
      const current = viewRef.current;
      if (current.kind === 'article' && current.session.folder === folder) return;
      if (!(await saveCurrent())) return;
      const request = ++latestRequest.current;
      const result = await api.article.open({ folder });
      if (request !== latestRequest.current) return;
      // Anything typed while the file was loading is saved before the editor is replaced.
      if (!(await saveCurrent())) return;
      if (result.ok) {
        startSession(result.value);
      } else if (result.error.code === 'DAMAGED') {
        const summary = library.getRows().items?.find((item) => item.folder === folder);
        setView({ kind: 'damaged', folder, reason: result.error.message, hasBackup: summary?.damaged?.hasBackup ?? false });
      } else {
        deps.current.onFailure('open', result.error);
      }
    },
    [saveCurrent, setView, startSession],
  );

  const create = useCallback(async () => {
    if (!(await saveCurrent())) return;
    const request = ++latestRequest.current;
    // The article before is saved and leaves the pane at once: a headline typed before the new
    // file is there must never rename it.
    const before = viewRef.current;
    setView({ kind: 'creating' });
    // A new article is in the interface's language: the Arabic desk works in the Arabic interface
    // and writes Arabic, and the headline's hint offers the switch when the guess is wrong.
    const result = await api.article.create({ language: asUiLanguage(i18n.language) });
    if (request !== latestRequest.current) {
      if (result.ok) library.touched([result.value.folder]);
      return;
    }
    if (!result.ok) {
      deps.current.onFailure('create', result.error);
      if (before.kind === 'article') await open(before.session.folder);
      else setView(before);
      return;
    }
    library.touched([result.value.folder]);
    startSession(result.value, true);
  }, [saveCurrent, setView, open, startSession, i18n]);

  const duplicateCurrent = useCallback(async () => {
    const current = viewRef.current;
    if (current.kind !== 'article') return;
    const result = await current.session.afterSave((folder) => api.article.duplicate({ folder }));
    if (result === null) return;
    if (!result.ok) {
      deps.current.onFailure('duplicate', result.error);
      return;
    }
    library.touched([result.value.folder]);
    await open(result.value.folder);
  }, [open]);

  const deleteCurrent = useCallback(async () => {
    const current = viewRef.current;
    if (current.kind === 'empty' || current.kind === 'creating') return;
    const remove = (folder: string) => api.article.delete({ folder });
    const folder = current.kind === 'article' ? current.session.folder : current.folder;
    const items = library.getRows().items ?? [];
    const result = current.kind === 'article' ? await current.session.afterSave(remove) : await remove(folder);
    if (result === null) return;
    if (!result.ok) {
      deps.current.onFailure('delete', result.error);
      return;
    }
    library.touched([folder], { trash: true });
    deps.current.onTrashed(result.value.trashId);
    if (viewRef.current !== current) return;
    // Carry on with the article below the deleted one in the list (or above, at the end).
    const index = items.findIndex((item) => item.folder === folder);
    const next = index >= 0 ? (items[index + 1] ?? items[index - 1]) : items.find((item) => item.folder !== folder);
    setView({ kind: 'empty' });
    if (next) await open(next.folder);
  }, [open, setView]);

  const undoDelete = useCallback(
    async (trashId: string) => {
      const result = await library.restoreFromTrash(trashId);
      if (result.ok) await open(result.value.folder);
      else deps.current.onFailure('restore', result.error);
    },
    [open],
  );

  const rename = useCallback(async (newFolder: string): Promise<ApiError | null> => {
    const current = viewRef.current;
    if (current.kind !== 'article') return null;
    const { session } = current;
    const result = await session.afterSave((folder) => api.article.rename({ folder, newFolder }));
    if (result === null) {
      const save = session.getSnapshot().save;
      return save.kind === 'failed' ? save.error : { code: 'CONFLICT', message: '' };
    }
    if (!result.ok) return result.error;
    library.touched([session.folder, result.value.folder]);
    session.renamed(result.value.folder);
    return null;
  }, []);

  const reload = useCallback(async () => {
    const current = viewRef.current;
    if (current.kind !== 'article') return;
    const folder = current.session.folder;
    const result = await api.article.open({ folder });
    if (result.ok) startSession(result.value);
    else if (result.error.code === 'DAMAGED') setView({ kind: 'damaged', folder, reason: result.error.message, hasBackup: false });
    else deps.current.onFailure('reload', result.error);
  }, [setView, startSession]);

  const keepMine = useCallback(() => {
    const current = viewRef.current;
    setConflict(null);
    if (current.kind === 'article') void current.session.keepMine();
  }, []);

  const replaceWith = useCallback(
    async (work: (folder: string) => Promise<Result<OpenedArticle>>): Promise<Result<string>> => {
      const current = viewRef.current;
      if (current.kind !== 'article') return { ok: false, error: { code: 'NOT_FOUND', message: '' } };
      const { session } = current;
      // Autosave is paused meanwhile, so nothing typed can land between the read and the write.
      const result = await session.afterSave(work);
      if (result === null) {
        const save = session.getSnapshot().save;
        return { ok: false, error: save.kind === 'failed' ? save.error : { code: 'CONFLICT', message: '' } };
      }
      if (!result.ok) return result;
      library.touched([result.value.folder]);
      if (viewRef.current === current) startSession(result.value);
      return { ok: true, value: result.value.folder };
    },
    [startSession],
  );

  const replaceCurrent = useCallback(
    (make: (article: Article, folder: string) => Promise<Result<Article>>): Promise<Result<string>> => {
      const current = viewRef.current;
      if (current.kind !== 'article') return Promise.resolve({ ok: false, error: { code: 'NOT_FOUND', message: '' } });
      const { session } = current;
      return replaceWith(async (folder): Promise<Result<OpenedArticle>> => {
        const made = await make(session.article, folder);
        if (!made.ok) return made;
        const saved = await api.article.save({ folder, article: made.value, baseUpdatedAt: session.article.updatedAt });
        if (!saved.ok) return saved;
        return api.article.open({ folder: saved.value.folder });
      });
    },
    [replaceWith],
  );

  const closeArticle = useCallback(() => setView({ kind: 'empty' }), [setView]);

  const openBackup = useCallback(async () => {
    const current = viewRef.current;
    if (current.kind !== 'damaged') return;
    const result = await api.article.restoreBackup({ folder: current.folder });
    library.touched([current.folder]);
    if (result.ok) startSession(result.value);
    else deps.current.onFailure('backup', result.error);
  }, [startSession]);

  // Another program wrote or removed the open article: hold its saves and ask.
  useEffect(
    () =>
      api.events.on('article:changedOnDisk', ({ folder, deleted }) => {
        const current = viewRef.current;
        if (current.kind !== 'article' || current.session.folder !== folder || current.session.busy) return;
        current.session.hold();
        setConflict({ deleted });
      }),
    [],
  );

  return useMemo(
    () => ({
      view,
      conflict,
      open,
      create,
      duplicateCurrent,
      deleteCurrent,
      undoDelete,
      rename,
      reload,
      keepMine,
      closeArticle,
      openBackup,
      flush: saveCurrent,
      replaceCurrent,
      replaceWith,
    }),
    [view, conflict, open, create, duplicateCurrent, deleteCurrent, undoDelete, rename, reload, keepMine, closeArticle, openBackup, saveCurrent, replaceCurrent, replaceWith],
  );
}
