import { afterPaint } from '../../ui/after-paint';

/**
 * Photos on their way into an article: copied into its media/ folder, then put in place (Insert
 * photo, a drop, a paste, Replace photo, the lead photo). Send to CMS waits for them, so a photo
 * added just before pressing Send goes with the article instead of being left behind.
 */
const inFlight = new Set<Promise<unknown>>();

/** Registers `work` (the whole add: copy and insert) until it settles; returns it unchanged. */
export function photoWork<T>(work: Promise<T>): Promise<T> {
  inFlight.add(work);
  const done = (): void => void inFlight.delete(work);
  work.then(done, done);
  return work;
}

/**
 * Resolves once no photo is on its way, and the window has drawn what the last one changed (a
 * lead photo goes through the panel's state before the article's draft holds it).
 */
export async function photosSettled(): Promise<void> {
  if (inFlight.size === 0) return;
  while (inFlight.size > 0) await Promise.allSettled([...inFlight]);
  await new Promise<void>((resolve) => afterPaint(resolve));
}
