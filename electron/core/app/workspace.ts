import { realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import type { EventName, EventTypes, LibraryInfo } from '../../common/ipc.js';
import { ApiFailure, errnoCode, toApiFailure } from '../errors.js';
import { ArticleService } from '../articles/article-service.js';
import { LibraryStore } from '../library/library-store.js';
import { Sending } from '../send/sending.js';
import { SearchIndex } from '../search/search-index.js';
import type { SecretStore } from '../send/secrets.js';
import { VersionStore } from '../versions/version-store.js';
import { ServiceSteps, type StepLog } from './service-steps.js';

/** Where each platform keeps the settings the workspace needs (electron-store, or memory in the browser host). */
export interface WorkspaceSettings {
  lastLibrary(): string | null;
  recentLibraries(): string[];
  rememberLibrary(dir: string, recent: string[]): void;
}

export type EventSink = <E extends EventName>(event: E, payload: EventTypes[E]) => void;

const MAX_RECENT = 8;

/**
 * The library folder asked for is not there (a drive not plugged in, a folder moved away). Its
 * own class so the menu and the start-up can offer what to do instead; nothing was created.
 */
export class LibraryMissing extends ApiFailure {
  constructor(readonly dir: string) {
    super('NOT_FOUND', `There is no library folder "${dir.slice(0, 200)}". If it is on a drive that is not plugged in, plug the drive in and try again.`);
  }
}

export interface OpenLibraryOptions {
  /**
   * True for every folder someone named (the menu, the recent list, the API, the command line):
   * it must exist, so a missing one never silently becomes a new, empty library. False only for
   * the default library, which is created (with the sample) on a first run.
   */
  mustExist: boolean;
}

/** One open library: the services started for it, in order. */
interface OpenedLibrary {
  steps: ServiceSteps;
  /** Stops the library's events reaching the window (it is being replaced or closed). */
  silence: () => void;
  store: LibraryStore;
  articles: ArticleService;
  sending: Sending;
  search: SearchIndex;
}

/**
 * The open library and the switch between libraries. Both transports (Electron and the browser
 * host) hold one Workspace; API handlers reach the library through it, and everyone who opens a
 * library (menu, API, start-up) calls openLibrary.
 */
export class Workspace {
  private opened: OpenedLibrary | null = null;

  constructor(
    private readonly settings: WorkspaceSettings,
    private readonly sampleText: string | null,
    private readonly emit: EventSink,
    private readonly secrets: SecretStore,
    /** Who takes versions on this computer. */
    author: string,
    private readonly log?: StepLog,
  ) {
    this.versions = new VersionStore({ author });
  }

  /** Versions of the articles, kept in each bundle. */
  readonly versions: VersionStore;

  get library(): LibraryStore {
    return this.current().store;
  }

  /** The open library's multi-step article operations (save with its version, restore…). */
  get articles(): ArticleService {
    return this.current().articles;
  }

  /** The open library's targets, outbox and CMS check. */
  get sending(): Sending {
    return this.current().sending;
  }

  /** The open library's full-text search index. */
  get search(): SearchIndex {
    return this.current().search;
  }

  /**
   * Opens the library in `dir`: its services start in order, then the previous library (if any)
   * closes. When a service fails to start, the ones started are stopped again and the previous
   * library stays open; the error names the service.
   */
  async openLibrary(dir: string, { mustExist }: OpenLibraryOptions): Promise<LibraryInfo> {
    const folder = await libraryFolder(dir, mustExist);
    if (this.opened?.store.path === folder) {
      this.remember(folder);
      return this.info();
    }
    const next = await this.start(folder);
    const previous = this.opened;
    previous?.silence();
    this.opened = next;
    this.remember(next.store.path);
    this.emit('library:changed', { path: next.store.path });
    await previous?.steps.stop();
    return this.info();
  }

  /** Takes a folder off the recent list (it is missing, and the user said so). */
  forgetLibrary(dir: string): void {
    const last = this.settings.lastLibrary();
    if (last !== null) this.settings.rememberLibrary(last, this.settings.recentLibraries().filter((p) => p !== dir));
  }

  info(): LibraryInfo {
    return { path: this.library.path, recent: this.settings.recentLibraries() };
  }

  /** Stops the open library's services, last started first, past any that fails; resolves with the names of those that failed. */
  async closeLibrary(): Promise<string[]> {
    const opened = this.opened;
    this.opened = null;
    opened?.silence();
    return (await opened?.steps.stop()) ?? [];
  }

  /** The boot steps of one library. A new service is one more `steps.start` line here. */
  private async start(folder: string): Promise<OpenedLibrary> {
    const steps = new ServiceSteps(`the library "${path.basename(folder)}"`, this.log);
    let live = true;
    const emit: EventSink = (event, payload) => {
      if (live) this.emit(event, payload);
    };
    const store = await steps.start('the library store', () => LibraryStore.open(folder, { sampleText: this.sampleText }), (s) => s.close());
    const articles = new ArticleService(store, this.versions);
    const sending = await steps.start(
      'sending',
      () => Sending.start({ articles, secrets: this.secrets, onOutboxChange: (jobs) => emit('outbox:changed', { jobs }) }),
      (p) => p.stop(),
    );
    const search = await steps.start(
      'the search index',
      // The index reads every article on a first opening: the window's first screen comes first.
      () => SearchIndex.start(store, { onProgress: (progress) => emit('search:progress', progress), after: store.firstScreenServed }),
      (s) => s.stop(),
    );
    // Last, so the window hears of the library only once everything under it runs.
    await steps.start('library events', () => store.onEvent(emit), (unsubscribe) => unsubscribe());
    return { steps, silence: () => (live = false), store, articles, sending, search };
  }

  private current(): OpenedLibrary {
    if (!this.opened) throw new Error('No library is open');
    return this.opened;
  }

  private remember(folder: string): void {
    const recent = [folder, ...this.settings.recentLibraries().filter((p) => p !== folder)].slice(0, MAX_RECENT);
    this.settings.rememberLibrary(folder, recent);
  }
}

/**
 * The folder to open, absolute and free of links (as the library store names it). A folder that
 * must exist has to be named by its full path: a relative one depends on where the app was started.
 */
async function libraryFolder(dir: string, mustExist: boolean): Promise<string> {
  const shown = dir.slice(0, 200);
  if (dir.includes('\0') || (mustExist && !path.isAbsolute(dir))) throw new ApiFailure('INVALID_REQUEST', `"${shown}" is not the full path of a folder.`);
  const info = await stat(dir).catch((err: unknown) => {
    if (errnoCode(err) === 'ENOENT' || errnoCode(err) === 'ENOTDIR') return null;
    throw toApiFailure(err, `open the library folder "${path.basename(dir)}"`);
  });
  if (!info) {
    if (mustExist) throw new LibraryMissing(dir);
    return path.resolve(dir);
  }
  if (!info.isDirectory()) throw new ApiFailure('INVALID_REQUEST', `"${shown}" is a file, not a folder, so it cannot be a library.`);
  return realpath(dir);
}
