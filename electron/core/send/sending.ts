import type { ArticleService } from '../articles/article-service.js';
import type { CmsCheck, OutboxJob, Target, RemoteCopy } from '../../common/send.js';
import { ApiFailure } from '../errors.js';
import type { LibraryStore } from '../library/library-store.js';
import { SerialQueue } from '../library/serial-queue.js';
import { CmsError } from './cms-error.js';
import { Outbox, type OutboxOptions } from './outbox.js';
import type { SecretStore } from './secrets.js';
import { contentKey, readSyncRecord, updateTargetSync } from './sync-record.js';
import { TargetsStore, type WordPressSettings } from './targets-store.js';
import { postFingerprint, WordPressClient, type WpTerm } from './wordpress/client.js';
import { bodyFromPostContent } from './wordpress/post-content.js';

export interface SendingOptions {
  /** The open library's articles: sending takes its copy (and the version before every send) through them. */
  articles: ArticleService;
  secrets: SecretStore;
  onOutboxChange(jobs: OutboxJob[]): void;
  now?: () => Date;
  retryDelayMs?: OutboxOptions['retryDelayMs'];
  log?: (message: string) => void;
}

/**
 * Sending for one open library: its targets, its outbox and the CMS check. The handlers of
 * the `targets:`, `outbox:` and `cms:` channels call only this.
 */
export class Sending {
  readonly targets: TargetsStore;
  readonly outbox: Outbox;
  private readonly syncQueue = new SerialQueue();
  private readonly library: LibraryStore;
  private readonly now: () => Date;

  private constructor(options: SendingOptions) {
    this.library = options.articles.library;
    this.now = options.now ?? (() => new Date());
    this.targets = new TargetsStore(this.library.housekeeping, options.secrets);
    this.outbox = new Outbox({
      articles: options.articles,
      targets: this.targets,
      syncQueue: this.syncQueue,
      onChange: options.onOutboxChange,
      now: this.now,
      ...(options.retryDelayMs ? { retryDelayMs: options.retryDelayMs } : {}),
      ...(options.log ? { log: options.log } : {}),
    });
  }

  static async start(options: SendingOptions): Promise<Sending> {
    const sending = new Sending(options);
    await sending.outbox.start();
    return sending;
  }

  stop(): Promise<void> {
    return this.outbox.stop();
  }

  async updateWordPress(input: Parameters<TargetsStore['updateWordPress']>[0]): Promise<Target> {
    const target = await this.targets.updateWordPress(input);
    await this.outbox.signInChanged(target.id);
    return target;
  }

  /** Checks the credentials and caches the site's categories and tags for offline use. */
  async connect(id: string): Promise<Target> {
    const target = await this.wordPressTarget(id);
    const client = this.client(target);
    try {
      const me = await client.me();
      const [categories, tags] = await Promise.all([client.terms('categories'), client.terms('tags')]);
      const connected = await this.targets.setConnection(id, { checkedAt: this.now().toISOString(), userName: me.name, categories, tags });
      await this.outbox.signInChanged(id);
      return connected;
    } catch (err) {
      if (err instanceof CmsError) throw err.toApiFailure();
      throw err;
    }
  }

  /** How the article stands against each WordPress site it was sent to. */
  async check(folder: string): Promise<CmsCheck[]> {
    const { article } = await this.library.open(folder);
    const bundleDir = await this.library.bundleDirectory(folder);
    const record = await readSyncRecord(bundleDir);
    const targets = (await this.targets.all()).filter((t): t is WordPressSettings => t.kind === 'wordpress');
    const checks: CmsCheck[] = [];
    for (const target of targets) {
      const sync = record.targets[target.id];
      const base = { targetId: target.id, targetName: target.name, link: sync?.link ?? null, remoteModifiedAt: null, message: null };
      if (!sync?.postId) {
        checks.push({ ...base, state: 'not-sent' });
        continue;
      }
      if (this.targets.password(target.id) === null) {
        checks.push({ ...base, state: 'needs-sign-in', message: `No application password is kept for ${target.name}. Enter it in Settings.` });
        continue;
      }
      try {
        const post = await this.client(target).getPost(sync.postId);
        if (!post || post.status === 'trash') {
          checks.push({ ...base, state: 'deleted' });
          continue;
        }
        const remoteChanged = post.modified_gmt !== sync.modifiedGmt || (sync.remoteFingerprint !== null && postFingerprint(post) !== sync.remoteFingerprint);
        const localChanged = contentKey(article) !== contentKey(sync.baseline);
        const both = sync.conflict || (remoteChanged && localChanged);
        if (both && !sync.conflict) await this.syncQueue.run(() => updateTargetSync(bundleDir, target.id, (current) => ({ ...(current ?? sync), conflict: true })));
        const state = both ? 'conflict' : remoteChanged ? 'remote-changed' : localChanged ? 'local-changed' : 'in-sync';
        checks.push({ ...base, link: post.link, remoteModifiedAt: `${post.modified_gmt}Z`, state });
      } catch (err) {
        if (!(err instanceof CmsError)) throw err;
        checks.push({ ...base, state: err.kind === 'sign-in' ? 'needs-sign-in' : 'unreachable', message: err.message });
      }
    }
    return checks;
  }

