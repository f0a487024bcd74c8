import path from 'node:path';
import { z } from 'zod';
import { StoredArticle, type Article } from '../../common/article.js';
import { serializeArticle } from '../library/serialize.js';
import { readJsonFile, setAsideDamaged, writeJsonFile } from '../fs/json-file.js';

/**
 * What an article remembers of each target it went to, in `<folder>.article/sync.json`: the remote
 * id, the remote `modified_gmt` when we last sent or received, the photos already uploaded, and
 * the article as it was then (the common ground: a change on either side is measured from it); and
 * for a drop folder, the names of the files it holds for the article.
 * It moves with the bundle on rename; a duplicate starts without it (it is a new story).
 */

export const SYNC_FILE = 'sync.json';

const UploadedPhoto = z.object({ id: z.number().int(), url: z.string() });
export type UploadedPhoto = z.infer<typeof UploadedPhoto>;

const TargetSync = z.object({
  postId: z.number().int().nullable(),
  link: z.string().nullable(),
  modifiedGmt: z.string().nullable(),
  /** postFingerprint of the post then: WordPress dates count only whole seconds. */
  remoteFingerprint: z.string().nullable().default(null),
  syncedAt: z.string(),
  media: z.record(z.string(), UploadedPhoto),
  baseline: StoredArticle,
  /** Both sides changed: nothing is sent until the user decides in the review. */
  conflict: z.boolean(),
});
export type TargetSync = z.infer<typeof TargetSync>;

const SyncRecord = z.object({
  targets: z.record(z.string(), TargetSync),
  /** The files last dropped in each drop-folder target, so a drop under a new CMS slug removes the old ones. */
  drops: z.record(z.string(), z.array(z.string())).default({}),
});
export type SyncRecord = z.infer<typeof SyncRecord>;

export async function readSyncRecord(bundleDir: string): Promise<SyncRecord> {
  const file = path.join(bundleDir, SYNC_FILE);
  const state = await readJsonFile(file, SyncRecord);
  if (state.kind === 'ok') return state.value;
  // A damaged record is kept aside as it is; the next send finds its post again by the article's id.
  if (state.kind === 'damaged') await setAsideDamaged(file, new Date());
  return { targets: {}, drops: {} };
}

export async function updateTargetSync(bundleDir: string, targetId: string, update: (current: TargetSync | null) => TargetSync): Promise<TargetSync> {
  const record = await readSyncRecord(bundleDir);
  const next = update(record.targets[targetId] ?? null);
  await writeJsonFile(path.join(bundleDir, SYNC_FILE), { ...record, targets: { ...record.targets, [targetId]: next } });
  return next;
}

/** Remembers the files a drop-folder target holds for this article now. */
export async function recordDropFiles(bundleDir: string, targetId: string, files: string[]): Promise<void> {
  const record = await readSyncRecord(bundleDir);
  await writeJsonFile(path.join(bundleDir, SYNC_FILE), { ...record, drops: { ...record.drops, [targetId]: files } });
}

/** The article's content for comparisons: everything but the time it was last saved. */
export function contentKey(article: Article): string {
  return serializeArticle({ ...article, updatedAt: article.createdAt });
}
