import path, { join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import type { z } from 'zod';
import type { Article, ArticleLanguage, ArticleSummary, TrashEntry } from '../../common/article.js';
import type { AddedMedia, LibrarySettings, LibrarySuggestions, OpenedArticle, SavedArticle } from '../../common/ipc.js';
import { FIRST_SCREEN_ROWS } from '../../common/rules/library-order.js';
import { rethrowAsApiFailure } from '../errors.js';
import { quotedFileName } from '../fs/describe-file.js';
import { addMedia } from '../media/add-media.js';
import { ArticleFiles } from './article-files.js';
import { BundlePaths, prepareFolder } from './bundle-paths.js';
import type { LibraryEvent, LibraryEventListener } from './events.js';
import { Fingerprints } from './fingerprints.js';
import { ensureSample, sweepBundles, tidyUp } from './housekeeping.js';
import { HOUSEKEEPING_DIR, LIST_CACHE_FILE } from './layout.js';
import { readSettings, writeSettings } from './library-settings.js';
import { Listing } from './listing.js';
import { SerialQueue } from './serial-queue.js';
import { librarySuggestions } from './suggestions.js';
import { SummaryCache } from './summary-cache.js';
import { Trash } from './trash.js';
import { watchLibrary, type LibraryWatcher } from './watcher.js';

export type { LibraryEvent, LibraryEventListener, LibraryEventName } from './events.js';
export type { ArticleFiles } from './article-files.js';

export interface LibraryStoreOptions {
  /** The seed text of the sample article a new library starts with; null for none. */
  sampleText: string | null;
  /** Report changes made by other programs (default true). */
  watch?: boolean;
}

/** Background work waits for the first screen of the list, or this long after opening at the latest. */
const BACKGROUND_AT_LATEST_MS = 2000;

/**
 * One library folder: the articles in it, their backups and the trash. Its parts each do one job
 * (bundle-paths: where things are and the containment check; article-files: reading and writing
 * articles; listing; trash; library-settings; suggestions; housekeeping: crash sweep and sample);
 * this store runs every change through one serial queue, so changes run one at a time, and
 * reports them. Multi-step article operations (a save and its version…) are one `transaction`
 * each, run by ArticleService (core/articles).
 */
export class LibraryStore {
  private readonly listeners = new Set<LibraryEventListener>();
  private readonly fingerprints = new Fingerprints();
  private readonly queue = new SerialQueue();
  private watcher: LibraryWatcher | null = null;
  private readonly paths: BundlePaths;
  private readonly files: ArticleFiles;
  private readonly listing: Listing;
  private readonly trash: Trash;
  private readonly summaries: SummaryCache;
  /** The sweep of crash leftovers inside the bundles, which runs after opening (close waits for it). */
  private sweep: Promise<void> = Promise.resolve();
  private closing = false;
  /** The first screen of the list, read as soon as the library opens, while the window loads (see list). */
  private early: Promise<ArticleSummary[] | null> | null = null;
  /** Changes made or seen since opening; the early first screen is only good while there are none. */
  private edits = 0;
  private markListed!: () => void;
  private readonly listed = new Promise<void>((resolve) => {
    this.markListed = resolve;
  });
  /**
   * Resolves when a list (or its first screen) has been answered since opening, or a moment
   * after opening when no window asks: work that reads the whole library (the sweep below, the
   * search index) waits for it, so a big library's first screen comes first.
   */
  readonly firstScreenServed = Promise.race([this.listed, delay(BACKGROUND_AT_LATEST_MS, undefined, { ref: false })]);

  private constructor(
    /** Absolute and free of links, so containment checks compare like with like. */
    readonly path: string,
  ) {
    this.paths = new BundlePaths(path);
    this.files = new ArticleFiles(this.paths, this.fingerprints);
    this.summaries = new SummaryCache(join(path, HOUSEKEEPING_DIR, LIST_CACHE_FILE));
    this.listing = new Listing(this.paths, this.summaries);
    this.trash = new Trash(this.paths, this.fingerprints);
  }

  static async open(dir: string, options: LibraryStoreOptions): Promise<LibraryStore> {
    const root = await prepareFolder(dir);
    const store = new LibraryStore(root);
    try {
      const openedAt = Date.now();
      await tidyUp(store.paths);
      await ensureSample(store.paths, store.files, options.sampleText);
      await store.summaries.load();
      store.early = store.listing.readFirstScreen().catch(() => null);
      void store.firstScreenServed.then(() => {
        store.early = null;
        if (!store.closing) store.sweep = sweepBundles(store.paths, openedAt);
      });
    } catch (err) {
      rethrowAsApiFailure(err, `open the library "${path.basename(root)}"`);
    }
    if (options.watch !== false) {
      store.watcher = watchLibrary(root, store.fingerprints, () => store.queue.idle(), store.emit);
    }
    return store;
  }

  /** Resolves when changes by other programs are reported for every article (watching starts in the background). */
  get watching(): Promise<void> {
    return this.watcher?.ready ?? Promise.resolve();
  }

  onEvent(listener: LibraryEventListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Lets running changes finish, then stops watching. */
  async close(): Promise<void> {
    this.closing = true;
    await this.sweep;
    await this.queue.idle();
    await this.watcher?.close();
    this.watcher = null;
    this.listeners.clear();
  }

  /**
   * Runs `task` as one change in the library's queue: nothing else changes the library between
   * its steps. `files` is only for use inside the task (its methods do not queue); `what` names
   * the change in an error message ("could not save …").
   */
  transaction<T>(what: string, task: (files: ArticleFiles) => Promise<T>): Promise<T> {
    this.edits++;
    return this.queue.run(async () => {
      try {
        return await task(this.files);
      } catch (err) {
        rethrowAsApiFailure(err, what);
      }
    });
  }

  /**
   * Damaged articles first (they need the user's attention), then the most recently updated.
   * `first` asks for the top of that list only, quickly, for the first screen of a big library:
   * the newest rows of the list cache (checked against their files) and the articles the cache
   * does not know (on a first opening, only the most recently modified of them). An old article
   * edited by another program while the library was closed, or a damaged one the cache never
   * knew, can be missing from it; the full list that follows is exact. The first screen is read
   * as the library opens, while the window loads, and that answer is given unless a change was
   * made or seen since. `folders` asks for those rows only, for a list that is already shown.
   */
  async list(options: { first?: number; folders?: readonly string[] } = {}): Promise<ArticleSummary[]> {
    // A change in progress (a backup being restored) would show as a passing damage.
    await this.queue.idle();
    try {
      if (!options.folders && options.first !== undefined && options.first <= FIRST_SCREEN_ROWS) {
        const early = await this.early;
        if (early && this.edits === 0) return early.slice(0, options.first);
      }
      return await this.listing.rows(options);
    } catch (err) {
      rethrowAsApiFailure(err, 'list the articles in the library');
    } finally {
      this.markListed();
    }
  }

  create(headline = '', language?: ArticleLanguage): Promise<OpenedArticle> {
    return this.transaction('create the article', (files) => files.create(headline, language));
  }

  /** `fromBackup` reads article.json.bak, to show the previous version of a damaged article; it never writes. */
  async open(folder: string, options: { fromBackup?: boolean } = {}): Promise<OpenedArticle> {
    try {
      return await this.files.open(folder, options);
    } catch (err) {
      rethrowAsApiFailure(err, `open "${folder}"`);
    }
  }

  /**
   * Writes the article, keeping the version it replaces as article.json.bak. Refused when the
   * file changed on disk since `baseUpdatedAt` (unless `force`: the user chose to keep theirs),
   * when it belongs to another article, and always when it is damaged (it is kept for recovery).
   * The article is validated again here (defaults filled in), so callers may pass request input.
   * A bundle whose article.json went missing is simply written again: nothing there to lose.
   * A bundle folder removed by another program is recreated only when `force` says the user
   * chose to keep their version. The app saves through ArticleService, which also keeps versions.
   */
  save(folder: string, article: z.input<typeof Article>, baseUpdatedAt: string | null, force = false): Promise<SavedArticle> {
    return this.transaction(saveWhat(folder, article), async (files) => (await files.save(folder, article, baseUpdatedAt, force)).saved);
  }

  /** `newFolder` may be any text (a new headline): it is made into a safe folder name first. */
  rename(folder: string, newFolder: string): Promise<{ folder: string }> {
    return this.transaction(`rename "${folder}"`, (files) => files.rename(folder, newFolder));
  }

  /** Moves the article to the library's trash, damaged or not. */
  delete(folder: string): Promise<{ trashId: string }> {
    return this.transaction(`move "${folder}" to the trash`, () => this.trash.delete(folder));
  }

  async listTrash(): Promise<TrashEntry[]> {
    try {
      return await this.trash.list();
    } catch (err) {
      rethrowAsApiFailure(err, 'list the trash');
    }
  }

  /** Puts the article back under its old folder, or a numbered one when that is taken now. */
  restoreFromTrash(trashId: string): Promise<{ folder: string }> {
    return this.transaction('restore the article from the trash', () => this.trash.restore(trashId));
  }

  emptyTrash(): Promise<{ removed: number }> {
    return this.transaction('empty the trash', () => this.trash.empty());
  }

  /**
   * Replaces a damaged article.json with its backup. The damaged file is renamed to
   * `article.damaged-<time>.json` in the bundle, byte for byte, for whoever wants to rescue it.
   */
  restoreBackup(folder: string): Promise<OpenedArticle> {
    return this.transaction(`restore the backup of "${folder}"`, (files) => files.restoreBackup(folder));
  }

  /**
   * Copies a photo into the article's media/ folder (see add-media.ts for what is accepted). The
   * watcher does not look inside media/, so this never reads as another program's change.
   */
  addMedia(folder: string, name: string, bytes: Uint8Array): Promise<AddedMedia> {
    return this.transaction(`add ${quotedFileName(name)} to "${folder}"`, async () => addMedia(await this.paths.existing(folder), name, bytes));
  }

  /** The files of `files` that the article's media folder does not hold as plain files (a name that is no media name counts as missing). */
  async missingMedia(folder: string, files: readonly string[]): Promise<string[]> {
    await this.paths.existing(folder);
    const found = await Promise.all(files.map((file) => this.paths.mediaFile(folder, file)));
    return files.filter((_, index) => found[index] === null);
  }

  /** See BundlePaths.mediaFile: the one lookup both transports serve photos through. */
  mediaFile(folder: string, file: string): Promise<string | null> {
    return this.paths.mediaFile(folder, file);
  }

  /** Contributors, sections, tags and sources the articles use, most used first (damaged articles are skipped). */
  async suggestions(): Promise<LibrarySuggestions> {
    try {
      return await librarySuggestions(this.paths);
    } catch (err) {
      rethrowAsApiFailure(err, 'read the names used in the library');
    }
  }

  async settings(): Promise<LibrarySettings> {
    try {
      return await readSettings(this.paths);
    } catch (err) {
      rethrowAsApiFailure(err, 'read the library settings');
    }
  }

  /** Saves the settings given; the marker's other fields and the other settings stay (see writeSettings). */
  updateSettings(update: Partial<LibrarySettings>): Promise<LibrarySettings> {
    return this.transaction('save the library settings', () => writeSettings(this.paths, update));
  }

  /** The folder of an existing article's bundle (checked like every folder), for services that keep files beside it. */
  bundleDirectory(folder: string): Promise<string> {
    return this.paths.existing(folder);
  }

  /** `.masthead/` inside the library: where services keep the library's own files (outbox, targets). */
  get housekeeping(): string {
    return this.paths.housekeeping;
  }

  private readonly emit: LibraryEventListener = (...event: LibraryEvent) => {
    this.edits++;
    for (const listener of [...this.listeners]) {
      try {
        listener(...event);
      } catch (err) {
        // One broken listener must not stop the others; rethrown so the bug still surfaces.
        queueMicrotask(() => {
          throw err;
        });
      }
    }
  };
}

/** A save's errors name the article as the user sees it: its headline (the folder may still be "untitled"). */
export function saveWhat(folder: string, article: { headline?: unknown } | null | undefined): string {
  const headline = typeof article?.headline === 'string' && article.headline.trim() ? article.headline.trim().slice(0, 80) : folder;
  return `save "${headline}"`;
}
