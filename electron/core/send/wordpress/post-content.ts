import type { Article } from '../../../common/article.js';
import { PHOTO_FILE_ATTRIBUTE } from '../../../common/rules/photo.js';
import { articleParts } from '../../export/article-parts.js';
import { attrs, escapeText } from '../../export/escape.js';
import { figureHtml, htmlConverters } from '../../export/html.js';
import { convertBody, mediaPath, type Converters } from '../../export/walker.js';
import type { WpPostFields } from './client.js';

/**
 * The article as WordPress post fields. The content is the HTML export's body with photos
 * pointing at their uploaded copies, under a header of byline and dateline, and starts with a
 * comment holding the article's id: an interrupted create is found again by it, so a retry
 * never makes a second post.
 */

const MARKER_PREFIX = 'masthead:article';
const HEADER_CLASS = 'masthead-header';

export function articleMarker(articleId: string): string {
  return `<!-- ${MARKER_PREFIX} ${articleId} -->`;
}

export function hasArticleMarker(content: string, articleId: string): boolean {
  return content.includes(articleMarker(articleId));
}

/** A stored instant as WordPress's GMT date field (`2026-05-01T09:30:00`). */
function gmtField(stamp: string): string {
  return new Date(stamp).toISOString().slice(0, 19);
}

/**
 * Editorial status to WordPress status: drafts stay drafts, articles in the desk's hands wait
 * for review (pending), ready or published articles go live — at their publish time, and never
 * before their embargo lifts (future).
 */
export function postStatusAndDate(article: Article, now: Date): Pick<WpPostFields, 'status' | 'date_gmt'> {
  const times = [article.publishAt, article.embargoUntil].filter((t): t is string => t !== null).map((t) => new Date(t).getTime());
  const goesLiveAt = times.length ? Math.max(...times) : null;
  const date_gmt = goesLiveAt === null ? undefined : gmtField(new Date(goesLiveAt).toISOString());
  const withDate = <T extends WpPostFields['status']>(status: T) => (date_gmt ? { status, date_gmt } : { status });
  switch (article.status) {
    case 'draft':
      return withDate('draft');
    case 'ready-for-edit':
    case 'edited':
      return withDate('pending');
    case 'ready-to-publish':
    case 'published':
      return withDate(goesLiveAt !== null && goesLiveAt > now.getTime() ? 'future' : 'publish');
  }
}

function header(article: Article): string {
  const parts = articleParts(article);
  const dir = article.language === 'ar' ? 'rtl' : 'ltr';
  const lines: string[] = [];
  if (parts.byline.by) lines.push(`<p class="masthead-byline">${escapeText(parts.byline.by)}</p>`);
  if (parts.byline.translatedBy) lines.push(`<p class="masthead-byline">${escapeText(parts.byline.translatedBy)}</p>`);
  if (article.dateline.trim()) lines.push(`<p class="masthead-dateline">${escapeText(article.dateline.trim())}</p>`);
  if (!lines.length) return '';
  return `<div${attrs({ class: HEADER_CLASS, dir, lang: article.language })}>\n${lines.join('\n')}\n</div>\n`;
}

/** The post's content: marker, header, body with each photo's address on the site. */
export function postContent(article: Article, photoUrl: (file: string) => string): string {
  const converters: Converters = { ...htmlConverters, photo: (photo, walk) => figureHtml(photo, walk, photoUrl) };
  return `${articleMarker(article.id)}\n${header(article)}${convertBody(article.body, converters)}`;
}

/**
 * The body part of a post's content as Masthead reads it back: marker and header removed, photos
 * that the article has (known by their address on the site) pointing at the local file again so
 * the editor keeps them as photos.
 */
export function bodyFromPostContent(content: string, localFileOf: (url: string) => string | null): string {
  const withoutMarker = content.replace(/<!--\s*masthead:article [^>]*-->\s*/g, '');
  const withoutHeader = withoutMarker.replace(new RegExp(`<div[^>]*class="${HEADER_CLASS}"[^>]*>[\\s\\S]*?</div>\\s*`), '');
  return withoutHeader.replace(/<img\b([^>]*?)\bsrc="([^"]*)"([^>]*)>/g, (whole, before: string, src: string, after: string) => {
    const file = localFileOf(src.replace(/&amp;/g, '&'));
    return file ? `<img${before}${PHOTO_FILE_ATTRIBUTE}="${file}" src="${mediaPath(file)}"${after}>` : whole;
  });
}
