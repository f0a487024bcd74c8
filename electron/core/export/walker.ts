import {
  paragraph,
  type ArticleBody,
  type SerializedBlockNode,
  type SerializedHeadingNode,
  type SerializedInlineNode,
  type SerializedLinkNode,
  type SerializedListItemNode,
  type SerializedListNode,
  type SerializedParagraphNode,
  type SerializedPhotoNode,
  type SerializedQuoteNode,
  type SerializedTextNode,
} from '../../common/lexical-nodes.js';
import type { Article, LeadPhoto } from '../../common/article.js';
import { MEDIA_FILE_NAME } from '../../common/rules/photo.js';

/**
 * The one walk over the stored Lexical JSON that every exporter shares. A format is a set of
 * converters, one per node type; the walker decides which converter a node goes to and hands it
 * a `walk` to render the node's children with the same converters. Nothing here knows a format,
 * and no converter has to know how the tree is nested. A node type without a converter is a bug
 * caught by the type checker; a node the schema does not know never gets here (such an article is
 * reported as damaged when it is read).
 */

/** Lexical's text format bits (the ones the editor offers). */
export const FORMAT = { bold: 1, italic: 2, strikethrough: 4, underline: 8 } as const;

export interface TextMarks {
  bold: boolean;
  italic: boolean;
  strikethrough: boolean;
  underline: boolean;
}

export function marksOf(format: number): TextMarks {
  return {
    bold: (format & FORMAT.bold) !== 0,
    italic: (format & FORMAT.italic) !== 0,
    strikethrough: (format & FORMAT.strikethrough) !== 0,
    underline: (format & FORMAT.underline) !== 0,
  };
}

/** A photo as the exporters see it: a body photo, or the article's separate lead photo. */
export interface ExportPhoto {
  /** A file in the bundle's media/ folder, or null for a lead photo that has only its words. */
  file: string | null;
  width: number | null;
  height: number | null;
  /** The caption's paragraphs (inline text with bold, links…). */
  caption: SerializedParagraphNode[];
  credit: string;
  altText: string;
  isLead: boolean;
}

export type Direction = 'ltr' | 'rtl' | null;

/** Renders children with the same converters. `depth` counts enclosing lists (0 outside any). */
export interface Walk {
  inline(nodes: readonly SerializedInlineNode[]): string;
  blocks(nodes: readonly SerializedBlockNode[]): string;
  listItems(list: SerializedListNode): string[];
  readonly depth: number;
}

export interface Converters {
  paragraph(node: SerializedParagraphNode, walk: Walk): string;
  heading(node: SerializedHeadingNode, walk: Walk): string;
  quote(node: SerializedQuoteNode, walk: Walk): string;
  list(node: SerializedListNode, walk: Walk): string;
  /** `inline` is the item's own text; `nested` the lists inside it, already rendered. */
  listitem(node: SerializedListItemNode, parts: { inline: string; nested: string[] }, walk: Walk): string;
  photo(photo: ExportPhoto, walk: Walk): string;
  /** `safeUrl` is the checked, normalised address, or null when the scheme is not allowed. */
  link(node: SerializedLinkNode, safeUrl: string | null, walk: Walk): string;
  text(node: SerializedTextNode, marks: TextMarks): string;
  linebreak(): string;
  tab(): string;
  /** Joins rendered blocks (e.g. "\n\n" for Markdown). */
  joinBlocks?(blocks: string[]): string;
}

const ALLOWED_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);

/**
 * The address to write for a link, or null when it must not be written: only http, https and
 * mailto, checked again here whatever the editor checked. The WHATWG parser drops leading and
 * trailing spaces and control characters and removes tabs and newlines inside, so
 * " \u0001java\tscript:…" is read exactly as a browser would read it, and is refused. The
 * normalised form is returned, so what is checked is what is written.
 */
export function safeLinkUrl(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (!ALLOWED_PROTOCOLS.has(parsed.protocol)) return null;
  if (parsed.protocol === 'mailto:' ? parsed.pathname.length === 0 : parsed.hostname.length === 0) return null;
  return parsed.href;
}

export function photoFromNode(node: SerializedPhotoNode): ExportPhoto {
  return {
    file: node.file,
    width: node.width,
    height: node.height,
    caption: node.caption.root.children,
    credit: node.credit,
    altText: node.altText,
    isLead: node.isLead,
  };
}

