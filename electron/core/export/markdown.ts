import { stringify } from 'yaml';
import type { Article } from '../../common/article.js';
import { languageDirection, type TextDirection } from '../../common/rules/direction.js';
import { effectiveSlug } from '../../common/rules/slug.js';
import { articleParts, bylineNames } from './article-parts.js';
import { stripInvalidChars } from './escape.js';
import { bodyWithoutLead } from './html.js';
import { convertBody, leadPhotoOf, mediaPath, walker, type Converters, type ExportPhoto, type Walk } from './walker.js';

/**
 * Markdown (CommonMark; strikethrough as `~~`, the common extension) under YAML front matter, the
 * way Hugo and Jekyll read a post: title (headline), description (dek), slug (the CMS slug), date
 * (publish time), lastmod, categories (the section), tags, author (the names), byline (as
 * printed), dateline, lang and dir. The body follows: the lead photo once at the top, then the
 * blocks. Text is escaped so that an asterisk, a bracket or a leading "1." or "#" in the copy stays
 * text. Only the copy's own italic is `*…*`: a dek or a caption is not emphasis, and Arabic has no
 * italic, so neither is ever wrapped in it.
 *
 * Direction: Markdown has no syntax for it (raw HTML would be dropped by Hugo's default renderer,
 * and Jekyll's kramdown stops reading Markdown inside it), so the plain-text means are used, which
 * every renderer passes through and every text editor shows right: a block whose direction is not
 * the article's (front matter `dir`) has its text between Unicode isolates (LRI or RLI … PDI),
 * and so has a run of the other direction inside a block. The page's layout sets the document's
 * own direction from `dir`.
 */

/** A hard line break inside a paragraph (a backslash before the newline). */
const HARD_BREAK = '\\\n';

/** Unicode's directional isolates: left-to-right, right-to-left, pop. */
const LRI = '\u2066';
const RLI = '\u2067';
const PDI = '\u2069';

function isolatePlain(text: string, dir: TextDirection): string {
  return `${dir === 'ltr' ? LRI : RLI}${text}${PDI}`;
}

/** A block's text in its direction: each line isolated when the block's direction is not the article's. */
function inDirection(text: string, dir: TextDirection, walk: Walk): string {
  if (dir === walk.articleDirection || !text) return text;
  return text
    .split(HARD_BREAK)
    .map((line) => (line ? isolatePlain(line, dir) : line))
    .join(HARD_BREAK);
}


