import { watch, type FSWatcher } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { setImmediate as nextTurn } from 'node:timers/promises';
import type { LibraryEventListener } from './events.js';
import { contentHash, type Fingerprints } from './fingerprints.js';
import { ARTICLE_FILE, BUNDLE_EXT, folderFromBundleName } from './layout.js';

/** Coalesces the burst of file events one change makes (a new bundle is a folder plus its files). */
const LIBRARY_CHANGED_DELAY_MS = 50;
/** An article.json is read once it has been quiet this long, so a write in progress is not mistaken for a change. */
const SETTLE_MS = 100;
/** Bundle folders set up between two turns of the event loop, so a big library never stalls the process. */
const WATCH_BATCH = 500;

export interface LibraryWatcher {
  /** Resolves when every bundle that was there at the start is watched (set up in the background). */
  ready: Promise<void>;
  close(): Promise<void>;
}

/**
 * Watches the library folder (bundles added, removed, renamed) and each bundle folder (its
 * article.json; not media, revisions or housekeeping), with one `fs.watch` per folder: about
 * 1 KB and a few microseconds each, so ten thousand articles are watched within a tenth of a
 * second of opening, set up in the background so the library's first screen need not wait.
 *
 * `article:changedOnDisk` is only for articles this process has read or written (the ones a
 * window may have open) and only when the bytes differ from what it last read or wrote, so our
 * own atomic saves stay silent. `settled` resolves when the store has no change in progress: a
 * half-done operation (a rename, a backup being restored) is not mistaken for another program.
 * Watching is a courtesy: the conflict check on save is what protects the file, so a folder that
 * cannot be watched (the system's limit reached, a removed drive) is simply left unwatched.
 */
export function watchLibrary(
  root: string,
  fingerprints: Fingerprints,
  settled: () => Promise<void>,
  emit: LibraryEventListener,
): LibraryWatcher {
  let closed = false;
  let changedTimer: NodeJS.Timeout | undefined;
  /** The articles changed since the last report. */
  let changedFolders = new Set<string>();
  const bundles = new Map<string, FSWatcher>();
  const settling = new Map<string, NodeJS.Timeout>();

  /** One report for a burst of changes, naming the articles they touched. */
  const libraryChanged = (folder: string) => {
    if (closed) return;
    changedFolders.add(folder);
    if (changedTimer) return;
    changedTimer = setTimeout(() => {
      changedTimer = undefined;
      const folders = [...changedFolders];
      changedFolders = new Set();
      if (!closed) emit('library:changed', { path: root, folders });
    }, LIBRARY_CHANGED_DELAY_MS);
  };

  const articleTouched = async (folder: string) => {
    await settled();
    if (closed) return;
    const known = fingerprints.get(folder);
    if (known !== undefined) {
      let hash: string | null;
      try {
        hash = contentHash(await readFile(path.join(root, bundleName(folder), ARTICLE_FILE)));
      } catch {
        hash = null;
      }
      if (!closed && hash !== fingerprints.get(folder)) {
        fingerprints.restore(folder, hash ?? undefined);
        emit('article:changedOnDisk', { folder, deleted: hash === null });
      }
    }
    libraryChanged(folder);
  };

  /** Waits for a quiet moment after the last event about `folder`'s article.json. */
  const articleEvent = (folder: string) => {
    clearTimeout(settling.get(folder));
    settling.set(
      folder,
      setTimeout(() => {
        settling.delete(folder);
        void articleTouched(folder);
      }, SETTLE_MS),
    );
  };

  const watchBundle = (folder: string) => {
    if (closed || bundles.has(folder)) return;
    const watcher = tryWatch(path.join(root, bundleName(folder)), (name) => {
      if (name === ARTICLE_FILE) articleEvent(folder);
    });
    if (watcher) bundles.set(folder, watcher);
  };

  const unwatchBundle = (folder: string) => {
    bundles.get(folder)?.close();
    bundles.delete(folder);
  };

  /** Something named `name` appeared in or left the library folder. */
  const entryEvent = async (name: string) => {
    const folder = folderFromBundleName(name);
    if (folder === null) return;
    // A link to a bundle elsewhere in the library counts as a folder (the store checks where it points).
    const isFolder = await stat(path.join(root, name)).then(
      (info) => info.isDirectory(),
      () => false,
    );
    if (closed) return;
    if (isFolder) {
      watchBundle(folder);
      // A bundle moved in whole (another program, our restore from the trash) brings its article with it.
      articleEvent(folder);
    } else if (bundles.has(folder)) {
      unwatchBundle(folder);
      // A removed bundle folder is a removed article.json for whoever has it open.
      articleEvent(folder);
    }
    libraryChanged(folder);
  };

  const rootWatcher = tryWatch(root, (name) => {
    if (name !== null) void entryEvent(name);
  });

  const ready = (async () => {
    const names = await readdir(root, { withFileTypes: true }).catch(() => []);
    const folders = names.filter((entry) => entry.isDirectory() || entry.isSymbolicLink()).flatMap((entry) => folderFromBundleName(entry.name) ?? []);
    for (let start = 0; start < folders.length && !closed; start += WATCH_BATCH) {
      folders.slice(start, start + WATCH_BATCH).forEach(watchBundle);
      await nextTurn();
    }
  })();

  return {
    ready,
    async close() {
      closed = true;
      await ready;
      clearTimeout(changedTimer);
      for (const timer of settling.values()) clearTimeout(timer);
      settling.clear();
      rootWatcher?.close();
      for (const watcher of bundles.values()) watcher.close();
      bundles.clear();
    },
  };
}

function bundleName(folder: string): string {
  return `${folder}${BUNDLE_EXT}`;
}

/** fs.watch on one folder, or null when it cannot be watched; a watcher that fails later just stops. */
function tryWatch(dir: string, onName: (name: string | null) => void): FSWatcher | null {
  try {
    const watcher = watch(dir, { persistent: false }, (_event, name) => onName(name === null ? null : name.toString()));
    watcher.on('error', () => watcher.close());
    return watcher;
  } catch {
    return null;
  }
}
