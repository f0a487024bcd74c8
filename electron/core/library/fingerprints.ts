import { createHash } from 'node:crypto';

export function contentHash(bytes: string | Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/**
 * The hash of each article.json as this process last read or wrote it. The watcher compares a
 * changed file against it to tell another program's edit from our own atomic write.
 */
export class Fingerprints {
  private readonly bySlug = new Map<string, string>();

  get(slug: string): string | undefined {
    return this.bySlug.get(slug);
  }

  remember(slug: string, bytes: string | Uint8Array): void {
    this.bySlug.set(slug, contentHash(bytes));
  }

  /** Puts back a value from `get`, e.g. after a write that failed. */
  restore(slug: string, hash: string | undefined): void {
    if (hash === undefined) this.bySlug.delete(slug);
    else this.bySlug.set(slug, hash);
  }

  forget(slug: string): void {
    this.bySlug.delete(slug);
  }

  move(from: string, to: string): void {
    const hash = this.bySlug.get(from);
    this.bySlug.delete(from);
    this.restore(to, hash);
  }
}
