import path from 'node:path';
import { z } from 'zod';
import { StoredArticle, type Article } from '../../common/article.js';
import { serializeArticle } from '../library/serialize.js';
import { readJsonFile, setAsideDamaged, writeJsonFile } from '../fs/json-file.js';

/**
 * What an article remembers of each target it went to, in `<folder>.article/sync.json`: the remote
 * id, the remote `modified_gmt` when we last sent or received, the photos already uploaded, and
 * the article as it was then (the common ground: a change on either side is measured from it).
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

const SyncRecord = z.object({ targets: z.record(z.string(), TargetSync) });
export type SyncRecord = z.infer<typeof SyncRecord>;

export async function readSyncRecord(bundleDir: string): Promise<SyncRecord> {
  const file = path.join(bundleDir, SYNC_FILE);
  const state = await readJsonFile(file, SyncRecord);
  if (state.kind === 'ok') return state.value;
  // A damaged record is kept aside as it is; the next send finds its post again by the article's id.
  if (state.kind === 'damaged') await setAsideDamaged(file, new Date());
  return { targets: {} };
}

export async function updateTargetSync(bundleDir: string, targetId: string, update: (current: TargetSync | null) => TargetSync): Promise<TargetSync> {
  const record = await readSyncRecord(bundleDir);
  const next = update(record.targets[targetId] ?? null);
  await writeJsonFile(path.join(bundleDir, SYNC_FILE), { targets: { ...record.targets, [targetId]: next } });
  return next;
}

/** The article's content for comparisons: everything but the time it was last saved. */
export function contentKey(article: Article): string {
  return serializeArticle({ ...article, updatedAt: article.createdAt });
}
