/**
 * What the torture child tells the harness, one JSON object per line on stdout. A `*-start` line is
 * written (synchronously: stdout is a pipe) before the operation begins, an `*-ack` line once its
 * promise resolved, so the harness always knows what is acknowledged and what is in flight.
 */
export type ChildMessage =
  | { t: 'article'; i: number; folder: string; id: string; counter: number }
  | { t: 'create-start'; i: number }
  | { t: 'create-ack'; i: number; folder: string; id: string }
  | { t: 'ready' }
  | { t: 'save-start'; i: number; counter: number }
  | { t: 'save-ack'; i: number; counter: number }
  | { t: 'version-start'; i: number; counter: number; label: string }
  | { t: 'version-ack'; i: number; counter: number; label: string; id: string }
  | { t: 'enqueue-start'; i: number; counter: number }
  | { t: 'enqueue-ack'; i: number; counter: number; jobs: string[] }
  /** The outbox began writing a job's files into the drop folder (attempt `attempts`). */
  | { t: 'deliver'; job: string; attempts: number }
  /** The outbox marked a job sent (in memory; the harness learns it is durable from outbox.json). */
  | { t: 'sent'; job: string }
  | { t: 'error'; message: string };

export const MESSAGE_PREFIX = '@torture ';

export function encode(message: ChildMessage): string {
  return `${MESSAGE_PREFIX}${JSON.stringify(message)}\n`;
}
