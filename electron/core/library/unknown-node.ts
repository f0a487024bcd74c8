import { BODY_NODE_TYPES } from '../../common/lexical-nodes.js';

const KNOWN = new Set<string>(BODY_NODE_TYPES);

/**
 * The first node in a raw (unvalidated) body whose `type` the editor does not know, with its
 * path. zod reports such a node only as "Invalid input" on a union, which tells the user nothing.
 */
export function findUnknownNodeType(body: unknown): { path: string; type: string } | null {
  if (!isRecord(body)) return null;
  return visit(body.root, 'body.root');
}

function visit(node: unknown, at: string): { path: string; type: string } | null {
  if (!isRecord(node)) return null;
  if (typeof node.type === 'string' && !KNOWN.has(node.type)) return { path: at, type: node.type };
  if (!Array.isArray(node.children)) return null;
  for (const [i, child] of node.children.entries()) {
    const found = visit(child, `${at}.children.${i}`);
    if (found) return found;
  }
  return null;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
