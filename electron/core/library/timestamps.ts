/** `20250415T081800123Z`: sortable, and safe in a file name on every OS (no colons). */
export function compactUtc(date: Date): string {
  return date.toISOString().replace(/[-:.]/g, '');
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
