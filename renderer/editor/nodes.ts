import { AutoLinkNode, LinkNode } from '@lexical/link';
import { ListItemNode, ListNode } from '@lexical/list';
import { HeadingNode, QuoteNode } from '@lexical/rich-text';
import type { Klass, LexicalNode } from 'lexical';

/**
 * The node classes the body editor registers, beyond Lexical's built-in root, paragraph, text,
 * line break and tab. They are exactly BODY_NODE_TYPES in electron/common/lexical-nodes.ts: the
 * exporters read nothing else, so nothing else may be created, typed or pasted.
 */
export const BODY_NODES: ReadonlyArray<Klass<LexicalNode>> = [HeadingNode, QuoteNode, ListNode, ListItemNode, LinkNode, AutoLinkNode];
