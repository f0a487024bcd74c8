import type { Article } from '../../../electron/common/article.js';
import type { ApiError, MastheadApi } from '../../../electron/common/ipc.js';
import type { ArticleBody } from '../../../electron/common/lexical-nodes.js';
import { afterPaint } from '../../ui/after-paint.js';

/**
 * One opened article and its saving: autosave after a pause in typing, saves that never overlap,
 * the base version for conflict detection, and holding off when the file changed on disk until
 * the user decides. Plain TypeScript with no React, so the rules can be read (and tested) in one
 * place; the editor screen feeds it edits and a way to read the current draft.
 */

export const AUTOSAVE_DELAY_MS = 1000;

export type SaveState =
  | { kind: 'saved'; at: string }
  | { kind: 'unsaved' }
  | { kind: 'saving' }
  | { kind: 'failed'; error: ApiError };

export interface SessionSnapshot {
  folder: string;
  save: SaveState;
}

/**
 * What the editor can change: the headline and body from the manuscript, and everything else the
 * panels edit (byline, publish details…), which is merged over the loaded article on save.
 * Without `meta` the loaded values stay as they are.
 */
export interface Draft {
  headline: string;
  body: ArticleBody;
  meta?: Partial<Omit<Article, 'schemaVersion' | 'id' | 'headline' | 'body' | 'createdAt' | 'updatedAt'>>;
}

export interface SessionHooks {
  save: MastheadApi['article']['save'];
  /** A save went through: the library's rows of these articles (the folder saved under, and the one after) show new words and times. */
  onSaved(folders: string[]): void;
  /** The file on disk is newer than our base (or gone): ask the user before writing. */
  onConflict(deleted: boolean): void;
}

export class ArticleSession {
  readonly fromBackup: boolean;
  #article: Article;
  #baseUpdatedAt: string | null;
  #snapshot: SessionSnapshot;
  #hooks: SessionHooks;
  #readDraft: (() => Draft) | null = null;
  /** Edits are counted; the draft is clean when everything counted has been saved. */
  #edits = 0;
  #savedEdits = 0;
  #running: Promise<boolean> | null = null;
  #timer: ReturnType<typeof setTimeout> | null = null;
  /** A conflict waits for the user's answer: nothing is written until then. */
  #held = false;
  /** The bundle is being renamed or deleted: nothing is written under the old name meanwhile. */
  #paused = false;
  #closed = false;
  #listeners = new Set<() => void>();

  constructor(opened: { folder: string; article: Article; fromBackup: boolean }, hooks: SessionHooks) {
    this.#article = opened.article;
    this.#baseUpdatedAt = opened.article.updatedAt;
    this.fromBackup = opened.fromBackup;
    this.#hooks = hooks;
    this.#snapshot = { folder: opened.folder, save: { kind: 'saved', at: opened.article.updatedAt } };
  }

  /** The article as last loaded or saved (headline and body may be behind the editor). */
  get article(): Article {
    return this.#article;
  }

  get folder(): string {
    return this.#snapshot.folder;
  }

  get dirty(): boolean {
    return this.#edits !== this.#savedEdits;
  }

  /** For useSyncExternalStore: a new object only when something shown changed. */
  getSnapshot = (): SessionSnapshot => this.#snapshot;

  subscribe = (listener: () => void): (() => void) => {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  };

