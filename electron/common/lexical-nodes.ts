import { z } from 'zod';
import { MEDIA_FILE_NAME, PHOTO_LIMITS } from './rules/photo.js';

/**
 * Serialized Lexical node shapes stored in article.json. The editor writes them and the
 * exporters read them, so this file is the contract between the two. Fields Lexical adds in a
 * later version pass through untouched (`looseObject`), but a node `type` we do not know makes the
 * article damaged: nothing unknown is ever rendered or exported.
 */

const direction = z.enum(['ltr', 'rtl']).nullable().optional();
const elementBase = {
  direction,
  format: z.union([z.string(), z.number()]).optional(),
  indent: z.number().int().min(0).max(20).optional(),
  version: z.number().int().optional(),
  textFormat: z.number().int().optional(),
  textStyle: z.string().optional(),
};

export const SerializedTextNode = z.looseObject({
  type: z.literal('text'),
  text: z.string(),
  format: z.number().int().min(0).default(0),
  detail: z.number().int().optional(),
  mode: z.enum(['normal', 'token', 'segmented']).optional(),
  style: z.string().optional(),
  version: z.number().int().optional(),
});
export type SerializedTextNode = z.infer<typeof SerializedTextNode>;

export const SerializedLineBreakNode = z.looseObject({ type: z.literal('linebreak'), version: z.number().int().optional() });
export const SerializedTabNode = z.looseObject({
  type: z.literal('tab'),
  text: z.string().optional(),
  format: z.number().int().optional(),
  version: z.number().int().optional(),
});

/** A node inside a paragraph, heading, quote, list item or link. */
export type SerializedInlineNode =
  | SerializedTextNode
  | z.infer<typeof SerializedLineBreakNode>
  | z.infer<typeof SerializedTabNode>
  | SerializedLinkNode;

export interface SerializedLinkNode {
  type: 'link' | 'autolink';
  url: string;
  rel?: string | null;
  target?: string | null;
  title?: string | null;
  children: SerializedInlineNode[];
  [extra: string]: unknown;
}

export interface SerializedParagraphNode {
  type: 'paragraph';
  children: SerializedInlineNode[];
  direction?: 'ltr' | 'rtl' | null;
  [extra: string]: unknown;
}
export interface SerializedHeadingNode {
  type: 'heading';
  tag: 'h2' | 'h3' | 'h4';
  children: SerializedInlineNode[];
  direction?: 'ltr' | 'rtl' | null;
  [extra: string]: unknown;
}
export interface SerializedQuoteNode {
  type: 'quote';
  children: SerializedInlineNode[];
  direction?: 'ltr' | 'rtl' | null;
  [extra: string]: unknown;
}
export interface SerializedListItemNode {
  type: 'listitem';
  value?: number;
  checked?: boolean;
  children: Array<SerializedInlineNode | SerializedListNode>;
  [extra: string]: unknown;
}
export interface SerializedListNode {
  type: 'list';
  listType: 'bullet' | 'number';
  start?: number;
  tag?: 'ul' | 'ol';
  children: SerializedListItemNode[];
  [extra: string]: unknown;
}
/** A photo's caption: a small nested editor holding paragraphs of inline text (bold, links…). */
export interface SerializedCaption {
  root: { type: 'root'; children: SerializedParagraphNode[]; [extra: string]: unknown };
}

/**
 * A photo in the body. `file` names a file in the bundle's media/ folder (never a path or URL);
 * caption, credit and alt text are data, not HTML. One photo may be the article's lead photo.
 */
export interface SerializedPhotoNode {
  type: 'photo';
  version: 1;
  file: string;
  width: number | null;
  height: number | null;
  caption: SerializedCaption;
  credit: string;
  altText: string;
  isLead: boolean;
  [extra: string]: unknown;
}

export type SerializedBlockNode =
  | SerializedParagraphNode
  | SerializedHeadingNode
  | SerializedQuoteNode
  | SerializedListNode
  | SerializedPhotoNode;

const inlineNode: z.ZodType<SerializedInlineNode> = z.lazy(() =>
  z.discriminatedUnion('type', [SerializedTextNode, SerializedLineBreakNode, SerializedTabNode, linkNode]),
);
const linkNode = z.looseObject({
  ...elementBase,
  type: z.enum(['link', 'autolink']),
  url: z.string().max(8192),
  rel: z.string().nullable().optional(),
  target: z.string().nullable().optional(),
  title: z.string().nullable().optional(),
  get children() {
    return z.array(inlineNode);
  },
});