export function photoFromLead(lead: LeadPhoto): ExportPhoto {
  const caption = lead.caption
    .split(/\n+/)
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => paragraph(line));
  // The lead photo's file name is not checked by the schema the way a photo node's is.
  const file = lead.file !== null && MEDIA_FILE_NAME.test(lead.file) ? lead.file : null;
  return { file, width: null, height: null, caption, credit: lead.credit, altText: lead.altText, isLead: true };
}

export function walker(converters: Converters, depth = 0): Walk {
  const join = converters.joinBlocks ?? ((parts: string[]) => parts.join(''));
  const walk: Walk = {
    depth,
    inline(nodes) {
      let out = '';
      for (const node of nodes) {
        switch (node.type) {
          case 'text':
            out += converters.text(node, marksOf(node.format));
            break;
          case 'linebreak':
            out += converters.linebreak();
            break;
          case 'tab':
            out += converters.tab();
            break;
          case 'link':
          case 'autolink':
            out += converters.link(node, safeLinkUrl(node.url), walk);
            break;
          default:
            // Not in the schema: never exported.
            break;
        }
      }
      return out;
    },
    blocks(nodes) {
      const parts: string[] = [];
      for (const node of nodes) {
        switch (node.type) {
          case 'paragraph':
            parts.push(converters.paragraph(node, walk));
            break;
          case 'heading':
            parts.push(converters.heading(node, walk));
            break;
          case 'quote':
            parts.push(converters.quote(node, walk));
            break;
          case 'list':
            parts.push(converters.list(node, walk));
            break;
          case 'photo':
            parts.push(converters.photo(photoFromNode(node), walk));
            break;
          default:
            break;
        }
      }
      return join(parts);
    },
    listItems(list) {
      const inner = walker(converters, depth + 1);
      return list.children
        .filter((item) => item.type === 'listitem')
        .map((item) => {
          const inline = item.children.filter((c): c is SerializedInlineNode => c.type !== 'list');
          const nested = item.children.filter((c): c is SerializedListNode => c.type === 'list').map((l) => converters.list(l, inner));
          return converters.listitem(item, { inline: inner.inline(inline), nested }, inner);
        });
    },
  };
  return walk;
}

/** Walks a whole body with one format's converters. */
export function convertBody(body: ArticleBody, converters: Converters): string {
  return walker(converters).blocks(body.root.children);
}

/** The photo the article leads with: a body photo marked as lead, else the separate lead photo. */
export function leadPhotoOf(body: ArticleBody, lead: LeadPhoto | null): { photo: ExportPhoto | null; inBody: boolean } {
  const bodyLead = body.root.children.find((b): b is SerializedPhotoNode => b.type === 'photo' && b.isLead);
  if (bodyLead) return { photo: photoFromNode(bodyLead), inBody: true };
  if (lead && (lead.file || lead.caption.trim() || lead.altText.trim())) return { photo: photoFromLead(lead), inBody: false };
  return { photo: null, inBody: false };
}

export function bodyPhotos(body: ArticleBody): ExportPhoto[] {
  return body.root.children.filter((b): b is SerializedPhotoNode => b.type === 'photo').map(photoFromNode);
}

/** The media files an article shows (its lead photo and the photos in its body), each once. */
export function photoFiles(article: Pick<Article, 'body' | 'leadPhoto'>): string[] {
  const lead = leadPhotoOf(article.body, article.leadPhoto).photo;
  return [...new Set([lead?.file, ...bodyPhotos(article.body).map((photo) => photo.file)].filter((file): file is string => Boolean(file)))];
}

export function directionOf(node: { direction?: Direction | undefined }): Direction {
  return node.direction === 'ltr' || node.direction === 'rtl' ? node.direction : null;
}

/** The plain text of inline nodes (links become their text). */
export function plainInline(nodes: readonly SerializedInlineNode[]): string {
  let out = '';
  for (const node of nodes) {
    if (node.type === 'text') out += node.text;
    else if (node.type === 'tab') out += '\t';
    else if (node.type === 'linebreak') out += '\n';
    else if (node.type === 'link' || node.type === 'autolink') out += plainInline(node.children);
  }
  return out;
}

export function captionText(photo: ExportPhoto): string {
  return photo.caption
    .map((p) => plainInline(p.children).trim())
    .filter(Boolean)
    .join(' ');
}

const MIME: Record<string, string> = { jpg: 'image/jpeg', png: 'image/png', webp: 'image/webp', gif: 'image/gif' };

export function mimeOfFile(file: string): string | null {
  return MIME[file.slice(file.lastIndexOf('.') + 1).toLowerCase()] ?? null;
}

/** The relative address an export uses for a photo: the media folder goes alongside the file. */
export function mediaPath(file: string): string {
  return `media/${file}`;
}
