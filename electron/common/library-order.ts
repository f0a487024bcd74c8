import type { ArticleSummary } from './article.js';

/*
 * The library list's order, shared by the main process (which lists) and the renderer (which
 * merges a few changed rows into the list it shows). Type-only imports: the renderer runs this.
 */

/** Milliseconds of an ISO time, for sorting; other programs may write offsets instead of Z. */
function time(iso: string | null): number {
  return iso === null ? 0 : Date.parse(iso) || 0;
}

/** Damaged articles first (they need the user's attention), then the most recently updated. */
export function compareSummaries(a: ArticleSummary, b: ArticleSummary): number {
  return Number(b.damaged !== null) - Number(a.damaged !== null) || time(b.updatedAt) - time(a.updatedAt) || a.slug.localeCompare(b.slug);
}
