import { AutoLinkNode, LinkNode } from '@lexical/link';
import { ListItemNode, ListNode } from '@lexical/list';
import { HeadingNode, QuoteNode } from '@lexical/rich-text';
import type { Klass, LexicalNode } from 'lexical';
import { PhotoNode } from './nodes/PhotoNode';

/**
 * The node classes the body editor registers, beyond Lexical's built-in root, paragraph, text,
 * line break and tab. They are exactly BODY_NODE_TYPES in electron/common/lexical-nodes.ts: the
 * exporters read nothing else, so nothing else may be created, typed, pasted or imported.
 */
export const BODY_NODES: ReadonlyArray<Klass<LexicalNode>> = [HeadingNode, QuoteNode, ListNode, ListItemNode, LinkNode, AutoLinkNode, PhotoNode];

/** The body editor's namespace: Lexical's own clipboard format is only read back into the same one. */
export const BODY_NAMESPACE = 'masthead-article-body';
