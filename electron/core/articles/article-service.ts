import type { z } from 'zod';
import type { Article } from '../../common/article.js';
import type { OpenedArticle, SavedArticle } from '../../common/ipc.js';
import type { VersionReason, VersionSummary } from '../../common/versions.js';
import { saveWhat, type LibraryStore } from '../library/library-store.js';
import type { VersionStore } from '../versions/version-store.js';

/**
 * The article operations that take more than one step (a save and the version it may bring, a
 * restore and the version kept before it, a version of the article as it is, the copy kept for
 * sending), each ONE transaction in the library's queue: no other change (another save, a rename,
 * a delete) runs between its steps. The API handlers, the torture child and the bench call these
 * methods; none of them strings the steps together.
 */
export class ArticleService {
  constructor(
    readonly library: LibraryStore,
    private readonly versions: VersionStore,
  ) {}

  /** LibraryStore.save, then the automatic version (at most one every 10 minutes, see VersionStore.afterSave). */
  save(folder: string, article: z.input<typeof Article>, baseUpdatedAt: string | null, force = false): Promise<SavedArticle> {
    return this.library.transaction(saveWhat(folder, article), async (files) => {
      const written = await files.save(folder, article, baseUpdatedAt, force);
      await this.versions.afterSave(written.dir, written.article);
      return written.saved;
    });
  }

  /** A version of the article as it is on disk now; a labelled one is kept even when nothing changed. */
  takeVersion(folder: string, reason: VersionReason, label: string | null): Promise<VersionSummary | null> {
    return this.library.transaction(`keep a version of "${folder}"`, async (files) => {
      const { article } = await files.open(folder);
      return this.versions.take(await files.bundleDirectory(folder), article, reason, label);
    });
  }

  /**
   * Brings back a version's content (headline, body, metadata) as the article, keeping its id and
   * creation time; the article as it was is kept first as a 'before-restore' version.
   */
  restoreVersion(folder: string, versionId: string): Promise<OpenedArticle> {
    return this.library.transaction(`restore a version of "${folder}"`, async (files) => {
      const dir = await files.bundleDirectory(folder);
      const version = await this.versions.get(dir, versionId);
      const { article: current } = await files.open(folder);
      await this.versions.take(dir, current, 'before-restore');
      const written = await files.save(folder, { ...version, id: current.id, createdAt: current.createdAt }, current.updatedAt, false);
      return { folder, article: written.article, fromBackup: false };
    });
  }

  /**
   * The article as it is now, for sending to the CMS: `check` may refuse it (a photo that is a
   * link, no target to send to), else the 'before-send' version is taken of exactly this text.
   */
  copyForSending(folder: string, check: (article: Article) => Promise<void>): Promise<Article> {
    return this.library.transaction(`prepare "${folder}" for sending`, async (files) => {
      const { article } = await files.open(folder);
      await check(article);
      await this.versions.take(await files.bundleDirectory(folder), article, 'before-send');
      return article;
    });
  }

  /** A new article with the same content and photos, as a draft with its own id and history (no versions). */
  duplicate(folder: string): Promise<{ folder: string }> {
    return this.library.transaction(`duplicate "${folder}"`, (files) => files.duplicate(folder));
  }
}
