import type {
  ArticleBody,
  SerializedBlockNode,
  SerializedCaption,
  SerializedInlineNode,
  SerializedListItemNode,
  SerializedListNode,
} from '../../lexical-nodes.js';

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

export interface Block {
  /** The path joined with dots ("3.0.1"): unique within one article, for React keys and ids. */
  key: string;
  kind: BlockKind;
  /** A heading's tag ("h2"); empty for the other kinds. */
  variant: string;
  /** Plain text, links as their text and line breaks as "\n"; a photo's caption. */
  text: string;
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

function inlineText(nodes: ReadonlyArray<SerializedInlineNode>): string {
  let out = '';
  for (const node of nodes) {
    if (node.type === 'text' || node.type === 'tab') out += node.text ?? '';
    else if (node.type === 'linebreak') out += '\n';
    else if (node.type === 'link' || node.type === 'autolink') out += inlineText(node.children);
  }
  return out;
}

function captionText(caption: SerializedCaption): string {
  return caption.root.children.map((p) => inlineText(p.children)).join('\n');
}

/** A list item's own text, without the lists nested in it (their items are blocks of their own). */
function itemInline(item: SerializedListItemNode): SerializedInlineNode[] {
  return item.children.filter((c): c is SerializedInlineNode => c.type !== 'list');
}

export function articleBlocks(body: ArticleBody): Block[] {
  const blocks: Block[] = [];
  const ordinals = new Map<BlockKind, number>();
  const add = (kind: BlockKind, path: number[], fields: Pick<Block, 'variant' | 'text' | 'direction' | 'photo'>) => {
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
        add('listitem', itemPath, { variant: '', text: inlineText(inline), direction: directionOf(item), photo: null });
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
        add('photo', path, { variant: '', text: photo.caption, direction: null, photo });
        break;
      }
      case 'heading':
        add('heading', path, { variant: node.tag, text: inlineText(node.children), direction: directionOf(node), photo: null });
        break;
      default:
        add(node.type, path, { variant: '', text: inlineText(node.children), direction: directionOf(node), photo: null });
    }
  });
  return blocks;
}
