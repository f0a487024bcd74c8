import type { PhotoMime } from './photo-types.js';

/**
 * Whether a photo's bytes hold its whole image: the structure of the format is walked from the
 * first byte to the marker that ends the image (JPEG's EOI, PNG's IEND, GIF's trailer, the RIFF
 * size of WebP). A file cut short by an interrupted copy or download, or a polyglot that only
 * starts like an image (`GIF89a` followed by script), ends before that marker and is refused
 * rather than stored as a photo browsers and the CMS show half grey or not at all. Bytes after the
 * end (a phone's motion-photo video, padding) are allowed. Nothing is decoded: only headers and
 * lengths are read, so a decompression bomb costs nothing here.
 */
export function isWholeImage(mime: PhotoMime, bytes: Uint8Array): boolean {
  switch (mime) {
    case 'image/jpeg':
      return wholeJpeg(bytes);
    case 'image/png':
      return wholePng(bytes);
    case 'image/gif':
      return wholeGif(bytes);
    case 'image/webp':
      return wholeWebp(bytes);
  }
}

const u16be = (b: Uint8Array, at: number): number => (b[at]! << 8) | b[at + 1]!;
const u32be = (b: Uint8Array, at: number): number => ((b[at]! << 24) | (b[at + 1]! << 16) | (b[at + 2]! << 8) | b[at + 3]!) >>> 0;
const u32le = (b: Uint8Array, at: number): number => ((b[at + 3]! << 24) | (b[at + 2]! << 16) | (b[at + 1]! << 8) | b[at]!) >>> 0;

/** Segments from SOI, skipping each by its length; after a scan (SOS), its data up to the next marker. */
function wholeJpeg(b: Uint8Array): boolean {
  let at = 2;
  while (at + 1 < b.length) {
    if (b[at] !== 0xff) return false;
    const marker = b[at + 1]!;
    // Fill bytes before a marker, then markers without a length (TEM, RSTn).
    if (marker === 0xff) {
      at += 1;
      continue;
    }
    if (marker === 0xd9) return true;
    if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      at += 2;
      continue;
    }
    if (at + 3 >= b.length) return false;
    at += 2 + u16be(b, at + 2);
    if (marker !== 0xda) continue;
    // Entropy-coded data: 0xFF is followed by 0x00 (a stuffed byte) or RSTn inside it; any other marker ends it.
    while (at + 1 < b.length && !(b[at] === 0xff && b[at + 1] !== 0x00 && !(b[at + 1]! >= 0xd0 && b[at + 1]! <= 0xd7))) at += 1;
  }
  return false;
}

/** Chunks after the signature, each skipped by its length, up to IEND. */
function wholePng(b: Uint8Array): boolean {
  let at = 8;
  while (at + 12 <= b.length) {
    const length = u32be(b, at);
    const type = String.fromCharCode(b[at + 4]!, b[at + 5]!, b[at + 6]!, b[at + 7]!);
    if (type === 'IEND') return true;
    at += 12 + length;
  }
  return false;
}

/** Skips data sub-blocks (a length byte, that many bytes) up to the empty one; the offset after it, or -1. */
function afterSubBlocks(b: Uint8Array, at: number): number {
  while (at < b.length) {
    const size = b[at]!;
    at += 1 + size;
    if (size === 0) return at;
  }
  return -1;
}

/** Header, screen descriptor and colour table, then extensions and images up to the trailer (0x3B). */
function wholeGif(b: Uint8Array): boolean {
  if (b.length < 13) return false;
  const colourTable = (packed: number): number => ((packed & 0x80) !== 0 ? 3 * 2 ** ((packed & 0x07) + 1) : 0);
  let at = 13 + colourTable(b[10]!);
  while (at < b.length) {
    const block = b[at]!;
    if (block === 0x3b) return true;
    if (block === 0x21) {
      at = afterSubBlocks(b, at + 2);
    } else if (block === 0x2c) {
      if (at + 10 > b.length) return false;
      // Descriptor (10 bytes), local colour table, LZW minimum code size, then the image data.
      at = afterSubBlocks(b, at + 10 + colourTable(b[at + 9]!) + 1);
    } else {
      return false;
    }
    if (at < 0) return false;
  }
  return false;
}

/** The RIFF header says how long the file is; inside it, the first chunk (VP8, VP8L or VP8X) fits. */
function wholeWebp(b: Uint8Array): boolean {
  if (b.length < 20) return false;
  const riffEnd = 8 + u32le(b, 4);
  const chunk = String.fromCharCode(b[12]!, b[13]!, b[14]!, b[15]!);
  return b.length >= riffEnd && ['VP8 ', 'VP8L', 'VP8X'].includes(chunk) && 20 + u32le(b, 16) <= riffEnd;
}
