import { lstat, readdir } from 'node:fs/promises';
import path from 'node:path';
import { setImmediate as nextTurn } from 'node:timers/promises';
import type { FacetCount, IndexingProgress, ParsedSearchRequest, SearchFacets, SearchHit, SearchResults } from '../../common/search.js';
import { bodyPlainText } from '../../common/rules/text.js';
import { errnoCode } from '../errors.js';
import { readArticleFile } from '../library/article-files.js';
import type { LibraryEventListener } from '../library/events.js';
import { ARTICLE_FILE, BUNDLE_EXT, folderFromBundleName } from '../library/layout.js';
import { mapLimit } from '../library/map-limit.js';
import { articleDocument, articleMeta, SEARCH_FIELDS, type ArticleMeta } from './article-document.js';
import { indexFilePath, readIndexFile, writeIndexFile, type IndexedEntry } from './index-file.js';
import { indexTerms, queryTerm, tokenize } from './normalize.js';
import { filterMatcher, sortCandidates, type Candidate } from './query.js';
import { snippet } from './snippet.js';
import { TermIndex, type TermIndexOptions } from './term-index.js';

/** What the index needs of the library: where it is, and word of changes (LibraryStore fits). */
export interface IndexedLibrary {
  readonly path: string;
  /** `.masthead/`, where the index file is kept. */
  readonly housekeeping: string;
  onEvent(listener: LibraryEventListener): () => void;
}

export interface SearchIndexOptions {
  /**
   * A (re)build with many articles to read reports how far it has come; every catch-up that
   * changed the index ends with a report where done equals total, so readers can ask again.
   */
  onProgress?(progress: IndexingProgress): void;
  /**
   * How long after the last change the index file is written (default 30 s; it is written on
   * stop too). A file a little behind costs only re-reading the articles changed since.
   */
  saveDelayMs?: number;
  /** Loading waits for this (the library's first list, so a big library's first screen comes first). */
  after?: Promise<unknown>;
}

const STAT_CONCURRENCY = 32;
const READ_CONCURRENCY = 16;
/** Articles read and indexed between two turns of the event loop, so queries and the list stay responsive. */
const BATCH = 64;
/** Fewer changed articles than this are indexed without a progress bar (a save, a small sync). */
const PROGRESS_THRESHOLD = 20;

const MIN_PREFIX = 3;

const TERM_INDEX: TermIndexOptions = { fields: SEARCH_FIELDS, tokenize, termsOf: indexTerms };
const FIELD_BOOSTS: Record<(typeof SEARCH_FIELDS)[number], number> = { headline: 4, dek: 2, tags: 2, section: 1.5, byline: 1.5, captions: 1.2, body: 1 };
const BOOSTS = SEARCH_FIELDS.map((field) => FIELD_BOOSTS[field]);

/**
 * Full-text search over one library, in the main process. A compact inverted index (BM25+,
 * term-index.ts) over headline, dek, body, captions, byline, tags and section, with Arabic and
 * Latin normalisation (normalize.ts); the metadata to filter, sort and show results is kept
 * beside it. The index is cached in `.masthead/search-index.bin` and brought up to date with the
 * files by `reconcile`: each article.json's size and modification time are compared with the
 * ones it was indexed at, so after a start or a change (ours or another program's) only new and
 * changed articles are read. Damaged articles are not indexed. Every change to the index runs one
 * at a time (so a compaction of the term index never meets an add or a remove).
 */
export class SearchIndex {
  private terms = new TermIndex(TERM_INDEX);
  private entries = new Map<string, IndexedEntry>();
  private progress: IndexingProgress | null = null;
  private work: Promise<void> = Promise.resolve();
  private reconcileQueued = false;
  private saveTimer: NodeJS.Timeout | null = null;
  private dirty = false;
  private stopped = false;
  private readonly loaded: Promise<void>;
  private readonly unsubscribe: () => void;

  private constructor(
    private readonly library: IndexedLibrary,
    private readonly options: SearchIndexOptions,
  ) {
    this.loaded = this.enqueue(async () => {
      await options.after;
      await this.load();
    });
    this.reconcile();
    // Files changed: ours (a save, a new or renamed bundle) or another program's. When the report
    // names the articles, only they are looked at (a save in a library of thousands stats one file).
    this.unsubscribe = library.onEvent((name, payload) => {
      if (name !== 'library:changed') return;
      void (payload.folders ? this.reconcileSome(payload.folders) : this.reconcile());
    });
  }

  /** Starts loading the saved index and bringing it up to date, in the background. */
  static start(library: IndexedLibrary, options: SearchIndexOptions = {}): SearchIndex {
    return new SearchIndex(library, options);
  }

  /**
   * Compares the library's files with the index and indexes what changed; calls made while one
   * is waiting to run join it. Resolves when the index matches the files as they were when it ran.
   */
  reconcile(): Promise<void> {
    if (this.reconcileQueued) return this.work;
    this.reconcileQueued = true;
    return this.enqueue(async () => {
      this.reconcileQueued = false;
      await this.catchUp();
    });
  }

