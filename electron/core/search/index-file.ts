import { readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { z } from 'zod';
import { ArticleLanguage, ArticleStatus } from '../../common/article.js';
import { writeFileAtomic } from '../fs/atomic-write.js';
import type { ArticleMeta } from './article-document.js';
import type { TermIndexSnapshot } from './term-index.js';

/**
 * `.masthead/search-index.bin`: a cache of the search index, so a big library need not be read
 * again at every start. It can always be rebuilt from the articles, so a file that is missing,
 * unreadable or from another version is simply replaced (never reported, never kept).
 *
 * A line of JSON (the version, the indexed documents and the sizes of what follows), lines of
 * what is known of each article (1,000 articles a line, each parsed and checked on its own turn of
 * the event loop, so a big library does not stall the main process), then the packed index as it
 * is in memory (term-index.ts): the field lengths, the term starts and the posting keys as 32-bit
 * numbers, the frequencies as 16-bit numbers, in the machine's byte order, and the terms as
 * UTF-8, one per line. Ten thousand articles make some 20 MB that load in a few copies, with no
 * parsing of the index itself.
 */
export const INDEX_FILE = 'search-index.bin';
/** Bump when the indexed fields, the normalisation or the file layout change: older files are rebuilt. */
export const INDEX_VERSION = 3;
/** Earlier versions' file, removed when the index is first saved in this one. */
const LEGACY_FILE = 'search-index.json';
/** Articles per line of entries. */
const ENTRIES_PER_LINE = 1000;

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

const Count = z.number().int().nonnegative();
const EntriesSchema = z.record(z.string(), z.object({ fingerprint: z.string(), meta: ArticleMetaSchema.nullable() }));
const HeaderSchema = z.object({
  version: z.literal(INDEX_VERSION),
  endianness: z.literal(os.endianness()),
  entryLines: Count,
  ids: z.array(z.string()),
  terms: Count,
  postings: Count,
  termBytes: Count,
});

export interface IndexFileContent {
  entries: Map<string, IndexedEntry>;
  index: TermIndexSnapshot;
}

export function indexFilePath(housekeeping: string): string {
  return path.join(housekeeping, INDEX_FILE);
}

/** The saved index, or null when there is none worth loading (whether its parts fit together is TermIndex.fromSnapshot's to check). */
export async function readIndexFile(file: string, fields: number): Promise<IndexFileContent | null> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch {
    return null;
  }
  let at = 0;
  const line = (): unknown => {
    const end = bytes.indexOf(0x0a, at);
    if (end < 0) throw new Error('the index file ends in its header');
    const text = bytes.toString('utf8', at, end);
    at = end + 1;
    return JSON.parse(text);
  };
  let header;
  const entries = new Map<string, IndexedEntry>();
  try {
    header = HeaderSchema.safeParse(line());
    if (!header.success) return null;
    for (let i = 0; i < header.data.entryLines; i++) {
      await nextTurn();
      const chunk = EntriesSchema.safeParse(line());
      if (!chunk.success) return null;
      for (const [folder, entry] of Object.entries(chunk.data)) entries.set(folder, entry);
    }
  } catch {
    return null;
  }
  const { ids, terms, postings, termBytes } = header.data;
  // Each part is copied into its own buffer: typed arrays need their alignment.
  const take = (length: number) => {
    const part = bytes.buffer.slice(bytes.byteOffset + at, bytes.byteOffset + at + length);
    at += length;
    return part;
  };
  const sizes = [ids.length * fields * 4, (terms + 1) * 4, postings * 4, postings * 2, termBytes];
  if (bytes.length !== at + sizes.reduce((a, b) => a + b, 0)) return null;
  const lengths = new Uint32Array(take(sizes[0]!));
  const starts = new Uint32Array(take(sizes[1]!));
  const keys = new Uint32Array(take(sizes[2]!));
  const freqs = new Uint16Array(take(sizes[3]!));
  const termList = termBytes === 0 ? [] : bytes.toString('utf8', at, at + termBytes).split('\n');
  if (termList.length !== terms) return null;
  // Every indexed document must be a known, readable article, or nothing would ever take it out.
  if (ids.some((id) => !entries.get(id)?.meta)) return null;
  return { entries, index: { ids, lengths, terms: termList, starts, keys, freqs } };
}

export async function writeIndexFile(file: string, entries: ReadonlyMap<string, IndexedEntry>, index: TermIndexSnapshot): Promise<void> {
  const terms = Buffer.from(index.terms.join('\n'), 'utf8');
  const all = [...entries];
  const entryLines: string[] = [];
  for (let start = 0; start < all.length; start += ENTRIES_PER_LINE) {
    entryLines.push(`${JSON.stringify(Object.fromEntries(all.slice(start, start + ENTRIES_PER_LINE)))}\n`);
  }
  const header = {
    version: INDEX_VERSION,
    endianness: os.endianness(),
    entryLines: entryLines.length,
    ids: index.ids,
    terms: index.terms.length,
    postings: index.keys.length,
    termBytes: terms.length,
  };
  const bytes = Buffer.concat([
    Buffer.from(`${JSON.stringify(header)}\n${entryLines.join('')}`, 'utf8'),
    ...[index.lengths, index.starts, index.keys, index.freqs].map((part) => new Uint8Array(part.buffer, part.byteOffset, part.byteLength)),
    terms,
  ]);
  await writeFileAtomic(file, bytes);
  await rm(path.join(path.dirname(file), LEGACY_FILE), { force: true });
}
