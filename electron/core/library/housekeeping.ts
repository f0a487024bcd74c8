import { mkdir, readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { slugify } from '../../common/rules/slug.js';
import { cleanupStaleTempFiles } from '../fs/atomic-write.js';
import type { ArticleFiles } from './article-files.js';
import type { BundlePaths } from './bundle-paths.js';
import { MEDIA_DIR, REVISIONS_DIR, STAGING_DIR, TRASH_DIR } from './layout.js';
import { mapLimit } from './map-limit.js';
import { readMarker, writeMarker } from './marker.js';
import { sampleArticleFromSeed } from './sample.js';

/*
 * What opening a library does besides reading it: sweep up what a crash left, and write the
 * one-time sample article into a new library.
 */

const STAT_CONCURRENCY = 32;

/** Leftovers of a crash in the library folder and .masthead: temp files of interrupted writes, half-built bundles. */
export async function tidyUp(paths: BundlePaths): Promise<void> {
  await mkdir(paths.trashRoot, { recursive: true });
  await rm(path.join(paths.housekeeping, STAGING_DIR), { recursive: true, force: true });
  await cleanupStaleTempFiles(paths.root);
  await cleanupStaleTempFiles(paths.housekeeping);
  // The services' folders in .masthead (the outbox's copies of queued articles); none is writing yet.
  for (const entry of await readdir(paths.housekeeping, { withFileTypes: true })) {
    if (entry.isDirectory() && entry.name !== TRASH_DIR) await cleanupStaleTempFiles(path.join(paths.housekeeping, entry.name));
  }
}

/**
 * Temp files of interrupted writes inside the bundles and their media/ and revisions/, after
 * opening so a big library lists at once. Only files older than the opening go: the ones our
 * own saves are writing are newer.
 */
export async function sweepBundles(paths: BundlePaths, openedAt: number): Promise<void> {
  try {
    await mapLimit(await paths.folders(), STAT_CONCURRENCY, async (folder) => {
      const dir = await paths.existing(folder).catch(() => null);
      if (!dir) return;
      for (const swept of [dir, path.join(dir, MEDIA_DIR), path.join(dir, REVISIONS_DIR)]) await cleanupStaleTempFiles(swept, openedAt);
    });
  } catch {
    // Leftovers are hidden and harmless; the next opening tries again.
  }
}

/** The sample article, once per library, and only into one that has no articles yet. */
export async function ensureSample(paths: BundlePaths, files: ArticleFiles, sampleText: string | null): Promise<void> {
  const marker = await readMarker(paths.markerFile);
  if (marker?.sampleCreated) return;
  if ((await paths.folders()).length > 0) {
    await writeMarker(paths.markerFile, { ...marker, sampleCreated: true });
    return;
  }
  if (sampleText === null) {
    if (!marker) await writeMarker(paths.markerFile, { sampleCreated: false });
    return;
  }
  const sample = sampleArticleFromSeed(sampleText, new Date());
  await files.addBundle(await paths.uniqueFolder(slugify(sample.headline)), sample);
  await writeMarker(paths.markerFile, { ...marker, sampleCreated: true });
}
