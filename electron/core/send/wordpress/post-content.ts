import type { Article } from '../../../common/article.js';
import { blockDirection, languageDirection, type TextDirection } from '../../../common/rules/direction.js';
import { PHOTO_FILE_ATTRIBUTE } from '../../../common/rules/photo.js';
import { articleParts } from '../../export/article-parts.js';
import { attrs } from '../../export/escape.js';
import { htmlConverters, isolateHtml } from '../../export/html.js';
import { convertBody, mediaPath, walker, type Converters, type ExportPhoto, type Walk } from '../../export/walker.js';
import type { WpPostFields } from './client.js';

/**
 * The article as WordPress post fields. The content is block markup, as the block editor saves
 * it (WordPress 6.1's core blocks), so the post opens in the editor as its own blocks: paragraphs
 * (`core/paragraph`, whose `direction` attribute writes `dir`), headings (`core/heading` with its
 * level), quotes (`core/quote` holding paragraphs), lists (`core/list` of `core/list-item`,
 * nested lists inside their item) and photos (`core/image` with the uploaded file's id and
 * caption). Headings, list items and captions have no direction attribute in WordPress: when
 * theirs is not the article's, their text is a `<span dir>` (rich text keeps it as it is), as is a
 * run of the other direction inside any block. A group block (`core/group`, class
 * masthead-header) heads the post with byline and dateline; its anchor holds the article's id,
 * so an interrupted create is found again by it and a retry never makes a second post.
 */

const MARKER_PREFIX = 'masthead-article-';
const HEADER_CLASS = 'masthead-header';
/** Posts sent before the content was block markup were marked with this comment. */
const LEGACY_MARKER_PREFIX = 'masthead:article';

/** What the content holds to name its article: the header group's anchor. */
export function articleMarker(articleId: string): string {
  return `id="${MARKER_PREFIX}${articleId}"`;
}