  /** The post as it is on the site, its photos pointing at the article's own files where it has them. */
  async remote(folder: string, targetId: string): Promise<RemoteCopy> {
    const target = await this.wordPressTarget(targetId);
    const bundleDir = await this.library.bundleDirectory(folder);
    const sync = (await readSyncRecord(bundleDir)).targets[targetId];
    if (!sync?.postId) throw new ApiFailure('NOT_FOUND', `This article has not been sent to ${target.name} yet.`);
    const client = this.client(target);
    try {
      const post = await client.getPost(sync.postId);
      if (!post) throw new ApiFailure('NOT_FOUND', `The post was deleted on ${target.name}.`);
      const fileByUrl = new Map(Object.entries(sync.media).map(([file, media]) => [media.url, file]));
      const names = async (taxonomy: 'categories' | 'tags', ids: number[], cached: WpTerm[]): Promise<string[]> => {
        const known = new Map(cached.map((t) => [t.id, t.name]));
        if (ids.some((id) => !known.has(id))) for (const term of await client.terms(taxonomy)) known.set(term.id, term.name);
        return ids.map((id) => known.get(id)).filter((n): n is string => n !== undefined);
      };
      const categories = await names('categories', post.categories, target.connection?.categories ?? []);
      const tags = await names('tags', post.tags, target.connection?.tags ?? []);
      const scheduled = post.status === 'future' || post.status === 'publish';
      return {
        targetId,
        postId: post.id,
        headline: post.title.raw,
        excerpt: post.excerpt.raw,
        cmsSlug: readableSlug(post.slug),
        status: post.status,
        publishAt: scheduled && post.date_gmt ? `${post.date_gmt}Z` : null,
        section: categories.find((c) => c !== 'Uncategorized') ?? null,
        tags,
        html: bodyFromPostContent(post.content.raw, (url) => fileByUrl.get(url) ?? null),
        modifiedAt: post.modified_gmt,
        fingerprint: postFingerprint(post),
        link: post.link,
      };
    } catch (err) {
      if (err instanceof CmsError) throw err.toApiFailure();
      throw err;
    }
  }

  /** The renderer saved the CMS copy as the article: it is now the common ground with the site. */
  async markTaken(folder: string, targetId: string, modifiedAt: string, fingerprint: string): Promise<null> {
    const { article } = await this.library.open(folder);
    const bundleDir = await this.library.bundleDirectory(folder);
    await this.syncQueue.run(() =>
      updateTargetSync(bundleDir, targetId, (current) => {
        if (!current) throw new ApiFailure('NOT_FOUND', 'This article has not been sent to that site.');
        return { ...current, modifiedGmt: modifiedAt, remoteFingerprint: fingerprint, baseline: article, conflict: false, syncedAt: this.now().toISOString() };
      }),
    );
    return null;
  }

  private async wordPressTarget(id: string): Promise<WordPressSettings> {
    const target = await this.targets.get(id);
    if (target.kind !== 'wordpress') throw new ApiFailure('INVALID_REQUEST', `${target.name} is a folder, not a WordPress site.`);
    return target;
  }

  private client(target: WordPressSettings): WordPressClient {
    const password = this.targets.password(target.id);
    if (password === null) throw new ApiFailure('NEEDS_SIGN_IN', `No application password is kept for ${target.name}. Enter it in Settings.`);
    return new WordPressClient({ siteUrl: target.siteUrl, username: target.username, password });
  }
}

/** WordPress percent-encodes non-Latin slugs; the article keeps them as letters. */
function readableSlug(folder: string): string {
  try {
    return decodeURIComponent(folder);
  } catch {
    return folder;
  }
}
