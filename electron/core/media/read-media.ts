import { constants } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { MEDIA_DIR } from '../library/layout.js';

/**
 * The bytes of a photo in an article's media/ folder, for sending it out. A link is never
 * followed (O_NOFOLLOW where the system has it): a photo that points outside the library must not
 * carry someone's other files to a CMS. Null when the photo is missing, a link or not a file.
 */
export async function readMediaFile(bundleDir: string, file: string): Promise<Buffer | null> {
  try {
    return await readFile(path.join(bundleDir, MEDIA_DIR, path.basename(file)), { flag: constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) });
  } catch {
    return null;
  }
}
