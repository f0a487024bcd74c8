import type { ArticleSummary } from '../article.js';

/*
 * The library list's order, shared by the main process (which lists) and the renderer (which
 * merges a few changed rows into the list it shows). Type-only imports: the renderer runs this.
 */

/** Milliseconds of an ISO time, for sorting; other programs may write offsets instead of Z. */
function time(iso: string | null): number {
  return iso === null ? 0 : Date.parse(iso) || 0;
}

/** Rows the window asks for before the whole list: more than any window shows at once. */
export const FIRST_SCREEN_ROWS = 100;

/**
 * Damaged articles first (they need the user's attention), then the most recently updated. A new
 * array; each time is parsed once, not at every comparison (a library of 10,000 would parse
 * some 270,000 times).
 */
export function sortSummaries<T extends ArticleSummary>(summaries: readonly T[]): T[] {
  return summaries
    .map((summary) => ({ summary, damaged: Number(summary.damaged !== null), time: time(summary.updatedAt) }))
    .sort((a, b) => b.damaged - a.damaged || b.time - a.time || a.summary.folder.localeCompare(b.summary.folder))
    .map(({ summary }) => summary);
}