/** Inline punctuation that could start markup anywhere in a line. */
const INLINE_SPECIAL = /[\\`*_[\]<>!|~]/g;

export function escapeMarkdown(text: string): string {
  let out = stripInvalidChars(text).replace(INLINE_SPECIAL, (c) => `\\${c}`);
  // An entity reference would be decoded: "&amp;" must stay those five characters.
  out = out.replace(/&(?=#?[A-Za-z0-9]+;)/g, '\\&');
  // What starts a block at the start of a line (a text node may begin one): headings, lists,
  // setext underlines, numbered lists ("1." "1)").
  out = out.replace(/(^|\n)([ \t]*)([#+\-=])/g, '$1$2\\$3').replace(/(^|\n)([ \t]*\d{1,9})([.)])/g, '$1$2\\$3');
  return out;
}

/** Wraps text in emphasis markers, keeping spaces outside them (CommonMark's flanking rule). */
function wrap(text: string, marker: string): string {
  const m = /^(\s*)([\s\S]*?)(\s*)$/.exec(text);
  if (!m || !m[2]) return text;
  return `${m[1]}${marker}${m[2]}${marker}${m[3]}`;
}

/** A link address inside <…>: no spaces, line breaks or angle brackets. */
function linkDestination(url: string): string {
  return `<${url.replace(/[<>\s]/g, (c) => encodeURIComponent(c))}>`;
}

function indentLines(text: string, prefix: string, first = prefix): string {
  return text
    .split('\n')
    .map((line, i) => (line ? `${i === 0 ? first : prefix}${line}` : line))
    .join('\n');
}

function photoMarkdown(photo: ExportPhoto, walk: Walk): string {
  const lines: string[] = [];
  if (photo.file) lines.push(`![${escapeMarkdown(photo.altText.trim()).replace(/\n/g, ' ')}](${linkDestination(mediaPath(photo.file))})`);
  const credit = photo.credit.trim();
  for (const line of walk.captionLines(photo)) lines.push(inDirection(line.text.replace(/\\\n/g, ' '), line.dir, walk));
  if (credit) lines.push(walk.text(`(${credit})`, walk.articleDirection));
  // Lines of one paragraph: a hard break between image, caption and credit.
  return lines.join(HARD_BREAK);
}

export const markdownConverters: Converters = {
  paragraph: (node, walk, dir) => inDirection(walk.inline(node.children, dir).trim(), dir, walk),
  heading: (node, walk, dir) =>
    `${'#'.repeat(Number(node.tag.slice(1)))} ${inDirection(walk.inline(node.children, dir).replace(/\\\n/g, ' ').trim(), dir, walk)}`,
  quote: (node, walk, dir) => indentLines(inDirection(walk.inline(node.children, dir).trim(), dir, walk), '> ') || '>',
  list: (node, walk, dir) => {
    const start = node.start ?? 1;
    return walk
      .listItems(node, dir)
      .map((item, i) => {
        const marker = node.listType === 'number' ? `${start + i}. ` : '- ';
        return indentLines(item, ' '.repeat(marker.length), marker);
      })
      .join('\n');
  },
  listitem: (_node, { inline, nested }, walk, dir) => [inDirection(inline.trim(), dir, walk) || ' ', ...nested].join('\n'),
  photo: photoMarkdown,
  isolate: isolatePlain,
  link: (_node, url, walk) => {
    const text = walk.inline(_node.children);
    return url ? `[${text}](${linkDestination(url)})` : text;
  },
  text: (node, marks) => {
    let out = escapeMarkdown(node.text);
    if (marks.strikethrough) out = wrap(out, '~~');
    if (marks.italic) out = wrap(out, '*');
    if (marks.bold) out = wrap(out, '**');
    // Underline has no Markdown: the words stay, plain.
    return out;
  },
  linebreak: () => HARD_BREAK,
  tab: () => ' ',
  joinBlocks: (blocks) => blocks.filter((b) => b.trim() !== '').join('\n\n'),
};

/** The front matter's fields, in the order written; empty ones left out. */
function frontMatter(article: Article): Record<string, unknown> {
  const parts = articleParts(article);
  const fields: Record<string, unknown> = {
    title: article.headline.trim(),
    description: article.dek.trim() || null,
    slug: effectiveSlug(article.cmsSlug, article.headline),
    date: article.publishAt,
    lastmod: article.updatedAt,
    categories: article.section ? [article.section] : null,
    tags: article.tags.length ? article.tags : null,
    author: bylineNames(article),
    byline: [parts.byline.by, parts.byline.translatedBy].filter(Boolean).join('\n') || null,
    dateline: article.dateline.trim() || null,
    lang: article.language,
    dir: languageDirection(article.language),
  };
  return Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, typeof v === 'string' ? stripInvalidChars(v) : v]).filter(([, v]) => v !== null && v !== undefined && v !== ''));
}

export function exportMarkdown(article: Article): string {
  const dir = languageDirection(article.language);
  const walk = walker(markdownConverters, dir);
  const out: string[] = [];
  const lead = leadPhotoOf(article.body, article.leadPhoto);
  if (lead.photo) out.push(photoMarkdown(lead.photo, walk));
  const body = convertBody(bodyWithoutLead(article.body), markdownConverters, dir);
  if (body) out.push(body);
  if (article.sources.length) out.push(walk.text(article.sources.join(', '), dir));
  return `---\n${stringify(frontMatter(article), { lineWidth: 0 })}---\n\n${out.join('\n\n')}\n`;
}
