import type { Article } from '../../../electron/common/article.js';
import type { ArticleBody, SerializedPhotoNode } from '../../../electron/common/lexical-nodes.js';
import type { RemoteCopy } from '../../../electron/common/send.js';
import { cleanMeta, metaOf } from '../panels/article-meta.js';

/**
 * "Take CMS version": the CMS copy of an article becomes the local article. The site holds the
 * headline, excerpt, CMS slug, section, tags and the body's HTML; everything else (byline, dates,
 * status, the lead photo outside the body…) stays as it is here. The body is made from the HTML
 * by the import pipeline (take-remote.ts); these are the pure parts around it.
 */

/** The schema's limit on a photo credit. */
const MAX_CREDIT = 500;

const isPhoto = (block: { type: string }): block is SerializedPhotoNode => block.type === 'photo';

/** The files of the article's photos, which the CMS copy may point at (`media/<file>`). */
export function mediaFilesOf(article: Article): Set<string> {
  const files = new Set<string>();
  for (const block of article.body.root.children) if (isPhoto(block)) files.add(block.file);
  if (article.leadPhoto?.file) files.add(article.leadPhoto.file);
  return files;
}

/**
 * The post's HTML carries a photo's file, caption and alt text; its size and the lead mark come
 * back from the local copy of the same photo, and its credit from the post when it printed one
 * (`credits`), else from here. At most one photo is the lead.
 */
export function withLocalPhotoDetails(body: ArticleBody, local: Article, credits: ReadonlyMap<string, string>): ArticleBody {
  const localPhotos = new Map<string, SerializedPhotoNode>();
  for (const block of local.body.root.children) if (isPhoto(block) && !localPhotos.has(block.file)) localPhotos.set(block.file, block);
  let leadTaken = false;
  const children = body.root.children.map((block) => {
    if (!isPhoto(block)) return block;
    const mine = localPhotos.get(block.file);
    const isLead = !leadTaken && (mine?.isLead ?? false);
    leadTaken ||= isLead;
    return {
      ...block,
      width: block.width ?? mine?.width ?? null,
      height: block.height ?? mine?.height ?? null,
      credit: (credits.get(block.file) ?? mine?.credit ?? block.credit).slice(0, MAX_CREDIT),
      isLead,
    };
  });
  return { ...body, root: { ...body.root, children } };
}

/** The local article with the CMS copy's words, made valid for the schema as the panels' fields are. */
export function articleFromRemote(local: Article, remote: RemoteCopy, body: ArticleBody): Article {
  const cmsSlug = remote.cmsSlug.trim();
  const meta = cleanMeta({
    ...metaOf(local),
    excerpt: remote.excerpt,
    cmsSlug: cmsSlug || local.cmsSlug,
    section: remote.section,
    tags: remote.tags,
  });
  return { ...local, ...meta, headline: remote.headline.slice(0, 1000), body };
}
