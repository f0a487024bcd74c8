/**
 * The photo's contract: what a photo file may be, the lengths of its texts, and the attributes
 * that mark an `<img>` as one of the article's own photos in HTML. The editor's photo node, paste
 * cleaning, headless import, the media route and the exporters all read it from here.
 */

/** A media file name as stored in a bundle: a content hash and an image extension, nothing else. */
export const MEDIA_FILE_NAME = /^[a-f0-9]{16,64}\.(jpg|png|webp|gif)$/;

/** The four web image types a photo may be (recognised by content, never by name). */
export const PHOTO_MIME_TYPES = ['image/jpeg', 'image/png', 'image/webp', 'image/gif'] as const;
export type PhotoMime = (typeof PHOTO_MIME_TYPES)[number];

/** Photos larger than this are refused with a clear message (checked in the window and in core). */
export const MAX_PHOTO_BYTES = 25 * 1024 * 1024;

export const PHOTO_LIMITS = {
  /** A lead photo's caption, kept as plain text (a body photo's caption is a small nested editor). */
  caption: 5000,
  credit: 500,
  altText: 2000,
} as const;

/**
 * Set by the paste and import pipeline on an `<img>` whose bytes it has already added to the
 * article's media/ folder (after sanitising, which removes every data-* attribute the source
 * brought, so a pasted page cannot set it), and by Take CMS version on the site's copy of a photo
 * the article has. Nothing else becomes a photo on import.
 */
export const PHOTO_FILE_ATTRIBUTE = 'data-masthead-file';
export const PHOTO_WIDTH_ATTRIBUTE = 'data-masthead-width';
export const PHOTO_HEIGHT_ATTRIBUTE = 'data-masthead-height';
