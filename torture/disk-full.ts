import { execFileSync } from 'node:child_process';
import { mkdtemp, open, readdir, readFile, rm, type FileHandle } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { ApiFailure } from '../electron/core/errors.js';
import { isTempFileName } from '../electron/core/fs/atomic-write.js';
import { ARTICLE_FILE, BACKUP_FILE, BUNDLE_EXT } from '../electron/core/library/layout.js';
import { LibraryStore } from '../electron/core/library/library-store.js';
import { serializeArticle } from '../electron/core/library/serialize.js';
import { articleAt, identify } from './content.js';

/*
 * A library on a 2 MB tmpfs (needs root for `mount`). Saves that do not fit must fail with a
 * DISK_FULL error saying the disk is full, leave article.json and article.json.bak byte-identical
 * and no temp file; once space is freed, saving works again.
 */

const PAGE = 4096;

async function fill(file: string): Promise<FileHandle> {
  const handle = await open(file, 'w');
  const chunk = Buffer.alloc(64 * 1024, 0x61);
  for (;;) {
    try {
      const { bytesWritten } = await handle.write(chunk);
      if (bytesWritten < chunk.length) continue;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOSPC') return handle;
      throw err;
    }
  }
}

async function tempFiles(dir: string): Promise<string[]> {
  const found: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) if (isTempFileName(entry.name)) found.push(entry.name);
  return found;
}

export interface DiskFullResult {
  violations: string[];
  checks: number;
  summary: string;
}

export async function diskFull(): Promise<DiskFullResult> {
  const violations: string[] = [];
  const mountPoint = await mkdtemp(path.join(os.tmpdir(), 'masthead-disk-full-'));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=2m', 'tmpfs', mountPoint], { stdio: 'pipe' });
  } catch (err) {
    await rm(mountPoint, { recursive: true, force: true });
    const why = err instanceof Error ? err.message.split('\n')[0] : String(err);
    return { violations: [`disk full: could not mount a 2 MB tmpfs (this check needs root): ${why}`], checks: 0, summary: 'not run' };
  }
  let checks = 0;
  let filler: FileHandle | null = null;
  const store = await LibraryStore.open(path.join(mountPoint, 'library'), { sampleText: null, watch: false });
  try {
    const created = await store.create('Floods close the coastal road');
    const bundle = path.join(store.path, `${created.folder}${BUNDLE_EXT}`);
    let { article } = created;
    for (const counter of [1, 2]) {
      const saved = await store.save(created.folder, articleAt(article, 0, counter), article.updatedAt);
      article = { ...articleAt(article, 0, counter), updatedAt: saved.updatedAt };
    }
    const before = {
      article: await readFile(path.join(bundle, ARTICLE_FILE)),
      backup: await readFile(path.join(bundle, BACKUP_FILE)),
    };
    const big = articleAt(article, 0, 40);

    const attempt = async (what: string): Promise<void> => {
      checks++;
      const outcome = await store.save(created.folder, big, article.updatedAt).then(
        () => null,
        (err: unknown) => err,
      );
      if (!(outcome instanceof ApiFailure) || outcome.code !== 'DISK_FULL' || !/no space left on the disk/.test(outcome.message)) {
        violations.push(`disk full (${what}): expected a DISK_FULL failure saying the disk is full, got ${outcome instanceof Error ? `${outcome.name} ${(outcome as ApiFailure).code ?? ''}: ${outcome.message}` : 'a successful save'}`);
      }
      if (!before.article.equals(await readFile(path.join(bundle, ARTICLE_FILE)))) violations.push(`disk full (${what}): article.json changed`);
      if (!before.backup.equals(await readFile(path.join(bundle, BACKUP_FILE)))) violations.push(`disk full (${what}): article.json.bak changed`);
      const temps = await tempFiles(store.path);
      if (temps.length) violations.push(`disk full (${what}): temp files left: ${temps.join(', ')}`);
    };

    filler = await fill(path.join(mountPoint, 'filler'));
    await attempt('no space at all');

    // Room for a copy of the current article (the backup) but not for the bigger new one.
    const room = Math.ceil(before.article.length / PAGE) * PAGE + PAGE;
    const size = (await filler.stat()).size;
    await filler.truncate(size - room);
    const needed = Buffer.byteLength(serializeArticle(big));
    if (needed <= room) violations.push(`disk full: the test article (${needed} bytes) fits in the ${room} bytes left; make it bigger`);
    await attempt('room for the backup only');

    await filler.close();
    filler = null;
    await rm(path.join(mountPoint, 'filler'));
    checks++;
    await store.save(created.folder, big, article.updatedAt);
    const after = identify((await store.open(created.folder)).article);
    if (after?.counter !== 40) violations.push('disk full: after freeing space the save did not land');
    if (!before.article.equals(await readFile(path.join(bundle, BACKUP_FILE)))) violations.push('disk full: after freeing space the backup is not the previous article');
  } catch (err) {
    violations.push(`disk full: unexpected error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
  } finally {
    await filler?.close();
    await store.close();
    execFileSync('umount', [mountPoint]);
    await rm(mountPoint, { recursive: true, force: true });
  }
  return { violations, checks, summary: `${checks} saves on a full 2 MB tmpfs: refused with DISK_FULL, files byte-identical, no temp files; saved once space was freed` };
}
