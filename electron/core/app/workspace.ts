import path from 'node:path';
import type { EventName, EventTypes, LibraryInfo } from '../../common/ipc.js';
import { ArticleService } from '../articles/article-service.js';
import { LibraryStore } from '../library/library-store.js';
import { Publishing } from '../publish/publishing.js';
import { SearchIndex } from '../search/search-index.js';
import type { SecretStore } from '../publish/secrets.js';
import { VersionStore } from '../versions/version-store.js';

/** Where each platform keeps the settings the workspace needs (electron-store, or memory in the browser host). */
export interface WorkspaceSettings {
  lastLibrary(): string | null;
  recentLibraries(): string[];
  rememberLibrary(dir: string, recent: string[]): void;
}

export type EventSink = <E extends EventName>(event: E, payload: EventTypes[E]) => void;

const MAX_RECENT = 8;

/**
 * The open library and the switch between libraries. Both transports (Electron and the browser
 * host) hold one Workspace; API handlers reach the library through it.
 */
export class Workspace {
  private store: LibraryStore | null = null;
  private articleService: ArticleService | null = null;
  private publishingService: Publishing | null = null;
  private searchIndex: SearchIndex | null = null;
  private unsubscribe: (() => void) | null = null;

  constructor(
    private readonly settings: WorkspaceSettings,
    private readonly sampleText: string | null,
    private readonly emit: EventSink,
    private readonly secrets: SecretStore,
    /** Who takes versions on this computer. */
    author: string,
  ) {
    this.versions = new VersionStore({ author });
  }

  /** Versions of the articles, kept in each bundle. */
  readonly versions: VersionStore;

  get library(): LibraryStore {
    if (!this.store) throw new Error('No library is open');
    return this.store;
  }

  /** The open library's multi-step article operations (save with its version, restore…). */
  get articles(): ArticleService {
    if (!this.articleService) throw new Error('No library is open');
    return this.articleService;
  }

  /** The open library's publishing targets, outbox and CMS check. */
  get publishing(): Publishing {
    if (!this.publishingService) throw new Error('No library is open');
    return this.publishingService;
  }

  /** The open library's full-text search index. */
  get search(): SearchIndex {
    if (!this.searchIndex) throw new Error('No library is open');
    return this.searchIndex;
  }

  async open(dir: string): Promise<LibraryInfo> {
    const next = await LibraryStore.open(path.resolve(dir), { sampleText: this.sampleText });
    await this.closeLibrary();
    this.store = next;
    this.articleService = new ArticleService(next, this.versions);
    this.publishingService = await Publishing.start({
      articles: this.articleService,
      secrets: this.secrets,
      onOutboxChange: (jobs) => this.emit('outbox:changed', { jobs }),
    });
    this.searchIndex = SearchIndex.start(next, {
      onProgress: (progress) => this.emit('search:progress', progress),
      // The index reads every article on a first opening: the window's first screen comes first.
      after: next.firstScreenServed,
    });
    this.unsubscribe = next.onEvent((name, payload) => this.emit(name, payload));
    const recent = [next.path, ...this.settings.recentLibraries().filter((p) => p !== next.path)].slice(0, MAX_RECENT);
    this.settings.rememberLibrary(next.path, recent);
    this.emit('library:changed', { path: next.path });
    return this.info();
  }

  info(): LibraryInfo {
    return { path: this.library.path, recent: this.settings.recentLibraries() };
  }

  async closeLibrary(): Promise<void> {
    this.unsubscribe?.();
    this.unsubscribe = null;
    const store = this.store;
    const publishing = this.publishingService;
    const search = this.searchIndex;
    this.store = null;
    this.articleService = null;
    this.publishingService = null;
    this.searchIndex = null;
    await search?.stop();
    await publishing?.stop();
    await store?.close();
  }
}
