import { randomBytes, randomUUID } from 'node:crypto';
import { lstatSync, statSync } from 'node:fs';
import { cp, lstat, mkdir, readdir, realpath, rename, rm, stat } from 'node:fs/promises';
import path, { join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import type { z } from 'zod';
import { Article, describeSchemaError, SCHEMA_VERSION, type ArticleSummary, type TrashEntry } from '../../common/article.js';
import type { AddedMedia, LibrarySettings, LibrarySuggestions, OpenedArticle, SavedArticle } from '../../common/ipc.js';
import { emptyBody } from '../../common/lexical-nodes.js';
import { MEDIA_FILE_NAME } from '../../common/rules/photo.js';
import { FIRST_SCREEN_ROWS, sortSummaries } from '../../common/rules/library-order.js';
import { isSafeSlug, slugify, slugWithSuffix } from '../../common/rules/slug.js';
import { bodyPlainText, countWords } from '../../common/rules/text.js';
import { ApiFailure, errnoCode, rethrowAsApiFailure } from '../errors.js';
import { cleanupStaleTempFiles, fsyncDir, stageFile, writeFileAtomic } from '../fs/atomic-write.js';
import { quotedFileName } from '../fs/describe-file.js';
import { addMedia } from '../media/add-media.js';
import { readArticleFile, type ArticleFileState } from './article-file.js';
import type { LibraryEvent, LibraryEventListener } from './events.js';
import { Fingerprints } from './fingerprints.js';
import {
  ARTICLE_FILE,
  BACKUP_FILE,
  BUNDLE_EXT,
  damagedFileName,
  HOUSEKEEPING_DIR,
  LIST_CACHE_FILE,
  MARKER_FILE,
  MEDIA_DIR,
  REVISIONS_DIR,
  slugFromBundleName,
  STAGING_DIR,
  TRASH_DIR,
} from './layout.js';
import { normalizeSections, settingsFromMarker } from './library-settings.js';
import { mapInSlices, mapLimit } from './map-limit.js';
import { readMarker, writeMarker } from './marker.js';
import { sampleArticleFromSeed } from './sample.js';
import { MAX_ARTICLE_BYTES, serializeArticle, tooLargeReason } from './serialize.js';
import { SerialQueue } from './serial-queue.js';
import { collectSuggestions } from './suggestions.js';
import { SummaryCache, type FileStamp } from './summary-cache.js';
import { compactUtc, nextUpdatedAt } from './timestamps.js';
import { emptyTrashFolder, findTrashEntry, listTrashEntries, moveToTrash } from './trash.js';
import { watchLibrary, type LibraryWatcher } from './watcher.js';

export type { LibraryEvent, LibraryEventListener, LibraryEventName } from './events.js';

export interface LibraryStoreOptions {
  /** The seed text of the sample article a new library starts with; null for none. */
  sampleText: string | null;
  /** Report changes made by other programs (default true). */
  watch?: boolean;
}

const COPY_SUFFIX = ' (copy)';
const MAX_HEADLINE = 1000;
const MAX_SAME_SLUG = 10_000;
const LIST_CONCURRENCY = 16;
const STAT_CONCURRENCY = 32;
/** Background work waits for the first screen of the list, or this long after opening at the latest. */
const BACKGROUND_AT_LATEST_MS = 2000;

/**
 * One library folder: the articles in it, their backups and the trash. The only service the API
 * handlers call for articles. Every slug from a request is checked to name a bundle inside the
 * library before any file is touched, and changes run one at a time.
 */
export class LibraryStore {
  private readonly listeners = new Set<LibraryEventListener>();
  private readonly fingerprints = new Fingerprints();
  private readonly queue = new SerialQueue();
  private watcher: LibraryWatcher | null = null;
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
    this.summaries = new SummaryCache(join(path, HOUSEKEEPING_DIR, LIST_CACHE_FILE));
  }

  static async open(dir: string, options: LibraryStoreOptions): Promise<LibraryStore> {
    const root = await prepareFolder(dir);
    const store = new LibraryStore(root);
    try {
      const openedAt = Date.now();
      await store.tidyUp();
      await store.ensureSample(options.sampleText);
      await store.summaries.load();
      store.early = store.readFirstScreen().catch(() => null);
      void store.firstScreenServed.then(() => {
        store.early = null;
        if (!store.closing) store.sweep = store.sweepBundles(openedAt);
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
   * Damaged articles first (they need the user's attention), then the most recently updated.
   * `first` asks for the top of that list only, quickly, for the first screen of a big library:
   * the newest rows of the list cache (checked against their files) and the articles the cache
   * does not know (on a first opening, only the most recently modified of them). An old article
   * edited by another program while the library was closed, or a damaged one the cache never
   * knew, can be missing from it; the full list that follows is exact. The first screen is read
   * as the library opens, while the window loads, and that answer is given unless a change was
   * made or seen since. `slugs` asks for those rows only, for a list that is already shown.
   */
  async list(options: { first?: number; slugs?: readonly string[] } = {}): Promise<ArticleSummary[]> {
    // A change in progress (a backup being restored) would show as a passing damage.
    await this.queue.idle();
    try {
      // Only these rows (the ones a change touched); those that are gone are left out.
      if (options.slugs) return sortSummaries((await mapLimit(options.slugs, LIST_CONCURRENCY, (slug) => this.summarize(slug))).filter((s) => s !== null));
      if (options.first !== undefined && options.first <= FIRST_SCREEN_ROWS) {
        const early = await this.early;
        if (early && this.edits === 0) return early.slice(0, options.first);
      }
      const slugs = await this.bundleSlugs();
      if (options.first !== undefined && slugs.length > options.first) return await this.firstScreen(slugs, options.first);
      const summaries = await this.summarizeAll(slugs);
      // Only a cache: a library on a read-only disk still lists.
      await this.summaries.save(new Set(slugs)).catch(() => undefined);
      return sortSummaries(summaries.filter((s): s is ArticleSummary => s !== null));
    } catch (err) {
      rethrowAsApiFailure(err, 'list the articles in the library');
    } finally {
      this.markListed();
    }
  }

  /** The first screen for the window, when the library is bigger than one; null when the whole list is as quick. */
  private async readFirstScreen(): Promise<ArticleSummary[] | null> {
    const slugs = await this.bundleSlugs();
    return slugs.length > FIRST_SCREEN_ROWS ? await this.firstScreen(slugs, FIRST_SCREEN_ROWS) : null;
  }

  private async firstScreen(slugs: string[], first: number): Promise<ArticleSummary[]> {
    // The newest articles the cache knows, each checked against its file (read again if it changed).
    const present = new Set(slugs);
    const known = await this.summarizeAll(this.summaries.newest(first).filter((slug) => present.has(slug)));
    // Articles the cache does not know: all of them on reopening (a few new ones); on a first
    // opening, the most recently modified.
    let unknown = slugs.filter((slug) => !this.summaries.has(slug));
    if (unknown.length > first) {
      const stamps = await mapInSlices(unknown, (slug) => this.plainBundleStamp(slug));
      unknown = unknown
        .map((slug, i) => ({ slug, mtimeMs: stamps[i]?.mtimeMs ?? Number.POSITIVE_INFINITY }))
        .sort((a, b) => b.mtimeMs - a.mtimeMs)
        .slice(0, first)
        .map(({ slug }) => slug);
    }
    const read = await mapLimit(unknown, LIST_CONCURRENCY, (slug) => this.summarize(slug));
    return sortSummaries([...known, ...read].filter((s): s is ArticleSummary => s !== null)).slice(0, first);
  }

  /**
   * summarize() for many articles. Plain bundle folders are stat'ed synchronously (mapInSlices),
   * and their rows come from the cache when the file is unchanged, else from reading it; links
   * and bundles without a readable file go through summarize itself.
   */
  private async summarizeAll(slugs: readonly string[]): Promise<Array<ArticleSummary | null>> {
    const stamps = await mapInSlices(slugs, (slug) => this.plainBundleStamp(slug));
    const rows = slugs.map((slug, i) => {
      const stamp = stamps[i];
      return stamp ? this.summaries.get(slug, stamp) : null;
    });
    const rest = slugs.flatMap((_slug, i) => (rows[i] ? [] : [i]));
    const read = await mapLimit(rest, LIST_CONCURRENCY, (i) => {
      const stamp = stamps[i];
      return stamp ? this.summarizeBundle(slugs[i]!, this.bundlePath(slugs[i]!), stamp) : this.summarize(slugs[i]!);
    });
    rest.forEach((i, k) => (rows[i] = read[k]!));
    return rows;
  }

  /** Size and time of the article.json of a bundle that is a plain folder; null for links and missing files. Synchronous: see mapInSlices. */
  private plainBundleStamp(slug: string): FileStamp | null {
    try {
      const dir = this.bundlePath(slug);
      if (!lstatSync(dir).isDirectory()) return null;
      const info = statSync(path.join(dir, ARTICLE_FILE));
      return { size: info.size, mtimeMs: info.mtimeMs };
    } catch {
      return null;
    }
  }

  create(headline = ''): Promise<OpenedArticle> {
    return this.change('create the article', async () => {
      const slug = await this.uniqueSlug(slugify(headline));
      const stamp = new Date().toISOString();
      const article = Article.parse({
        schemaVersion: SCHEMA_VERSION,
        id: randomUUID(),
        headline: headline.slice(0, MAX_HEADLINE),
        body: emptyBody(),
        createdAt: stamp,
        updatedAt: stamp,
      });
      await this.addBundle(slug, article);
      return { slug, article, fromBackup: false };
    });
  }

  /** `fromBackup` reads article.json.bak, to show the previous version of a damaged article; it never writes. */
  async open(slug: string, options: { fromBackup?: boolean } = {}): Promise<OpenedArticle> {
    try {
      const dir = await this.existingBundle(slug);
      if (options.fromBackup) {
        const backup = await readArticleFile(path.join(dir, BACKUP_FILE));
        if (backup.kind === 'missing') throw new ApiFailure('NOT_FOUND', `"${slug}" has no backup of an earlier version.`);
        if (backup.kind === 'damaged') throw new ApiFailure('DAMAGED', `The backup of "${slug}" is damaged too: ${backup.reason}.`);
        return { slug, article: backup.article, fromBackup: true };
      }
      const state = await readArticleFile(path.join(dir, ARTICLE_FILE));
      if (state.kind !== 'ok') throw await this.damagedFailure(slug, dir, state);
      this.fingerprints.remember(slug, state.bytes);
      return { slug, article: state.article, fromBackup: false };
    } catch (err) {
      rethrowAsApiFailure(err, `open "${slug}"`);
    }
  }

  /**
   * Writes the article, keeping the version it replaces as article.json.bak. Refused when the
   * file changed on disk since `baseUpdatedAt` (unless `force`: the user chose to keep theirs),
   * when it belongs to another article, and always when it is damaged (it is kept for recovery).
   * The article is validated again here (defaults filled in), so callers may pass request input.
   * A bundle whose article.json went missing is simply written again: nothing there to lose.
   * A bundle folder removed by another program is recreated only when `force` says the user
   * chose to keep their version.
   */
  save(slug: string, article: z.input<typeof Article>, baseUpdatedAt: string | null, force = false): Promise<SavedArticle> {
    // Errors name the article as the user sees it: its headline (the folder may still be "untitled").
    const headline = typeof article?.headline === 'string' && article.headline.trim() ? article.headline.trim().slice(0, 80) : slug;
    return this.change(`save "${headline}"`, async () => {
      const dir = force ? await this.bundleForForcedSave(slug) : await this.existingBundle(slug);
      const checked = Article.safeParse(article);
      if (!checked.success) {
        throw new ApiFailure('INVALID_REQUEST', `The article cannot be saved: ${describeSchemaError(checked.error)}`);
      }
      const file = path.join(dir, ARTICLE_FILE);
      const current = await readArticleFile(file);
      if (current.kind === 'damaged') throw await this.damagedFailure(slug, dir, current);

      let createdAt = checked.data.createdAt;
      let previousUpdatedAt: string | null = null;
      if (current.kind === 'ok') {
        if (current.article.id !== checked.data.id) {
          throw new ApiFailure('INVALID_REQUEST', `"${slug}" holds a different article: its id does not match the one being saved.`);
        }
        if (!force && current.article.updatedAt !== baseUpdatedAt) {
          throw new ApiFailure(
            'CONFLICT',
            `"${slug}" was changed by another program since you opened it. Reload it to see those changes, or keep your version to overwrite them.`,
          );
        }
        createdAt = current.article.createdAt;
        previousUpdatedAt = current.article.updatedAt;
      }

      const updatedAt = nextUpdatedAt(new Date(), previousUpdatedAt);
      const text = serializeArticle({ ...checked.data, createdAt, updatedAt });
      // A file over the loader's limit would be listed as damaged the next time it is read.
      const size = Buffer.byteLength(text);
      if (size > MAX_ARTICLE_BYTES) throw new ApiFailure('TOO_LARGE', `"${slug}" cannot be saved: it is ${tooLargeReason(size)}.`);
      const backup = current.kind === 'ok' ? { file: path.join(dir, BACKUP_FILE), bytes: current.bytes } : null;
      await this.writeArticleFile(slug, file, text, backup);
      return { slug, updatedAt };
    });
  }

  /** `newSlug` may be any text (a new headline): it is made into a safe slug first. */
  rename(slug: string, newSlug: string): Promise<{ slug: string }> {
    return this.change(`rename "${slug}"`, async () => {
      const from = await this.existingBundle(slug);
      const target = slugify(newSlug);
      if (target === slug) return { slug };
      const to = this.bundlePath(target);
      if (await exists(to)) throw new ApiFailure('ALREADY_EXISTS', `There is already an article named "${target}".`);
      await this.moveBundle(slug, target, from, to);
      return { slug: target };
    });
  }

  /** A new article with the same content and photos, as a draft with its own id and history. */
  duplicate(slug: string): Promise<{ slug: string }> {
    return this.change(`duplicate "${slug}"`, async () => {
      const from = await this.existingBundle(slug);
      const state = await readArticleFile(path.join(from, ARTICLE_FILE));
      if (state.kind !== 'ok') throw await this.damagedFailure(slug, from, state);
      const stamp = new Date().toISOString();
      const copy: Article = {
        ...state.article,
        id: randomUUID(),
        headline: `${state.article.headline.slice(0, MAX_HEADLINE - COPY_SUFFIX.length)}${COPY_SUFFIX}`,
        status: 'draft',
        createdAt: stamp,
        updatedAt: stamp,
      };
      const newSlug = await this.uniqueSlug(slugify(`${slug} copy`));
      await this.addBundle(newSlug, copy, path.join(from, MEDIA_DIR));
      return { slug: newSlug };
    });
  }

  /** Moves the article to the library's trash, damaged or not. */
  delete(slug: string): Promise<{ trashId: string }> {
    return this.change(`move "${slug}" to the trash`, async () => {
      const dir = await this.existingBundle(slug);
      const state = await readArticleFile(path.join(dir, ARTICLE_FILE));
      const headline = state.kind === 'ok' ? state.article.headline : slug;
      const known = this.fingerprints.get(slug);
      this.fingerprints.forget(slug);
      try {
        const trashId = await moveToTrash(this.trashRoot, dir, { slug, headline }, new Date());
        await fsyncDir(this.path);
        return { trashId };
      } catch (err) {
        if (await exists(dir)) this.fingerprints.restore(slug, known);
        throw err;
      }
    });
  }

  async listTrash(): Promise<TrashEntry[]> {
    try {
      const entries = await listTrashEntries(this.trashRoot);
      return entries.map(({ trashId, slug, headline, deletedAt }) => ({ trashId, slug, headline, deletedAt }));
    } catch (err) {
      rethrowAsApiFailure(err, 'list the trash');
    }
  }

  /** Puts the article back under its old slug, or a numbered one when that is taken now. */
  restoreFromTrash(trashId: string): Promise<{ slug: string }> {
    return this.change('restore the article from the trash', async () => {
      const entry = await findTrashEntry(this.trashRoot, trashId);
      const slug = await this.uniqueSlug(entry.slug);
      await rename(entry.bundleDir, this.bundlePath(slug));
      await fsyncDir(this.path);
      await rm(entry.entryDir, { recursive: true, force: true });
      return { slug };
    });
  }

  emptyTrash(): Promise<{ removed: number }> {
    return this.change('empty the trash', async () => ({ removed: await emptyTrashFolder(this.trashRoot) }));
  }

  /**
   * Replaces a damaged article.json with its backup. The damaged file is renamed to
   * `article.damaged-<time>.json` in the bundle, byte for byte, for whoever wants to rescue it.
   */
  restoreBackup(slug: string): Promise<OpenedArticle> {
    return this.change(`restore the backup of "${slug}"`, async () => {
      const dir = await this.existingBundle(slug);
      const file = path.join(dir, ARTICLE_FILE);
      const current = await readArticleFile(file);
      if (current.kind === 'ok') {
        throw new ApiFailure('INVALID_REQUEST', `"${slug}" is not damaged: there is nothing to restore.`);
      }
      const backup = await readArticleFile(path.join(dir, BACKUP_FILE));
      if (backup.kind === 'missing') throw new ApiFailure('NOT_FOUND', `"${slug}" has no backup to restore.`);
      if (backup.kind === 'damaged') throw new ApiFailure('DAMAGED', `The backup of "${slug}" is damaged too: ${backup.reason}.`);
      if (current.kind === 'damaged') await rename(file, await this.freeDamagedName(dir));
      await this.writeArticleFile(slug, file, backup.bytes);
      return { slug, article: backup.article, fromBackup: false };
    });
  }

  /**
   * Copies a photo into the article's media/ folder (see add-media.ts for what is accepted). The
   * watcher does not look inside media/, so this never reads as another program's change.
   */
  addMedia(slug: string, name: string, bytes: Uint8Array): Promise<AddedMedia> {
    return this.change(`add ${quotedFileName(name)} to "${slug}"`, async () => addMedia(await this.existingBundle(slug), name, bytes));
  }

  /**
   * The path of one of an article's photos, for the transports to serve; null unless `slug` and
   * `file` are safe names and the file is a plain file (not a link) in a media folder inside the library.
   */
  async mediaFile(slug: string, file: string): Promise<string | null> {
    if (!isSafeSlug(slug) || !MEDIA_FILE_NAME.test(file)) return null;
    try {
      const dir = path.join(await this.existingBundle(slug), MEDIA_DIR);
      const [folder, entry] = await Promise.all([lstat(dir), lstat(path.join(dir, file))]);
      return folder.isDirectory() && entry.isFile() ? path.join(dir, file) : null;
    } catch (err) {
      if (err instanceof ApiFailure || errnoCode(err) === 'ENOENT' || errnoCode(err) === 'ENOTDIR') return null;
      throw err;
    }
  }

  /** Contributors, sections, tags and sources the articles use, most used first (damaged articles are skipped). */
  async suggestions(): Promise<LibrarySuggestions> {
    try {
      const slugs = await this.bundleSlugs();
      const articles = await mapLimit(slugs, LIST_CONCURRENCY, async (slug) => {
        const dir = await this.bundleIfPresent(slug);
        const state = dir ? await readArticleFile(path.join(dir, ARTICLE_FILE)) : null;
        return state?.kind === 'ok' ? state.article : null;
      });
      return collectSuggestions(articles.filter((a): a is Article => a !== null));
    } catch (err) {
      rethrowAsApiFailure(err, 'read the names used in the library');
    }
  }

  async settings(): Promise<LibrarySettings> {
    try {
      return settingsFromMarker(await readMarker(this.markerFile));
    } catch (err) {
      rethrowAsApiFailure(err, 'read the library settings');
    }
  }

  /** Keeps the marker's other fields; the sections are tidied (see normalizeSections). */
  updateSettings(update: LibrarySettings): Promise<LibrarySettings> {
    return this.change('save the library settings', async () => {
      const marker = await readMarker(this.markerFile);
      const sections = normalizeSections(update.sections);
      await mkdir(this.housekeeping, { recursive: true });
      await writeMarker(this.markerFile, { ...(marker ?? { sampleCreated: true }), sections });
      return { sections };
    });
  }

  /** The folder of an existing article's bundle (checked like every slug), for services that keep files beside it. */
  bundleDirectory(slug: string): Promise<string> {
    return this.existingBundle(slug);
  }

  /** `.masthead/` inside the library: where services keep the library's own files (outbox, targets). */
  get housekeeping(): string {
    return path.join(this.path, HOUSEKEEPING_DIR);
  }

  private get markerFile(): string {
    return path.join(this.housekeeping, MARKER_FILE);
  }

  private get trashRoot(): string {
    return path.join(this.housekeeping, TRASH_DIR);
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

  /** Runs a change in the queue, turning file system errors into failures the user can read. */
  private change<T>(what: string, task: () => Promise<T>): Promise<T> {
    this.edits++;
    return this.queue.run(async () => {
      try {
        return await task();
      } catch (err) {
        rethrowAsApiFailure(err, what);
      }
    });
  }

  /** Leftovers of a crash: temp files of interrupted writes, half-built bundles. */
  private async tidyUp(): Promise<void> {
    await mkdir(this.trashRoot, { recursive: true });
    await rm(path.join(this.housekeeping, STAGING_DIR), { recursive: true, force: true });
    await cleanupStaleTempFiles(this.path);
    await cleanupStaleTempFiles(this.housekeeping);
    // The services' folders in .masthead (the outbox's copies of queued articles); none is writing yet.
    for (const entry of await readdir(this.housekeeping, { withFileTypes: true })) {
      if (entry.isDirectory() && entry.name !== TRASH_DIR) await cleanupStaleTempFiles(path.join(this.housekeeping, entry.name));
    }
  }

  /**
   * Temp files of interrupted writes inside the bundles and their media/ and revisions/, after
   * opening so a big library lists at once. Only files older than the opening go: the ones our
   * own saves are writing are newer.
   */
  private async sweepBundles(openedAt: number): Promise<void> {
    try {
      await mapLimit(await this.bundleSlugs(), STAT_CONCURRENCY, async (slug) => {
        const dir = await this.existingBundle(slug).catch(() => null);
        if (!dir) return;
        for (const folder of [dir, path.join(dir, MEDIA_DIR), path.join(dir, REVISIONS_DIR)]) await cleanupStaleTempFiles(folder, openedAt);
      });
    } catch {
      // Leftovers are hidden and harmless; the next opening tries again.
    }
  }

  private async ensureSample(sampleText: string | null): Promise<void> {
    const marker = await readMarker(this.markerFile);
    if (marker?.sampleCreated) return;
    if ((await this.bundleSlugs()).length > 0) {
      await writeMarker(this.markerFile, { ...marker, sampleCreated: true });
      return;
    }
    if (sampleText === null) {
      if (!marker) await writeMarker(this.markerFile, { sampleCreated: false });
      return;
    }
    const sample = sampleArticleFromSeed(sampleText, new Date());
    await this.addBundle(await this.uniqueSlug(slugify(sample.headline)), sample);
    await writeMarker(this.markerFile, { ...marker, sampleCreated: true });
  }

  /** Slugs of the bundle folders (or links to them) whose names are safe to address. */
  private async bundleSlugs(): Promise<string[]> {
    const entries = await readdir(this.path, { withFileTypes: true });
    return entries
      .filter((entry) => entry.isDirectory() || entry.isSymbolicLink())
      .map((entry) => slugFromBundleName(entry.name))
      .filter((slug): slug is string => slug !== null);
  }

  /**
   * null for a bundle that vanished or links out of the library while we looked. A damaged
   * bundle has no headline to show, so its slug stands in.
   */
  private async summarize(slug: string): Promise<ArticleSummary | null> {
    const dir = await this.bundleIfPresent(slug);
    if (!dir) return null;
    const stamp = await stat(path.join(dir, ARTICLE_FILE)).then(
      (info) => ({ size: info.size, mtimeMs: info.mtimeMs }),
      () => null,
    );
    return await this.summarizeBundle(slug, dir, stamp);
  }

  /** summarize() for a bundle found inside the library, whose article.json has this stamp (null: none could be read). */
  private async summarizeBundle(slug: string, dir: string, stamp: FileStamp | null): Promise<ArticleSummary> {
    const cached = stamp ? this.summaries.get(slug, stamp) : null;
    if (cached) return cached;
    const file = path.join(dir, ARTICLE_FILE);
    const state = await readArticleFile(file);
    if (state.kind === 'ok') {
      const { id, headline, status, language, updatedAt, body } = state.article;
      const wordCount = countWords(`${headline}\n${bodyPlainText(body)}`);
      const summary = { slug, id, headline, status, language, updatedAt, wordCount, damaged: null };
      if (stamp) this.summaries.set(slug, stamp, summary);
      return summary;
    }
    return {
      slug,
      id: null,
      headline: slug,
      status: null,
      language: null,
      updatedAt: null,
      wordCount: 0,
      damaged: { reason: damageReason(state), hasBackup: await this.hasBackup(dir) },
    };
  }

  /** existingBundle, or null for a bundle that vanished or links out of the library while we looked. */
  private async bundleIfPresent(slug: string): Promise<string | null> {
    try {
      return await this.existingBundle(slug);
    } catch (err) {
      if (err instanceof ApiFailure) return null;
      throw err;
    }
  }

  private async hasBackup(dir: string): Promise<boolean> {
    return (await readArticleFile(path.join(dir, BACKUP_FILE))).kind === 'ok';
  }

  private async damagedFailure(slug: string, dir: string, state: Exclude<ArticleFileState, { kind: 'ok' }>): Promise<ApiFailure> {
    const problem =
      state.kind === 'missing' ? `its ${ARTICLE_FILE} is missing` : `its ${ARTICLE_FILE} is damaged (${state.reason})`;
    const backup = (await this.hasBackup(dir))
      ? 'A backup of the previous version exists: you can open it or restore it.'
      : 'There is no backup of an earlier version.';
    return new ApiFailure('DAMAGED', `"${slug}" cannot be opened: ${problem}. The file was left as it is. ${backup}`);
  }

  /** Where `slug`'s bundle lives; refuses anything that is not a safe name inside this library. */
  private bundlePath(slug: string): string {
    if (typeof slug !== 'string' || !isSafeSlug(slug)) {
      throw new ApiFailure('INVALID_REQUEST', `"${String(slug).slice(0, 120)}" is not a valid article name.`);
    }
    const dir = path.resolve(this.path, `${slug}${BUNDLE_EXT}`);
    if (!isInside(this.path, dir)) throw new ApiFailure('INVALID_REQUEST', `"${slug}" is not inside the library.`);
    return dir;
  }

  /** bundlePath for a bundle that must exist, and (when it is a link) must stay inside the library. */
  private async existingBundle(slug: string): Promise<string> {
    const dir = this.bundlePath(slug);
    let target;
    try {
      target = await lstat(dir);
      if (target.isSymbolicLink()) {
        if (!isInside(this.path, await realpath(dir))) {
          throw new ApiFailure('INVALID_REQUEST', `"${slug}" links to a folder outside the library.`);
        }
        target = await stat(dir);
      }
    } catch (err) {
      if (errnoCode(err) === 'ENOENT') throw new ApiFailure('NOT_FOUND', `There is no article "${slug}" in this library.`);
      throw err;
    }
    if (!target.isDirectory()) throw new ApiFailure('INVALID_REQUEST', `"${slug}${BUNDLE_EXT}" is not a folder.`);
    return dir;
  }

  private async bundleForForcedSave(slug: string): Promise<string> {
    try {
      return await this.existingBundle(slug);
    } catch (err) {
      if (!(err instanceof ApiFailure && err.code === 'NOT_FOUND')) throw err;
      const dir = this.bundlePath(slug);
      await mkdir(path.join(dir, MEDIA_DIR), { recursive: true });
      await fsyncDir(this.path);
      return dir;
    }
  }

  /** `base`, or `base-2`, `base-3`… whichever no bundle uses yet. */
  private async uniqueSlug(base: string): Promise<string> {
    for (let n = 1; n <= MAX_SAME_SLUG; n++) {
      const candidate = n === 1 ? base : slugWithSuffix(base, n);
      if (!(await exists(this.bundlePath(candidate)))) return candidate;
    }
    throw new ApiFailure('ALREADY_EXISTS', `Too many articles are named "${base}".`);
  }

  /**
   * Builds the bundle in .masthead/staging and moves it into place in one rename, so the library
   * (and the watcher) never sees a bundle without its article.json.
   */
  private async addBundle(slug: string, article: Article, copyMediaFrom?: string): Promise<void> {
    const staging = path.join(this.housekeeping, STAGING_DIR, randomBytes(8).toString('hex'));
    const target = this.bundlePath(slug);
    const text = serializeArticle(article);
    try {
      await mkdir(staging, { recursive: true });
      if (copyMediaFrom && (await exists(copyMediaFrom))) {
        // Links are left behind: a copied link could point anywhere on the disk.
        await cp(copyMediaFrom, path.join(staging, MEDIA_DIR), {
          recursive: true,
          errorOnExist: true,
          filter: async (source) => !(await lstat(source)).isSymbolicLink(),
        });
      } else {
        await mkdir(path.join(staging, MEDIA_DIR));
      }
      await writeFileAtomic(path.join(staging, ARTICLE_FILE), text);
      this.fingerprints.remember(slug, text);
      await rename(staging, target);
    } catch (err) {
      this.fingerprints.forget(slug);
      await rm(staging, { recursive: true, force: true });
      throw err;
    }
    await fsyncDir(this.path);
  }

  private async moveBundle(from: string, to: string, fromDir: string, toDir: string): Promise<void> {
    this.fingerprints.move(from, to);
    try {
      await rename(fromDir, toDir);
    } catch (err) {
      this.fingerprints.move(to, from);
      throw err;
    }
    await fsyncDir(this.path);
  }

  /**
   * Writes article.json (after `backup`, the version it replaces, as article.json.bak), remembering
   * its bytes first so the watcher knows the change is ours. The new text is complete on disk
   * before the backup is replaced: a disk too full for it leaves both files as they were.
   */
  private async writeArticleFile(
    slug: string,
    file: string,
    bytes: string | Uint8Array,
    backup: { file: string; bytes: Uint8Array } | null = null,
  ): Promise<void> {
    const before = this.fingerprints.get(slug);
    this.fingerprints.remember(slug, bytes);
    try {
      const staged = await stageFile(file, bytes);
      try {
        if (backup) await writeFileAtomic(backup.file, backup.bytes);
      } catch (err) {
        await staged.discard();
        throw err;
      }
      await staged.commit();
    } catch (err) {
      this.fingerprints.restore(slug, before);
      throw err;
    }
  }

  private async freeDamagedName(dir: string): Promise<string> {
    const stamp = compactUtc(new Date());
    for (let n = 1; ; n++) {
      const candidate = path.join(dir, damagedFileName(n === 1 ? stamp : `${stamp}-${n}`));
      if (!(await exists(candidate))) return candidate;
    }
  }
}

/** Creates the folder when missing and returns its real path. */
async function prepareFolder(dir: string): Promise<string> {
  const name = path.basename(dir);
  try {
    await mkdir(dir, { recursive: true });
    return await realpath(dir);
  } catch (err) {
    if (errnoCode(err) === 'EEXIST' || errnoCode(err) === 'ENOTDIR') {
      throw new ApiFailure('INVALID_REQUEST', `"${name}" is a file, not a folder, so it cannot be a library.`);
    }
    rethrowAsApiFailure(err, `open the library folder "${name}"`);
  }
}

function damageReason(state: Exclude<ArticleFileState, { kind: 'ok' }>): string {
  return state.kind === 'missing' ? `${ARTICLE_FILE} is missing` : state.reason;
}

function isInside(root: string, candidate: string): boolean {
  return candidate.startsWith(root.endsWith(path.sep) ? root : root + path.sep);
}

async function exists(file: string): Promise<boolean> {
  try {
    await lstat(file);
    return true;
  } catch (err) {
    if (errnoCode(err) === 'ENOENT') return false;
    throw err;
  }
}
