/**
 * Lengths and counts the article schema allows (electron/common/article.ts validates with them;
 * the panels clip to them before a save), and the largest file File › Import… takes.
 */
export const ARTICLE_LIMITS = {
  headline: 1000,
  dek: 1000,
  excerpt: 2000,
  cmsSlug: 200,
  dateline: 200,
  seoTitle: 300,
  metaDescription: 1000,
  section: 100,
  tag: 100,
  tags: 100,
  source: 200,
  sources: 20,
  /** Contributors in the byline. */
  byline: 50,
  name: 200,
  affiliation: 200,
  timeZone: 64,
} as const;

/** Files to import (Word, HTML, Markdown, text) larger than this are refused, in the window and in core. */
export const MAX_IMPORT_BYTES = 25 * 1024 * 1024;

/**
 * A file's size in megabytes with one decimal, rounded up, as the messages show it: 32,715,571
 * bytes are 31.2, and a file refused for being over 25 MB never reads as "25.0".
 */
export function sizeInMegabytes(bytes: number): number {
  return Math.ceil((bytes / (1024 * 1024)) * 10) / 10;
}
