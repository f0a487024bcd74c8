import type { Article, Contributor } from '../../../electron/common/article.js';
import { slugify } from '../../../electron/common/slug.js';

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
  | 'slug'
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
    slug: article.slug,
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

/** Limits of the article schema (electron/common/article.ts), which a save must respect. */
export const META_LIMITS = {
  dek: 1000,
  excerpt: 2000,
  dateline: 200,
  seoTitle: 300,
  metaDescription: 1000,
  section: 100,
  tag: 100,
  tags: 100,
  source: 200,
  sources: 20,
  name: 200,
  affiliation: 200,
  byline: 50,
  leadCaption: 5000,
  leadCredit: 500,
  leadAltText: 2000,
} as const;

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
    .map((c) => ({ name: clip(c.name.trim(), META_LIMITS.name), role: c.role, affiliation: clip(c.affiliation.trim(), META_LIMITS.affiliation) }))
    .filter((c) => c.name !== '')
    .slice(0, META_LIMITS.byline);
}

/**
 * The meta as it is saved: what the panels hold while someone types (a blank contributor row, a
 * half-typed slug) made valid for the schema. Blank rows are left out, lists are trimmed and
 * de-duplicated, a hand-typed slug is tidied by the slug rule and a blank one follows the headline
 * again, a blank section is no section.
 */
export function cleanMeta(meta: ArticleMeta): ArticleMeta {
  const slug = meta.slug?.trim() ? slugify(meta.slug) : null;
  const section = meta.section?.trim() ? clip(meta.section.trim(), META_LIMITS.section) : null;
  return {
    ...meta,
    byline: cleanContributors(meta.byline),
    sources: cleanList(meta.sources, META_LIMITS.source, META_LIMITS.sources),
    tags: cleanList(meta.tags, META_LIMITS.tag, META_LIMITS.tags),
    slug,
    section,
    dek: clip(meta.dek, META_LIMITS.dek),
    excerpt: clip(meta.excerpt, META_LIMITS.excerpt),
    dateline: clip(meta.dateline, META_LIMITS.dateline),
    seoTitle: clip(meta.seoTitle, META_LIMITS.seoTitle),
    metaDescription: clip(meta.metaDescription, META_LIMITS.metaDescription),
    timeZone: meta.timeZone ? clip(meta.timeZone, 64) : null,
    leadPhoto: meta.leadPhoto
      ? {
          file: meta.leadPhoto.file,
          caption: clip(meta.leadPhoto.caption, META_LIMITS.leadCaption),
          credit: clip(meta.leadPhoto.credit, META_LIMITS.leadCredit),
          altText: clip(meta.leadPhoto.altText, META_LIMITS.leadAltText),
        }
      : null,
  };
}
