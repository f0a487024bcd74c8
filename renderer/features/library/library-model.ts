import type { ArticleSummary, TrashEntry } from '../../../electron/common/article.js';
import type { ApiError, LibraryInfo, LibrarySettings, LibrarySuggestions, MastheadApi, Result } from '../../../electron/common/ipc.js';
import { sortSummaries } from '../../../electron/common/rules/library-order.js';
import { DEFAULT_ARABIC_QUOTES, type ArabicQuoteStyle } from '../../../electron/common/rules/smart-quotes.js';

/**
 * The window's one model of the open library: the article rows (each with its folder and its
 * effective CMS slug, which the checklist compares), the library folder, the desk's sections,
 * the names used before and the Trash. One subscription to `library:changed`; our own writes say
 * which articles they touched (`touched`), and only those rows are read again
 * (`library:list {folders}`). The whole list is read when a library opens or is switched, and
 * when the event stream was cut (events may have been lost). Plain TypeScript with no React,
 * like ArticleSession; the hooks in use-library.ts read it with useSyncExternalStore.
 */

export type LibraryApi = Pick<MastheadApi, 'library' | 'trash' | 'events'>;

export interface Rows {
  /** null until the first answer (the first screen of a big library, then the whole list). */
  items: ArticleSummary[] | null;
}

/** The library's settings (library:settings): the sections, and the quotation marks typed in Arabic. */
export interface Sections {
  sections: string[];
  arabicQuotes: ArabicQuoteStyle;
  error: ApiError | null;
  loaded: boolean;
}

export interface Trash {
  /** null until read; read while someone shows it (the Trash dialog). */
  entries: TrashEntry[] | null;
  error: ApiError | null;
}

export type LibraryFailure = 'list' | 'info';

const NO_SUGGESTIONS: LibrarySuggestions = { contributors: [], sections: [], tags: [], sources: [] };
/** The most folders one library:list request takes (its schema's limit). */
const FOLDERS_PER_REQUEST = 1000;

export class LibraryModel {
  #api: LibraryApi;
  #firstScreen: () => ReturnType<MastheadApi['library']['list']>;
  #onError: (what: LibraryFailure, error: ApiError) => void = () => undefined;
  #listeners = new Set<() => void>();

  #rows: Rows = { items: null };
  #info: LibraryInfo | null = null;
  #sections: Sections = { sections: [], arabicQuotes: DEFAULT_ARABIC_QUOTES, error: null, loaded: false };
  #suggestions: LibrarySuggestions = NO_SUGGESTIONS;
  #trash: Trash = { entries: null, error: null };

  /** What to read next: the rows a change named (merged into the rows shown), or 'all'. */
  #pending: Set<string> | 'all' | null = null;
  #reading = false;
  /** The whole list has been read for this library; until then rows are the first screen at most. */
  #listed = false;
  #started = false;
  /** Something changed since the suggestions were read: they are read again when next shown. */
  #suggestionsStale = true;
  #sectionsWatchers = 0;
  #trashWatchers = 0;
  /** Answers to reads of a library that is no longer open are dropped. */
  #generation = 0;

  constructor(api: LibraryApi, firstScreen: () => ReturnType<MastheadApi['library']['list']>) {
    this.#api = api;
    this.#firstScreen = firstScreen;
  }

  getRows = (): Rows => this.#rows;
  getInfo = (): LibraryInfo | null => this.#info;
  getSections = (): Sections => this.#sections;
  getSuggestions = (): LibrarySuggestions => this.#suggestions;
  getTrash = (): Trash => this.#trash;

  subscribe = (listener: () => void): (() => void) => {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  };