const paragraphNode = z.looseObject({ ...elementBase, type: z.literal('paragraph'), children: z.array(inlineNode) });
const headingNode = z.looseObject({
  ...elementBase,
  type: z.literal('heading'),
  tag: z.enum(['h2', 'h3', 'h4']),
  children: z.array(inlineNode),
});
const quoteNode = z.looseObject({ ...elementBase, type: z.literal('quote'), children: z.array(inlineNode) });
const listItemNode: z.ZodType<SerializedListItemNode> = z.lazy(() =>
  z.looseObject({
    ...elementBase,
    type: z.literal('listitem'),
    value: z.number().int().optional(),
    checked: z.boolean().optional(),
    children: z.array(z.union([inlineNode, listNode])),
  }),
);
const listNode: z.ZodType<SerializedListNode> = z.lazy(() =>
  z.looseObject({
    ...elementBase,
    type: z.literal('list'),
    listType: z.enum(['bullet', 'number']),
    start: z.number().int().optional(),
    tag: z.enum(['ul', 'ol']).optional(),
    children: z.array(listItemNode),
  }),
);

export const SerializedCaption = z.object({
  root: z.looseObject({ ...elementBase, type: z.literal('root'), children: z.array(paragraphNode) }),
});

const photoNode = z.looseObject({
  type: z.literal('photo'),
  version: z.literal(1),
  file: z.string().regex(MEDIA_FILE_NAME),
  width: z.number().int().positive().nullable().default(null),
  height: z.number().int().positive().nullable().default(null),
  caption: SerializedCaption,
  credit: z.string().max(PHOTO_LIMITS.credit).default(''),
  altText: z.string().max(PHOTO_LIMITS.altText).default(''),
  isLead: z.boolean().default(false),
});

export const SerializedBlockNode: z.ZodType<SerializedBlockNode> = z.union([
  paragraphNode,
  headingNode,
  quoteNode,
  listNode,
  photoNode,
]) as unknown as z.ZodType<SerializedBlockNode>;

export const SerializedRootNode = z.looseObject({
  ...elementBase,
  type: z.literal('root'),
  children: z.array(SerializedBlockNode),
});

/**
 * How deeply a body's objects and arrays may nest. The editor's deepest content, a list nested 20
 * levels, is about 90; a file nested thousands deep (damaged, or made to attack us) would overflow
 * the stack of the recursive schema below and of every walker after it, so it is refused first.
 */
export const MAX_BODY_DEPTH = 200;

/** Whether `value` nests objects and arrays deeper than `limit`, found without recursion. */
function nestsDeeperThan(value: unknown, limit: number): boolean {
  const pending: Array<{ value: unknown; depth: number }> = [{ value, depth: 1 }];
  for (let item = pending.pop(); item; item = pending.pop()) {
    if (typeof item.value !== 'object' || item.value === null) continue;
    if (item.depth > limit) return true;
    for (const child of Object.values(item.value)) pending.push({ value: child, depth: item.depth + 1 });
  }
  return false;
}

const Body = z.object({ root: SerializedRootNode });

/** The article body: a Lexical editor state as `editor.getEditorState().toJSON()` writes it. */
export const ArticleBody = z
  .custom<z.input<typeof Body>>((value) => !nestsDeeperThan(value, MAX_BODY_DEPTH), {
    message: `nested too deeply (more than ${MAX_BODY_DEPTH} levels)`,
  })
  .pipe(Body);
export type ArticleBody = z.infer<typeof ArticleBody>;

/** Every node type the body may contain; the editor registers exactly these. */
export const BODY_NODE_TYPES = [
  'root',
  'paragraph',
  'heading',
  'quote',
  'list',
  'listitem',
  'link',
  'autolink',
  'text',
  'linebreak',
  'tab',
  'photo',
] as const;

export function emptyBody(): ArticleBody {
  return {
    root: {
      type: 'root',
      version: 1,
      direction: null,
      format: '',
      indent: 0,
      children: [paragraph('')],
    },
  };
}

/** A plain paragraph, used for the sample article and tests. */
export function paragraph(text: string, direction: 'ltr' | 'rtl' | null = null): SerializedParagraphNode {
  return {
    type: 'paragraph',
    version: 1,
    direction,
    format: '',
    indent: 0,
    textFormat: 0,
    textStyle: '',
    children: text ? [textNode(text)] : [],
  };
}

export function textNode(text: string, format = 0): SerializedTextNode {
  return { type: 'text', version: 1, text, format, detail: 0, mode: 'normal', style: '' };
}
