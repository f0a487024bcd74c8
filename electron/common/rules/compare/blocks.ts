import type {
  ArticleBody,
  SerializedBlockNode,
  SerializedCaption,
  SerializedInlineNode,
  SerializedListItemNode,
  SerializedListNode,
} from '../../lexical-nodes.js';
import { normalizeText } from './words.js';

/**
 * The body flattened into the units an editor compares: paragraphs, headings, quotes, list items
 * and photos. Lists are containers, not blocks: each item is compared on its own, like a
 * paragraph, so adding one item to a list marks that item and not the whole list.
 */
export type BlockKind = 'paragraph' | 'heading' | 'quote' | 'listitem' | 'photo';

/** A photo's compared parts; the caption as plain text. */
export interface PhotoParts {
  file: string;
  caption: string;
  credit: string;
  altText: string;
}

/** The inline formats the editor offers, as Lexical's text format bits. */
export const FORMAT_BITS = { bold: 1, italic: 2, strikethrough: 4, underline: 8 } as const;
export type FormatMark = keyof typeof FORMAT_BITS;
const SHOWN_FORMATS = FORMAT_BITS.bold | FORMAT_BITS.italic | FORMAT_BITS.strikethrough | FORMAT_BITS.underline;

/** A stretch of a block's text in one format: its format bits and the link it is in (or null). */
export interface InlineRun {
  text: string;
  format: number;
  link: string | null;
}

export interface Block {
  /** The path joined with dots ("3.0.1"): unique within one article, for React keys and ids. */
  key: string;
  kind: BlockKind;
  /** A heading's tag ("h2"), a list item's list type ("bullet", "number"); empty for the other kinds. */
  variant: string;
  /** Plain text, links as their text and line breaks as "\n"; a photo's caption. */
  text: string;
  /** The text in runs of one format and link; their texts join to `text`. A photo has none. */
  runs: InlineRun[];
  /**
   * The formatted runs' texts and formats, empty when the block has no bold, italic, underline,
   * strikethrough or link: two blocks with the same text and key look the same.
   */
  formatKey: string;
  /**
   * Where the node is: each number indexes the `children` of the node before it, starting at
   * body.root.children, so [2, 0, 1, 3] is root → list 2 → item 0 → nested list 1 → item 3.
   */
  path: number[];
  direction: 'ltr' | 'rtl' | null;
  /** 1-based position among the article's blocks of the same kind, for "Paragraph 4". */
  ordinal: number;
  /** Set for photos only. */
  photo: PhotoParts | null;
}

function directionOf(node: { [field: string]: unknown }): 'ltr' | 'rtl' | null {
  const direction = node['direction'];
  return direction === 'ltr' || direction === 'rtl' ? direction : null;
}

/** Appends the inline nodes' text to `runs`, joining a run to the one before it when they look the same. */
function collectRuns(nodes: ReadonlyArray<SerializedInlineNode>, link: string | null, runs: InlineRun[]): void {
  for (const node of nodes) {
    if (node.type === 'link' || node.type === 'autolink') {
      collectRuns(node.children, node.url, runs);
      continue;
    }
    const text = node.type === 'linebreak' ? '\n' : typeof node.text === 'string' ? node.text : '';
    if (!text) continue;
    const format = node.type === 'text' ? node.format & SHOWN_FORMATS : 0;
    const last = runs[runs.length - 1];
    if (last && last.format === format && last.link === link) last.text += text;
    else runs.push({ text, format, link });
  }
}

function inlineRuns(nodes: ReadonlyArray<SerializedInlineNode>): Pick<Block, 'text' | 'runs' | 'formatKey'> {
  const runs: InlineRun[] = [];
  collectRuns(nodes, null, runs);
  if (runs.length === 1 && runs[0]!.format === 0 && runs[0]!.link === null) return { text: runs[0]!.text, runs, formatKey: '' };
  let text = '';
  let formatKey = '';
  let formatted = false;
  for (const run of runs) {
    text += run.text;
    const plain = run.format === 0 && run.link === null;
    formatted ||= !plain;
    // Plain runs count only as a boundary: spacing inside them is no visible formatting.
    formatKey += plain ? '\u0001' : `\u0001${run.format}\u0002${run.link ?? ''}\u0002${normalizeText(run.text)}`;
  }
  return { text, runs, formatKey: formatted ? formatKey : '' };
}

function captionText(caption: SerializedCaption): string {
  return caption.root.children.map((p) => inlineRuns(p.children).text).join('\n');
}

/** A list item's own text, without the lists nested in it (their items are blocks of their own). */
function itemInline(item: SerializedListItemNode): SerializedInlineNode[] {
  return item.children.filter((c): c is SerializedInlineNode => c.type !== 'list');
}

export function articleBlocks(body: ArticleBody): Block[] {
  const blocks: Block[] = [];
  const ordinals = new Map<BlockKind, number>();
  const add = (kind: BlockKind, path: number[], fields: Pick<Block, 'variant' | 'text' | 'runs' | 'formatKey' | 'direction' | 'photo'>) => {
    const ordinal = (ordinals.get(kind) ?? 0) + 1;
    ordinals.set(kind, ordinal);
    blocks.push({ key: path.join('.'), kind, path, ordinal, ...fields });
  };

  const visitList = (list: SerializedListNode, path: number[]) => {
    list.children.forEach((item, i) => {
      const itemPath = [...path, i];
      const inline = itemInline(item);
      // An item holding nothing but a nested list is how Lexical indents: structure, not text.
      const isIndentWrapper = inline.length === 0 && item.children.length > 0;
      if (!isIndentWrapper) {
        add('listitem', itemPath, { variant: list.listType, ...inlineRuns(inline), direction: directionOf(item), photo: null });
      }
      item.children.forEach((child, c) => {
        if (child.type === 'list') visitList(child, [...itemPath, c]);
      });
    });
  };

  body.root.children.forEach((node: SerializedBlockNode, i) => {
    const path = [i];
    switch (node.type) {
      case 'list':
        visitList(node, path);
        break;
      case 'photo': {
        const photo = { file: node.file, caption: captionText(node.caption), credit: node.credit, altText: node.altText };
        add('photo', path, { variant: '', text: photo.caption, runs: [], formatKey: '', direction: null, photo });
        break;
      }
      case 'heading':
        add('heading', path, { variant: node.tag, ...inlineRuns(node.children), direction: directionOf(node), photo: null });
        break;
      default:
        add(node.type, path, { variant: '', ...inlineRuns(node.children), direction: directionOf(node), photo: null });
    }
  });
  return blocks;
}
