import { lstatSync, statSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import type { ArticleSummary } from '../../common/article.js';
import { FIRST_SCREEN_ROWS, sortSummaries } from '../../common/rules/library-order.js';
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

  async rows(options: { first?: number; slugs?: readonly string[] }): Promise<ArticleSummary[]> {
    // Only these rows (the ones a change touched); those that are gone are left out.
    if (options.slugs) return sortSummaries((await mapLimit(options.slugs, LIST_CONCURRENCY, (slug) => this.summarize(slug))).filter((s) => s !== null));
    const slugs = await this.paths.slugs();
    if (options.first !== undefined && slugs.length > options.first) return await this.firstScreen(slugs, options.first);
    const summaries = await this.summarizeAll(slugs);
    // Only a cache: a library on a read-only disk still lists.
    await this.summaries.save(new Set(slugs)).catch(() => undefined);
    return sortSummaries(summaries.filter((s): s is ArticleSummary => s !== null));
  }

  /** The first screen for the window, when the library is bigger than one; null when the whole list is as quick. */
  async readFirstScreen(): Promise<ArticleSummary[] | null> {
    const slugs = await this.paths.slugs();
    return slugs.length > FIRST_SCREEN_ROWS ? await this.firstScreen(slugs, FIRST_SCREEN_ROWS) : null;
  }

  private async firstScreen(slugs: string[], first: number): Promise<ArticleSummary[]> {
    // The newest articles the cache knows, each checked against its file (read again if it changed).
    const present = new Set(slugs);
    const known = await this.summarizeAll(this.summaries.newest(first).filter((slug) => present.has(slug)));
    // Articles the cache does not know: all of them on reopening (a few new ones); on a first
    // opening, the most recently modified.
    let unknown = slugs.filter((slug) => !this.summaries.has(slug));
    if (unknown.length > first) {
      const stamps = await mapInSlices(unknown, (slug) => this.plainBundleStamp(slug));
      unknown = unknown
        .map((slug, i) => ({ slug, mtimeMs: stamps[i]?.mtimeMs ?? Number.POSITIVE_INFINITY }))
        .sort((a, b) => b.mtimeMs - a.mtimeMs)
        .slice(0, first)
        .map(({ slug }) => slug);
    }
    const read = await mapLimit(unknown, LIST_CONCURRENCY, (slug) => this.summarize(slug));
    return sortSummaries([...known, ...read].filter((s): s is ArticleSummary => s !== null)).slice(0, first);
  }

  /**
   * summarize() for many articles. Plain bundle folders are stat'ed synchronously (mapInSlices),
   * and their rows come from the cache when the file is unchanged, else from reading it; links
   * and bundles without a readable file go through summarize itself.
   */
  private async summarizeAll(slugs: readonly string[]): Promise<Array<ArticleSummary | null>> {
    const stamps = await mapInSlices(slugs, (slug) => this.plainBundleStamp(slug));
    const rows = slugs.map((slug, i) => {
      const stamp = stamps[i];
      return stamp ? this.summaries.get(slug, stamp) : null;
    });
    const rest = slugs.flatMap((_slug, i) => (rows[i] ? [] : [i]));
    const read = await mapLimit(rest, LIST_CONCURRENCY, (i) => {
      const stamp = stamps[i];
      return stamp ? this.summarizeBundle(slugs[i]!, this.paths.bundlePath(slugs[i]!), stamp) : this.summarize(slugs[i]!);
    });
    rest.forEach((i, k) => (rows[i] = read[k]!));
    return rows;
  }

  /** Size and time of the article.json of a bundle that is a plain folder; null for links and missing files. Synchronous: see mapInSlices. */
  private plainBundleStamp(slug: string): FileStamp | null {
    try {
      const dir = this.paths.bundlePath(slug);
      if (!lstatSync(dir).isDirectory()) return null;
      const info = statSync(path.join(dir, ARTICLE_FILE));
      return { size: info.size, mtimeMs: info.mtimeMs };
    } catch {
      return null;
    }
  }

  /**
   * null for a bundle that vanished or links out of the library while we looked. A damaged
   * bundle has no headline to show, so its slug stands in.
   */
  private async summarize(slug: string): Promise<ArticleSummary | null> {
    const dir = await this.paths.ifPresent(slug);
    if (!dir) return null;
    const stamp = await stat(path.join(dir, ARTICLE_FILE)).then(
      (info) => ({ size: info.size, mtimeMs: info.mtimeMs }),
      () => null,
    );
    return await this.summarizeBundle(slug, dir, stamp);
  }

  /** summarize() for a bundle found inside the library, whose article.json has this stamp (null: none could be read). */
  private async summarizeBundle(slug: string, dir: string, stamp: FileStamp | null): Promise<ArticleSummary> {
    const cached = stamp ? this.summaries.get(slug, stamp) : null;
    if (cached) return cached;
    const state = await readArticleFile(path.join(dir, ARTICLE_FILE));
    if (state.kind === 'ok') {
      const { id, headline, status, language, updatedAt, body } = state.value;
      const wordCount = countWords(`${headline}\n${bodyPlainText(body)}`);
      const summary = { slug, id, headline, status, language, updatedAt, wordCount, damaged: null };
      if (stamp) this.summaries.set(slug, stamp, summary);
      return summary;
    }
    return {
      slug,
      id: null,
      headline: slug,
      status: null,
      language: null,
      updatedAt: null,
      wordCount: 0,
      damaged: { reason: damageReason(state), hasBackup: await hasBackup(dir) },
    };
  }
}
