import { randomBytes } from 'node:crypto';
import { open, readdir, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';

/*
 * Durable replace-by-rename, the way write-file-atomic does it but with the folder fsync it
 * leaves out. Only `node:*` imports: the crash test runs this file in a child process.
 */

/** `.<name>.<12 hex>.tmp`: hidden, in the target's folder (rename is only atomic within one file system). */
const TEMP_NAME = /^\..+\.[0-9a-f]{12}\.tmp$/;

export function isTempFileName(name: string): boolean {
  return TEMP_NAME.test(name);
}

function tempPathFor(target: string): string {
  return path.join(path.dirname(target), `.${path.basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
}

function errCode(err: unknown): unknown {
  return err instanceof Error && 'code' in err ? err.code : undefined;
}

export interface WriteFileAtomicOptions {
  /** Runs after the temp file is complete and synced, just before it replaces the target (crash tests). */
  beforeRename?: () => void | Promise<void>;
}

/** A complete, synced temp file beside its target, not yet in its place. */
export interface StagedFile {
  /** Renames it over the target and syncs the folder. */
  commit(): Promise<void>;
  /** Removes it, leaving the target as it was. */
  discard(): Promise<void>;
}

/**
 * The first half of writeFileAtomic: writes and syncs `data` in a temp file beside `target`. A
 * caller that must change two files together stages the one that may not fit first, so a full
 * disk leaves both as they were.
 */
export async function stageFile(target: string, data: string | Uint8Array): Promise<StagedFile> {
  const temp = tempPathFor(target);
  const discard = () => rm(temp, { force: true }).catch(() => undefined);
  // The replacement keeps the permissions someone gave the old file.
  const mode = await stat(target).then(
    (stats) => stats.mode & 0o7777,
    () => 0o666,
  );
  try {
    const handle = await open(temp, 'wx', mode);
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch (err) {
    await discard();
    throw err;
  }
  return {
    discard,
    commit: async () => {
      try {
        await rename(temp, target);
      } catch (err) {
        await discard();
        throw err;
      }
      await fsyncDir(path.dirname(target));
    },
  };
}

/**
 * Replaces `target` with `data` so that after a crash or power loss the file holds either the old
 * or the new content, never a mix: temp file, fsync, rename over the target, fsync the folder.
 */
export async function writeFileAtomic(
  target: string,
  data: string | Uint8Array,
  options: WriteFileAtomicOptions = {},
): Promise<void> {
  const staged = await stageFile(target, data);
  try {
    await options.beforeRename?.();
  } catch (err) {
    await staged.discard();
    throw err;
  }
  await staged.commit();
}

/**
 * Makes a rename or a new file in `dir` survive power loss. Windows cannot open a folder for
 * syncing (its renames are journaled by NTFS), so the errors it gives for trying are ignored.
 */
export async function fsyncDir(dir: string): Promise<void> {
  let handle;
  try {
    handle = await open(dir, 'r');
    await handle.sync();
  } catch (err) {
    const code = errCode(err);
    if (code !== 'EISDIR' && code !== 'EINVAL' && code !== 'EPERM') throw err;
  } finally {
    await handle?.close();
  }
}

/**
 * Removes temp files a crash left behind in `dir`; returns how many. A missing folder has none.
 * With `olderThanMs`, files modified since then (a write of this process in progress) are kept.
 */
export async function cleanupStaleTempFiles(dir: string, olderThanMs?: number): Promise<number> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch (err) {
    if (errCode(err) === 'ENOENT' || errCode(err) === 'ENOTDIR') return 0;
    throw err;
  }
  const temps = names.filter(isTempFileName).map((name) => path.join(dir, name));
  const times = await Promise.all(temps.map((file) => stat(file).then((info) => info.mtimeMs, () => Infinity)));
  const stale = olderThanMs === undefined ? temps : temps.filter((_, i) => times[i]! < olderThanMs);
  await Promise.all(stale.map((file) => rm(file, { force: true })));
  return stale.length;
}
