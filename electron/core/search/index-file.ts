import path from 'node:path';
import { z } from 'zod';
import { readJsonFile } from '../fs/json-file.js';
import { ArticleLanguage, ArticleStatus } from '../../common/article.js';
import { writeFileAtomic } from '../fs/atomic-write.js';
import type { ArticleMeta } from './article-document.js';

/**
 * `.masthead/search-index.json`: a cache of the search index, so a big library need not be read
 * again at every start. It can always be rebuilt from the articles, so a file that is missing,
 * unreadable or from another version is simply replaced (never reported, never kept).
 */
export const INDEX_FILE = 'search-index.json';
/** Bump when the indexed fields, the normalisation or the file layout change: older files are rebuilt. */
export const INDEX_VERSION = 1;

const ArticleMetaSchema = z.object({
  headline: z.string(),
  status: ArticleStatus,
  section: z.string().nullable(),
  language: ArticleLanguage,
  contributors: z.array(z.string()),
  tags: z.array(z.string()),
  updatedAt: z.string(),
  publishAt: z.string().nullable(),
  wordCount: z.number(),
});

/** What the index knows of one bundle: its article.json's fingerprint, and its metadata unless it is damaged. */
export interface IndexedEntry {
  fingerprint: string;
  meta: ArticleMeta | null;
}

const IndexFileSchema = z.object({
  version: z.literal(INDEX_VERSION),
  entries: z.record(z.string(), z.object({ fingerprint: z.string(), meta: ArticleMetaSchema.nullable() })),
  index: z.record(z.string(), z.unknown()),
});
export type IndexFileContent = z.infer<typeof IndexFileSchema>;

export function indexFilePath(housekeeping: string): string {
  return path.join(housekeeping, INDEX_FILE);
}

/** The saved index, or null when there is none worth loading. */
export async function readIndexFile(file: string): Promise<IndexFileContent | null> {
  const state = await readJsonFile(file, IndexFileSchema);
  return state.kind === 'ok' ? state.value : null;
}

export async function writeIndexFile(file: string, entries: ReadonlyMap<string, IndexedEntry>, index: object): Promise<void> {
  await writeFileAtomic(file, JSON.stringify({ version: INDEX_VERSION, entries: Object.fromEntries(entries), index }));
}
