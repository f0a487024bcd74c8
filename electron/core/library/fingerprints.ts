import { createHash } from 'node:crypto';

export function contentHash(bytes: string | Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/**
 * The hash of each article.json as this process last read or wrote it. The watcher compares a
 * changed file against it to tell another program's edit from our own atomic write.
 */
export class Fingerprints {
  private readonly byFolder = new Map<string, string>();

  get(folder: string): string | undefined {
    return this.byFolder.get(folder);
  }

  remember(folder: string, bytes: string | Uint8Array): void {
    this.byFolder.set(folder, contentHash(bytes));
  }

  /** Puts back a value from `get`, e.g. after a write that failed. */
  restore(folder: string, hash: string | undefined): void {
    if (hash === undefined) this.byFolder.delete(folder);
    else this.byFolder.set(folder, hash);
  }

  forget(folder: string): void {
    this.byFolder.delete(folder);
  }

  move(from: string, to: string): void {
    const hash = this.byFolder.get(from);
    this.byFolder.delete(from);
    this.restore(to, hash);
  }
}
