import { MAX_PHOTO_BYTES, PHOTO_MIME_TYPES, type PhotoMime } from '../../../electron/common/rules/photo.js';

/**
 * What a photo file must be before it is sent to the library: one of the four web image types,
 * recognised by its first bytes (never by its name), and at most MAX_PHOTO_BYTES. The core checks
 * the same again; checking here first answers at once, without sending 25 MB over the wire.
 * Pure and DOM-free, so it is unit-tested under Node.
 */

/** For `<input type="file" accept>`: the dialog offers these, but a file is still checked by content. */
export const PHOTO_ACCEPT = PHOTO_MIME_TYPES.join(',');

/** How many leading bytes sniffPhotoType needs. */
export const SNIFF_BYTES = 12;

const startsWith = (bytes: Uint8Array, prefix: readonly number[], at = 0): boolean =>
  bytes.length >= at + prefix.length && prefix.every((value, i) => bytes[at + i] === value);

/** The image type its first bytes say a file is, or null for anything else (SVG, text, PDF…). */
export function sniffPhotoType(head: Uint8Array): PhotoMime | null {
  if (startsWith(head, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (startsWith(head, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (startsWith(head, [0x47, 0x49, 0x46, 0x38]) && (head[4] === 0x37 || head[4] === 0x39) && head[5] === 0x61) return 'image/gif';
  // RIFF....WEBP
  if (startsWith(head, [0x52, 0x49, 0x46, 0x46]) && startsWith(head, [0x57, 0x45, 0x42, 0x50], 8)) return 'image/webp';
  return null;
}

export type PhotoProblem = { kind: 'tooLarge'; bytes: number } | { kind: 'unsupported' } | { kind: 'empty' };

/** Why a file cannot be a photo, or null when it can. */
export function photoProblem(size: number, head: Uint8Array): PhotoProblem | null {
  if (size === 0) return { kind: 'empty' };
  if (size > MAX_PHOTO_BYTES) return { kind: 'tooLarge', bytes: size };
  if (sniffPhotoType(head) === null) return { kind: 'unsupported' };
  return null;
}

export interface ImageDataUrl {
  mime: PhotoMime;
  /** The base64 payload, whitespace removed, ready for media:add. */
  base64: string;
  /** Decoded size in bytes. */
  bytes: number;
}

const DATA_URL = /^data:(image\/(?:jpeg|jpg|png|webp|gif));base64,([A-Za-z0-9+/=\s]+)$/i;

/**
 * A pasted `<img src="data:image/png;base64,…">` as a file to add to the article, or null for
 * anything else (other types such as SVG, non-base64 payloads, URLs). The bytes are still checked
 * by content when they are added.
 */
export function parseImageDataUrl(url: string): ImageDataUrl | null {
  const match = DATA_URL.exec(url.trim());
  if (!match) return null;
  const declared = match[1]!.toLowerCase();
  const mime = (declared === 'image/jpg' ? 'image/jpeg' : declared) as PhotoMime;
  const base64 = match[2]!.replace(/\s+/g, '');
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(base64) || base64.length % 4 === 1) return null;
  return { mime, base64, bytes: base64ByteLength(base64) };
}

/** Size of the bytes a base64 string decodes to. */
export function base64ByteLength(base64: string): number {
  const padding = base64.endsWith('==') ? 2 : base64.endsWith('=') ? 1 : 0;
  return Math.floor((base64.length * 3) / 4) - padding;
}

/** The first bytes of a base64 payload, enough for sniffPhotoType. */
export function base64Head(base64: string): Uint8Array {
  const chunk = base64.slice(0, 24);
  const binary = atob(chunk.slice(0, chunk.length - (chunk.length % 4)));
  return Uint8Array.from(binary, (ch) => ch.charCodeAt(0));
}

/** A file name for a photo that arrived without one (pasted from the clipboard, a data: URL). */
export function fallbackPhotoName(mime: PhotoMime, index = 1): string {
  const ext = { 'image/jpeg': 'jpg', 'image/png': 'png', 'image/webp': 'webp', 'image/gif': 'gif' }[mime];
  return `pasted-photo-${index}.${ext}`;
}
