import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { z } from 'zod';
import { ArticleLanguage, ArticleStatus } from '../../common/article.js';
import { writeFileAtomic } from '../fs/atomic-write.js';
import type { ArticleMeta } from './article-document.js';

/**
 * `.masthead/search-index.json`: a cache of the search index, so a big library need not be read
 * again at every start. It can always be rebuilt from the articles, so a file that is missing,
 * unreadable or from another version is simply replaced (never reported, never kept).
 *
 * One JSON value per line: first a header (version, what is known of each article, MiniSearch's
 * own fields), then MiniSearch's term index in chunks. Ten thousand articles make some 30 MB;
 * read or written as one JSON value that would stall the main process for half a second and
 * double its memory while loading, so lines are built on their own turns of the event loop and
 * parsed one at a time as the index is loaded.
 */
export const INDEX_FILE = 'search-index.json';
/** Bump when the indexed fields, the normalisation or the file layout change: older files are rebuilt. */
export const INDEX_VERSION = 2;
/** Terms per line. */
const CHUNK = 2000;

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

const HeaderSchema = z.object({
  version: z.literal(INDEX_VERSION),
  entries: z.record(z.string(), z.object({ fingerprint: z.string(), meta: ArticleMetaSchema.nullable() })),
  /** MiniSearch's serialized index without its `index` field, which follows in the chunk lines. */
  mini: z.record(z.string(), z.unknown()),
  chunks: z.number().int().nonnegative(),
});

export interface IndexFileContent {
  entries: Record<string, IndexedEntry>;
  /** MiniSearch's serialized form, ready for MiniSearch.loadJS. */
  index: Record<string, unknown>;
}

export function indexFilePath(housekeeping: string): string {
  return path.join(housekeeping, INDEX_FILE);
}

/**
 * The saved index, or null when there is none worth loading. The term lines are parsed only as
 * MiniSearch's loader reaches them, so each chunk is garbage as soon as it is turned into the
 * index's maps (a whole parsed file would double the memory the index needs while it loads); a
 * damaged line throws from the loader.
 */
export async function readIndexFile(file: string): Promise<IndexFileContent | null> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    return null;
  }
  const lines = text.split('\n');
  let header;
  try {
    header = HeaderSchema.safeParse(JSON.parse(lines[0]!));
  } catch {
    return null;
  }
  if (!header.success || lines.length < header.data.chunks + 1) return null;
  const chunks = header.data.chunks;
  function* terms(): Generator<unknown> {
    for (let i = 1; i <= chunks; i++) {
      const chunk: unknown = JSON.parse(lines[i]!);
      if (!Array.isArray(chunk)) throw new Error(`line ${i + 1} of the index file is not a list of terms`);
      yield* chunk;
    }
  }
  return { entries: header.data.entries, index: { ...header.data.mini, index: terms() } };
}

/** `mini` is a MiniSearch (its toJSON gives the serialized form). */
export async function writeIndexFile(file: string, entries: ReadonlyMap<string, IndexedEntry>, mini: { toJSON(): object }): Promise<void> {
  const { index, ...rest } = mini.toJSON() as { index: unknown[] };
  const chunks = Math.ceil(index.length / CHUNK);
  const lines = [JSON.stringify({ version: INDEX_VERSION, entries: Object.fromEntries(entries), mini: rest, chunks })];
  for (let start = 0; start < index.length; start += CHUNK) {
    await nextTurn();
    lines.push(JSON.stringify(index.slice(start, start + CHUNK)));
  }
  await writeFileAtomic(file, `${lines.join('\n')}\n`);
}
