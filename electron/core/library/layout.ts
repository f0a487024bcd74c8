import { isSafeSlug } from '../../common/rules/slug.js';

/*
 * Names inside a library folder:
 *   <folder>.article/article.json       the article
 *   <folder>.article/article.json.bak   the version before the last save
 *   <folder>.article/media/             its photos
 *   <folder>.article/revisions/         its versions (versions/version-store.ts)
 *   .masthead/library.json            housekeeping marker
 *   .masthead/trash/<trashId>/        deleted articles
 *   .masthead/staging/                bundles being built, moved into place when complete
 *   .masthead/list-cache.json         the library list's rows, a cache
 */
export const BUNDLE_EXT = '.article';
export const ARTICLE_FILE = 'article.json';
export const BACKUP_FILE = 'article.json.bak';
export const MEDIA_DIR = 'media';
export const REVISIONS_DIR = 'revisions';
export const HOUSEKEEPING_DIR = '.masthead';
export const MARKER_FILE = 'library.json';
export const TRASH_DIR = 'trash';
export const STAGING_DIR = 'staging';
/** The library list's rows by file size and time (summary-cache.ts). */
export const LIST_CACHE_FILE = 'list-cache.json';

/** The article folder a bundle's name (`<folder>.article`) stands for, or null when it is not a bundle we can address safely. */
export function folderFromBundleName(name: string): string | null {
  if (!name.endsWith(BUNDLE_EXT)) return null;
  const folder = name.slice(0, -BUNDLE_EXT.length);
  return isSafeSlug(folder) ? folder : null;
}

export function damagedFileName(stamp: string): string {
  return `article.damaged-${stamp}.json`;
}