  /** Brings the index up to date with these articles only (changed, added or removed). */
  reconcileSome(folders: readonly string[]): Promise<void> {
    return this.enqueue(() => this.catchUp(folders));
  }

  /** Resolves when no load, reconcile or write is pending. */
  async idle(): Promise<void> {
    let seen: Promise<void> | undefined;
    while (seen !== this.work) {
      seen = this.work;
      await seen;
    }
  }

  async query(request: ParsedSearchRequest): Promise<SearchResults> {
    await this.loaded;
    const matches = filterMatcher(request.filters);
    const text = request.text.trim();
    const words = tokenize(text).map(queryTerm).filter(Boolean);
    const searching = words.length > 0;
    const candidates: Array<Candidate & { terms: string[]; queryTerms: number }> = [];
    if (searching) {
      // As you type the last word is probably unfinished; one or two letters would match most of a big library.
      const prefixLast = words.at(-1)!.length >= MIN_PREFIX;
      for (const match of this.terms.search({ terms: words, prefixLast, boosts: BOOSTS })) {
        const meta = this.entries.get(match.id)?.meta;
        if (meta && matches(meta)) candidates.push({ folder: match.id, meta, score: match.score, terms: match.terms, queryTerms: match.queryTerms });
      }
    } else {
      for (const [folder, { meta }] of this.entries) {
        if (meta && matches(meta)) candidates.push({ folder, meta, score: 0, terms: [], queryTerms: 0 });
      }
    }
    const sorted = sortCandidates(candidates, searching ? request.sort : request.sort === 'relevance' ? 'updated' : request.sort);
    const page = (sorted as typeof candidates).slice(request.offset, request.offset + request.limit);
    const results = await Promise.all(
      page.map(async (c): Promise<SearchHit> => ({
        folder: c.folder,
        headline: c.meta.headline,
        status: c.meta.status,
        section: c.meta.section,
        language: c.meta.language,
        updatedAt: c.meta.updatedAt,
        publishAt: c.meta.publishAt,
        wordCount: c.meta.wordCount,
        snippet: searching ? await this.snippetOf(c.folder, c.meta, new Set(c.terms), c.queryTerms) : null,
        score: c.score,
      })),
    );
    return { total: candidates.length, results, indexing: this.progress };
  }

  async facets(): Promise<SearchFacets> {
    await this.loaded;
    const sections = new Counter();
    const tags = new Counter();
    const contributors = new Counter();
    const statuses = new Counter();
    const languages = new Counter();
    for (const { meta } of this.entries.values()) {
      if (!meta) continue;
      if (meta.section) sections.add(meta.section);
      meta.tags.forEach((tag) => tags.add(tag));
      new Set(meta.contributors).forEach((name) => contributors.add(name));
      statuses.add(meta.status);
      languages.add(meta.language);
    }
    return {
      sections: sections.sorted(),
      tags: tags.sorted(),
      contributors: contributors.sorted(),
      statuses: statuses.sorted(),
      languages: languages.sorted(),
    };
  }

  /** Stops listening, lets pending work finish and writes the index file if it changed. */
  async stop(): Promise<void> {
    this.unsubscribe();
    this.stopped = true;
    await this.idle();
    if (this.saveTimer) clearTimeout(this.saveTimer);
    this.saveTimer = null;
    if (this.dirty) await this.save();
  }

