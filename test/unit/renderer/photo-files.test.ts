import { describe, expect, it } from 'vitest';
import { MAX_IMPORT_BYTES, sizeInMegabytes } from '../../../electron/common/rules/limits.js';
import { MAX_PHOTO_BYTES } from '../../../electron/common/rules/photo.js';
import { importProblem, isImportableName } from '../../../renderer/features/import/import-files.js';
import {
  base64ByteLength,
  base64Head,
  fallbackPhotoName,
  parseImageDataUrl,
  photoProblem,
  sniffPhotoType,
} from '../../../renderer/editor/photos/photo-files.js';

const bytes = (...values: number[]): Uint8Array => Uint8Array.from(values);
const text = (value: string): Uint8Array => new TextEncoder().encode(value);
const TINY_PNG =
  'iVBORw0KGgoAAAANSUhEUgAAAAgAAAAICAIAAABLbSncAAAAEUlEQVR42mM4oaGBFTEMLQkAgl1GARdiiXUAAAAASUVORK5CYII=';

describe('photo files', () => {
  it('recognises the four photo types by their first bytes, whatever the name says', () => {
    expect(sniffPhotoType(bytes(0xff, 0xd8, 0xff, 0xe0, 0, 0x10))).toBe('image/jpeg');
    expect(sniffPhotoType(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a))).toBe('image/png');
    expect(sniffPhotoType(text('GIF89a...'))).toBe('image/gif');
    expect(sniffPhotoType(text('GIF87a...'))).toBe('image/gif');
    expect(sniffPhotoType(text('RIFF\u0000\u0000\u0000\u0000WEBPVP8 '))).toBe('image/webp');
    expect(sniffPhotoType(text('<svg xmlns="http://www.w3.org/2000/svg"/>'))).toBeNull();
    expect(sniffPhotoType(text('<?xml version="1.0"?><svg/>'))).toBeNull();
    expect(sniffPhotoType(text('This is plain text pretending to be a JPEG.'))).toBeNull();
    expect(sniffPhotoType(text('RIFF\u0000\u0000\u0000\u0000WAVEfmt '))).toBeNull();
    expect(sniffPhotoType(text('%PDF-1.7'))).toBeNull();
    expect(sniffPhotoType(bytes(0xff, 0xd8))).toBeNull();
  });

  it('refuses empty, unknown and over-large files, the size first', () => {
    const jpeg = bytes(0xff, 0xd8, 0xff, 0xe0);
    expect(photoProblem(1000, jpeg)).toBeNull();
    expect(photoProblem(MAX_PHOTO_BYTES, jpeg)).toBeNull();
    expect(photoProblem(MAX_PHOTO_BYTES + 1, jpeg)).toEqual({ kind: 'tooLarge', bytes: MAX_PHOTO_BYTES + 1 });
    expect(photoProblem(MAX_PHOTO_BYTES + 1, text('<svg'))).toEqual({ kind: 'tooLarge', bytes: MAX_PHOTO_BYTES + 1 });
    expect(photoProblem(10, text('<svg'))).toEqual({ kind: 'unsupported' });
    expect(photoProblem(0, jpeg)).toEqual({ kind: 'empty' });
  });

  it('gives sizes in megabytes with one decimal, rounded up, as in "31.2 MB"', () => {
    expect(sizeInMegabytes(32_715_571)).toBe(31.2);
    expect(sizeInMegabytes(MAX_PHOTO_BYTES)).toBe(25);
    expect(sizeInMegabytes(1024 * 1024 * 1.25)).toBe(1.3);
    // Just over the limit never reads as the limit itself.
    expect(sizeInMegabytes(MAX_PHOTO_BYTES + 1)).toBe(25.1);
  });

  it('reads data:image URLs of the four types and nothing else', () => {
    const png = parseImageDataUrl(`data:image/png;base64,${TINY_PNG}`);
    expect(png).toEqual({ mime: 'image/png', base64: TINY_PNG, bytes: Buffer.from(TINY_PNG, 'base64').length });
    expect(sniffPhotoType(base64Head(png!.base64))).toBe('image/png');
    expect(parseImageDataUrl(` DATA:IMAGE/JPG;BASE64,/9j/4AAQ\n SkZJRg== `)).toMatchObject({ mime: 'image/jpeg', base64: '/9j/4AAQSkZJRg==' });
    expect(parseImageDataUrl('data:image/svg+xml;base64,PHN2Zz4=')).toBeNull();
    expect(parseImageDataUrl('data:image/png,<svg onload=alert(1)>')).toBeNull();
    expect(parseImageDataUrl('data:text/html;base64,PHNjcmlwdD4=')).toBeNull();
    expect(parseImageDataUrl('https://example.com/photo.png')).toBeNull();
    expect(parseImageDataUrl('data:image/png;base64,abc$')).toBeNull();
    expect(parseImageDataUrl('data:image/png;base64,A')).toBeNull();
  });

  it('counts decoded bytes of base64 with and without padding', () => {
    expect(base64ByteLength('')).toBe(0);
    expect(base64ByteLength('QQ==')).toBe(1);
    expect(base64ByteLength('QUI=')).toBe(2);
    expect(base64ByteLength('QUJD')).toBe(3);
  });

  it('names pasted photos by their type', () => {
    expect(fallbackPhotoName('image/jpeg')).toBe('pasted-photo-1.jpg');
    expect(fallbackPhotoName('image/webp', 3)).toBe('pasted-photo-3.webp');
  });
});

describe('import files', () => {
  it('accepts Word, HTML, Markdown, text and NewsML-G2 by name, and names without an extension (IPTC 7901 copy)', () => {
    for (const name of ['story.docx', 'PAGE.HTML', 'page.htm', 'notes.md', 'notes.markdown', 'wire copy.txt', 'item.XML', 'AFP0123', 'a0457']) {
      expect(isImportableName(name), name).toBe(true);
    }
    for (const name of ['story.doc', 'photo.png', 'archive.zip', '.docx', 'story.docx.exe']) {
      expect(isImportableName(name), name).toBe(false);
    }
  });

  it('refuses unsupported, empty and over-large files before they are sent', () => {
    expect(importProblem('story.docx', 10)).toBeNull();
    expect(importProblem('story.pdf', 10)).toEqual({ kind: 'unsupported' });
    expect(importProblem('story.txt', 0)).toEqual({ kind: 'empty' });
    expect(importProblem('story.txt', MAX_IMPORT_BYTES + 1)).toEqual({ kind: 'tooLarge', bytes: MAX_IMPORT_BYTES + 1 });
  });
});
