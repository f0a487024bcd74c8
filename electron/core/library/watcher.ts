import { watch } from 'chokidar';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { LibraryEventListener } from './events.js';
import { contentHash, type Fingerprints } from './fingerprints.js';
import { ARTICLE_FILE, slugFromBundleName } from './layout.js';

/** Coalesces the burst of file events one change makes (a new bundle is a folder plus its files). */
const LIBRARY_CHANGED_DELAY_MS = 50;

export interface LibraryWatcher {
  close(): Promise<void>;
}

type Target = { kind: 'library' } | { kind: 'bundle'; slug: string } | { kind: 'article'; slug: string };

/** What a path inside the library is to us; null for everything we do not watch. */
function classify(root: string, file: string): Target | null {
  const rel = path.relative(root, file);
  if (rel === '') return { kind: 'library' };
  const [bundle, inner, ...deeper] = rel.split(path.sep);
  const slug = slugFromBundleName(bundle!);
  if (slug === null || deeper.length > 0) return null;
  if (inner === undefined) return { kind: 'bundle', slug };
  return inner === ARTICLE_FILE ? { kind: 'article', slug } : null;
}

/**
 * Watches bundle folders and their article.json (not media, housekeeping or temp files).
 * `article:changedOnDisk` is only for articles this process has read or written (the ones a
 * window may have open) and only when the bytes differ from what it last read or wrote, so our
 * own atomic saves stay silent. `settled` resolves when the store has no change in progress: a
 * half-done operation (a rename, a backup being restored) is not mistaken for another program.
 */
export async function watchLibrary(
  root: string,
  fingerprints: Fingerprints,
  settled: () => Promise<void>,
  emit: LibraryEventListener,
): Promise<LibraryWatcher> {
  let closed = false;
  let timer: NodeJS.Timeout | undefined;
  const libraryChanged = () => {
    if (closed || timer) return;
    timer = setTimeout(() => {
      timer = undefined;
      if (!closed) emit('library:changed', { path: root });
    }, LIBRARY_CHANGED_DELAY_MS);
  };

  const articleTouched = async (slug: string, file: string) => {
    await settled();
    if (closed) return;
    const known = fingerprints.get(slug);
    if (known !== undefined) {
      let hash: string | null;
      try {
        hash = contentHash(await readFile(file));
      } catch {
        hash = null;
      }
      if (!closed && hash !== fingerprints.get(slug)) {
        fingerprints.restore(slug, hash ?? undefined);
        emit('article:changedOnDisk', { slug, deleted: hash === null });
      }
    }
    libraryChanged();
  };

  const watcher = watch(root, {
    ignoreInitial: true,
    depth: 1,
    ignored: (file) => classify(root, file) === null,
    awaitWriteFinish: { stabilityThreshold: 100, pollInterval: 25 },
  });
  watcher.on('all', (event, file) => {
    const target = classify(root, file);
    if (!target) return;
    if (target.kind === 'article') void articleTouched(target.slug, file);
    // A removed bundle folder is a removed article.json for whoever has it open.
    else if (target.kind === 'bundle' && event === 'unlinkDir') void articleTouched(target.slug, path.join(file, ARTICLE_FILE));
    else if (event === 'addDir' || event === 'unlinkDir') libraryChanged();
  });
  // Watching is a courtesy: the conflict check on save is what protects the file, so a watcher
  // failure (too many watched folders, a removed drive) must not take the library down.
  watcher.on('error', () => undefined);
  await new Promise<void>((resolve) => watcher.once('ready', resolve));

  return {
    async close() {
      closed = true;
      clearTimeout(timer);
      await watcher.close();
    },
  };
}
