import { z } from 'zod';
import { ArticleLanguage, ArticleStatus } from './article.js';
import { SEARCH_SORTS } from './rules/article-lists.js';

/**
 * The search contract: what the library sidebar asks (`search:query`, `search:facets`) and what
 * the index in the main process answers. Pure types and schemas, shared by every process.
 */

export const SearchSort = z.enum(SEARCH_SORTS);
export type SearchSort = z.infer<typeof SearchSort>;

/** A calendar day from a date input, `YYYY-MM-DD`. */
const Day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'expected a date as YYYY-MM-DD' });
const FacetValue = z.string().min(1).max(200);

/**
 * Every filter narrows the results; they combine with each other and with the text. The date
 * range is in UTC days, inclusive at both ends, on the publish time, or on the last update for
 * an article that has no publish time yet.
 */
export const SearchFilters = z.strictObject({
  status: ArticleStatus.optional(),
  section: FacetValue.optional(),
  language: ArticleLanguage.optional(),
  contributor: FacetValue.optional(),
  tag: FacetValue.optional(),
  from: Day.optional(),
  to: Day.optional(),
});
export type SearchFilters = z.infer<typeof SearchFilters>;

export const SearchRequest = z.strictObject({
  text: z.string().max(500),
  filters: SearchFilters.default({}),
  sort: SearchSort.default('relevance'),
  limit: z.number().int().min(1).max(500).default(50),
  offset: z.number().int().min(0).max(1_000_000).default(0),
});
export type SearchRequest = z.input<typeof SearchRequest>;
/** A request with its defaults filled in, as the index receives it. */
export type ParsedSearchRequest = z.output<typeof SearchRequest>;

/** A piece of a snippet; `match` pieces are the words the query found, shown highlighted. */
export interface SnippetSegment {
  text: string;
  match: boolean;
}

export interface SearchHit {
  folder: string;
  headline: string;
  status: ArticleStatus;
  section: string | null;
  language: ArticleLanguage;
  updatedAt: string;
  publishAt: string | null;
  wordCount: number;
  /** The best matching passage of the body (or the headline); null without search text. */
  snippet: SnippetSegment[] | null;
  /** Relevance; 0 without search text. */
  score: number;
}

/** How far a (re)build of the index has come; absent once the index is current. */
export interface IndexingProgress {
  done: number;
  total: number;
}

export interface SearchResults {
  /** Matches in all, of which `results` is the page from `offset`. */
  total: number;
  results: SearchHit[];
  indexing: IndexingProgress | null;
}

export interface FacetCount {
  value: string;
  count: number;
}

/** The values the filter controls offer, most used first. */
export interface SearchFacets {
  sections: FacetCount[];
  tags: FacetCount[];
  contributors: FacetCount[];
  statuses: FacetCount[];
  languages: FacetCount[];
}
