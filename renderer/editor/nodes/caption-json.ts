import type {
  SerializedCaption,
  SerializedInlineNode,
  SerializedLinkNode,
  SerializedParagraphNode,
  SerializedTextNode,
} from '../../../electron/common/lexical-nodes.js';
import { isAllowedLinkUrl } from '../url-scheme.js';

/**
 * A photo caption as stored: paragraphs of text that may be bold, italic or linked (web and email
 * links only). Whatever arrives (a file written by another program, Lexical's own clipboard
 * format from some web page) passes through sanitizeCaption before it becomes the caption editor's
 * state, so the caption never holds anything the article schema and the exporters do not expect.
 * Pure and DOM-free.
 */

/** Lexical's text format bits that a caption keeps. */
export const CAPTION_FORMAT_BOLD = 1;
export const CAPTION_FORMAT_ITALIC = 2;
const CAPTION_FORMATS = CAPTION_FORMAT_BOLD | CAPTION_FORMAT_ITALIC;
const MAX_CAPTION_TEXT = 5000;

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

function text(value: string, format = 0): SerializedTextNode {
  return { type: 'text', version: 1, text: value, format, detail: 0, mode: 'normal', style: '' };
}

function paragraph(children: SerializedInlineNode[]): SerializedParagraphNode {
  return { type: 'paragraph', version: 1, direction: null, format: '', indent: 0, textFormat: 0, textStyle: '', children };
}

function caption(paragraphs: SerializedParagraphNode[]): SerializedCaption {
  return {
    root: {
      type: 'root',
      version: 1,
      direction: null,
      format: '',
      indent: 0,
      // An editor needs a block to put the caret in.
      children: paragraphs.length > 0 ? paragraphs : [paragraph([])],
    },
  };
}

/** A caption with one empty paragraph: what a new photo starts with. */
export function emptyCaption(): SerializedCaption {
  return caption([]);
}

/** A caption from plain text, one paragraph per line. */
export function captionFromText(value: string): SerializedCaption {
  const lines = value.split(/\r?\n/).filter((line) => line.trim() !== '');
  return caption(lines.map((line) => paragraph([text(line)])));
}

function sanitizeInline(nodes: unknown, budget: { left: number }): SerializedInlineNode[] {
  if (!Array.isArray(nodes)) return [];
  const out: SerializedInlineNode[] = [];
  for (const node of nodes) {
    if (!isObject(node) || budget.left <= 0) continue;
    if (node.type === 'text' || node.type === 'tab') {
      const value = typeof node.text === 'string' ? node.text.slice(0, budget.left) : '';
      budget.left -= value.length;
      const format = typeof node.format === 'number' && Number.isInteger(node.format) ? node.format & CAPTION_FORMATS : 0;
      if (value) out.push(text(node.type === 'tab' ? ' ' : value, format));
    } else if (node.type === 'linebreak') {
      out.push({ type: 'linebreak', version: 1 });
    } else if (node.type === 'link' || node.type === 'autolink') {
      // A link inside a link keeps its words, not its address.
      const children = sanitizeInline(node.children, budget).flatMap((child) =>
        child.type === 'link' || child.type === 'autolink' ? (child as SerializedLinkNode).children : [child],
      );
      const url = typeof node.url === 'string' ? node.url : '';
      if (isAllowedLinkUrl(url) && children.length > 0) {
        const link: SerializedLinkNode = {
          type: 'link',
          version: 1,
          url,
          rel: null,
          target: null,
          title: null,
          direction: null,
          format: '',
          indent: 0,
          children,
        };
        out.push(link);
      } else {
        // A link to anything but the web or email keeps its words and loses the link.
        out.push(...children);
      }
    } else if (Array.isArray(node.children)) {
      // Something that is not inline text (a heading, a list…): keep its words.
      out.push(...sanitizeInline(node.children, budget));
    }
  }
  return out;
}

/** Any value to a well-formed caption: paragraphs, plain or bold/italic text, safe links. */
export function sanitizeCaption(value: unknown): SerializedCaption {
  const root = isObject(value) && isObject(value.root) ? value.root : null;
  const blocks = root && Array.isArray(root.children) ? root.children : [];
  const budget = { left: MAX_CAPTION_TEXT };
  const paragraphs: SerializedParagraphNode[] = [];
  for (const block of blocks) {
    if (!isObject(block)) continue;
    const children = sanitizeInline(Array.isArray(block.children) ? block.children : [block], budget);
    const dir = block.direction === 'rtl' || block.direction === 'ltr' ? block.direction : null;
    paragraphs.push({ ...paragraph(children), direction: dir });
  }
  return caption(paragraphs);
}

function inlineText(nodes: readonly SerializedInlineNode[]): string {
  return nodes
    .map((node) => {
      if (node.type === 'text' || node.type === 'tab') return (node as { text?: string }).text ?? '';
      if (node.type === 'linebreak') return '\n';
      return 'children' in node && Array.isArray(node.children) ? inlineText(node.children as SerializedInlineNode[]) : '';
    })
    .join('');
}

/** The caption's words, one line per paragraph (for checks and the plain-text exports). */
export function captionPlainText(value: SerializedCaption): string {
  return value.root.children
    .map((p) => inlineText(p.children))
    .join('\n')
    .trim();
}
