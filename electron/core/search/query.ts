import type { SearchFilters, SearchSort } from '../../common/search.js';
import type { ArticleMeta } from './article-document.js';

const DAY_MS = 24 * 60 * 60 * 1000;

export interface Candidate {
  folder: string;
  meta: ArticleMeta;
  score: number;
}

interface Keyed {
  candidate: Candidate;
  updated: number;
  published: number;
}

/** The test every filter makes of an article, combined; see SearchFilters for the date range. */
export function filterMatcher(filters: SearchFilters): (meta: ArticleMeta) => boolean {
  const from = filters.from ? Date.parse(`${filters.from}T00:00:00Z`) : null;
  const to = filters.to ? Date.parse(`${filters.to}T00:00:00Z`) + DAY_MS : null;
  return (meta) => {
    if (filters.status && meta.status !== filters.status) return false;
    if (filters.section && meta.section !== filters.section) return false;
    if (filters.language && meta.language !== filters.language) return false;
    if (filters.contributor && !meta.contributors.includes(filters.contributor)) return false;
    if (filters.tag && !meta.tags.includes(filters.tag)) return false;
    if (from !== null || to !== null) {
      const when = Date.parse(meta.publishAt ?? meta.updatedAt);
      if (from !== null && !(when >= from)) return false;
      if (to !== null && !(when < to)) return false;
    }
    return true;
  };
}

const headlineOrder = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });
const time = (iso: string | null): number => (iso === null ? -Infinity : Date.parse(iso) || 0);

/**
 * Sorts in place. Newest first by update or publish time (articles without a publish time last),
 * headlines alphabetically; relevance falls back to the update time when there is no text.
 */
export function sortCandidates(candidates: Candidate[], sort: SearchSort): Candidate[] {
  // Times are parsed once per candidate, not once per comparison.
  const keyed: Keyed[] = candidates.map((candidate) => ({
    candidate,
    updated: time(candidate.meta.updatedAt),
    published: time(candidate.meta.publishAt),
  }));
  const byFolder = (a: Keyed, b: Keyed) => (a.candidate.folder < b.candidate.folder ? -1 : a.candidate.folder > b.candidate.folder ? 1 : 0);
  const byUpdated = (a: Keyed, b: Keyed) => b.updated - a.updated || byFolder(a, b);
  const compare: Record<SearchSort, (a: Keyed, b: Keyed) => number> = {
    relevance: (a, b) => b.candidate.score - a.candidate.score || byUpdated(a, b),
    updated: byUpdated,
    publish: (a, b) => (b.published === a.published ? 0 : b.published - a.published) || byUpdated(a, b),
    headline: (a, b) => headlineOrder.compare(a.candidate.meta.headline, b.candidate.meta.headline) || byFolder(a, b),
  };
  return keyed.sort(compare[sort]).map((k) => k.candidate);
}
