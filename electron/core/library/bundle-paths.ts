import { lstat, mkdir, readdir, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { MEDIA_FILE_NAME } from '../../common/rules/photo.js';
import { isSafeSlug, slugWithSuffix } from '../../common/rules/slug.js';
import { ApiFailure, errnoCode, rethrowAsApiFailure } from '../errors.js';
import { fsyncDir } from '../fs/atomic-write.js';
import { BUNDLE_EXT, HOUSEKEEPING_DIR, MARKER_FILE, MEDIA_DIR, folderFromBundleName, TRASH_DIR } from './layout.js';

const MAX_SAME_SLUG = 10_000;

/**
 * Where things are in one library folder, and THE check that a name from a request stays inside
 * it: every folder is checked to name a bundle inside the library (links included) before any
 * file is touched, and every media request names a safe file (the Electron protocol and the
 * host's media route use `isSafeMediaName` and `mediaFile` below, nothing of their own).
 */
export class BundlePaths {
  constructor(
    /** Absolute and free of links, so containment checks compare like with like. */
    readonly root: string,
  ) {}

  /** `.masthead/` inside the library: where services keep the library's own files (outbox, targets). */
  get housekeeping(): string {
    return path.join(this.root, HOUSEKEEPING_DIR);
  }

  get markerFile(): string {
    return path.join(this.housekeeping, MARKER_FILE);
  }

  get trashRoot(): string {
    return path.join(this.housekeeping, TRASH_DIR);
  }

  /** Where `folder`'s bundle lives; refuses anything that is not a safe name inside this library. */
  bundlePath(folder: string): string {
    if (typeof folder !== 'string' || !isSafeSlug(folder)) {
      throw new ApiFailure('INVALID_REQUEST', `"${String(folder).slice(0, 120)}" is not a valid article name.`);
    }
    const dir = path.resolve(this.root, `${folder}${BUNDLE_EXT}`);
    if (!isInside(this.root, dir)) throw new ApiFailure('INVALID_REQUEST', `"${folder}" is not inside the library.`);
    return dir;
  }

  /** bundlePath for a bundle that must exist, and (when it is a link) must stay inside the library. */
  async existing(folder: string): Promise<string> {
    const dir = this.bundlePath(folder);
    let target;
    try {
      target = await lstat(dir);
      if (target.isSymbolicLink()) {
        if (!isInside(this.root, await realpath(dir))) {
          throw new ApiFailure('INVALID_REQUEST', `"${folder}" links to a folder outside the library.`);
        }
        target = await stat(dir);
      }
    } catch (err) {
      if (errnoCode(err) === 'ENOENT') throw new ApiFailure('NOT_FOUND', `There is no article "${folder}" in this library.`);
      throw err;
    }
    if (!target.isDirectory()) throw new ApiFailure('INVALID_REQUEST', `"${folder}${BUNDLE_EXT}" is not a folder.`);
    return dir;
  }

  /** existing, or null for a bundle that vanished or links out of the library while we looked. */
  async ifPresent(folder: string): Promise<string | null> {
    try {
      return await this.existing(folder);
    } catch (err) {
      if (err instanceof ApiFailure) return null;
      throw err;
    }
  }

  /** existing, or a new empty bundle when another program removed it (the user chose to keep their version). */
  async forForcedSave(folder: string): Promise<string> {
    try {
      return await this.existing(folder);
    } catch (err) {
      if (!(err instanceof ApiFailure && err.code === 'NOT_FOUND')) throw err;
      const dir = this.bundlePath(folder);
      await mkdir(path.join(dir, MEDIA_DIR), { recursive: true });
      await fsyncDir(this.root);
      return dir;
    }
  }

  /** `base`, or `base-2`, `base-3`… whichever no bundle uses yet. */
  async uniqueFolder(base: string): Promise<string> {
    for (let n = 1; n <= MAX_SAME_SLUG; n++) {
      const candidate = n === 1 ? base : slugWithSuffix(base, n);
      if (!(await exists(this.bundlePath(candidate)))) return candidate;
    }
    throw new ApiFailure('ALREADY_EXISTS', `Too many articles are named "${base}".`);
  }

  /** The folder names of the bundles (or links to them) that are safe to address. */
  async folders(): Promise<string[]> {
    const entries = await readdir(this.root, { withFileTypes: true });
    return entries
      .filter((entry) => entry.isDirectory() || entry.isSymbolicLink())
      .map((entry) => folderFromBundleName(entry.name))
      .filter((folder): folder is string => folder !== null);
  }

  /**
   * The path of one of an article's photos, for the transports to serve; null unless `folder` and
   * `file` are safe names and the file is a plain file (not a link) in a media folder inside the library.
   */
  async mediaFile(folder: string, file: string): Promise<string | null> {
    if (!isSafeMediaName(folder, file)) return null;
    try {
      const dir = path.join(await this.existing(folder), MEDIA_DIR);
      const [media, entry] = await Promise.all([lstat(dir), lstat(path.join(dir, file))]);
      return media.isDirectory() && entry.isFile() ? path.join(dir, file) : null;
    } catch (err) {
      if (err instanceof ApiFailure || errnoCode(err) === 'ENOENT' || errnoCode(err) === 'ENOTDIR') return null;
      throw err;
    }
  }
}

/** A folder and photo file name that may be looked up at all: no separators, no dots to climb out. */
export function isSafeMediaName(folder: string, file: string): boolean {
  return isSafeSlug(folder) && MEDIA_FILE_NAME.test(file);
}

/** Whether `candidate` (an absolute, resolved path) lies strictly inside the folder `root`. */
export function isInside(root: string, candidate: string): boolean {
  return candidate.startsWith(root.endsWith(path.sep) ? root : root + path.sep);
}

export async function exists(file: string): Promise<boolean> {
  try {
    await lstat(file);
    return true;
  } catch (err) {
    if (errnoCode(err) === 'ENOENT') return false;
    throw err;
  }
}

/** Creates the library folder when missing and returns its real path. */
export async function prepareFolder(dir: string): Promise<string> {
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
