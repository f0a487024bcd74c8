import { createHash } from 'node:crypto';
import { lstat, mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileTypeFromBuffer } from 'file-type';
import { imageSize } from 'image-size';
import { MAX_PHOTO_BYTES, type AddedMedia } from '../../common/ipc.js';
import { ApiFailure, errnoCode } from '../errors.js';
import { fsyncDir, writeFileAtomic } from '../fs/atomic-write.js';
import { megabyteLimit, megabytes, quotedFileName } from '../fs/describe-file.js';
import { MEDIA_DIR } from '../library/layout.js';
import { isPhotoMime, PHOTO_EXTENSIONS, type PhotoMime } from './photo-types.js';

/** Hex digits of the SHA-256 kept in a media file name: plenty to never collide within one article. */
const HASH_LENGTH = 32;

export interface InspectedPhoto {
  mime: PhotoMime;
  width: number | null;
  height: number | null;
}

/**
 * What a photo really is, from its bytes and never its name: a text file renamed photo.jpg or an
 * SVG (which can carry scripts) is refused, and so is anything over the size limit.
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
  return { mime: detected.mime, ...dimensions(bytes) };
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
