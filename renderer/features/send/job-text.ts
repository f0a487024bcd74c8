import type { TFunction } from 'i18next';
import type { JobProgress, JobState, OutboxJob } from '../../../electron/common/send.js';

/**
 * What the Outbox says about a job, as pure functions of the job: its state in words, the step
 * of a send in progress, which buttons it offers, and where the article went.
 */

export function stateLabel(t: TFunction, state: JobState): string {
  return t(`outbox.states.${state}`);
}

/** "Uploading photo 2 of 3", "Creating post": the accessible name of the progress bar. */
export function stepLabel(t: TFunction, progress: JobProgress): string {
  const counted = progress.total > 0 && progress.current > 0;
  switch (progress.step) {
    case 'uploading-photo':
      return counted ? t('outbox.steps.uploading-photo-count', { current: progress.current, total: progress.total }) : t('outbox.steps.uploading-photo');
    case 'writing-file':
      return counted ? t('outbox.steps.writing-file-count', { current: progress.current, total: progress.total }) : t('outbox.steps.writing-file');
    default:
      return t(`outbox.steps.${progress.step}`);
  }
}

/** The progress bar's value, 0..100. */
export function progressPercent(progress: JobProgress): number {
  const fraction = Number.isFinite(progress.fraction) ? Math.min(1, Math.max(0, progress.fraction)) : 0;
  return Math.round(fraction * 100);
}

export interface JobActions {
  /** "Retry now": a job that waits (network, sign-in) or failed. */
  retry: boolean;
  /** "Remove": a job that is over, sent or failed for good. */
  remove: boolean;
  /** "Open Settings": the credentials need fixing first. */
  openSettings: boolean;
}

export function jobActions(state: JobState): JobActions {
  return {
    retry: state === 'waiting-network' || state === 'failed' || state === 'needs-sign-in',
    remove: state === 'sent' || state === 'failed',
    openSettings: state === 'needs-sign-in',
  };
}

/**
 * The site's words are worth showing for a job that waits or failed. A conflict is explained in
 * the UI's own words instead (the main process says the same, in English only).
 */
export function showsMessage(job: Pick<OutboxJob, 'state' | 'message'>): boolean {
  const waitsOrFailed = job.state === 'waiting-network' || job.state === 'needs-sign-in' || job.state === 'failed';
  return waitsOrFailed && job.message !== null && job.message.trim() !== '';
}

/** The sent post's address, only when it is a web address (it becomes a link). */
export function postLink(job: Pick<OutboxJob, 'state' | 'targetKind' | 'sentTo'>): string | null {
  if (job.state !== 'sent' || job.targetKind !== 'wordpress' || !job.sentTo) return null;
  try {
    const url = new URL(job.sentTo);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
  } catch {
    return null;
  }
}

/** Newest first: the job just queued is at the top, older sent ones sink. */
export function sortJobs(jobs: readonly OutboxJob[]): OutboxJob[] {
  return [...jobs].sort((a, b) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0));
}

/**
 * The list with `changed` jobs put in (by id): what a send or retry answered. The outbox:changed
 * events may have overtaken that answer (a folder drop is done before the reply arrives), so a
 * job the list already holds in a newer version keeps it.
 */
export function mergeJobs(jobs: readonly OutboxJob[], changed: readonly OutboxJob[]): OutboxJob[] {
  const byId = new Map(changed.map((job) => [job.id, job]));
  const merged = jobs.map((job) => {
    const answer = byId.get(job.id);
    return answer && answer.updatedAt > job.updatedAt ? answer : job;
  });
  const known = new Set(jobs.map((job) => job.id));
  return [...merged, ...changed.filter((job) => !known.has(job.id))];
}
