import { randomUUID } from 'node:crypto';
import { mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import type { Article } from '../../common/article.js';
import { JOB_STATES, JOB_STEPS, TARGET_KINDS, type JobProgress, type JobState, type OutboxJob } from '../../common/send.js';
import { ApiFailure } from '../errors.js';
import type { ArticleService } from '../articles/article-service.js';
import type { LibraryStore } from '../library/library-store.js';
import { ARTICLE_READ, decodeArticle, serializeArticle } from '../library/serialize.js';
import { SerialQueue } from '../library/serial-queue.js';
import { CmsError } from './cms-error.js';
import { photoFiles } from '../export/walker.js';
import { isLinkedMedia, unsendablePhoto } from '../media/read-media.js';
import { dropInFolder } from './folder-drop.js';
import { writeFileAtomic } from '../fs/atomic-write.js';
import { readJsonFile, setAsideDamaged, writeJsonFile } from '../fs/json-file.js';
import { recordDropFiles, updateTargetSync, readSyncRecord } from './sync-record.js';
import type { TargetsStore } from './targets-store.js';
import { postFingerprint, WordPressClient } from './wordpress/client.js';
import { ConflictError, sendPost, type RemoteProgress } from './wordpress/send-post.js';

/**
 * The outbox: one job per article and target, kept in `.masthead/outbox.json` with the article
 * as it was when "Send to CMS" was pressed (`.masthead/outbox/<job>.json`). Jobs run one at a
 * time. A site that cannot be reached is tried again with growing pauses, also after a restart;
 * refused credentials wait for the user; a refusal with a reason is shown. Remote ids are saved
 * the moment they exist, so no retry makes a second post or a second copy of a photo.
 */

export const OUTBOX_FILE = 'outbox.json';
export const OUTBOX_DIR = 'outbox';
/** Jobs that a new Send for the same article and target replaces (a conflict, once reviewed, is sent again). */
const REPLACEABLE = new Set<JobState>(['queued', 'waiting-network', 'needs-sign-in', 'failed', 'conflict']);
/** Sent jobs kept on the list for the user to see; older ones are cleared. */
const KEEP_SENT = 50;

const Progress = z.object({ step: z.enum(JOB_STEPS), current: z.number(), total: z.number(), fraction: z.number() });
const StoredJob = z.object({
  id: z.string(),
  articleId: z.string(),
  folder: z.string(),
  headline: z.string(),
  targetId: z.string(),
  targetName: z.string(),
  targetKind: z.enum(TARGET_KINDS),
  state: z.enum(JOB_STATES),
  createdAt: z.string(),
  updatedAt: z.string(),
  attempts: z.number().int(),
  nextAttemptAt: z.string().nullable(),
  message: z.string().nullable(),
  progress: Progress.nullable(),
  sentTo: z.string().nullable(),
  remote: z.object({
    postId: z.number().int().nullable(),
    modifiedGmt: z.string().nullable(),
    fingerprint: z.string().nullable().default(null),
    media: z.record(z.string(), z.object({ id: z.number().int(), url: z.string() })),
  }),
});
type StoredJob = z.infer<typeof StoredJob>;
/** A job written before the bundle's folder name was called `folder` names it `slug`. */
function withFolder(job: unknown): unknown {
  if (typeof job !== 'object' || job === null || !('slug' in job) || 'folder' in job) return job;
  const { slug, ...rest } = job as Record<string, unknown>;
  return { ...rest, folder: slug };
}
const StoredOutbox = z.object({ jobs: z.array(z.preprocess(withFolder, StoredJob)) });

export interface OutboxOptions {
  articles: ArticleService;
  targets: TargetsStore;
  /** Every write of an article's sync.json goes through this queue (shared with the CMS check). */
  syncQueue: SerialQueue;
  onChange(jobs: OutboxJob[]): void;
  now?: () => Date;
  /** Pause before attempt `n + 1` after `n` failed attempts to reach the site. */
  retryDelayMs?: (failedAttempts: number) => number;
  log?: (message: string) => void;
}

/** 2 s, 4 s, 8 s … up to 5 minutes, with some jitter so many laptops don't retry in step. */
export function defaultRetryDelayMs(failedAttempts: number): number {
  const base = Math.min(300_000, 2000 * 2 ** Math.max(0, failedAttempts - 1));
  return Math.round(base * (0.8 + Math.random() * 0.4));
}

function publicJob(job: StoredJob): OutboxJob {
  const { remote: _remote, ...rest } = job;
  return rest;
}

export class Outbox {
  private jobs: StoredJob[] = [];
  private readonly fileQueue = new SerialQueue();
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private stopped = false;
  private readonly now: () => Date;
  private readonly retryDelayMs: (n: number) => number;
  private readonly log: (message: string) => void;

  private readonly library: LibraryStore;

  constructor(private readonly options: OutboxOptions) {
    this.library = options.articles.library;
    this.now = options.now ?? (() => new Date());
    this.retryDelayMs = options.retryDelayMs ?? defaultRetryDelayMs;
    this.log = options.log ?? console.error;
  }

  private get file(): string {
    return path.join(this.library.housekeeping, OUTBOX_FILE);
  }

  private snapshotFile(jobId: string): string {
    return path.join(this.library.housekeeping, OUTBOX_DIR, `${jobId}.json`);
  }

  /** Loads the jobs left by the last run (a job cut off while sending is queued again) and starts sending. */
  async start(): Promise<void> {
    const state = await readJsonFile(this.file, StoredOutbox);
    if (state.kind === 'damaged') {
      const aside = await setAsideDamaged(this.file, this.now());
      this.log(`[masthead] The outbox file was damaged (${state.reason}); it was kept as ${path.basename(aside)} and a new outbox started.`);
    }
    this.jobs = state.kind === 'ok' ? state.value.jobs.map((job) => (job.state === 'sending' ? { ...job, state: 'queued', progress: null } : job)) : [];
    this.pump();
  }

  /** Stops sending after the current request; the jobs stay on disk for the next start. */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.running;
    await this.fileQueue.idle();
  }

  list(): OutboxJob[] {
    return this.jobs.map(publicJob);
  }

  /**
   * Queues the saved article for each target. A job still waiting for the same article and
   * target takes the newer text instead of adding a second job.
   */
  async enqueue(folder: string, targetIds?: string[]): Promise<OutboxJob[]> {
    const all = await this.options.targets.all();
    const targets = targetIds ? all.filter((t) => targetIds.includes(t.id)) : all;
    const article = await this.options.articles.copyForSending(folder, async (current) => {
      await this.refuseLinkedPhotos(folder, current);
      if (targets.length === 0) {
        throw new ApiFailure('NOT_FOUND', all.length ? 'None of the chosen targets exists any more.' : 'There is no target yet. Add a WordPress site or a folder in Settings.');
      }
    });
    const stamp = this.now().toISOString();
    const queued: StoredJob[] = [];
    await mkdir(path.join(this.library.housekeeping, OUTBOX_DIR), { recursive: true });
    const replaced: string[] = [];
    // The copy each job sends, in article.json's own form, serialized once for all the targets.
    const copy = serializeArticle(article);
    for (const target of targets) {
      const id = randomUUID();
      await writeFileAtomic(this.snapshotFile(id), copy);
      // Looked for only now, after the last wait: a job that started sending meanwhile is left
      // to finish, and this one goes after it. A job still waiting is replaced, keeping the
      // remote ids it got, so a retry never makes a second post.
      const waiting = this.jobs.find((j) => j.articleId === article.id && j.targetId === target.id && REPLACEABLE.has(j.state));
      const job: StoredJob = {
        id,
        articleId: article.id,
        folder,
        headline: article.headline,
        targetId: target.id,
        targetName: target.name,
        targetKind: target.kind,
        state: 'queued',
        createdAt: waiting?.createdAt ?? stamp,
        updatedAt: stamp,
        attempts: waiting?.attempts ?? 0,
        nextAttemptAt: null,
        message: null,
        progress: null,
        sentTo: null,
        remote: waiting?.remote ?? { postId: null, modifiedGmt: null, fingerprint: null, media: {} },
      };
      if (waiting) replaced.push(waiting.id);
      queued.push(job);
      this.jobs = [...this.jobs.filter((j) => j !== waiting), job];
    }
    await this.persist();
    await Promise.all(replaced.map((id) => rm(this.snapshotFile(id), { force: true })));
    this.pump();
    return queued.map(publicJob);
  }

  /** An article whose photo is a link is not queued: it could send any file on the disk (sending checks again). */
  private async refuseLinkedPhotos(folder: string, article: Article): Promise<void> {
    const bundleDir = await this.library.bundleDirectory(folder);
    for (const file of photoFiles(article)) {
      if (await isLinkedMedia(bundleDir, file)) throw new ApiFailure('INVALID_REQUEST', unsendablePhoto(file, 'link'));
    }
  }

  /** Try now: one job, or every job waiting for the network or for sign-in. */
  async retry(jobId?: string): Promise<OutboxJob[]> {
    const retryable = new Set(jobId ? ['waiting-network', 'needs-sign-in', 'failed'] : ['waiting-network', 'needs-sign-in']);
    if (jobId && !this.jobs.some((j) => j.id === jobId)) throw new ApiFailure('NOT_FOUND', 'That job is no longer in the outbox.');
    await this.update((job) => ((jobId ? job.id === jobId : true) && retryable.has(job.state) ? { ...job, state: 'queued', nextAttemptAt: null } : job));
    this.pump();
    return this.list();
  }

  /** The credentials of a target were fixed: its jobs waiting on sign-in go again. */
  async signInChanged(targetId: string): Promise<void> {
    await this.update((job) => (job.targetId === targetId && job.state === 'needs-sign-in' ? { ...job, state: 'queued', nextAttemptAt: null, message: null } : job));
    this.pump();
  }

  async remove(jobId: string): Promise<OutboxJob[]> {
    const job = this.jobs.find((j) => j.id === jobId);
    if (!job) throw new ApiFailure('NOT_FOUND', 'That job is no longer in the outbox.');
    if (job.state === 'sending') throw new ApiFailure('CONFLICT', 'The job is being sent right now; remove it when it has finished.');
    this.jobs = this.jobs.filter((j) => j.id !== jobId);
    await this.persist();
    await rm(this.snapshotFile(jobId), { force: true });
    return this.list();
  }

  private async update(change: (job: StoredJob) => StoredJob): Promise<void> {
    this.jobs = this.jobs.map(change);
    await this.persist();
  }

  private async setJob(id: string, patch: Partial<StoredJob>): Promise<StoredJob> {
    let updated: StoredJob | undefined;
    this.jobs = this.jobs.map((job) => (job.id === id ? (updated = { ...job, ...patch, updatedAt: this.now().toISOString() }) : job));
    await this.persist();
    if (!updated) throw new ApiFailure('NOT_FOUND', 'That job is no longer in the outbox.');
    return updated;
  }

  private persist(): Promise<void> {
    const sent = this.jobs.filter((j) => j.state === 'sent');
    if (sent.length > KEEP_SENT) {
      const drop = new Set(sent.slice(0, sent.length - KEEP_SENT).map((j) => j.id));
      this.jobs = this.jobs.filter((j) => !drop.has(j.id));
    }
    const jobs = this.jobs;
    this.options.onChange(jobs.map(publicJob));
    return this.fileQueue.run(async () => {
      await mkdir(this.library.housekeeping, { recursive: true });
      await writeJsonFile(this.file, { jobs });
    });
  }

  /** Runs due jobs one at a time; when none is due, sleeps until the next retry time. */
  private pump(): void {
    if (this.stopped || this.running) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const now = this.now().getTime();
    const due = this.jobs.find((j) => j.state === 'queued' || (j.state === 'waiting-network' && j.nextAttemptAt !== null && Date.parse(j.nextAttemptAt) <= now));
    if (!due) {
      const next = this.jobs.filter((j) => j.state === 'waiting-network' && j.nextAttemptAt).map((j) => Date.parse(j.nextAttemptAt!));
      if (next.length) this.timer = setTimeout(() => this.pump(), Math.max(0, Math.min(...next) - now));
      return;
    }
    this.running = this.run(due.id)
      .catch((err: unknown) => this.log(`[masthead] outbox job failed unexpectedly: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`))
      .finally(() => {
        this.running = null;
        this.pump();
      });
  }

  private async run(jobId: string): Promise<void> {
    let job = await this.setJob(jobId, { state: 'sending', message: null, nextAttemptAt: null, progress: { step: 'preparing', current: 0, total: 0, fraction: 0 } });
    job = await this.setJob(jobId, { attempts: job.attempts + 1 });
    try {
      const sentTo = await this.send(job);
      await this.setJob(jobId, { state: 'sent', progress: null, message: null, sentTo, nextAttemptAt: null });
      await rm(this.snapshotFile(jobId), { force: true });
    } catch (err) {
      await this.setJob(jobId, this.failure(err, job));
    }
  }

  private failure(err: unknown, job: StoredJob): Partial<StoredJob> {
    const done = { progress: null } as const;
    if (err instanceof ConflictError) return { ...done, state: 'conflict', message: err.message };
    if (err instanceof CmsError) {
      if (err.kind === 'offline') {
        const failed = this.jobs.find((j) => j.id === job.id)?.attempts ?? job.attempts;
        return { ...done, state: 'waiting-network', message: err.message, nextAttemptAt: new Date(this.now().getTime() + this.retryDelayMs(failed)).toISOString() };
      }
      if (err.kind === 'sign-in') return { ...done, state: 'needs-sign-in', message: err.message };
      return { ...done, state: 'failed', message: err.message };
    }
    if (err instanceof ApiFailure) return { ...done, state: 'failed', message: err.message };
    this.log(`[masthead] sending "${job.folder}" failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
    return { ...done, state: 'failed', message: 'Something went wrong while sending. The details are in the log.' };
  }

  private progress(jobId: string) {
    return (progress: Omit<JobProgress, 'fraction'>, fraction: number): void => {
      void this.setJob(jobId, { progress: { ...progress, fraction } });
    };
  }

  /** Sends the job's snapshot to its target; returns where it went. */
  private async send(job: StoredJob): Promise<string> {
    const target = await this.options.targets.get(job.targetId).catch(() => {
      throw new ApiFailure('NOT_FOUND', `The target "${job.targetName}" was removed in Settings.`);
    });
    const article = await this.snapshot(job);
    const folder = await this.currentFolder(job);
    const bundleDir = await this.library.bundleDirectory(folder);
    if (target.kind === 'folder') {
      return dropInFolder(article, bundleDir, target, this.progress(job.id), (files) =>
        this.options.syncQueue.run(() => recordDropFiles(bundleDir, target.id, files)),
      );
    }

    const password = this.options.targets.password(target.id);
    if (password === null) {
      throw new CmsError('sign-in', `No application password is kept for ${target.name} (it is kept for one session only on this computer). Enter it again in Settings.`);
    }
    const record = await readSyncRecord(bundleDir);
    const sync = record.targets[target.id] ?? null;
    if (sync?.conflict) throw new ConflictError(`The article and the post on ${target.name} were both changed. Review the differences before sending again.`);
    const remote: RemoteProgress = job.remote;
    const client = new WordPressClient({ siteUrl: target.siteUrl, username: target.username, password });
    try {
      const sent = await sendPost({
        client,
        article,
        bundleDir,
        sync,
        remote,
        saveRemote: async () => {
          await this.setJob(job.id, { remote: { ...remote, media: { ...remote.media } } });
        },
        progress: this.progress(job.id),
        now: this.now,
      });
      await this.options.syncQueue.run(() =>
        updateTargetSync(bundleDir, target.id, () => ({
          postId: sent.post.id,
          link: sent.post.link,
          modifiedGmt: sent.post.modified_gmt,
          remoteFingerprint: postFingerprint(sent.post),
          syncedAt: this.now().toISOString(),
          media: sent.media,
          baseline: article,
          conflict: false,
        })),
      );
      return sent.post.link;
    } catch (err) {
      if (err instanceof ConflictError && sync) {
        await this.options.syncQueue.run(() => updateTargetSync(bundleDir, target.id, (current) => ({ ...(current ?? sync), conflict: true })));
      }
      throw err;
    }
  }

  private async snapshot(job: StoredJob): Promise<Article> {
    const state = await readJsonFile(this.snapshotFile(job.id), decodeArticle, ARTICLE_READ).catch(() => null);
    if (state?.kind !== 'ok') throw new ApiFailure('DAMAGED', `The copy of "${job.headline}" kept for sending is missing or damaged. Send the article again.`);
    return state.value;
  }

  /** The article may have been renamed since it was queued: find its bundle by id (listing only when it moved). */
  private async currentFolder(job: StoredJob): Promise<string> {
    const atQueued = await this.library.open(job.folder).catch(() => null);
    if (atQueued?.article.id === job.articleId) return job.folder;
    const summaries = await this.library.list();
    const match = summaries.find((s) => s.id === job.articleId);
    if (!match) throw new ApiFailure('NOT_FOUND', `"${job.headline}" is no longer in the library (deleted or moved to the trash).`);
    return match.folder;
  }
}
