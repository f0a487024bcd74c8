import { randomBytes } from 'node:crypto';
import { mkdir, readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { StoredArticle, type Article } from '../../common/article.js';
import { wordDelta } from '../../common/rules/compare/compare.js';
import type { VersionReason, VersionSummary } from '../../common/versions.js';
import { VERSION_REASONS } from '../../common/versions.js';
import { ApiFailure } from '../errors.js';
import { writeFileAtomic } from '../fs/atomic-write.js';
import { readJsonFile } from '../fs/json-file.js';
import { REVISIONS_DIR } from '../library/layout.js';
import { compactUtc, parseCompactUtc } from '../library/timestamps.js';
import { contentKey } from '../send/sync-record.js';
import { thinVersions } from './thinning.js';

/**
 * An article's versions, in `<folder>.article/revisions/<time>-<id>.json`: the whole article (body
 * and metadata), who took it, when and why, and its word delta from the version before. Photos
 * are not copied: the media folder is named by content hash, so every version that shows a photo
 * points at the same file.
 */

/** An automatic version is taken on save when the newest is older than this. */
export const AUTO_VERSION_AFTER_MS = 10 * 60 * 1000;

const StoredVersion = z.object({
  id: z.string(),
  createdAt: z.string(),
  label: z.string().nullable(),
  reason: z.enum(VERSION_REASONS),
  author: z.string(),
  wordsAdded: z.number().int(),
  wordsRemoved: z.number().int(),
  article: StoredArticle,
});
type StoredVersion = z.infer<typeof StoredVersion>;

const FILE_NAME = /^(\d{8}T\d{9}Z)-([0-9a-f]{8})\.json$/;

function summary(version: StoredVersion): VersionSummary {
  const { article, ...rest } = version;
  return { ...rest, headline: article.headline };
}

export interface VersionStoreOptions {
  /** Who is taking versions on this computer (the OS user's name). */
  author: string;
  now?: () => Date;
}

export class VersionStore {
  private readonly now: () => Date;

  constructor(private readonly options: VersionStoreOptions) {
    this.now = options.now ?? (() => new Date());
  }

  /** Newest first. A version file that cannot be read is left out (and left alone). */
  async list(bundleDir: string): Promise<VersionSummary[]> {
    return (await this.readAll(bundleDir)).map(summary);
  }

  async get(bundleDir: string, id: string): Promise<Article> {
    const version = (await this.readAll(bundleDir)).find((v) => v.id === id);
    if (!version) throw new ApiFailure('NOT_FOUND', 'That version no longer exists. It may have been thinned out or removed.');
    return version.article;
  }

  /**
   * Takes a version of `article`. An automatic one is taken only when the article differs from the
   * newest version; a labelled one always is. Old automatic versions thin out afterwards.
   */
  async take(bundleDir: string, article: Article, reason: VersionReason, label: string | null = null): Promise<VersionSummary | null> {
    const versions = await this.readAll(bundleDir);
    const newest = versions[0];
    if (!label && newest && contentKey(newest.article) === contentKey(article)) return null;
    const now = this.now();
    const delta = newest ? wordDelta(newest.article, article) : { added: 0, removed: 0 };
    const version: StoredVersion = {
      id: randomBytes(4).toString('hex'),
      createdAt: now.toISOString(),
      label: label?.trim() || null,
      reason,
      author: this.options.author,
      wordsAdded: delta.added,
      wordsRemoved: delta.removed,
      article,
    };
    const dir = path.join(bundleDir, REVISIONS_DIR);
    await mkdir(dir, { recursive: true });
    await writeFileAtomic(path.join(dir, `${compactUtc(now)}-${version.id}.json`), `${JSON.stringify(version)}\n`);
    await this.thin(bundleDir, [version, ...versions]);
    return summary(version);
  }

  /**
   * On save (of `article`, as written): a version when the article changed and the newest version
   * is over 10 minutes old. Autosave calls this every few seconds of typing, so the age comes
   * from the file names alone and the versions are read only when one is due.
   */
  async afterSave(bundleDir: string, article: Article): Promise<VersionSummary | null> {
    const newest = await this.newestTime(bundleDir);
    if (newest !== null && this.now().getTime() - newest < AUTO_VERSION_AFTER_MS) return null;
    return this.take(bundleDir, article, 'auto');
  }

  private async newestTime(bundleDir: string): Promise<number | null> {
    const names = await readdir(path.join(bundleDir, REVISIONS_DIR)).catch(() => [] as string[]);
    const stamps = names.map((n) => FILE_NAME.exec(n)?.[1]).filter((m): m is string => m !== undefined).sort();
    const last = stamps.at(-1);
    return last ? parseCompactUtc(last) : null;
  }

  private async thin(bundleDir: string, versions: StoredVersion[]): Promise<void> {
    const keep = new Set(thinVersions(versions, this.now()).map((v) => v.id));
    const dir = path.join(bundleDir, REVISIONS_DIR);
    for (const name of await readdir(dir)) {
      const match = FILE_NAME.exec(name);
      if (match && versions.some((v) => v.id === match[2]) && !keep.has(match[2]!)) await rm(path.join(dir, name), { force: true });
    }
  }

  private async readAll(bundleDir: string): Promise<StoredVersion[]> {
    const dir = path.join(bundleDir, REVISIONS_DIR);
    let names: string[];
    try {
      names = await readdir(dir);
    } catch {
      return [];
    }
    const versions: StoredVersion[] = [];
    for (const name of names.filter((n) => FILE_NAME.test(n)).sort().reverse()) {
      // Damaged or unreadable: not listed, never deleted.
      const state = await readJsonFile(path.join(dir, name), StoredVersion).catch(() => null);
      if (state?.kind === 'ok') versions.push(state.value);
    }
    return versions;
  }
}
