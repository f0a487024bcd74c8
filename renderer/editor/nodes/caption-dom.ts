import type { SerializedCaption, SerializedInlineNode } from '../../../electron/common/lexical-nodes.js';
import { CAPTION_FORMAT_BOLD, CAPTION_FORMAT_ITALIC, sanitizeCaption } from './caption-json.js';

/**
 * A pasted or imported `<figcaption>` as caption data: its words with bold, italic and links,
 * one paragraph per block. Runs on the already-cleaned DOM; sanitizeCaption checks it once more.
 */
const BLOCK = new Set(['P', 'DIV', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'BLOCKQUOTE', 'UL', 'OL']);

export function captionFromElement(element: Element): SerializedCaption {
  const paragraphs: SerializedInlineNode[][] = [[]];
  const current = (): SerializedInlineNode[] => paragraphs[paragraphs.length - 1]!;
  const breakParagraph = (): void => {
    if (current().length > 0) paragraphs.push([]);
  };

  const walk = (node: Node, format: number, into: SerializedInlineNode[] | null): void => {
    const target = into ?? current();
    if (node.nodeType === Node.TEXT_NODE) {
      const text = (node.textContent ?? '').replace(/\s+/g, ' ');
      if (text.trim() !== '' || (text === ' ' && target.length > 0)) {
        target.push({ type: 'text', version: 1, text, format, detail: 0, mode: 'normal', style: '' });
      }
      return;
    }
    if (node.nodeType !== Node.ELEMENT_NODE) return;
    const el = node as Element;
    const tag = el.tagName;
    if (tag === 'BR') {
      target.push({ type: 'linebreak', version: 1 });
      return;
    }
    if (BLOCK.has(tag) && into === null) breakParagraph();
    let nextFormat = format;
    if (tag === 'STRONG' || tag === 'B') nextFormat |= CAPTION_FORMAT_BOLD;
    if (tag === 'EM' || tag === 'I') nextFormat |= CAPTION_FORMAT_ITALIC;
    if (tag === 'A' && into === null && el.getAttribute('href')) {
      const children: SerializedInlineNode[] = [];
      for (const child of Array.from(el.childNodes)) walk(child, nextFormat, children);
      current().push({ type: 'link', version: 1, url: el.getAttribute('href') ?? '', children });
      return;
    }
    for (const child of Array.from(el.childNodes)) walk(child, nextFormat, into);
    if (BLOCK.has(tag) && into === null) breakParagraph();
  };

  for (const child of Array.from(element.childNodes)) walk(child, 0, null);
  const trimmed = paragraphs.filter((p) => p.length > 0);
  return sanitizeCaption({ root: { type: 'root', children: trimmed.map((children) => ({ type: 'paragraph', children })) } });
}
