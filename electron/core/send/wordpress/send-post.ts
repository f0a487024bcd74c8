import path from 'node:path';
import type { Article } from '../../../common/article.js';
import type { JobProgress } from '../../../common/send.js';
import { effectiveSlug } from '../../../common/rules/slug.js';
import { captionText, leadPhotoOf, bodyPhotos, mimeOfFile, type ExportPhoto } from '../../export/walker.js';
import { readMediaFile, unsendablePhoto } from '../../media/read-media.js';
import { CmsError } from '../cms-error.js';
import type { TargetSync, UploadedPhoto } from '../sync-record.js';
import { postFingerprint, type WordPressClient, type WpPost, type WpPostFields } from './client.js';
import { hasArticleMarker, postContent, postStatusAndDate } from './post-content.js';

/** Ids made on the site during one job, saved as soon as each exists so a retry reuses them. */
export interface RemoteProgress {
  postId: number | null;
  /** The post's modified_gmt and fingerprint after our own last write, so a retry does not take it for someone else's edit. */
  modifiedGmt: string | null;
  fingerprint: string | null;
  media: Record<string, UploadedPhoto>;
}

export interface SendContext {
  client: WordPressClient;
  article: Article;
  bundleDir: string;
  sync: TargetSync | null;
  remote: RemoteProgress;
  /** Persists `remote` (the outbox file); awaited before the next request. */
  saveRemote(): Promise<void>;
  progress(progress: Omit<JobProgress, 'fraction'>, fraction: number): void;
  now(): Date;
}

export class ConflictError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConflictError';
  }
}

export interface SentPost {
  post: WpPost;
  media: Record<string, UploadedPhoto>;
}

const BYLINE_ROLES = new Set(['writer', 'reporter']);

/** The photos to upload, each file once: the lead photo (body or separate) first. */
function photosToSend(article: Article): ExportPhoto[] {
  const lead = leadPhotoOf(article.body, article.leadPhoto).photo;
  const all = [...(lead ? [lead] : []), ...bodyPhotos(article.body)];
  const seen = new Set<string>();
  return all.filter((photo) => photo.file !== null && !seen.has(photo.file) && seen.add(photo.file));
}

/** WordPress keeps 200 characters of the percent-encoded slug: cut at a whole character within that. */
function siteSlug(slug: string): string {
  let out = '';
  for (const ch of slug) {
    if (encodeURIComponent(out + ch).length > 200) break;
    out += ch;
  }
  return out.replace(/-+$/, '');
}

function mediaCaption(photo: ExportPhoto): string {
  return [captionText(photo), photo.credit.trim()].filter(Boolean).join(' — ');
}

/** Whether the post is as we last wrote or read it: same modified_gmt and, where recorded, the same text. */
function isOurs(ctx: SendContext, post: WpPost): boolean {
  const known = [
    { modified: ctx.sync?.modifiedGmt ?? null, fingerprint: ctx.sync?.remoteFingerprint ?? null },
    { modified: ctx.remote.modifiedGmt, fingerprint: ctx.remote.fingerprint },
  ].filter((k) => k.modified !== null);
  if (known.length === 0) return true;
  const fingerprint = postFingerprint(post);
  return known.some((k) => k.modified === post.modified_gmt && (k.fingerprint === null || k.fingerprint === fingerprint));
}

/** The post as it stands, and whether someone else changed it since we last sent or received. */
async function checkRemote(ctx: SendContext, postId: number): Promise<WpPost | null> {
  const post = await ctx.client.getPost(postId);
  if (!post || post.status === 'trash') return null;
  if (!isOurs(ctx, post)) {
    throw new ConflictError(`The post was changed on ${ctx.client.label} since it was last sent (${post.modified_gmt} GMT). Nothing was overwritten.`);
  }
  return post;
}

/** The post this article already has on the site: recorded, or found by the id in its content after an interrupted create. */
async function existingPost(ctx: SendContext): Promise<WpPost | null> {
  const known = ctx.remote.postId ?? ctx.sync?.postId ?? null;
  if (known !== null) return checkRemote(ctx, known);
  const found = (await ctx.client.searchPosts(ctx.article.id)).filter((post) => post.status !== 'trash' && hasArticleMarker(post.content.raw, ctx.article.id));
  const post = found.sort((a, b) => a.id - b.id)[0] ?? null;
  if (post) {
    ctx.remote.postId = post.id;
    ctx.remote.modifiedGmt = post.modified_gmt;
    ctx.remote.fingerprint = postFingerprint(post);
    await ctx.saveRemote();
  }
  return post;
}

