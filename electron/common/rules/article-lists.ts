/**
 * The closed lists of the article schema (electron/common/article.ts builds its zod enums from
 * them) that the panels offer as choices. Pure: every process imports them at run time.
 */

export const ARTICLE_STATUSES = ['draft', 'ready-for-edit', 'edited', 'ready-to-publish', 'published'] as const;
export type ArticleStatus = (typeof ARTICLE_STATUSES)[number];

/** In the order the Publish details panel offers them. */
export const ARTICLE_LANGUAGES = ['ar', 'en'] as const;
export type ArticleLanguage = (typeof ARTICLE_LANGUAGES)[number];

export const CONTRIBUTOR_ROLES = ['writer', 'reporter', 'photographer', 'editor', 'translator', 'contributor'] as const;
export type ContributorRole = (typeof CONTRIBUTOR_ROLES)[number];

export const PRIORITIES = ['normal', 'urgent', 'breaking'] as const;
export type Priority = (typeof PRIORITIES)[number];

/** How the library's search can order its results, in the order the sidebar offers them. */
export const SEARCH_SORTS = ['relevance', 'updated', 'publish', 'headline'] as const;
export type SearchSort = (typeof SEARCH_SORTS)[number];