  /** Reads the library the first time and follows `library:changed` until the returned function is called. */
  start(onError: (what: LibraryFailure, error: ApiError) => void): () => void {
    this.#onError = onError;
    if (!this.#started) {
      this.#started = true;
      this.#readRows('all');
      void this.#readInfo();
    }
    return this.#api.events.on('library:changed', ({ path, folders }) => {
      // path is empty when the event stream was cut and came back: anything may have changed.
      const otherLibrary = path !== '' && this.#info !== null && path !== this.#info.path;
      if (otherLibrary || !folders) this.#reopened(otherLibrary);
      else this.touched(folders);
    });
  }

  /** Articles were written, created, moved or removed (by us or, through the watcher, by another program). */
  touched(folders: readonly string[], options: { trash?: boolean } = {}): void {
    if (folders.length > 0) {
      this.#suggestionsStale = true;
      this.#readRows(folders);
    }
    if (options.trash) {
      if (this.#trashWatchers > 0) void this.#readTrash();
      // Nobody shows it: it is read when the Trash opens next.
      else this.#trash = { entries: null, error: null };
    }
  }

  /** Restores an article from the Trash; the list and the Trash show it at once. */
  async restoreFromTrash(trashId: string): Promise<Result<{ folder: string }>> {
    const result = await this.#api.trash.restore({ trashId });
    this.touched(result.ok ? [result.value.folder] : [], { trash: true });
    return result;
  }

  async emptyTrash(): Promise<Result<{ removed: number }>> {
    const result = await this.#api.trash.empty({});
    this.touched([], { trash: true });
    return result;
  }

  /** Saves a new list of sections, shown at once and put back if the library refuses it; resolves to the error, or null. */
  saveSections(sections: string[]): Promise<ApiError | null> {
    return this.#saveSettings({ sections });
  }

  /** Saves the desk's Arabic quotation marks, the same way. */
  saveArabicQuotes(arabicQuotes: ArabicQuoteStyle): Promise<ApiError | null> {
    return this.#saveSettings({ arabicQuotes });
  }

  async #saveSettings(update: Partial<LibrarySettings>): Promise<ApiError | null> {
    const { sections, arabicQuotes } = this.#sections;
    const putBack: Partial<LibrarySettings> = { ...(update.sections ? { sections } : {}), ...(update.arabicQuotes ? { arabicQuotes } : {}) };
    this.#setSections({ ...this.#sections, ...update });
    const result = await this.#api.library.updateSettings(update);
    if (result.ok) {
      this.#setSections({ ...result.value, error: null, loaded: true });
      return null;
    }
    this.#setSections({ ...this.#sections, ...putBack });
    return result.error;
  }

  /** The sections are shown (Publish details, Settings): read them once per library. */
  watchSections(): () => void {
    this.#sectionsWatchers++;
    if (!this.#sections.loaded) void this.#readSections();
    return () => {
      this.#sectionsWatchers--;
    };
  }

  /** An article's panels opened: the names used before are read again if anything changed since. */
  watchSuggestions(): void {
    if (!this.#suggestionsStale) return;
    this.#suggestionsStale = false;
    const generation = this.#generation;
    void this.#api.library.suggestions({}).then((result) => {
      if (generation !== this.#generation) return;
      if (result.ok) {
        this.#suggestions = result.value;
        this.#emit();
      } else {
        this.#suggestionsStale = true;
      }
    });
  }

  /** The Trash is shown: read it now, and again after every change to it while it is shown. */
  watchTrash(): () => void {
    this.#trashWatchers++;
    void this.#readTrash();
    return () => {
      this.#trashWatchers--;
    };
  }

  /** A library was opened (another one, or this one again), or events may have been missed. */
  #reopened(otherLibrary: boolean): void {
    this.#suggestionsStale = true;
    if (otherLibrary) {
      this.#generation++;
      this.#listed = false;
      this.#pending = null;
      this.#info = null;
      this.#suggestions = NO_SUGGESTIONS;
      this.#sections = { sections: [], arabicQuotes: DEFAULT_ARABIC_QUOTES, error: null, loaded: false };
      this.#emit();
      void this.#readInfo();
    }
    this.#readRows('all');
    if (this.#sectionsWatchers > 0 || this.#sections.loaded) void this.#readSections();
    this.touched([], { trash: true });
  }

  /** Reads run one at a time; changes that come meanwhile gather into the next read. */
  #readRows(wanted: readonly string[] | 'all'): void {
    if (wanted === 'all' || !this.#listed) this.#pending = 'all';
    else if (this.#pending !== 'all') this.#pending = new Set([...(this.#pending ?? []), ...wanted]);
    if (this.#reading) return;
    this.#reading = true;
    void this.#readPending().finally(() => {
      this.#reading = false;
    });
  }

  async #readPending(): Promise<void> {
    while (this.#pending) {
      const generation = this.#generation;
      const wanted = this.#pending;
      this.#pending = null;
      if (wanted === 'all') {
        if (!this.#listed) {
          // A big library shows its first screen at once; the whole list follows.
          const top = await this.#firstScreen();
          if (top.ok && generation === this.#generation && !this.#listed) this.#setRows(top.value);
        }
        const result = await this.#api.library.list({});
        if (generation !== this.#generation) continue;
        if (!result.ok) {
          this.#onError('list', result.error);
          return;
        }
        this.#listed = true;
        this.#setRows(result.value);
        continue;
      }
      // A save in a library of thousands reads its own row, not the whole list.
      const folders = [...wanted];
      const answers = await Promise.all(
        Array.from({ length: Math.ceil(folders.length / FOLDERS_PER_REQUEST) }, (_, i) =>
          this.#api.library.list({ folders: folders.slice(i * FOLDERS_PER_REQUEST, (i + 1) * FOLDERS_PER_REQUEST) }),
        ),
      );
      if (generation !== this.#generation) continue;
      const failed = answers.find((answer) => !answer.ok);
      if (failed && !failed.ok) {
        // The rows shown may be wrong now; they are read again with the next change.
        this.#pending = this.#pending === 'all' ? 'all' : new Set([...(this.#pending ?? []), ...wanted]);
        this.#onError('list', failed.error);
        return;
      }
      const read = answers.flatMap((answer) => (answer.ok ? answer.value : []));
      const shown = this.#rows.items ?? [];
      this.#setRows(sortSummaries([...shown.filter((item) => !wanted.has(item.folder)), ...read]));
    }
  }

  async #readInfo(): Promise<void> {
    const generation = this.#generation;
    const result = await this.#api.library.info({});
    if (generation !== this.#generation) return;
    if (result.ok) {
      this.#info = result.value;
      this.#emit();
    } else {
      this.#onError('info', result.error);
    }
  }

  /** One read of the sections at a time for a library: panels and Settings showing them together ask once. */
  #sectionsRead: { generation: number; done: Promise<void> } | null = null;
  #readSections(): Promise<void> {
    const generation = this.#generation;
    if (this.#sectionsRead?.generation === generation) return this.#sectionsRead.done;
    const done = (async () => {
      const result = await this.#api.library.settings({});
      if (generation !== this.#generation) return;
      this.#setSections(
        result.ok ? { ...result.value, error: null, loaded: true } : { ...this.#sections, error: result.error, loaded: true },
      );
    })().finally(() => {
      if (this.#sectionsRead?.done === done) this.#sectionsRead = null;
    });
    this.#sectionsRead = { generation, done };
    return done;
  }

  #trashRead = 0;
  async #readTrash(): Promise<void> {
    const ticket = ++this.#trashRead;
    const result = await this.#api.trash.list({});
    // Reads can overlap (a delete and a restore); only the newest answer is shown.
    if (ticket !== this.#trashRead) return;
    this.#trash = result.ok ? { entries: result.value, error: null } : { entries: this.#trash.entries, error: result.error };
    this.#emit();
  }

  #setRows(items: ArticleSummary[]): void {
    this.#rows = { items };
    this.#emit();
  }

  #setSections(sections: Sections): void {
    this.#sections = sections;
    this.#emit();
  }

  #emit(): void {
    for (const listener of this.#listeners) listener();
  }
}