async function uploadPhoto(ctx: SendContext, photo: ExportPhoto & { file: string }): Promise<UploadedPhoto> {
  const fields = { caption: mediaCaption(photo), alt_text: photo.altText.trim() };
  const known = ctx.remote.media[photo.file] ?? ctx.sync?.media[photo.file];
  if (known) {
    try {
      const updated = await ctx.client.updateMedia(known.id, fields);
      return { id: updated.id, url: updated.source_url };
    } catch (err) {
      // Deleted on the site: upload it again below.
      if (!(err instanceof CmsError && err.status === 404)) throw err;
    }
  }
  // Photos are titled with their content hash: an upload whose answer was lost is found by it.
  const title = path.basename(photo.file, path.extname(photo.file));
  const found = await ctx.client.findMediaByTitle(title);
  if (found) {
    const updated = await ctx.client.updateMedia(found.id, fields);
    return { id: updated.id, url: updated.source_url };
  }
  const read = await readMediaFile(ctx.bundleDir, photo.file);
  if (read.kind !== 'ok') throw new CmsError('rejected', unsendablePhoto(photo.file, read.kind));
  const bytes = read.bytes;
  const mime = mimeOfFile(photo.file) ?? 'application/octet-stream';
  const uploaded = await ctx.client.uploadMedia(bytes, photo.file, mime, { title, ...fields });
  return { id: uploaded.id, url: uploaded.source_url };
}

/**
 * Sends one article to one WordPress site: check the post is not changed by someone else, upload
 * photos (recorded one by one), file the section and tags, then create or update the post, with
 * the remote check repeated right before the update (WordPress has no conditional update).
 */
export async function sendPost(ctx: SendContext): Promise<SentPost> {
  const { article, client } = ctx;
  const photos = photosToSend(article) as Array<ExportPhoto & { file: string }>;
  const steps = photos.length + 3;
  let done = 0;
  const advance = (progress: Omit<JobProgress, 'fraction'>) => ctx.progress(progress, done++ / steps);

  advance({ step: 'checking', current: 0, total: 0 });
  // A wrong application password is not always refused: WordPress may carry on as a visitor.
  // Asking who we are first turns that into a clear "needs sign-in".
  await client.me();
  const existing = await existingPost(ctx);

  for (const [index, photo] of photos.entries()) {
    advance({ step: 'uploading-photo', current: index + 1, total: photos.length });
    ctx.remote.media[photo.file] = await uploadPhoto(ctx, photo);
    await ctx.saveRemote();
  }

  advance({ step: 'filing-terms', current: 0, total: 0 });
  const categories = article.section ? [(await client.ensureTerm('categories', article.section)).id] : [];
  const tags: number[] = [];
  for (const tag of article.tags) tags.push((await client.ensureTerm('tags', tag)).id);
  const writer = article.byline.find((c) => BYLINE_ROLES.has(c.role) && c.name.trim());
  const author = writer ? await client.findUser(writer.name) : null;

  const lead = leadPhotoOf(article.body, article.leadPhoto).photo;
  const siteOf = (file: string) => ({ url: ctx.remote.media[file]?.url ?? '', id: ctx.remote.media[file]?.id ?? null });
  const fields: WpPostFields = {
    title: article.headline.trim(),
    content: postContent(article, siteOf),
    excerpt: article.excerpt.trim(),
    slug: siteSlug(effectiveSlug(article.cmsSlug, article.headline)),
    ...postStatusAndDate(article, ctx.now()),
    categories,
    tags,
    featured_media: lead?.file ? (ctx.remote.media[lead.file]?.id ?? 0) : 0,
    ...(author !== null ? { author } : {}),
  };

  let post: WpPost;
  if (existing) {
    advance({ step: 'updating-post', current: 0, total: 0 });
    await checkRemote(ctx, existing.id);
    post = await client.updatePost(existing.id, fields);
  } else {
    advance({ step: 'creating-post', current: 0, total: 0 });
    post = await client.createPost(fields);
  }
  ctx.remote.postId = post.id;
  ctx.remote.modifiedGmt = post.modified_gmt;
  ctx.remote.fingerprint = postFingerprint(post);
  await ctx.saveRemote();
  return { post, media: { ...ctx.sync?.media, ...ctx.remote.media } };
}