  private enqueue(task: () => Promise<void>): Promise<void> {
    const next = this.work.then(task).catch((err: unknown) => {
      // The index is a convenience: a failure here (a disk error) must not break the library.
      console.error(`[masthead] search index: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
    });
    this.work = next;
    return next;
  }

  private get file(): string {
    return indexFilePath(this.library.housekeeping);
  }

  /** The saved index, when there is a good one; otherwise reconcile builds it from the articles. */
  private async load(): Promise<void> {
    const saved = await readIndexFile(this.file, SEARCH_FIELDS.length);
    if (!saved) return;
    try {
      this.terms = TermIndex.fromSnapshot(TERM_INDEX, saved.index);
      this.entries = saved.entries;
    } catch {
      // Parts that do not fit together: built again from the articles.
      this.terms = new TermIndex(TERM_INDEX);
      this.entries = new Map();
    }
  }

  /** Every article, or only `only` (whose bundles may also have been added or removed). */
  private async catchUp(only?: readonly string[]): Promise<void> {
    if (this.stopped) return;
    const onDisk = only ? await this.fingerprintsOf(only) : await this.fingerprints();
    const removed = (only ?? [...this.entries.keys()]).filter((folder) => this.entries.has(folder) && !onDisk.has(folder));
    removed.forEach((folder) => this.remove(folder));
    const changed = [...onDisk].filter(([folder, fingerprint]) => this.entries.get(folder)?.fingerprint !== fingerprint);
    const total = changed.length;
    // A big (re)build shows its progress; every catch-up that changed something ends with done === total.
    const showProgress = total >= PROGRESS_THRESHOLD;
    try {
      for (let start = 0; start < total && !this.stopped; start += BATCH) {
        this.progress = { done: start, total };
        if (showProgress) this.options.onProgress?.(this.progress);
        const batch = changed.slice(start, start + BATCH);
        const read = await mapLimit(batch, READ_CONCURRENCY, async ([folder, fingerprint]) => ({
          folder,
          fingerprint,
          state: await readArticleFile(this.articleFile(folder)),
        }));
        for (const { folder, fingerprint, state } of read) {
          if (state.kind === 'ok') this.put(folder, fingerprint, state.value);
          else {
            this.remove(folder);
            this.entries.set(folder, { fingerprint, meta: null });
          }
        }
        if (this.terms.wantsCompaction) await this.terms.compact(nextTurn);
        await nextTurn();
      }
    } finally {
      this.progress = null;
    }
    if (total > 0) this.changed();
    if (total > 0 || removed.length > 0) this.options.onProgress?.({ done: total, total });
  }

  /** Each bundle folder's article.json as size and modification time; a bundle without one counts too (as damaged). */
  private async fingerprints(): Promise<Map<string, string>> {
    const entries = await readdir(this.library.path, { withFileTypes: true });
    // Bundles that are links are left out: the store checks where they lead before reading them.
    const folders = entries.filter((entry) => entry.isDirectory()).flatMap((entry) => folderFromBundleName(entry.name) ?? []);
    const stats = await mapLimit(folders, STAT_CONCURRENCY, (folder) => this.articleFingerprint(folder));
    return new Map(folders.map((folder, i) => [folder, stats[i]!]));
  }

  /** fingerprints() for some articles: the ones whose bundle folder is (still) there. */
  private async fingerprintsOf(folders: readonly string[]): Promise<Map<string, string>> {
    const found = await mapLimit(folders, STAT_CONCURRENCY, async (folder): Promise<[string, string] | null> => {
      const bundle = await lstat(path.join(this.library.path, `${folder}${BUNDLE_EXT}`)).catch(() => null);
      return bundle?.isDirectory() ? [folder, await this.articleFingerprint(folder)] : null;
    });
    return new Map(found.filter((entry): entry is [string, string] => entry !== null));
  }

  private async articleFingerprint(folder: string): Promise<string> {
    try {
      const s = await lstat(this.articleFile(folder), { bigint: true });
      return `${s.size}:${s.mtimeNs}`;
    } catch (err) {
      if (errnoCode(err) === 'ENOENT' || errnoCode(err) === 'ENOTDIR') return 'missing';
      throw err;
    }
  }

  private put(folder: string, fingerprint: string, article: Parameters<typeof articleMeta>[0]): void {
    const document = articleDocument(article);
    this.terms.add(folder, SEARCH_FIELDS.map((field) => document[field]));
    this.entries.set(folder, { fingerprint, meta: articleMeta(article) });
  }

  private remove(folder: string): void {
    this.terms.remove(folder);
    this.entries.delete(folder);
    this.changed();
  }

  private articleFile(folder: string): string {
    return path.join(this.library.path, `${folder}${BUNDLE_EXT}`, ARTICLE_FILE);
  }

  /**
   * The best passage of the body, else the headline when the match is there. The body is read
   * from the file rather than kept in memory; a file that changed meanwhile still gives a
   * passage, and one that cannot be read gives none.
   */
  private async snippetOf(folder: string, meta: ArticleMeta, terms: ReadonlySet<string>, wanted: number) {
    const state = await readArticleFile(this.articleFile(folder)).catch(() => null);
    const body = state?.kind === 'ok' ? bodyPlainText(state.value.body) : '';
    return snippet(body, terms, wanted) ?? snippet(meta.headline, terms, wanted);
  }

  private changed(): void {
    this.dirty = true;
    if (this.stopped || this.saveTimer) return;
    this.saveTimer = setTimeout(() => {
      this.saveTimer = null;
      void this.enqueue(() => this.save());
    }, this.options.saveDelayMs ?? 30_000);
  }

  private async save(): Promise<void> {
    if (!this.dirty) return;
    this.dirty = false;
    try {
      await this.terms.compact(nextTurn);
      await writeIndexFile(this.file, this.entries, this.terms.snapshot());
    } catch (err) {
      this.dirty = true;
      throw err;
    }
  }
}

class Counter {
  private readonly counts = new Map<string, number>();
  add(value: string): void {
    this.counts.set(value, (this.counts.get(value) ?? 0) + 1);
  }
  sorted(): FacetCount[] {
    return [...this.counts]
      .map(([value, count]) => ({ value, count }))
      .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
  }
}
