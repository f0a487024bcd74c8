import { Article, ARTICLE_KEY_ORDER, describeSchemaError, SCHEMA_VERSION, StoredArticle } from '../../common/article.js';
import { parseJson, type Decoded } from '../fs/json-file.js';
import { findUnknownNodeType } from './unknown-node.js';

/** Far beyond any real article (text only; photos live in media/), small enough to parse safely. */
export const MAX_ARTICLE_BYTES = 20 * 1024 * 1024;

export type ParseResult = { ok: true; article: Article } | { ok: false; reason: string };

/**
 * article.json text: 2-space JSON with a trailing newline, top-level keys in ARTICLE_KEY_ORDER and
 * nested keys sorted, so the same article always gives the same bytes and diffs stay small.
 */
export function serializeArticle(article: Article): string {
  const ordered: Record<string, unknown> = {};
  for (const key of ARTICLE_KEY_ORDER) ordered[key] = sortKeys(article[key]);
  return `${JSON.stringify(ordered, null, 2)}\n`;
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (typeof value !== 'object' || value === null) return value;
  const sorted: Record<string, unknown> = {};
  for (const key of Object.keys(value).sort()) sorted[key] = sortKeys((value as Record<string, unknown>)[key]);
  return sorted;
}

/** Reads article.json content; the reason of a failure is shown to the user after "article.json is damaged: ". */
export function parseArticle(input: string | Uint8Array): ParseResult {
  const parsed = parseJson(input, decodeArticle, ARTICLE_READ);
  return parsed.kind === 'ok' ? { ok: true, article: parsed.value } : { ok: false, reason: parsed.reason };
}

/** How readJsonFile reads an article file (article.json, its backup, a copy kept for sending). */
export const ARTICLE_READ = { maxBytes: MAX_ARTICLE_BYTES, tooLarge: tooLargeReason } as const;

/** Checks parsed article.json, naming what is wrong in words the user can act on. */
export function decodeArticle(raw: unknown): Decoded<Article> {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { ok: false, reason: 'not an article: expected a JSON object' };
  }
  const version = (raw as { schemaVersion?: unknown }).schemaVersion;
  if (typeof version === 'number' && version > SCHEMA_VERSION) {
    return { ok: false, reason: `made by a newer Masthead (schemaVersion ${version}); update Masthead to open it` };
  }
  const parsed = StoredArticle.safeParse(raw);
  if (parsed.success) return { ok: true, value: parsed.data };
  const unknown = findUnknownNodeType((raw as { body?: unknown }).body);
  if (unknown) return { ok: false, reason: `${unknown.path}: unknown node type "${unknown.type.slice(0, 64)}"` };
  return { ok: false, reason: describeSchemaError(parsed.error) };
}

export function tooLargeReason(bytes: number): string {
  const mb = (bytes / (1024 * 1024)).toFixed(1);
  return `too large to be an article (${mb} MB; the limit is ${MAX_ARTICLE_BYTES / (1024 * 1024)} MB)`;
}
