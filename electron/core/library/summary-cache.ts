import { z } from 'zod';
import { ArticleLanguage, ArticleStatus, type ArticleSummary } from '../../common/article.js';
import { writeFileAtomic } from '../fs/atomic-write.js';
import { readJsonFile } from '../fs/json-file.js';

/**
 * The library list's rows, remembered by each article file's size and modification time in
 * `.masthead/list-cache.json`, so opening a library of thousands of articles reads only the
 * files that changed since the last list. Damaged articles are never cached (they are read each
 * time, with their backup state). It is a cache: a missing or unreadable file is started afresh.
 */

const VERSION = 2;
const Row = z.object({
  size: z.number(),
  mtimeMs: z.number(),
  id: z.string(),
  headline: z.string(),
  status: ArticleStatus,
  language: ArticleLanguage,
  updatedAt: z.string(),
  wordCount: z.number(),
  cmsSlug: z.string(),
});
type Row = z.infer<typeof Row>;
const CacheFile = z.object({ version: z.literal(VERSION), rows: z.record(z.string(), Row) });

export interface FileStamp {
  size: number;
  mtimeMs: number;
}

export class SummaryCache {
  private rows = new Map<string, Row>();
  private changed = false;

  constructor(private readonly file: string) {}

  async load(): Promise<void> {
    const state = await readJsonFile(this.file, CacheFile).catch(() => null);
    this.rows = state?.kind === 'ok' ? new Map(Object.entries(state.value.rows)) : new Map();
  }

  get(folder: string, stamp: FileStamp): ArticleSummary | null {
    const row = this.rows.get(folder);
    if (!row || row.size !== stamp.size || row.mtimeMs !== stamp.mtimeMs) return null;
    const { size: _size, mtimeMs: _mtime, ...summary } = row;
    return { folder, ...summary, damaged: null };
  }

  has(folder: string): boolean {
    return this.rows.has(folder);
  }

  /** The `count` most recently updated articles the cache knows, newest first (they may have changed since). */
  newest(count: number): string[] {
    return [...this.rows]
      .map(([folder, row]) => ({ folder, time: Date.parse(row.updatedAt) || 0 }))
      .sort((a, b) => b.time - a.time)
      .slice(0, count)
      .map(({ folder }) => folder);
  }

  set(folder: string, stamp: FileStamp, summary: ArticleSummary): void {
    if (summary.damaged || summary.id === null || summary.status === null || summary.language === null || summary.updatedAt === null || summary.cmsSlug === null) {
      this.changed ||= this.rows.delete(folder);
      return;
    }
    const { id, headline, status, language, updatedAt, wordCount, cmsSlug } = summary;
    this.rows.set(folder, { ...stamp, id, headline, status, language, updatedAt, wordCount, cmsSlug });
    this.changed = true;
  }

  /** Forgets articles that are gone, then writes the cache if anything changed. */
  async save(present: ReadonlySet<string>): Promise<void> {
    for (const folder of this.rows.keys()) {
      if (!present.has(folder)) {
        this.rows.delete(folder);
        this.changed = true;
      }
    }
    if (!this.changed) return;
    this.changed = false;
    await writeFileAtomic(this.file, JSON.stringify({ version: VERSION, rows: Object.fromEntries(this.rows) }));
  }
}
