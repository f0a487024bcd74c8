import { z } from 'zod';
import { ExportFormat } from './export-format.js';

/**
 * Targets, the outbox and the CMS check: the shapes the renderer sees. Secrets never
 * appear here: an application password travels renderer -> main once, in the request that sets
 * it, and the renderer is only ever told whether one is kept and how.
 */

export const TARGET_KINDS = ['wordpress', 'folder'] as const;
export type TargetKind = (typeof TARGET_KINDS)[number];

export const TargetId = z.string().regex(/^[a-z0-9-]{8,64}$/, { message: 'not a target id' });
export const JobId = z.string().regex(/^[a-z0-9-]{8,64}$/, { message: 'not a job id' });

/** A site address the user typed: http or https, no credentials in it. */
export const SiteUrl = z
  .string()
  .trim()
  .min(1)
  .max(500)
  .refine(
    (value) => {
      try {
        const url = new URL(value);
        return (url.protocol === 'https:' || url.protocol === 'http:') && !url.username && !url.password;
      } catch {
        return false;
      }
    },
    { message: 'not a web address (http:// or https://)' },
  );

/** WordPress application passwords are 24 characters, shown in groups of four; we accept either. */
export const ApplicationPassword = z.string().trim().min(1).max(200);

/** How the password of a WordPress target is kept on this computer. */
export type SecretKeeping =
  /** Encrypted with the OS keyring (Electron safeStorage). */
  | 'keyring'
  /** In memory until the app quits: no keyring here (Linux basic_text) or the browser host. */
  | 'session'
  /** None kept: the user must enter it (after a restart without keyring, or never set). */
  | 'missing';

export interface CmsTerm {
  id: number;
  name: string;
}

/** What "Connect" learned about a WordPress site; cached in the library for offline use. */
export interface WordPressConnection {
  checkedAt: string;
  /** The display name of the user the password belongs to. */
  userName: string;
  categories: CmsTerm[];
  tags: CmsTerm[];
}

export interface WordPressTarget {
  id: string;
  kind: 'wordpress';
  name: string;
  siteUrl: string;
  username: string;
  password: SecretKeeping;
  connection: WordPressConnection | null;
}

export interface FolderTarget {
  id: string;
  kind: 'folder';
  name: string;
  folder: string;
  formats: ExportFormat[];
}

export type Target = WordPressTarget | FolderTarget;

export interface TargetList {
  targets: Target[];
  /** How a new password would be kept here; 'session' means the user is told it won't survive a restart. */
  secretKeeping: Exclude<SecretKeeping, 'missing'>;
}

export const JOB_STATES = ['queued', 'sending', 'waiting-network', 'needs-sign-in', 'failed', 'conflict', 'sent'] as const;
export type JobState = (typeof JOB_STATES)[number];

export const JOB_STEPS = ['preparing', 'checking', 'uploading-photo', 'filing-terms', 'creating-post', 'updating-post', 'writing-file'] as const;
export type JobStep = (typeof JOB_STEPS)[number];

export interface JobProgress {
  step: JobStep;
  /** 1-based position within the step (photo 2 of 3); 0 when the step has no count. */
  current: number;
  total: number;
  /** Fraction of the whole job done, 0..1, for the progress bar. */
  fraction: number;
}

export interface OutboxJob {
  id: string;
  articleId: string;
  folder: string;
  headline: string;
  targetId: string;
  targetName: string;
  targetKind: TargetKind;
  state: JobState;
  createdAt: string;
  updatedAt: string;
  attempts: number;
  /** When a waiting job tries again on its own. */
  nextAttemptAt: string | null;
  /** Why it waits or failed, in the site's own words where it gave some. Never holds a secret. */
  message: string | null;
  progress: JobProgress | null;
  /** Where the article went: the post's address, or the folder written to. */
  sentTo: string | null;
}

/** How the article stands against one target, after "Check for CMS changes". */
export const CMS_CHECK_STATES = [
  'not-sent',
  'in-sync',
  'local-changed',
  'remote-changed',
  'conflict',
  'deleted',
  'unreachable',
  'needs-sign-in',
] as const;
export type CmsCheckState = (typeof CMS_CHECK_STATES)[number];

export interface CmsCheck {
  targetId: string;
  targetName: string;
  state: CmsCheckState;
  /** The post's address on the site, when it has one. */
  link: string | null;
  remoteModifiedAt: string | null;
  /** The site's own words when it could not be reached or refused. */
  message: string | null;
}

/**
 * The CMS copy of an article, for the renderer to turn into a local version ("Take CMS version")
 * and for the review. `html` is the post's body as sent (Masthead's header removed); photos the
 * article already has point at `media/<file>`.
 */
export interface RemoteCopy {
  targetId: string;
  postId: number;
  headline: string;
  excerpt: string;
  cmsSlug: string;
  status: string;
  publishAt: string | null;
  section: string | null;
  tags: string[];
  html: string;
  modifiedAt: string;
  /** Identifies this exact remote text; handed back with cms:markTaken (modifiedAt counts only seconds). */
  fingerprint: string;
  link: string;
}

export const WordPressTargetInput = z.strictObject({
  name: z.string().trim().max(100).optional(),
  siteUrl: SiteUrl,
  username: z.string().trim().min(1).max(200),
  applicationPassword: ApplicationPassword,
});

export const FolderTargetInput = z.strictObject({
  name: z.string().trim().max(100).optional(),
  folder: z.string().trim().min(1).max(4096),
  formats: z.array(ExportFormat).min(1).max(4),
});
