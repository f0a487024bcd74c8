import type { Klass, LexicalNode } from 'lexical';
import { BODY_NODES } from './nodes';
import { PhotoNode } from './nodes/PhotoNode';
import { PhotoViewNode } from './nodes/PhotoViewNode';

/** BODY_NODES as the body editor in the window registers them: the photo with its React view. */
export const BODY_VIEW_NODES: ReadonlyArray<Klass<LexicalNode>> = BODY_NODES.map((klass) => (klass === PhotoNode ? PhotoViewNode : klass));
