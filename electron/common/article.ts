import { z } from 'zod';
import { ArticleBody } from './lexical-nodes.js';
import { ARTICLE_LANGUAGES, ARTICLE_STATUSES, CONTRIBUTOR_ROLES, PRIORITIES } from './rules/article-lists.js';
import { ARTICLE_LIMITS as MAX } from './rules/limits.js';
import { PHOTO_LIMITS } from './rules/photo.js';

/**
 * The article as stored in `<folder>.article/article.json`. The schema only grows by optional
 * fields with defaults; an incompatible change bumps SCHEMA_VERSION with a migration in
 * `migrateArticle` and a test.
 *
 * Version 2 renamed the CMS slug from `slug` to `cmsSlug` (the folder's name is the bundle's own).
 */
export const SCHEMA_VERSION = 2;

export const ArticleStatus = z.enum(ARTICLE_STATUSES);
export type ArticleStatus = z.infer<typeof ArticleStatus>;

export const ArticleLanguage = z.enum(ARTICLE_LANGUAGES);
export type ArticleLanguage = z.infer<typeof ArticleLanguage>;

export const Contributor = z.strictObject({
  name: z.string().min(1).max(MAX.name),
  role: z.enum(CONTRIBUTOR_ROLES).default('writer'),
  /** A wire agency or outlet the contributor writes for ("Reuters"), printed after the name. */
  affiliation: z.string().max(MAX.affiliation).default(''),
});
export type Contributor = z.infer<typeof Contributor>;

export const Priority = z.enum(PRIORITIES);
export type Priority = z.infer<typeof Priority>;

/**
 * The article's featured image when it is not one of the body's photos (a body photo is made the
 * lead with its own `isLead` flag). `file` names a file in the bundle's media/ folder, when there
 * is one.
 */
export const LeadPhoto = z.strictObject({
  file: z.string().max(255).nullable().default(null),
  caption: z.string().max(PHOTO_LIMITS.caption).default(''),
  credit: z.string().max(PHOTO_LIMITS.credit).default(''),
  altText: z.string().max(PHOTO_LIMITS.altText).default(''),
});
export type LeadPhoto = z.infer<typeof LeadPhoto>;

const isoDateTime = z.iso.datetime({ offset: true });

export const Article = z.strictObject({
  schemaVersion: z.literal(SCHEMA_VERSION),
  id: z.uuid(),
  headline: z.string().max(MAX.headline),
  status: ArticleStatus.default('draft'),
  language: ArticleLanguage.default('en'),
  byline: z.array(Contributor).max(MAX.byline).default([]),
  publishAt: isoDateTime.nullable().default(null),
  timeZone: z.string().max(MAX.timeZone).nullable().default(null),
  leadPhoto: LeadPhoto.nullable().default(null),
  /** Subheadline printed under the headline. */
  dek: z.string().max(MAX.dek).default(''),
  /** Summary for listings and the CMS excerpt. */
  excerpt: z.string().max(MAX.excerpt).default(''),
  /** The URL slug for the CMS; null follows the headline until the editor sets it by hand. */
  cmsSlug: z.string().max(MAX.cmsSlug).nullable().default(null),
  section: z.string().max(MAX.section).nullable().default(null),
  tags: z.array(z.string().min(1).max(MAX.tag)).max(MAX.tags).default([]),
  /** Where the story was filed from, printed before the first paragraph ("CAIRO"). */
  dateline: z.string().max(MAX.dateline).default(''),
  embargoUntil: isoDateTime.nullable().default(null),
  priority: Priority.default('normal'),
  seoTitle: z.string().max(MAX.seoTitle).default(''),
  metaDescription: z.string().max(MAX.metaDescription).default(''),
  /** Wire agencies whose copy the article uses, credited apart from the byline. */
  sources: z.array(z.string().min(1).max(MAX.source)).max(MAX.sources).default([]),
  body: ArticleBody,
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
});
export type Article = z.infer<typeof Article>;

/**
 * Brings article JSON of an older schemaVersion up to this one; anything else is left as it is
 * for the schema to judge. Saving writes the new shape, so an old file is migrated once.
 */
export function migrateArticle(raw: unknown): unknown {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return raw;
  const old = raw as Record<string, unknown>;
  if (old.schemaVersion !== 1) return raw;
  const { slug, ...rest } = old;
  return { ...rest, schemaVersion: 2, cmsSlug: slug ?? null };
}

/** An article as read from disk (article.json, a version, a sync record): older versions migrated. */
export const StoredArticle = z.preprocess(migrateArticle, Article);

/** Key order of article.json; nested objects are written with sorted keys. */
export const ARTICLE_KEY_ORDER: ReadonlyArray<keyof Article> = [
  'schemaVersion',
  'id',
  'headline',
  'status',
  'language',
  'byline',
  'publishAt',
  'timeZone',
  'leadPhoto',
  'dek',
  'excerpt',
  'cmsSlug',
  'section',
  'tags',
  'dateline',
  'embargoUntil',
  'priority',
  'seoTitle',
  'metaDescription',
  'sources',
  'createdAt',
  'updatedAt',
  'body',
];

/** One row of the library list. A damaged bundle has no article data, only the reason. */
export interface ArticleSummary {
  folder: string;
  id: string | null;
  headline: string;
  status: ArticleStatus | null;
  language: ArticleLanguage | null;
  updatedAt: string | null;
  wordCount: number;
  /** The slug the CMS gets (`effectiveSlug`: the one set by hand, or the headline's); null when damaged (or, in a search result's row, not read). */
  cmsSlug: string | null;
  damaged: { reason: string; hasBackup: boolean } | null;
}

export interface TrashEntry {
  trashId: string;
  folder: string;
  headline: string;
  deletedAt: string;
}

/** Turns a zod error into one readable line naming the field, e.g. `headline: expected string`. */
export function describeSchemaError(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((issue) => `${issue.path.length ? issue.path.map(String).join('.') : '(root)'}: ${issue.message}`)
    .join('; ');
}
