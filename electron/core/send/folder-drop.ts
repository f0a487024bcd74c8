import { mkdir, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Article } from '../../common/article.js';
import type { JobProgress } from '../../common/send.js';
import { errnoCode } from '../errors.js';
import { exportArticle } from '../export/index.js';
import { photoFiles } from '../export/walker.js';
import { writeFileAtomic } from '../fs/atomic-write.js';
import { MEDIA_DIR } from '../library/layout.js';
import { readMediaFile, unsendablePhoto } from '../media/read-media.js';
import { CmsError } from './cms-error.js';
import { readSyncRecord } from './sync-record.js';
import type { ExportFormat } from '../../common/export-format.js';

/**
 * A folder another system ingests: the article in each chosen format, written atomically (an
 * ingester never reads half a file), with its photos in `media/` beside it as the exports expect.
 * The files are named by the article's CMS slug (`exportBaseName`), as the exports are. When the
 * slug changed since the last drop, the files under the old name are removed once the new ones are
 * written (an ingester would take them for a second story); `remember` then records the new names
 * (sync.json), so a drop cut short between the two removes them the next time.
 */
export async function dropInFolder(
  article: Article,
  bundleDir: string,
  target: { id: string; folder: string; formats: ExportFormat[] },
  progress: (progress: Omit<JobProgress, 'fraction'>, fraction: number) => void,
  remember: (files: string[]) => Promise<void>,
): Promise<string> {
  const folderInfo = await stat(target.folder).catch(() => null);
  if (!folderInfo?.isDirectory()) {
    throw new CmsError('rejected', `The drop folder ${target.folder} does not exist (or is not connected). Check the folder in Settings, then retry.`);
  }
  const files = photoFiles(article);
  const steps = files.length + target.formats.length;
  let done = 0;
  const written: string[] = [];
  try {
    if (files.length) await mkdir(path.join(target.folder, MEDIA_DIR), { recursive: true });
    for (const [index, file] of files.entries()) {
      progress({ step: 'uploading-photo', current: index + 1, total: files.length }, done++ / steps);
      const read = await readMediaFile(bundleDir, file);
      if (read.kind !== 'ok') throw new CmsError('rejected', unsendablePhoto(file, read.kind));
      await writeFileAtomic(path.join(target.folder, MEDIA_DIR, file), read.bytes);
    }
    for (const [index, format] of target.formats.entries()) {
      progress({ step: 'writing-file', current: index + 1, total: target.formats.length }, done++ / steps);
      const exported = exportArticle(article, format);
      await writeFileAtomic(path.join(target.folder, exported.fileName), exported.content);
      written.push(exported.fileName);
    }
    const before = (await readSyncRecord(bundleDir)).drops[target.id] ?? [];
    for (const name of before) {
      // Only a plain file name of our own record, never a path.
      if (!written.includes(name) && path.basename(name) === name) await rm(path.join(target.folder, name), { force: true });
    }
  } catch (err) {
    if (err instanceof CmsError) throw err;
    const code = errnoCode(err);
    if (code === undefined) throw err;
    throw new CmsError('rejected', `Could not write to the drop folder ${target.folder} (system error ${code}).`);
  }
  await remember(written);
  return target.folder;
}
