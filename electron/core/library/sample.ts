import { randomUUID } from 'node:crypto';
import { Article, SCHEMA_VERSION } from '../../common/article.js';
import { paragraph } from '../../common/lexical-nodes.js';
import { parseWireCopy } from '../import/wire-copy.js';

/**
 * The sample article a new library starts with, from a page copied off the newsroom's English
 * site (see wire-copy.ts for how the page is read). The seed is ours, so a seed that does not
 * read as dated wire copy is a packaging bug and throws.
 */
export function sampleArticleFromSeed(text: string, now: Date): Article {
  const copy = parseWireCopy(text);
  if (!copy?.published) {
    throw new Error('The sample article text has no date line like "Tue 15 Apr 2025 | 08:18 AM"');
  }
  if (!copy.headline) throw new Error('The sample article text has no headline before its date line');

  const stamp = now.toISOString();
  return Article.parse({
    schemaVersion: SCHEMA_VERSION,
    id: randomUUID(),
    headline: copy.headline,
    status: 'draft',
    language: 'en',
    byline: copy.byline,
    publishAt: copy.published.publishAt,
    timeZone: copy.published.timeZone,
    leadPhoto: copy.photo ? { file: null, caption: copy.photo.caption, altText: copy.photo.altText, credit: '' } : null,
    body: {
      root: {
        type: 'root',
        version: 1,
        direction: 'ltr',
        format: '',
        indent: 0,
        children: copy.paragraphs.map((line) => paragraph(line, 'ltr')),
      },
    },
    createdAt: stamp,
    updatedAt: stamp,
  });
}
