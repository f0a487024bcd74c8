import { BODY_NODE_TYPES, MAX_BODY_DEPTH } from '../../common/lexical-nodes.js';

const KNOWN = new Set<string>(BODY_NODE_TYPES);

/**
 * The first node in a raw (unvalidated) body whose `type` the editor does not know, with its
 * path. zod reports such a node only as "Invalid input" on a union, which tells the user nothing.
 */
export function findUnknownNodeType(body: unknown): { path: string; type: string } | null {
  if (!isRecord(body)) return null;
  return visit(body.root, 'body.root', 2);
}

/** `depth` counts objects and arrays as the schema's MAX_BODY_DEPTH does (the body is 1, its root 2). */
function visit(node: unknown, at: string, depth: number): { path: string; type: string } | null {
  // Deeper than the schema allows: that is the reason given, and recursing on would overflow the stack.
  if (!isRecord(node) || depth > MAX_BODY_DEPTH) return null;
  if (typeof node.type === 'string' && !KNOWN.has(node.type)) return { path: at, type: node.type };
  if (!Array.isArray(node.children)) return null;
  for (const [i, child] of node.children.entries()) {
    const found = visit(child, `${at}.children.${i}`, depth + 2);
    if (found) return found;
  }
  return null;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
