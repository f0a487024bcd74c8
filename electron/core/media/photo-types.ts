import type { AddedMedia } from '../../common/ipc.js';

export type PhotoMime = AddedMedia['mime'];

/**
 * The image types a photo may be, with the extension its media file gets. Browsers and every CMS
 * we send to show these four; anything else (SVG with its scripts, HEIC, TIFF) is refused.
 */
export const PHOTO_EXTENSIONS: Readonly<Record<PhotoMime, string>> = {
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/webp': 'webp',
  'image/gif': 'gif',
};

export function isPhotoMime(mime: string): mime is PhotoMime {
  return Object.prototype.hasOwnProperty.call(PHOTO_EXTENSIONS, mime);
}

/**
 * The content type to serve a media file with. Its extension is trustworthy because the file was
 * named after its detected content when it was added (see add-media.ts).
 */
export function mimeOfMediaFile(file: string): PhotoMime | null {
  const ext = file.slice(file.lastIndexOf('.') + 1);
  const entry = Object.entries(PHOTO_EXTENSIONS).find(([, e]) => e === ext);
  return entry ? (entry[0] as PhotoMime) : null;
}
