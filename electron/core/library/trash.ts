import { lstat, mkdir, readdir, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import type { TrashEntry } from '../../common/article.js';
import { ApiFailure, errnoCode } from '../errors.js';
import { fsyncDir, writeFileAtomic } from '../fs/atomic-write.js';
import { readJsonFile } from '../fs/json-file.js';
import { readArticleFile } from './article-files.js';
import { exists, type BundlePaths } from './bundle-paths.js';
import type { Fingerprints } from './fingerprints.js';
import { ARTICLE_FILE, BUNDLE_EXT, folderFromBundleName } from './layout.js';
import { compactUtc } from './timestamps.js';

/*
 * One folder per deleted article: `<trashId>/entry.json` (what the trash list shows) next to the
 * untouched `<trashId>/<folder>.article/`. Emptying removes whole folders; the bundle folder name,
 * not entry.json, is the truth about the folder, so a lost entry.json costs only the headline.
 */
const ENTRY_FILE = 'entry.json';
const EntryMeta = z.object({ headline: z.string(), deletedAt: z.string() });

/** A folder directly inside the trash: no separators, no NUL, no leading dot (so never `.` or `..`). */
function isTrashIdShape(trashId: string): boolean {
  return trashId.length > 0 && trashId.length <= 200 && !trashId.startsWith('.') && !/[/\\\0]/.test(trashId);
}

export interface TrashedBundle extends TrashEntry {
  entryDir: string;
  bundleDir: string;
}

/**
 * The library's trash, in `.masthead/trash/`. Nothing here queues: LibraryStore runs each
 * change inside its serial queue.
 */
export class Trash {
  constructor(
    private readonly paths: BundlePaths,
    private readonly fingerprints: Fingerprints,
  ) {}

  /** Moves the article to the trash, damaged or not. */
  async delete(folder: string): Promise<{ trashId: string }> {
    const dir = await this.paths.existing(folder);
    const state = await readArticleFile(path.join(dir, ARTICLE_FILE));
    const headline = state.kind === 'ok' ? state.value.headline : folder;
    const known = this.fingerprints.get(folder);
    this.fingerprints.forget(folder);
    try {
      const trashId = await moveToTrash(this.paths.trashRoot, dir, { folder, headline }, new Date());
      await fsyncDir(this.paths.root);
      return { trashId };
    } catch (err) {
      if (await exists(dir)) this.fingerprints.restore(folder, known);
      throw err;
    }
  }

  async list(): Promise<TrashEntry[]> {
    const entries = await listTrashEntries(this.paths.trashRoot);
    return entries.map(({ trashId, folder, headline, deletedAt }) => ({ trashId, folder, headline, deletedAt }));
  }

  /** Puts the article back under its old folder, or a numbered one when that is taken now. */
  async restore(trashId: string): Promise<{ folder: string }> {
    const entry = await findTrashEntry(this.paths.trashRoot, trashId);
    const folder = await this.paths.uniqueFolder(entry.folder);
    await rename(entry.bundleDir, this.paths.bundlePath(folder));
    await fsyncDir(this.paths.root);
    await rm(entry.entryDir, { recursive: true, force: true });
    return { folder };
  }

  /** Removes everything in the trash; returns how many articles went. */
  async empty(): Promise<{ removed: number }> {
    const root = this.paths.trashRoot;
    const removed = (await listTrashEntries(root)).length;
    for (const dirent of await readdirOrEmpty(root)) {
      await rm(path.join(root, dirent.name), { recursive: true, force: true });
    }
    return { removed };
  }
}

/** Moves a bundle into the trash; returns its trash id (`20250415T081800123Z-<folder>`). */
async function moveToTrash(
  trashRoot: string,
  bundleDir: string,
  entry: { folder: string; headline: string },
  now: Date,
): Promise<string> {
  const deletedAt = now.toISOString();
  const base = `${compactUtc(now)}-${entry.folder}`;
  const { trashId, entryDir } = await createEntryDir(trashRoot, base);
  try {
    await writeFileAtomic(path.join(entryDir, ENTRY_FILE), `${JSON.stringify({ headline: entry.headline, deletedAt }, null, 2)}\n`);
    await rename(bundleDir, path.join(entryDir, `${entry.folder}${BUNDLE_EXT}`));
  } catch (err) {
    // Only reached before the bundle moved: the folder holds nothing but our entry.json.
    await rm(entryDir, { recursive: true, force: true });
    throw err;
  }
  await fsyncDir(entryDir);
  return trashId;
}

/** An exclusive mkdir keeps ids unique even when one folder is deleted twice in a millisecond. */
async function createEntryDir(trashRoot: string, base: string): Promise<{ trashId: string; entryDir: string }> {
  await mkdir(trashRoot, { recursive: true });
  for (let n = 1; ; n++) {
    const trashId = n === 1 ? base : `${base}-${n}`;
    const entryDir = path.join(trashRoot, trashId);
    try {
      await mkdir(entryDir);
      return { trashId, entryDir };
    } catch (err) {
      if (errnoCode(err) !== 'EEXIST') throw err;
    }
  }
}

/** Newest first. Leftovers of an interrupted delete (no bundle inside) are not entries. */
async function listTrashEntries(trashRoot: string): Promise<TrashedBundle[]> {
  const entries: TrashedBundle[] = [];
  for (const dirent of await readdirOrEmpty(trashRoot)) {
    if (!dirent.isDirectory() || !isTrashIdShape(dirent.name)) continue;
    const entry = await readEntry(trashRoot, dirent.name);
    if (entry) entries.push(entry);
  }
  return entries.sort((a, b) => b.deletedAt.localeCompare(a.deletedAt) || b.trashId.localeCompare(a.trashId));
}

/** The entry `trashId` names; INVALID_REQUEST for an id that is not one of ours, NOT_FOUND when gone. */
async function findTrashEntry(trashRoot: string, trashId: string): Promise<TrashedBundle> {
  const entryDir = path.resolve(trashRoot, trashId);
  if (!isTrashIdShape(trashId) || path.dirname(entryDir) !== trashRoot) {
    throw new ApiFailure('INVALID_REQUEST', `"${trashId.slice(0, 200)}" is not an item in the trash.`);
  }
  // A link in the trash (another program's) would make a restore move a folder from outside the library into it.
  const isFolder = (await lstat(entryDir).catch(() => null))?.isDirectory() ?? false;
  const entry = isFolder ? await readEntry(trashRoot, trashId) : null;
  if (!entry) throw new ApiFailure('NOT_FOUND', 'That article is no longer in the trash.');
  return entry;
}

async function readEntry(trashRoot: string, trashId: string): Promise<TrashedBundle | null> {
  const entryDir = path.join(trashRoot, trashId);
  const names = (await readdirOrEmpty(entryDir)).filter((d) => d.isDirectory()).map((d) => d.name);
  const bundleName = names.find((name) => folderFromBundleName(name) !== null);
  if (!bundleName) return null;
  const folder = folderFromBundleName(bundleName)!;
  const meta = await readMeta(path.join(entryDir, ENTRY_FILE));
  return {
    trashId,
    folder,
    headline: meta?.headline ?? folder,
    deletedAt: meta?.deletedAt ?? (await stat(entryDir)).mtime.toISOString(),
    entryDir,
    bundleDir: path.join(entryDir, bundleName),
  };
}

async function readMeta(file: string): Promise<z.infer<typeof EntryMeta> | null> {
  const state = await readJsonFile(file, EntryMeta).catch(() => null);
  return state?.kind === 'ok' ? state.value : null;
}

async function readdirOrEmpty(dir: string) {
  try {
    return await readdir(dir, { withFileTypes: true });
  } catch (err) {
    if (errnoCode(err) === 'ENOENT') return [];
    throw err;
  }
}
