import { lstatSync, statSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import type { ArticleSummary } from '../../common/article.js';
import { FIRST_SCREEN_ROWS, sortSummaries } from '../../common/rules/library-order.js';
import { effectiveSlug } from '../../common/rules/slug.js';
import { bodyPlainText, countWords } from '../../common/rules/text.js';
import { damageReason, hasBackup, readArticleFile } from './article-files.js';
import type { BundlePaths } from './bundle-paths.js';
import { ARTICLE_FILE } from './layout.js';
import { mapInSlices, mapLimit } from './map-limit.js';
import type { FileStamp, SummaryCache } from './summary-cache.js';

const LIST_CONCURRENCY = 16;

/**
 * The library list: one row per bundle, from the list cache when the file is unchanged. See
 * LibraryStore.list for what the options mean; this reads, the store decides when.
 */
export class Listing {
  constructor(
    private readonly paths: BundlePaths,
    private readonly summaries: SummaryCache,
  ) {}

  async rows(options: { first?: number; folders?: readonly string[] }): Promise<ArticleSummary[]> {
    // Only these rows (the ones a change touched); those that are gone are left out.
    if (options.folders) return sortSummaries((await mapLimit(options.folders, LIST_CONCURRENCY, (folder) => this.summarize(folder))).filter((s) => s !== null));
    const folders = await this.paths.folders();
    if (options.first !== undefined && folders.length > options.first) return await this.firstScreen(folders, options.first);
    const summaries = await this.summarizeAll(folders);
    // Only a cache: a library on a read-only disk still lists.
    await this.summaries.save(new Set(folders)).catch(() => undefined);
    return sortSummaries(summaries.filter((s): s is ArticleSummary => s !== null));
  }

  /** The first screen for the window, when the library is bigger than one; null when the whole list is as quick. */
  async readFirstScreen(): Promise<ArticleSummary[] | null> {
    const folders = await this.paths.folders();
    return folders.length > FIRST_SCREEN_ROWS ? await this.firstScreen(folders, FIRST_SCREEN_ROWS) : null;
  }

  private async firstScreen(folders: string[], first: number): Promise<ArticleSummary[]> {
    // The newest articles the cache knows, each checked against its file (read again if it changed).
    const present = new Set(folders);
    const known = await this.summarizeAll(this.summaries.newest(first).filter((folder) => present.has(folder)));
    // Articles the cache does not know: all of them on reopening (a few new ones); on a first
    // opening, the most recently modified.
    let unknown = folders.filter((folder) => !this.summaries.has(folder));
    if (unknown.length > first) {
      const stamps = await mapInSlices(unknown, (folder) => this.plainBundleStamp(folder));
      unknown = unknown
        .map((folder, i) => ({ folder, mtimeMs: stamps[i]?.mtimeMs ?? Number.POSITIVE_INFINITY }))
        .sort((a, b) => b.mtimeMs - a.mtimeMs)
        .slice(0, first)
        .map(({ folder }) => folder);
    }
    const read = await mapLimit(unknown, LIST_CONCURRENCY, (folder) => this.summarize(folder));
    return sortSummaries([...known, ...read].filter((s): s is ArticleSummary => s !== null)).slice(0, first);
  }

  /**
   * summarize() for many articles. Plain bundle folders are stat'ed synchronously (mapInSlices),
   * and their rows come from the cache when the file is unchanged, else from reading it; links
   * and bundles without a readable file go through summarize itself.
   */
  private async summarizeAll(folders: readonly string[]): Promise<Array<ArticleSummary | null>> {
    const stamps = await mapInSlices(folders, (folder) => this.plainBundleStamp(folder));
    const rows = folders.map((folder, i) => {
      const stamp = stamps[i];
      return stamp ? this.summaries.get(folder, stamp) : null;
    });
    const rest = folders.flatMap((_folder, i) => (rows[i] ? [] : [i]));
    const read = await mapLimit(rest, LIST_CONCURRENCY, (i) => {
      const stamp = stamps[i];
      return stamp ? this.summarizeBundle(folders[i]!, this.paths.bundlePath(folders[i]!), stamp) : this.summarize(folders[i]!);
    });
    rest.forEach((i, k) => (rows[i] = read[k]!));
    return rows;
  }

  /** Size and time of the article.json of a bundle that is a plain folder; null for links and missing files. Synchronous: see mapInSlices. */
  private plainBundleStamp(folder: string): FileStamp | null {
    try {
      const dir = this.paths.bundlePath(folder);
      if (!lstatSync(dir).isDirectory()) return null;
      const info = statSync(path.join(dir, ARTICLE_FILE));
      return { size: info.size, mtimeMs: info.mtimeMs };
    } catch {
      return null;
    }
  }

  /**
   * null for a bundle that vanished or links out of the library while we looked. A damaged
   * bundle has no headline to show, so its folder stands in.
   */
  private async summarize(folder: string): Promise<ArticleSummary | null> {
    const dir = await this.paths.ifPresent(folder);
    if (!dir) return null;
    const stamp = await stat(path.join(dir, ARTICLE_FILE)).then(
      (info) => ({ size: info.size, mtimeMs: info.mtimeMs }),
      () => null,
    );
    return await this.summarizeBundle(folder, dir, stamp);
  }

  /** summarize() for a bundle found inside the library, whose article.json has this stamp (null: none could be read). */
  private async summarizeBundle(folder: string, dir: string, stamp: FileStamp | null): Promise<ArticleSummary> {
    const cached = stamp ? this.summaries.get(folder, stamp) : null;
    if (cached) return cached;
    const state = await readArticleFile(path.join(dir, ARTICLE_FILE));
    if (state.kind === 'ok') {
      const { id, headline, status, language, updatedAt, body } = state.value;
      const wordCount = countWords(`${headline}\n${bodyPlainText(body)}`);
      const cmsSlug = effectiveSlug(state.value.cmsSlug, headline);
      const summary = { folder, id, headline, status, language, updatedAt, wordCount, cmsSlug, damaged: null };
      if (stamp) this.summaries.set(folder, stamp, summary);
      return summary;
    }
    return {
      folder,
      id: null,
      headline: folder,
      status: null,
      language: null,
      updatedAt: null,
      wordCount: 0,
      cmsSlug: null,
      damaged: { reason: damageReason(state), hasBackup: await hasBackup(dir) },
    };
  }
}
