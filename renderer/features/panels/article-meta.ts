import type { Article, Contributor } from '../../../electron/common/article.js';
import { ARTICLE_LIMITS } from '../../../electron/common/rules/limits.js';
import { PHOTO_LIMITS } from '../../../electron/common/rules/photo.js';
import { slugify } from '../../../electron/common/rules/slug.js';

/**
 * Everything about an article the panels edit: all of Article except its identity, timestamps,
 * headline and body (the manuscript edits those two). The editor keeps it as one object and hands
 * it to the session with each save.
 */
export type ArticleMeta = Pick<
  Article,
  | 'status'
  | 'language'
  | 'byline'
  | 'publishAt'
  | 'timeZone'
  | 'leadPhoto'
  | 'dek'
  | 'excerpt'
  | 'cmsSlug'
  | 'section'
  | 'tags'
  | 'dateline'
  | 'embargoUntil'
  | 'priority'
  | 'seoTitle'
  | 'metaDescription'
  | 'sources'
>;

export function metaOf(article: Article): ArticleMeta {
  return {
    status: article.status,
    language: article.language,
    byline: article.byline,
    publishAt: article.publishAt,
    timeZone: article.timeZone,
    leadPhoto: article.leadPhoto,
    dek: article.dek,
    excerpt: article.excerpt,
    cmsSlug: article.cmsSlug,
    section: article.section,
    tags: article.tags,
    dateline: article.dateline,
    embargoUntil: article.embargoUntil,
    priority: article.priority,
    seoTitle: article.seoTitle,
    metaDescription: article.metaDescription,
    sources: article.sources,
  };
}

const clip = (text: string, max: number): string => (text.length > max ? text.slice(0, max) : text);

/** Trimmed, non-empty, without repeats (ignoring case), at most `max` of at most `maxLength` characters. */
function cleanList(items: readonly string[], maxLength: number, max: number): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const item of items) {
    const text = clip(item.trim(), maxLength);
    const key = text.toLocaleLowerCase();
    if (!text || seen.has(key)) continue;
    seen.add(key);
    out.push(text);
  }
  return out.slice(0, max);
}

export function cleanContributors(byline: readonly Contributor[]): Contributor[] {
  return byline
    .map((c) => ({ name: clip(c.name.trim(), ARTICLE_LIMITS.name), role: c.role, affiliation: clip(c.affiliation.trim(), ARTICLE_LIMITS.affiliation) }))
    .filter((c) => c.name !== '')
    .slice(0, ARTICLE_LIMITS.byline);
}

/**
 * The meta as it is saved: what the panels hold while someone types (a blank contributor row, a
 * half-typed CMS slug) made valid for the schema. Blank rows are left out, lists are trimmed and
 * de-duplicated, a hand-typed CMS slug is tidied by the slug rule and a blank one follows the headline
 * again, a blank section is no section.
 */
export function cleanMeta(meta: ArticleMeta): ArticleMeta {
  const cmsSlug = meta.cmsSlug?.trim() ? slugify(meta.cmsSlug) : null;
  const section = meta.section?.trim() ? clip(meta.section.trim(), ARTICLE_LIMITS.section) : null;
  return {
    ...meta,
    byline: cleanContributors(meta.byline),
    sources: cleanList(meta.sources, ARTICLE_LIMITS.source, ARTICLE_LIMITS.sources),
    tags: cleanList(meta.tags, ARTICLE_LIMITS.tag, ARTICLE_LIMITS.tags),
    cmsSlug,
    section,
    dek: clip(meta.dek, ARTICLE_LIMITS.dek),
    excerpt: clip(meta.excerpt, ARTICLE_LIMITS.excerpt),
    dateline: clip(meta.dateline, ARTICLE_LIMITS.dateline),
    seoTitle: clip(meta.seoTitle, ARTICLE_LIMITS.seoTitle),
    metaDescription: clip(meta.metaDescription, ARTICLE_LIMITS.metaDescription),
    timeZone: meta.timeZone ? clip(meta.timeZone, ARTICLE_LIMITS.timeZone) : null,
    leadPhoto: meta.leadPhoto
      ? {
          file: meta.leadPhoto.file,
          caption: clip(meta.leadPhoto.caption, PHOTO_LIMITS.caption),
          credit: clip(meta.leadPhoto.credit, PHOTO_LIMITS.credit),
          altText: clip(meta.leadPhoto.altText, PHOTO_LIMITS.altText),
        }
      : null,
  };
}