  /** The editor screen tells the session how to read the draft; returns the detach function. */
  attachDraft(read: () => Draft): () => void {
    this.#readDraft = read;
    return () => {
      if (this.#readDraft === read) this.#readDraft = null;
    };
  }

  /**
   * The user changed the headline, the body or a panel field. Called on every keystroke: the
   * "unsaved" state is told to the listeners after the keystroke's frame is painted, so the
   * re-render it causes (status bar, window) never delays the key.
   */
  edited(): void {
    if (this.#closed) return;
    this.#edits++;
    if (!this.#running) this.#setSave({ kind: 'unsaved' }, afterPaint);
    if (!this.#held && !this.#paused) this.#schedule();
  }

  /** Save now (Ctrl+S, blur, switching article, closing). Resolves true when nothing is left unsaved. */
  flush(): Promise<boolean> {
    this.#cancelTimer();
    if (this.#held || this.#paused || this.#closed) return Promise.resolve(!this.dirty);
    return this.#run(false);
  }

  /** The file changed on disk (event from the watcher): stop writing until the user answers. */
  hold(): void {
    this.#held = true;
    this.#cancelTimer();
  }

  /** "Keep mine": write our version over the file on disk. */
  keepMine(): Promise<boolean> {
    this.#held = false;
    // Count the answer as an edit so the forced save happens even with no local changes.
    this.#edits++;
    return this.#run(true);
  }

  /**
   * Saves, then runs `work` (a rename or delete of the bundle) with autosave paused, so no save
   * races it under the old name. Resolves null, without running `work`, when the save failed.
   */
  async afterSave<T>(work: (folder: string) => Promise<T>): Promise<T | null> {
    if (!(await this.flush())) return null;
    this.#paused = true;
    try {
      return await work(this.folder);
    } finally {
      this.#paused = false;
      if (this.dirty && !this.#held && !this.#closed) this.#schedule();
    }
  }

  /** True while a rename or delete of this bundle is on the wire. */
  get busy(): boolean {
    return this.#paused;
  }

  /** The bundle was renamed on disk by us. */
  renamed(folder: string): void {
    this.#snapshot = { ...this.#snapshot, folder };
    this.#emit();
  }

  /** Stop for good (another article opened, or this one reloaded/deleted). */
  close(): void {
    this.#closed = true;
    this.#cancelTimer();
    this.#listeners.clear();
  }

  #schedule(): void {
    this.#cancelTimer();
    this.#timer = setTimeout(() => {
      this.#timer = null;
      void this.#run(false);
    }, AUTOSAVE_DELAY_MS);
  }

  #cancelTimer(): void {
    if (this.#timer !== null) clearTimeout(this.#timer);
    this.#timer = null;
  }

  /** Queues a save pass behind the one in flight, so two saves are never on the wire together. */
  #run(force: boolean): Promise<boolean> {
    const previous = this.#running ?? Promise.resolve(true);
    const next = previous.then(() => this.#saveUntilClean(force));
    this.#running = next;
    void next.finally(() => {
      if (this.#running === next) this.#running = null;
    });
    return next;
  }

  async #saveUntilClean(force: boolean): Promise<boolean> {
    while (this.dirty && !this.#held && !this.#paused) {
      const read = this.#readDraft;
      if (!read) return false;
      const edits = this.#edits;
      const draft = read();
      // A field left undefined keeps its loaded value rather than erasing it.
      const meta = Object.fromEntries(Object.entries(draft.meta ?? {}).filter(([, value]) => value !== undefined));
      const article: Article = { ...this.#article, ...meta, headline: draft.headline, body: draft.body };
      this.#setSave({ kind: 'saving' });
      const folder = this.folder;
      const result = await this.#hooks.save({
        folder,
        article,
        baseUpdatedAt: this.#baseUpdatedAt,
        ...(force ? { force: true } : {}),
      });
      if (result.ok) {
        force = false;
        this.#baseUpdatedAt = result.value.updatedAt;
        this.#article = { ...article, updatedAt: result.value.updatedAt };
        this.#savedEdits = edits;
        if (result.value.folder !== this.folder) this.#snapshot = { ...this.#snapshot, folder: result.value.folder };
        this.#hooks.onSaved(result.value.folder === folder ? [folder] : [folder, result.value.folder]);
        continue;
      }
      if (result.error.code === 'CONFLICT' || result.error.code === 'NOT_FOUND') {
        this.#held = true;
        this.#setSave({ kind: 'unsaved' });
        this.#hooks.onConflict(result.error.code === 'NOT_FOUND');
        return false;
      }
      this.#setSave({ kind: 'failed', error: result.error });
      return false;
    }
    if (this.dirty) {
      this.#setSave({ kind: 'unsaved' });
      return false;
    }
    this.#setSave({ kind: 'saved', at: this.#article.updatedAt });
    return true;
  }

  #setSave(save: SaveState, tell: (emit: () => void) => void = (emit) => emit()): void {
    const current = this.#snapshot.save;
    if (current.kind === save.kind && JSON.stringify(current) === JSON.stringify(save)) return;
    this.#snapshot = { ...this.#snapshot, save };
    tell(() => this.#emit());
  }

  #emit(): void {
    for (const listener of this.#listeners) listener();
  }
}
