import type { Article } from '../../common/article.js';
import { articleParts } from './article-parts.js';
import { stripInvalidChars } from './escape.js';
import { captionText, convertBody, leadPhotoOf, mediaPath, type Converters, type ExportPhoto } from './walker.js';

/**
 * Markdown (CommonMark; strikethrough as `~~`, the common extension). Text is escaped so that an
 * asterisk, a bracket or a leading "1." or "#" in the copy stays text. Markdown has no direction
 * or language per block: the reader's app sets those for the whole document.
 */

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

function photoMarkdown(photo: ExportPhoto): string {
  const lines: string[] = [];
  if (photo.file) lines.push(`![${escapeMarkdown(photo.altText.trim()).replace(/\n/g, ' ')}](${linkDestination(mediaPath(photo.file))})`);
  const caption = [captionText(photo), photo.credit.trim() ? `(${photo.credit.trim()})` : ''].filter(Boolean).join(' ');
  if (caption) lines.push(`*${escapeMarkdown(caption).replace(/\n/g, ' ')}*`);
  // Two lines of one paragraph: a hard break between image and caption.
  return lines.join('\\\n');
}

export const markdownConverters: Converters = {
  paragraph: (node, walk) => walk.inline(node.children).trim(),
  heading: (node, walk) => `${'#'.repeat(Number(node.tag.slice(1)))} ${walk.inline(node.children).replace(/\\\n/g, ' ').trim()}`,
  quote: (node, walk) => indentLines(walk.inline(node.children).trim(), '> ') || '>',
  list: (node, walk) => {
    const start = node.start ?? 1;
    return walk
      .listItems(node)
      .map((item, i) => {
        const marker = node.listType === 'number' ? `${start + i}. ` : '- ';
        return indentLines(item, ' '.repeat(marker.length), marker);
      })
      .join('\n');
  },
  listitem: (_node, { inline, nested }) => [inline.trim() || ' ', ...nested].join('\n'),
  photo: photoMarkdown,
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
  linebreak: () => '\\\n',
  tab: () => ' ',
  joinBlocks: (blocks) => blocks.filter((b) => b.trim() !== '').join('\n\n'),
};

export function exportMarkdown(article: Article): string {
  const parts = articleParts(article);
  const out: string[] = [`# ${escapeMarkdown(article.headline.trim()).replace(/\n/g, ' ') || ' '}`];
  if (article.dek.trim()) out.push(`*${escapeMarkdown(article.dek.trim())}*`);
  const credits = [parts.byline.by, parts.byline.translatedBy].filter((x): x is string => Boolean(x)).map(escapeMarkdown);
  if (credits.length) out.push(credits.join('\\\n'));
  const dateline = [article.dateline.trim(), parts.publishedText ?? ''].filter(Boolean).map(escapeMarkdown).join(' — ');
  if (dateline) out.push(dateline);
  const lead = leadPhotoOf(article.body, article.leadPhoto);
  if (lead.photo && !lead.inBody) out.push(photoMarkdown(lead.photo));
  const body = convertBody(article.body, markdownConverters);
  if (body) out.push(body);
  if (article.sources.length) out.push(escapeMarkdown(article.sources.join(', ')));
  return `${out.join('\n\n')}\n`;
}