export function hasArticleMarker(content: string, articleId: string): boolean {
  return content.includes(articleMarker(articleId)) || content.includes(`<!-- ${LEGACY_MARKER_PREFIX} ${articleId} -->`);
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

/**
 * Block attributes as WordPress's serializer writes them in the comment: JSON with `--`, `<`,
 * `>`, `&` and `\"` as \u escapes, so no attribute value can end the comment.
 */
function blockAttributes(values: Record<string, unknown>): string {
  const json = JSON.stringify(values)
    .replace(/--/g, '\\u002d\\u002d')
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\\"/g, '\\u0022');
  return json === '{}' ? '' : ` ${json}`;
}

/** One block: its comment delimiters around its saved HTML. */
function wpBlock(name: string, values: Record<string, unknown>, html: string): string {
  return `<!-- wp:${name}${blockAttributes(values)} -->\n${html}\n<!-- /wp:${name} -->`;
}

function paragraphBlock(inline: string, dir: TextDirection): string {
  return wpBlock('paragraph', { direction: dir }, `<p dir="${dir}">${inline}</p>`);
}

/** Text of a block that has no direction of its own in WordPress: a span when it is not the article's. */
function inArticleDirection(html: string, dir: TextDirection, walk: Walk): string {
  return dir === walk.articleDirection || !html ? html : isolateHtml(html, dir);
}

/** A site's photo: its address and its id in the media library. */
export interface SitePhoto {
  url: string;
  id: number | null;
}

function imageBlock(photo: ExportPhoto, walk: Walk, siteOf: (file: string) => SitePhoto): string {
  if (!photo.file) return '';
  const site = siteOf(photo.file);
  const lines = walk.captionLines(photo).map((line) => inArticleDirection(line.text, line.dir, walk));
  const credit = photo.credit.trim();
  if (credit) lines.push(walk.text(credit, walk.articleDirection));
  const caption = lines.length ? `<figcaption class="wp-element-caption">${lines.join('<br>')}</figcaption>` : '';
  const img = `<img${attrs({ src: site.url, alt: photo.altText.trim(), class: site.id !== null ? `wp-image-${site.id}` : null })}${photo.altText.trim() ? '' : ' alt=""'}/>`;
  const values = { ...(site.id !== null ? { id: site.id } : {}), sizeSlug: 'full', linkDestination: 'none' };
  return wpBlock('image', values, `<figure class="wp-block-image size-full">${img}${caption}</figure>`);
}

function blockConverters(siteOf: (file: string) => SitePhoto): Converters {
  return {
    ...htmlConverters,
    paragraph: (node, walk, dir) => paragraphBlock(walk.inline(node.children, dir), dir),
    heading: (node, walk, dir) => {
      const level = Number(node.tag.slice(1));
      return wpBlock('heading', level === 2 ? {} : { level }, `<${node.tag}>${inArticleDirection(walk.inline(node.children, dir), dir, walk)}</${node.tag}>`);
    },
    quote: (node, walk, dir) => wpBlock('quote', {}, `<blockquote class="wp-block-quote">${paragraphBlock(walk.inline(node.children, dir), dir)}</blockquote>`),
    list: (node, walk, dir) => {
      const ordered = node.listType === 'number';
      const start = ordered && node.start !== undefined && node.start !== 1 ? node.start : null;
      const tag = ordered ? 'ol' : 'ul';
      const values = { ...(ordered ? { ordered: true } : {}), ...(start !== null ? { start } : {}) };
      return wpBlock('list', values, `<${tag}${attrs({ start })}>${walk.listItems(node, dir).join('')}</${tag}>`);
    },
    listitem: (_node, { inline, nested }, walk, dir) => wpBlock('list-item', {}, `<li>${inArticleDirection(inline, dir, walk)}${nested.join('')}</li>`),
    photo: (photo, walk) => imageBlock(photo, walk, siteOf),
    joinBlocks: (blocks) => blocks.filter(Boolean).join('\n\n'),
  };
}

/** The header group: the article's id as its anchor, byline and dateline as paragraphs. */
function header(article: Article, walk: Walk): string {
  const parts = articleParts(article);
  const lines = [parts.byline.by, parts.byline.translatedBy, article.dateline.trim()].filter((line): line is string => Boolean(line));
  const paragraphs = lines.map((line) => {
    const dir = blockDirection(null, line, walk.articleDirection);
    return paragraphBlock(walk.text(line, dir), dir);
  });
  return wpBlock('group', { className: HEADER_CLASS }, `<div ${articleMarker(article.id)} class="wp-block-group ${HEADER_CLASS}">${paragraphs.join('\n\n')}</div>`);
}

/** The post's content: the header group, then the body's blocks with each photo as uploaded to the site. */
export function postContent(article: Article, siteOf: (file: string) => SitePhoto): string {
  const dir = languageDirection(article.language);
  const converters = blockConverters(siteOf);
  return `${header(article, walker(converters, dir))}\n\n${convertBody(article.body, converters, dir)}\n`;
}

/**
 * The body part of a post's content as Masthead reads it back: header removed (and the comment
 * and header of posts sent before block markup), photos that the article has (known by their
 * address on the site) pointing at the local file again so the editor keeps them as photos.
 */
export function bodyFromPostContent(content: string, localFileOf: (url: string) => string | null): string {
  const withoutHeader = content
    .replace(new RegExp(`<!-- wp:group \\{"className":"${HEADER_CLASS}"\\} -->[\\s\\S]*?<!-- /wp:group -->\\s*`), '')
    .replace(/<!--\s*masthead:article [^>]*-->\s*/g, '')
    .replace(new RegExp(`<div[^>]*class="${HEADER_CLASS}"[^>]*>[\\s\\S]*?</div>\\s*`), '');
  return withoutHeader.replace(/<img\b([^>]*?)\bsrc="([^"]*)"([^>]*)>/g, (whole, before: string, src: string, after: string) => {
    const file = localFileOf(src.replace(/&amp;/g, '&'));
    return file ? `<img${before}${PHOTO_FILE_ATTRIBUTE}="${file}" src="${mediaPath(file)}"${after}>` : whole;
  });
}
