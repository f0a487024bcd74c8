import {
  paragraph,
  textNode,
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
import { blockDirection, textDirection, type TextDirection } from '../../common/rules/direction.js';
import { MEDIA_FILE_NAME } from '../../common/rules/photo.js';

/**
 * The one walk over the stored Lexical JSON that every exporter shares. A format is a set of
 * converters, one per node type; the walker decides which converter a node goes to and hands it
 * a `walk` to render the node's children with the same converters. Nothing here knows a format,
 * and no converter has to know how the tree is nested. A node type without a converter is a bug
 * caught by the type checker; a node the schema does not know never gets here (such an article is
 * reported as damaged when it is read).
 *
 * Direction: every block gets its direction from the shared rule `blockDirection` (the one the
 * editor stored, else its text's first strong letter, else the article's), worked out here and
 * handed to the block's converter. Inside a block, a run of the other direction (an English name in
 * Arabic copy, an Arabic title in English copy) is handed to the format's `isolate`, so it keeps
 * its own order and its own punctuation whatever surrounds it. A run spans text nodes and
 * formatting ("**Dmitry** Peskov" is one run, never two isolates whose order would flip), takes
 * in the punctuation written against it (the quotes and full stop of "We are ready."), and never
 * splits a link or crosses a line break.
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

/** A caption line as rendered: its text in the format and the line's direction. */
export interface RenderedLine {
  text: string;
  dir: TextDirection;
}

/** Renders children with the same converters. `depth` counts enclosing lists (0 outside any). */
export interface Walk {
  /** The article's direction (its language's): what a block with no letters takes. */
  readonly articleDirection: TextDirection;
  /** Inline nodes; given the block's direction, runs of the other direction go to `isolate`. */
  inline(nodes: readonly SerializedInlineNode[], dir?: TextDirection): string;
  /** A plain string (byline, dateline, credit) as text of a block in `dir`, runs isolated. */
  text(text: string, dir: TextDirection): string;
  blocks(nodes: readonly SerializedBlockNode[]): string;
  /** The list's items, each rendered with its own direction (`listDir` when it has no letters). */
  listItems(list: SerializedListNode, listDir: TextDirection): string[];
  /** A photo's caption, one entry a paragraph, each with its own direction. */
  captionLines(photo: ExportPhoto): RenderedLine[];
  readonly depth: number;
}

export interface Converters {
  paragraph(node: SerializedParagraphNode, walk: Walk, dir: TextDirection): string;
  heading(node: SerializedHeadingNode, walk: Walk, dir: TextDirection): string;
  quote(node: SerializedQuoteNode, walk: Walk, dir: TextDirection): string;
  list(node: SerializedListNode, walk: Walk, dir: TextDirection): string;
  /** `inline` is the item's own text; `nested` the lists inside it, already rendered. */
  listitem(node: SerializedListItemNode, parts: { inline: string; nested: string[] }, walk: Walk, dir: TextDirection): string;
  photo(photo: ExportPhoto, walk: Walk): string;
  /** A run of the other direction inside a block; without it, runs are written as they are. */
  isolate?(inner: string, dir: TextDirection): string;
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

export function walker(converters: Converters, articleDirection: TextDirection, depth = 0): Walk {
  const join = converters.joinBlocks ?? ((parts: string[]) => parts.join(''));
  const render = (nodes: readonly SerializedInlineNode[]): string => {
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
  };
  const walk: Walk = {
    depth,
    articleDirection,
    inline(nodes, dir) {
      const isolate = converters.isolate;
      if (!dir || !isolate) return render(nodes);
      return inlineRuns(nodes, dir)
        .map((run) => (run.dir ? isolate(render(run.nodes), run.dir) : render(run.nodes)))
        .join('');
    },
    text(text, dir) {
      return walk.inline([textNode(text)], dir);
    },
    blocks(nodes) {
      const parts: string[] = [];
      for (const node of nodes) {
        switch (node.type) {
          case 'paragraph':
            parts.push(converters.paragraph(node, walk, inlineDirection(node, articleDirection)));
            break;
          case 'heading':
            parts.push(converters.heading(node, walk, inlineDirection(node, articleDirection)));
            break;
          case 'quote':
            parts.push(converters.quote(node, walk, inlineDirection(node, articleDirection)));
            break;
          case 'list':
            parts.push(converters.list(node, walk, listDirection(node, articleDirection)));
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
    listItems(list, listDir) {
      const inner = walker(converters, articleDirection, depth + 1);
      return list.children
        .filter((item) => item.type === 'listitem')
        .map((item) => {
          const inline = item.children.filter((c): c is SerializedInlineNode => c.type !== 'list');
          const dir = blockDirection(storedDirection(item), plainInline(inline), listDir);
          const nested = item.children
            .filter((c): c is SerializedListNode => c.type === 'list')
            .map((l) => converters.list(l, inner, blockDirection(storedDirection(l), listText(l), dir)));
          return converters.listitem(item, { inline: inner.inline(inline, dir), nested }, inner, dir);
        });
    },
    captionLines(photo) {
      return photo.caption
        .map((p) => {
          const dir = inlineDirection(p, articleDirection);
          return { text: walk.inline(p.children, dir).trim(), dir };
        })
        .filter((line) => line.text !== '');
    },
  };
  return walk;
}

/** The direction the editor stored on a node, if it stored one. */
function storedDirection(node: object): string | null {
  const { direction } = node as { direction?: unknown };
  return typeof direction === 'string' ? direction : null;
}

/** A paragraph's, heading's, quote's or caption line's direction. */
function inlineDirection(node: { children: readonly SerializedInlineNode[] }, articleDirection: TextDirection): TextDirection {
  return blockDirection(storedDirection(node), plainInline(node.children), articleDirection);
}

/** All the words of a list, nested lists included, in order. */
function listText(list: SerializedListNode): string {
  return list.children
    .map((item) => item.children.map((c) => (c.type === 'list' ? listText(c) : plainInline([c]))).join(''))
    .join('\n');
}

/** A list's direction: stored, else its first strong letter's, else the article's. */
function listDirection(list: SerializedListNode, articleDirection: TextDirection): TextDirection {
  return blockDirection(storedDirection(list), listText(list), articleDirection);
}

/** Letters and digits of the right-to-left scripts and their own punctuation (، ؛ ؟). */
const RTL_SCRIPT = /[\p{scx=Arabic}\p{scx=Hebrew}\p{scx=Syriac}\p{scx=Thaana}\p{scx=Nko}]/u;
/** Stands in for a line break or tab in the flattened text: no run crosses it. */
const HARD_BREAK = '\n';
/**
 * A quick look before the word-by-word one, exact for `textDirection`'s scripts: every letter of
 * Hebrew, Arabic, Syriac, Thaana, NKo, Samaritan and Mandaic is in these Basic Multilingual Plane
 * blocks, and Adlam's and the other right-to-left letters past it in the two astral ranges. A block
 * with no character there has no right-to-left letter; one whose letters are all in the BMP blocks
 * has no left-to-right letter.
 */
const MAY_HAVE_RTL = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF\u{10800}-\u{10FFF}\u{1E800}-\u{1EFFF}]/u;
const MAY_HAVE_LTR = /(?![\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF])\p{L}/u;
/** A word (letters, with the marks that sit on them) or a hard break. */
const WORD_OR_BREAK = /[\p{L}\p{M}]+|\n/gu;

/** Whether `ch`, written against a run (no space between), belongs with it: punctuation, digits, not the block's own script. */
function attaches(ch: string, dir: TextDirection): boolean {
  if (ch === HARD_BREAK || /[\s\p{L}]/u.test(ch)) return false;
  return dir === 'ltr' || !RTL_SCRIPT.test(ch);
}

/**
 * The block's inline nodes cut into runs: `dir` null for text in the block's direction, the other
 * direction for a run to isolate. Text nodes are split where a run starts or ends; links and line
 * breaks never are.
 */
export function inlineRuns(nodes: readonly SerializedInlineNode[], dir: TextDirection): Array<{ nodes: SerializedInlineNode[]; dir: TextDirection | null }> {
  const other: TextDirection = dir === 'rtl' ? 'ltr' : 'rtl';
  const atoms = nodes.map((node) => ({
    node,
    text: node.type === 'text' ? node.text : node.type === 'link' || node.type === 'autolink' ? plainInline(node.children) : HARD_BREAK,
    start: 0,
  }));
  let flat = '';
  for (const atom of atoms) {
    atom.start = flat.length;
    flat += atom.text;
  }
  if (!(dir === 'rtl' ? MAY_HAVE_LTR : MAY_HAVE_RTL).test(flat)) return [{ nodes: [...nodes], dir: null }];

  // From the first letter of the other direction to the last one before a letter of the block's
  // own or a line break. Words and line breaks are found by one regular expression, and a word
  // takes the direction of its letters (two looked up, all of them only in a word that mixes
  // scripts), so a long block costs a few steps a word rather than a few a character.
  const ranges: Array<[number, number]> = [];
  let start = -1;
  let end = -1;
  const close = () => {
    if (start >= 0) ranges.push([start, end]);
    start = -1;
  };
  const letters = (d: TextDirection | null, at: number, to: number) => {
    if (d === dir) close();
    else if (d === other) {
      if (start < 0) start = at;
      end = to;
    }
  };
  for (const match of flat.matchAll(WORD_OR_BREAK)) {
    const word = match[0];
    const at = match.index;
    if (word === HARD_BREAK) {
      close();
      continue;
    }
    const first = textDirection(word);
    const last = textDirection(String.fromCodePoint(word.codePointAt(word.length - 1)!));
    if (first === last) {
      letters(first, at, at + word.length);
      continue;
    }
    for (let i = 0; i < word.length; ) {
      const ch = String.fromCodePoint(word.codePointAt(i)!);
      letters(textDirection(ch), at + i, at + i + ch.length);
      i += ch.length;
    }
  }
  close();
  if (ranges.length === 0) return [{ nodes: [...nodes], dir: null }];

  for (const range of ranges) {
    while (range[0] > 0 && attaches(flat[range[0] - 1]!, dir)) range[0]--;
    while (range[1] < flat.length && attaches(flat[range[1]]!, dir)) range[1]++;
    // A link is isolated whole or not at all.
    for (const atom of atoms) {
      if (atom.node.type !== 'link' && atom.node.type !== 'autolink') continue;
      const atomEnd = atom.start + atom.text.length;
      if (range[0] < atomEnd && range[1] > atom.start) {
        range[0] = Math.min(range[0], atom.start);
        range[1] = Math.max(range[1], atomEnd);
      }
    }
  }
  const merged: Array<[number, number]> = [];
  for (const range of ranges) {
    const last = merged[merged.length - 1];
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([range[0], range[1]]);
  }

  const runs: Array<{ nodes: SerializedInlineNode[]; dir: TextDirection | null }> = [];
  const push = (node: SerializedInlineNode, isolated: boolean) => {
    const runDir = isolated ? other : null;
    const last = runs[runs.length - 1];
    if (last && last.dir === runDir) last.nodes.push(node);
    else runs.push({ nodes: [node], dir: runDir });
  };
  const inRange = (at: number) => merged.some(([a, b]) => at >= a && at < b);
  for (const atom of atoms) {
    if (atom.node.type !== 'text') {
      push(atom.node, atom.text.length > 0 && inRange(atom.start));
      continue;
    }
    const node = atom.node;
    const cuts = new Set([0, atom.text.length]);
    for (const [a, b] of merged) {
      for (const at of [a - atom.start, b - atom.start]) if (at > 0 && at < atom.text.length) cuts.add(at);
    }
    const sorted = [...cuts].sort((x, y) => x - y);
    for (let k = 0; k + 1 < sorted.length; k++) {
      const piece = atom.text.slice(sorted[k], sorted[k + 1]);
      push({ ...node, text: piece }, inRange(atom.start + sorted[k]!));
    }
  }
  return runs;
}

/** Walks a whole body with one format's converters. */
export function convertBody(body: ArticleBody, converters: Converters, articleDirection: TextDirection): string {
  return walker(converters, articleDirection).blocks(body.root.children);
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
