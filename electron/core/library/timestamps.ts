/** `20250415T081800123Z`: sortable, and safe in a file name on every OS (no colons). */
export function compactUtc(date: Date): string {
  return date.toISOString().replace(/[-:.]/g, '');
}

/** The time a compactUtc stamp stands for, in ms. */
export function parseCompactUtc(stamp: string): number {
  const s = stamp;
  return Date.parse(`${s.slice(0, 4)}-${s.slice(4, 6)}-${s.slice(6, 8)}T${s.slice(9, 11)}:${s.slice(11, 13)}:${s.slice(13, 15)}.${s.slice(15, 18)}Z`);
}

/**
 * The updatedAt for a save: now, or just after the previous one when the clock says otherwise
 * (clock changes, two saves in one millisecond), so every save is distinguishable from the last.
 */
export function nextUpdatedAt(now: Date, previous: string | null): string {
  const previousMs = previous === null ? Number.NaN : Date.parse(previous);
  if (!Number.isNaN(previousMs) && now.getTime() <= previousMs) return new Date(previousMs + 1).toISOString();
  return now.toISOString();
}
