import { randomBytes, randomUUID } from 'node:crypto';
import { cp, lstat, mkdir, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import type { z } from 'zod';
import { Article, describeSchemaError, SCHEMA_VERSION, type ArticleLanguage } from '../../common/article.js';
import type { OpenedArticle, SavedArticle } from '../../common/ipc.js';
import { emptyBody } from '../../common/lexical-nodes.js';
import { slugify } from '../../common/rules/slug.js';
import { ApiFailure } from '../errors.js';
import { fsyncDir, stageFile, writeFileAtomic } from '../fs/atomic-write.js';
import { readJsonFile, type JsonFileState } from '../fs/json-file.js';
import { exists, type BundlePaths } from './bundle-paths.js';
import type { Fingerprints } from './fingerprints.js';
import { ARTICLE_FILE, BACKUP_FILE, damagedFileName, MEDIA_DIR, STAGING_DIR } from './layout.js';
import { ARTICLE_READ, decodeArticle, MAX_ARTICLE_BYTES, serializeArticle, tooLargeReason } from './serialize.js';
import { compactUtc, nextUpdatedAt } from './timestamps.js';

const COPY_SUFFIX = ' (copy)';
const MAX_HEADLINE = 1000;

export type ArticleFileState = JsonFileState<Article>;

/** What a save wrote: the answer for the window, the article as it is now on disk, and its bundle folder. */
export interface WrittenArticle {
  saved: SavedArticle;
  article: Article;
  dir: string;
}
type NotOk = Exclude<ArticleFileState, { kind: 'ok' }>;

/** Reads and checks one article file (article.json or its .bak). */
export function readArticleFile(file: string): Promise<ArticleFileState> {
  return readJsonFile(file, decodeArticle, ARTICLE_READ);
}

/** What the list shows for an article whose file is not good. */
export function damageReason(state: NotOk): string {
  return state.kind === 'missing' ? `${ARTICLE_FILE} is missing` : state.reason;
}

export async function hasBackup(dir: string): Promise<boolean> {
  return (await readArticleFile(path.join(dir, BACKUP_FILE))).kind === 'ok';
}

/**
 * The article files of a library: read, validate, write with a backup, keep damage as it is.
 * Nothing here queues: LibraryStore runs each of these inside its serial queue, alone or as one
 * step of a transaction (see LibraryStore.transaction), so these methods may call each other.
 */
export class ArticleFiles {
  constructor(
    private readonly paths: BundlePaths,
    private readonly fingerprints: Fingerprints,
  ) {}

  /** The folder of an existing article's bundle (checked like every folder). */
  bundleDirectory(folder: string): Promise<string> {
    return this.paths.existing(folder);
  }

  /** A new, empty article in `language` (the schema's default, English, when not given). */
  async create(headline: string, language?: ArticleLanguage): Promise<OpenedArticle> {
    const folder = await this.paths.uniqueFolder(slugify(headline));
    const stamp = new Date().toISOString();
    const article = Article.parse({
      schemaVersion: SCHEMA_VERSION,
      id: randomUUID(),
      headline: headline.slice(0, MAX_HEADLINE),
      body: emptyBody(),
      ...(language ? { language } : {}),
      createdAt: stamp,
      updatedAt: stamp,
    });
    await this.addBundle(folder, article);
    return { folder, article, fromBackup: false };
  }

  /** `fromBackup` reads article.json.bak, to show the previous version of a damaged article; it never writes. */
  async open(folder: string, options: { fromBackup?: boolean } = {}): Promise<OpenedArticle> {
    const dir = await this.paths.existing(folder);
    if (options.fromBackup) {
      const backup = await readArticleFile(path.join(dir, BACKUP_FILE));
      if (backup.kind === 'missing') throw new ApiFailure('NOT_FOUND', `"${folder}" has no backup of an earlier version.`);
      if (backup.kind === 'damaged') throw new ApiFailure('DAMAGED', `The backup of "${folder}" is damaged too: ${backup.reason}.`);
      return { folder, article: backup.value, fromBackup: true };
    }
    const state = await readArticleFile(path.join(dir, ARTICLE_FILE));
    if (state.kind !== 'ok') throw await damagedFailure(folder, dir, state);
    this.fingerprints.remember(folder, state.bytes);
    return { folder, article: state.value, fromBackup: false };
  }

  /** See LibraryStore.save. Gives the article as written and its bundle too, for the steps after it in a transaction. */
  async save(folder: string, article: z.input<typeof Article>, baseUpdatedAt: string | null, force: boolean): Promise<WrittenArticle> {
    const dir = force ? await this.paths.forForcedSave(folder) : await this.paths.existing(folder);
    const checked = Article.safeParse(article);
    if (!checked.success) {
      throw new ApiFailure('INVALID_REQUEST', `The article cannot be saved: ${describeSchemaError(checked.error)}`);
    }
    const file = path.join(dir, ARTICLE_FILE);
    const current = await readArticleFile(file);
    if (current.kind === 'damaged') throw await damagedFailure(folder, dir, current);

    let createdAt = checked.data.createdAt;
    let previousUpdatedAt: string | null = null;
    if (current.kind === 'ok') {
      if (current.value.id !== checked.data.id) {
        throw new ApiFailure('INVALID_REQUEST', `"${folder}" holds a different article: its id does not match the one being saved.`);
      }
      if (!force && current.value.updatedAt !== baseUpdatedAt) {
        throw new ApiFailure(
          'CONFLICT',
          `"${folder}" was changed by another program since you opened it. Reload it to see those changes, or keep your version to overwrite them.`,
        );
      }
      createdAt = current.value.createdAt;
      previousUpdatedAt = current.value.updatedAt;
    }

    const updatedAt = nextUpdatedAt(new Date(), previousUpdatedAt);
    const written = { ...checked.data, createdAt, updatedAt };
    const text = serializeArticle(written);
    // A file over the loader's limit would be listed as damaged the next time it is read.
    const size = Buffer.byteLength(text);
    if (size > MAX_ARTICLE_BYTES) throw new ApiFailure('TOO_LARGE', `"${folder}" cannot be saved: it is ${tooLargeReason(size)}.`);
    const backup = current.kind === 'ok' ? { file: path.join(dir, BACKUP_FILE), bytes: current.bytes } : null;
    await this.writeArticleFile(folder, file, text, backup);
    return { saved: { folder, updatedAt }, article: written, dir };
  }

  /** `newFolder` may be any text (a new headline): it is made into a safe folder name first. */
  async rename(folder: string, newFolder: string): Promise<{ folder: string }> {
    const from = await this.paths.existing(folder);
    const target = slugify(newFolder);
    if (target === folder) return { folder };
    const to = this.paths.bundlePath(target);
    if (await exists(to)) throw new ApiFailure('ALREADY_EXISTS', `There is already an article named "${target}".`);
    this.fingerprints.move(folder, target);
    try {
      await rename(from, to);
    } catch (err) {
      this.fingerprints.move(target, folder);
      throw err;
    }
    await fsyncDir(this.paths.root);
    return { folder: target };
  }

  /** A new article with the same content and photos, as a draft with its own id and history. */
  async duplicate(folder: string): Promise<{ folder: string }> {
    const from = await this.paths.existing(folder);
    const state = await readArticleFile(path.join(from, ARTICLE_FILE));
    if (state.kind !== 'ok') throw await damagedFailure(folder, from, state);
    const stamp = new Date().toISOString();
    const copy: Article = {
      ...state.value,
      id: randomUUID(),
      headline: `${state.value.headline.slice(0, MAX_HEADLINE - COPY_SUFFIX.length)}${COPY_SUFFIX}`,
      status: 'draft',
      createdAt: stamp,
      updatedAt: stamp,
    };
    const newFolder = await this.paths.uniqueFolder(slugify(`${folder} copy`));
    await this.addBundle(newFolder, copy, path.join(from, MEDIA_DIR));
    return { folder: newFolder };
  }

  /** See LibraryStore.restoreBackup. */
  async restoreBackup(folder: string): Promise<OpenedArticle> {
    const dir = await this.paths.existing(folder);
    const file = path.join(dir, ARTICLE_FILE);
    const current = await readArticleFile(file);
    if (current.kind === 'ok') {
      throw new ApiFailure('INVALID_REQUEST', `"${folder}" is not damaged: there is nothing to restore.`);
    }
    const backup = await readArticleFile(path.join(dir, BACKUP_FILE));
    if (backup.kind === 'missing') throw new ApiFailure('NOT_FOUND', `"${folder}" has no backup to restore.`);
    if (backup.kind === 'damaged') throw new ApiFailure('DAMAGED', `The backup of "${folder}" is damaged too: ${backup.reason}.`);
    if (current.kind === 'damaged') await rename(file, await freeDamagedName(dir));
    await this.writeArticleFile(folder, file, backup.bytes);
    return { folder, article: backup.value, fromBackup: false };
  }

  /**
   * Builds the bundle in .masthead/staging and moves it into place in one rename, so the library
   * (and the watcher) never sees a bundle without its article.json.
   */
  async addBundle(folder: string, article: Article, copyMediaFrom?: string): Promise<void> {
    const staging = path.join(this.paths.housekeeping, STAGING_DIR, randomBytes(8).toString('hex'));
    const target = this.paths.bundlePath(folder);
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
      this.fingerprints.remember(folder, text);
      await rename(staging, target);
    } catch (err) {
      this.fingerprints.forget(folder);
      await rm(staging, { recursive: true, force: true });
      throw err;
    }
    await fsyncDir(this.paths.root);
  }

  /**
   * Writes article.json (after `backup`, the version it replaces, as article.json.bak), remembering
   * its bytes first so the watcher knows the change is ours. The new text is complete on disk
   * before the backup is replaced: a disk too full for it leaves both files as they were.
   */
  private async writeArticleFile(
    folder: string,
    file: string,
    bytes: string | Uint8Array,
    backup: { file: string; bytes: Uint8Array } | null = null,
  ): Promise<void> {
    const before = this.fingerprints.get(folder);
    this.fingerprints.remember(folder, bytes);
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
      this.fingerprints.restore(folder, before);
      throw err;
    }
  }
}

async function damagedFailure(folder: string, dir: string, state: NotOk): Promise<ApiFailure> {
  const problem = state.kind === 'missing' ? `its ${ARTICLE_FILE} is missing` : `its ${ARTICLE_FILE} is damaged (${state.reason})`;
  const backup = (await hasBackup(dir))
    ? 'A backup of the previous version exists: you can open it or restore it.'
    : 'There is no backup of an earlier version.';
  return new ApiFailure('DAMAGED', `"${folder}" cannot be opened: ${problem}. The file was left as it is. ${backup}`);
}

async function freeDamagedName(dir: string): Promise<string> {
  const stamp = compactUtc(new Date());
  for (let n = 1; ; n++) {
    const candidate = path.join(dir, damagedFileName(n === 1 ? stamp : `${stamp}-${n}`));
    if (!(await exists(candidate))) return candidate;
  }
}
