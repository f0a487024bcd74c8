import type { ArticleBody, SerializedBlockNode, SerializedInlineNode, SerializedListItemNode } from './lexical-nodes.js';

/**
 * Words are runs of letters, digits and combining marks (Arabic diacritics stay inside their word),
 * joined by apostrophes or hyphens. Everything else separates words, including Arabic
 * punctuation ، ؛ ؟ and the tatweel-free spacing of mixed Arabic/English text.
 */
const WORD = /[\p{L}\p{N}\p{M}]+(?:['’\-][\p{L}\p{N}\p{M}]+)*/gu;

export function countWords(text: string): number {
  let n = 0;
  for (const _ of text.matchAll(WORD)) n++;
  return n;
}

/** Characters as a reader counts them: grapheme clusters, not UTF-16 units. */
export function countCharacters(text: string): number {
  let n = 0;
  for (const _ of new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text)) n++;
  return n;
}

function inlineText(nodes: ReadonlyArray<SerializedInlineNode | { type: string }>): string {
  let out = '';
  for (const node of nodes) {
    if (node.type === 'text' || node.type === 'tab') out += (node as { text?: string }).text ?? '';
    else if (node.type === 'linebreak') out += '\n';
    else if ('children' in node && Array.isArray(node.children)) out += inlineText(node.children as SerializedInlineNode[]);
  }
  return out;
}

function blockTexts(block: SerializedBlockNode | SerializedListItemNode, out: string[]): void {
  if (block.type === 'list') {
    for (const item of block.children) blockTexts(item, out);
    return;
  }
  if (block.type === 'listitem') {
    const inline = block.children.filter((c) => c.type !== 'list') as SerializedInlineNode[];
    out.push(inlineText(inline));
    for (const c of block.children) if (c.type === 'list') blockTexts(c, out);
    return;
  }
  // A photo's caption, credit and alt text are not the article's words.
  if (block.type === 'photo') return;
  out.push(inlineText(block.children));
}

/** The body as plain text, one block per line. */
export function bodyPlainText(body: ArticleBody): string {
  const out: string[] = [];
  for (const block of body.root.children) blockTexts(block, out);
  return out.join('\n');
}
