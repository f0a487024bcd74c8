import { ARTICLES } from './content.js';
import type { ChildMessage } from './protocol.js';

/**
 * What the harness knows from the child's messages: for each article its acknowledged save and
 * the one in flight, the acknowledged versions, and every outbox job with what happened to it.
 */

export interface ArticleRecord {
  folder: string | null;
  id: string | null;
  /** -1: not created yet (or its creation was never acknowledged). */
  acked: number;
  inFlight: number | null;
  creating: boolean;
}

export interface JobRecord {
  i: number;
  /** The newest save an acknowledged enqueue put in this job. */
  counter: number;
  deliveries: number;
  reportedSent: boolean;
  /** outbox.json said "sent" (or the job was pruned after that): from now on it must never be sent again. */
  durablySent: boolean;
}

export interface Figures {
  kills: number;
  killsBeforeReady: number;
  savesAcked: number;
  inFlightSavesFoundWritten: number;
  inFlightSavesFoundNotWritten: number;
  articleChecks: number;
  versionsAcked: number;
  versionFilesChecked: number;
  jobsAcked: number;
  deliveries: number;
  redeliveriesAfterInterruption: number;
  jobsDurablySent: number;
}

export class Ledger {
  readonly articles: ArticleRecord[] = Array.from({ length: ARTICLES }, () => ({ folder: null, id: null, acked: -1, inFlight: null, creating: false }));
  readonly versions: Array<{ i: number; counter: number; label: string; id: string }> = [];
  readonly jobs = new Map<string, JobRecord>();
  readonly violations: string[] = [];
  readonly figures: Figures = {
    kills: 0,
    killsBeforeReady: 0,
    savesAcked: 0,
    inFlightSavesFoundWritten: 0,
    inFlightSavesFoundNotWritten: 0,
    articleChecks: 0,
    versionsAcked: 0,
    versionFilesChecked: 0,
    jobsAcked: 0,
    deliveries: 0,
    redeliveriesAfterInterruption: 0,
    jobsDurablySent: 0,
  };
  violation(text: string): void {
    this.violations.push(text);
  }

  record(message: ChildMessage, life: number): void {
    const a = 'i' in message ? this.articles[message.i] : undefined;
    switch (message.t) {
      case 'article':
        if (a!.id !== null && a!.id !== message.id) this.violation(`life ${life}: article ${message.i} has id ${message.id}, expected ${a!.id}`);
        if (a!.id === null && !a!.creating) this.violation(`life ${life}: article ${message.i} appeared although it was never created`);
        if (a!.id !== null && message.counter !== a!.acked) {
          this.violation(`life ${life}: article ${message.i} reopened at save ${message.counter}, but save ${a!.acked} was the one verified on disk`);
        }
        // A creation in flight when the child died that did land is adopted here.
        Object.assign(a!, { folder: message.folder, id: message.id, acked: message.counter, creating: false });
        break;
      case 'create-start':
        a!.creating = true;
        break;
      case 'create-ack':
        Object.assign(a!, { folder: message.folder, id: message.id, acked: 0, creating: false });
        break;
      case 'save-start':
        a!.inFlight = message.counter;
        break;
      case 'save-ack':
        a!.acked = message.counter;
        a!.inFlight = null;
        this.figures.savesAcked++;
        break;
      case 'version-ack':
        this.versions.push({ i: message.i, counter: message.counter, label: message.label, id: message.id });
        this.figures.versionsAcked++;
        break;
      case 'enqueue-ack':
        for (const id of message.jobs) {
          const job = this.jobs.get(id);
          if (job?.durablySent) this.violation(`life ${life}: enqueue reused job ${id}, which was already sent`);
          if (job) job.counter = Math.max(job.counter, message.counter);
          else this.jobs.set(id, { i: message.i, counter: message.counter, deliveries: 0, reportedSent: false, durablySent: false });
          this.figures.jobsAcked++;
        }
        break;
      case 'deliver': {
        const job = this.jobs.get(message.job);
        this.figures.deliveries++;
        if (!job) break; // an enqueue in flight when the child died, persisted but never acknowledged
        if (job.durablySent) this.violation(`life ${life}: job ${message.job} (article ${job.i}) was sent again after outbox.json recorded it as sent`);
        if (job.reportedSent) this.violation(`life ${life}: job ${message.job} (article ${job.i}) was sent again after it was marked sent`);
        if (job.deliveries > 0) this.figures.redeliveriesAfterInterruption++;
        job.deliveries++;
        break;
      }
      case 'sent': {
        const job = this.jobs.get(message.job);
        if (job) job.reportedSent = true;
        break;
      }
      case 'error':
        this.violation(`life ${life}: the child failed: ${message.message}`);
        break;
      case 'ready':
      case 'version-start':
      case 'enqueue-start':
        break;
    }
  }

  /** After a kill: the child that marked a job sent in memory is gone; a new life must prove it durable. */
  endOfLife(): void {
    for (const job of this.jobs.values()) if (!job.durablySent) job.reportedSent = false;
  }
}
