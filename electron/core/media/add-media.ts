import { createHash } from 'node:crypto';
import { lstat, mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileTypeFromBuffer } from 'file-type';
import { imageSize } from 'image-size';
import type { AddedMedia } from '../../common/ipc.js';
import { MAX_PHOTO_BYTES } from '../../common/rules/photo.js';
import { ApiFailure, errnoCode } from '../errors.js';
import { fsyncDir, writeFileAtomic } from '../fs/atomic-write.js';
import { megabyteLimit, megabytes, quotedFileName } from '../fs/describe-file.js';
import { MEDIA_DIR } from '../library/layout.js';
import { isPhotoMime, PHOTO_EXTENSIONS, type PhotoMime } from './photo-types.js';
import { isWholeImage } from './whole-image.js';

/**
 * The most pixels a photo may have: 100 megapixels is more than any newsroom camera takes, and
 * far less than a decompression bomb (a file of a few kilobytes that says, or unpacks to,
 * 100,000 × 100,000 pixels), which would take gigabytes of memory to show in the editor and CMS.
 */
export const MAX_PHOTO_PIXELS = 100_000_000;

const FORMAT_NAMES: Readonly<Record<PhotoMime, string>> = { 'image/jpeg': 'JPEG', 'image/png': 'PNG', 'image/webp': 'WebP', 'image/gif': 'GIF' };

/** Hex digits of the SHA-256 kept in a media file name: plenty to never collide within one article. */
const HASH_LENGTH = 32;

export interface InspectedPhoto {
  mime: PhotoMime;
  width: number | null;
  height: number | null;
}

/**
 * What a photo really is, from its bytes and never its name: a text file renamed photo.jpg or an
 * SVG (which can carry scripts) is refused, and so is anything over the size limit, a file cut
 * short before the end of its image, and one with more pixels than MAX_PHOTO_PIXELS.
 */
export async function inspectPhoto(name: string, bytes: Uint8Array): Promise<InspectedPhoto> {
  if (bytes.byteLength > MAX_PHOTO_BYTES) {
    throw new ApiFailure(
      'TOO_LARGE',
      `${quotedFileName(name)} is ${megabytes(bytes.byteLength)}; photos can be at most ${megabyteLimit(MAX_PHOTO_BYTES)}`,
    );
  }
  const detected = await fileTypeFromBuffer(bytes);
  if (!detected || !isPhotoMime(detected.mime)) {
    throw new ApiFailure('UNSUPPORTED_MEDIA', `${quotedFileName(name)} is not a JPEG, PNG, WebP or GIF image`);
  }
  if (!isWholeImage(detected.mime, bytes)) {
    throw new ApiFailure(
      'UNSUPPORTED_MEDIA',
      `${quotedFileName(name)} is not a whole ${FORMAT_NAMES[detected.mime]} image: the file is cut short or damaged`,
    );
  }
  const size = dimensions(bytes);
  if (size.width !== null && size.height !== null && size.width * size.height > MAX_PHOTO_PIXELS) {
    const count = (n: number): string => n.toLocaleString('en-US');
    throw new ApiFailure(
      'TOO_LARGE',
      `${quotedFileName(name)} is ${count(size.width)} × ${count(size.height)} pixels; photos can be at most ${count(MAX_PHOTO_PIXELS / 1_000_000)} megapixels`,
    );
  }
  return { mime: detected.mime, ...size };
}

/** Width and height as the photo is shown: EXIF orientations 5–8 turn it a quarter. */
function dimensions(bytes: Uint8Array): { width: number | null; height: number | null } {
  try {
    const size = imageSize(bytes);
    const turned = size.orientation !== undefined && size.orientation >= 5;
    const width = positive(turned ? size.height : size.width);
    const height = positive(turned ? size.width : size.height);
    return { width, height };
  } catch {
    // A photo whose header we cannot measure is still a photo; the editor lays it out without a size.
    return { width: null, height: null };
  }
}

function positive(n: number | undefined): number | null {
  return n !== undefined && Number.isInteger(n) && n > 0 ? n : null;
}

/** `<sha256 prefix>.<ext>`: the same photo added twice is one file, and a name never says where it came from. */
export function mediaFileName(bytes: Uint8Array, mime: PhotoMime): string {
  return `${createHash('sha256').update(bytes).digest('hex').slice(0, HASH_LENGTH)}.${PHOTO_EXTENSIONS[mime]}`;
}

/**
 * Copies a photo into the bundle's media/ folder, durably. The caller has checked that
 * `bundleDir` is a bundle inside the library; the media folder itself must not be a link out of it.
 */
export async function addMedia(bundleDir: string, name: string, bytes: Uint8Array): Promise<AddedMedia> {
  const photo = await inspectPhoto(name, bytes);
  const file = mediaFileName(bytes, photo.mime);
  const dir = path.join(bundleDir, MEDIA_DIR);
  // A media folder another program removed comes back, and lasts a power cut like the photo in it.
  if (await mkdir(dir, { recursive: true })) await fsyncDir(bundleDir);
  const info = await lstat(dir);
  if (!info.isDirectory()) {
    throw new ApiFailure('INVALID_REQUEST', `The ${MEDIA_DIR} folder of this article is a link or a file, so photos cannot be added to it.`);
  }
  const target = path.join(dir, file);
  if (!(await holdsSameBytes(target, bytes))) await writeFileAtomic(target, bytes);
  return { file, ...photo };
}

/** Whether `file` is a plain file with exactly these bytes (a sync client may have left a torn copy). */
async function holdsSameBytes(file: string, bytes: Uint8Array): Promise<boolean> {
  try {
    const info = await lstat(file);
    if (!info.isFile() || info.size !== bytes.byteLength) return false;
    return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).equals(await readFile(file));
  } catch (err) {
    if (errnoCode(err) === 'ENOENT') return false;
    throw err;
  }
}
