import { lstat, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Article } from '../../common/article.js';
import { errnoCode } from '../errors.js';
import { MAX_ARTICLE_BYTES, parseArticle, tooLargeReason } from './serialize.js';

export type ArticleFileState =
  | { kind: 'ok'; article: Article; bytes: Buffer }
  | { kind: 'damaged'; reason: string }
  | { kind: 'missing' };

/** Reads and checks one article file (article.json or its .bak). Damage is a state, not an error. */
export async function readArticleFile(file: string): Promise<ArticleFileState> {
  let stats;
  try {
    stats = await lstat(file);
  } catch (err) {
    if (errnoCode(err) === 'ENOENT') return { kind: 'missing' };
    throw err;
  }
  const name = path.basename(file);
  // A link could make us show, copy or back up a file from outside the library.
  if (stats.isSymbolicLink()) return { kind: 'damaged', reason: `${name} is a link to another file, not a file` };
  if (!stats.isFile()) return { kind: 'damaged', reason: `${name} is not a file` };
  // Checked before reading so a huge file is never loaded into memory.
  if (stats.size > MAX_ARTICLE_BYTES) return { kind: 'damaged', reason: tooLargeReason(stats.size) };

  let bytes;
  try {
    bytes = await readFile(file);
  } catch (err) {
    // Renamed or removed (a rename in the library, another program) since it was looked at.
    if (errnoCode(err) === 'ENOENT') return { kind: 'missing' };
    throw err;
  }
  const parsed = parseArticle(bytes);
  return parsed.ok ? { kind: 'ok', article: parsed.article, bytes } : { kind: 'damaged', reason: parsed.reason };
}
