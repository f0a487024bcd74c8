import type { ArticleSummary } from '../../../electron/common/article.js';
import type { ArticleBody, SerializedPhotoNode } from '../../../electron/common/lexical-nodes.js';
import { isAllowedLinkUrl } from '../../editor/url-scheme.js';
import type { ArticleMeta } from './article-meta.js';
import { hasByline } from '../../../electron/common/rules/byline.js';
import { effectiveSlug } from '../../../electron/common/rules/slug.js';

/**
 * The "Ready to publish" checklist, computed from the article alone (a pure function, so it can
 * be tested without a screen). Each failed check says where to go to fix it.
 */

export type CheckId = 'headline' | 'byline' | 'section' | 'leadPhoto' | 'photos' | 'emptyParagraphs' | 'links' | 'cmsSlug';

export const CHECK_ORDER: readonly CheckId[] = ['headline', 'byline', 'section', 'leadPhoto', 'photos', 'emptyParagraphs', 'links', 'cmsSlug'];

export type Check =
  | { id: Exclude<CheckId, 'photos' | 'emptyParagraphs' | 'links'>; passed: boolean }
  | { id: 'photos'; passed: true }
  /** `photo` is the index among the body's photos of the first one missing `missing`. */
  | { id: 'photos'; passed: false; photo: number; missing: PhotoField }
  /** The article-level lead photo (meta.leadPhoto, not in the body) misses `missing`; `photo` is -1. */
  | { id: 'photos'; passed: false; photo: -1; lead: true; missing: PhotoField }
  | { id: 'emptyParagraphs'; passed: true }
  | { id: 'emptyParagraphs'; passed: false; where: 'start' | 'end' | 'both' }
  | { id: 'links'; passed: true }
  | { id: 'links'; passed: false; urls: string[] };

/** What a photo misses: its file in the article's media folder, its alt text or its caption. */
export type PhotoField = 'file' | 'altText' | 'caption';

export interface ChecklistInput {
  headline: string;
  meta: ArticleMeta;
  body: ArticleBody;
  /** The CMS slugs of the library's other articles (each row's effective one). */
  takenCmsSlugs: ReadonlySet<string>;
  /** The photo files the article's media folder does not hold (asked of the main process). */
  missingFiles: ReadonlySet<string>;
}

/** The media files the article's photos name: the body's and the lead photo's kept outside it. */
export function photoFilesOf(meta: Pick<ArticleMeta, 'leadPhoto'>, body: ArticleBody): string[] {
  return [...new Set([...photosOf(body).map((p) => p.file), ...(meta.leadPhoto?.file ? [meta.leadPhoto.file] : [])])];
}

type AnyNode = { type: string; children?: unknown; [key: string]: unknown };

function childrenOf(node: AnyNode): AnyNode[] {
  return Array.isArray(node.children) ? (node.children as AnyNode[]) : [];
}

function textOf(node: AnyNode): string {
  if (typeof node.text === 'string') return node.text;
  return childrenOf(node).map(textOf).join('');
}

function photosOf(body: ArticleBody): SerializedPhotoNode[] {
  return body.root.children.filter((block): block is SerializedPhotoNode => block.type === 'photo');
}

function captionText(photo: SerializedPhotoNode): string {
  return (photo.caption?.root?.children ?? []).map((p) => textOf(p as AnyNode)).join('\n');
}

/** Every link and autolink URL, in the body and in photo captions. */
export function linkUrls(body: ArticleBody): string[] {
  const urls: string[] = [];
  const walk = (node: AnyNode): void => {
    if ((node.type === 'link' || node.type === 'autolink') && typeof node.url === 'string') urls.push(node.url);
    if (node.type === 'photo') {
      const caption = (node as unknown as SerializedPhotoNode).caption?.root;
      if (caption) walk(caption as AnyNode);
    }
    for (const child of childrenOf(node)) walk(child);
  };
  walk(body.root as unknown as AnyNode);
  return urls;
}

const TEXT_BLOCKS = new Set(['paragraph', 'heading', 'quote']);
const isEmptyTextBlock = (block: AnyNode | undefined): boolean => !!block && TEXT_BLOCKS.has(block.type) && textOf(block).trim() === '';

/**
 * Empty paragraphs at the very start or end of the body (stray Enters that the site would print
 * as gaps). An empty body is Lexical's single empty paragraph and is not counted as one.
 */
function emptyEnds(body: ArticleBody): 'start' | 'end' | 'both' | null {
  const blocks = body.root.children as unknown as AnyNode[];
  if (blocks.length < 2) return null;
  const start = isEmptyTextBlock(blocks[0]);
  const end = isEmptyTextBlock(blocks[blocks.length - 1]);
  return start && end ? 'both' : start ? 'start' : end ? 'end' : null;
}

/**
 * The lead photo kept outside the body when it is the one the site shows: it has a file and no
 * body photo is marked as lead (a body photo marked as lead wins; the other is kept but not used).
 */
export function usedArticleLeadPhoto(meta: Pick<ArticleMeta, 'leadPhoto'>, body: ArticleBody): ArticleMeta['leadPhoto'] {
  const lead = meta.leadPhoto;
  return lead?.file && !photosOf(body).some((p) => p.isLead) ? lead : null;
}

/** The CMS slugs the library's other articles carry in their rows (damaged ones have none). */
export function takenCmsSlugs(rows: readonly ArticleSummary[], currentFolder: string): ReadonlySet<string> {
  return new Set(rows.flatMap((row) => (row.folder === currentFolder || row.cmsSlug === null ? [] : [row.cmsSlug])));
}

export function runChecklist({ headline, meta, body, takenCmsSlugs, missingFiles }: ChecklistInput): Check[] {
  const photos = photosOf(body);
  const noFile = photos.findIndex((p) => missingFiles.has(p.file));
  const noAlt = photos.findIndex((p) => !p.altText?.trim());
  const noCaption = photos.findIndex((p) => !captionText(p).trim());
  const unsafe = linkUrls(body).filter((url) => !isAllowedLinkUrl(url));
  const ends = emptyEnds(body);
  // The lead photo outside the body is printed above it, so it is looked at first.
  const outside = usedArticleLeadPhoto(meta, body);
  const outsideMissing: PhotoField | null = !outside
    ? null
    : outside.file && missingFiles.has(outside.file)
      ? 'file'
      : !outside.altText.trim()
        ? 'altText'
        : !outside.caption.trim()
          ? 'caption'
          : null;

  const photosCheck: Check = outsideMissing
    ? { id: 'photos', passed: false, photo: -1, lead: true, missing: outsideMissing }
    : noFile >= 0
      ? { id: 'photos', passed: false, photo: noFile, missing: 'file' }
      : noAlt >= 0
      ? { id: 'photos', passed: false, photo: noAlt, missing: 'altText' }
      : noCaption >= 0
        ? { id: 'photos', passed: false, photo: noCaption, missing: 'caption' }
        : { id: 'photos', passed: true };

  return [
    { id: 'headline', passed: headline.trim() !== '' },
    { id: 'byline', passed: hasByline(meta.byline) },
    { id: 'section', passed: !!meta.section?.trim() },
    { id: 'leadPhoto', passed: photos.some((p) => p.isLead) || !!meta.leadPhoto?.file },
    photosCheck,
    ends ? { id: 'emptyParagraphs', passed: false, where: ends } : { id: 'emptyParagraphs', passed: true },
    unsafe.length ? { id: 'links', passed: false, urls: unsafe } : { id: 'links', passed: true },
    { id: 'cmsSlug', passed: !takenCmsSlugs.has(effectiveSlug(meta.cmsSlug, headline)) },
  ];
}
