import { constants } from 'node:fs';
import { lstat, readFile } from 'node:fs/promises';
import path from 'node:path';
import { MEDIA_DIR } from '../library/layout.js';

/**
 * A photo of an article's media/ folder, read for sending it out. A link (put in the bundle by
 * another program, a sync client) is never followed, even if it appears after the article was
 * queued (O_NOFOLLOW where the system has it): it could carry any file on the disk to a CMS.
 */
export type MediaRead = { kind: 'ok'; bytes: Buffer } | { kind: 'link' } | { kind: 'missing' };

export async function readMediaFile(bundleDir: string, file: string): Promise<MediaRead> {
  if (await isLinkedMedia(bundleDir, file)) return { kind: 'link' };
  try {
    return { kind: 'ok', bytes: await readFile(mediaPath(bundleDir, file), { flag: constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) }) };
  } catch (err) {
    return err instanceof Error && 'code' in err && err.code === 'ELOOP' ? { kind: 'link' } : { kind: 'missing' };
  }
}

/** Whether the media folder or the photo in it is a link. */
export async function isLinkedMedia(bundleDir: string, file: string): Promise<boolean> {
  const entries = [path.join(bundleDir, MEDIA_DIR), mediaPath(bundleDir, file)];
  const linked = await Promise.all(entries.map((entry) => lstat(entry).then((info) => info.isSymbolicLink(), () => false)));
  return linked.includes(true);
}

/** Why a photo cannot be sent, in the words the Outbox shows. */
export function unsendablePhoto(file: string, kind: 'link' | 'missing'): string {
  return kind === 'link'
    ? `The photo ${file} is a link to a file elsewhere on the disk, so the article is not sent. Replace the photo, then send again.`
    : `The photo ${file} is missing from the article's media folder. Replace it, then send again.`;
}

function mediaPath(bundleDir: string, file: string): string {
  return path.join(bundleDir, MEDIA_DIR, path.basename(file));
}
