import type { TFunction } from 'i18next';
import type { AddedMedia, ApiError } from '../../../electron/common/ipc.js';
import { api } from '../../api';
import { sizeInMegabytes } from '../../../electron/common/rules/limits.js';
import { MAX_PHOTO_BYTES } from '../../../electron/common/rules/photo.js';
import { describeMediaError } from './media-errors';
import {
  base64Head,
  fallbackPhotoName,
  photoProblem,
  SNIFF_BYTES,
  type ImageDataUrl,
  type PhotoProblem,
} from './photo-files';

/**
 * Copies a photo into the open article's media/ folder (media:add) after the quick local checks,
 * and turns every refusal into one translated sentence that names the file.
 */
export type AddPhotoResult = { ok: true; media: AddedMedia } | { ok: false; message: string };

function problemMessage(t: TFunction, name: string, problem: PhotoProblem): string {
  switch (problem.kind) {
    case 'tooLarge':
      return t('photo.tooLarge', { name, size: sizeInMegabytes(problem.bytes), max: sizeInMegabytes(MAX_PHOTO_BYTES) });
    case 'unsupported':
      return t('photo.unsupported', { name });
    case 'empty':
      return t('photo.empty', { name });
  }
}

/**
 * The quick local checks have passed, so the core refused what only it sees (a file cut short, a
 * decompression bomb's pixel count): its own sentence names the file and says why.
 */
function apiMessage(t: TFunction, name: string, error: ApiError): string {
  if (error.code === 'UNSUPPORTED_MEDIA' || error.code === 'TOO_LARGE') return t('photo.refused', { reason: describeMediaError(t, error) });
  return t('photo.failed', { name, reason: describeMediaError(t, error) });
}

/** The file's bytes as base64 (FileReader encodes natively; a 25 MB photo takes a moment, not seconds). */
export function readAsBase64(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = String(reader.result ?? '');
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.onerror = () => reject(reader.error ?? new Error('unreadable'));
    reader.readAsDataURL(file);
  });
}

async function send(t: TFunction, folder: string, name: string, data: string): Promise<AddPhotoResult> {
  const result = await api.media.add({ folder, name, data });
  return result.ok ? { ok: true, media: result.value } : { ok: false, message: apiMessage(t, name, result.error) };
}

export async function addPhotoFile(t: TFunction, folder: string, file: File): Promise<AddPhotoResult> {
  const name = file.name || 'photo';
  let head: Uint8Array;
  let data: string;
  try {
    head = new Uint8Array(await file.slice(0, SNIFF_BYTES).arrayBuffer());
    const problem = photoProblem(file.size, head);
    if (problem) return { ok: false, message: problemMessage(t, name, problem) };
    data = await readAsBase64(file);
  } catch {
    return { ok: false, message: t('photo.unreadable', { name }) };
  }
  return send(t, folder, name, data);
}

/** A photo pasted as a data: URL (from Word, a web page, another editor). */
export async function addPhotoData(t: TFunction, folder: string, image: ImageDataUrl, index: number): Promise<AddPhotoResult> {
  const name = fallbackPhotoName(image.mime, index);
  let head: Uint8Array;
  try {
    head = base64Head(image.base64);
  } catch {
    return { ok: false, message: t('photo.unsupported', { name }) };
  }
  const problem = photoProblem(image.bytes, head);
  if (problem) return { ok: false, message: problemMessage(t, name, problem) };
  return send(t, folder, name, image.base64);
}
