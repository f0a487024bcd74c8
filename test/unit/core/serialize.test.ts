import { describe, expect, it } from 'vitest';
import { ARTICLE_KEY_ORDER, SCHEMA_VERSION, type Article } from '../../../electron/common/article.js';
import { MAX_ARTICLE_BYTES, parseArticle, serializeArticle } from '../../../electron/core/library/serialize.js';
import { sampleArticle } from './article-fixtures.js';

function parsed(text: string | Uint8Array): Article {
  const result = parseArticle(text);
  if (!result.ok) throw new Error(result.reason);
  return result.article;
}

function reason(text: string | Uint8Array): string {
  const result = parseArticle(text);
  if (result.ok) throw new Error('expected the article to be refused');
  return result.reason;
}

function rawWith(change: (raw: Record<string, unknown>) => void): string {
  const raw = JSON.parse(serializeArticle(sampleArticle())) as Record<string, unknown>;
  change(raw);
  return JSON.stringify(raw);
}

describe('serializeArticle', () => {
  it('writes 2-space JSON with a trailing newline and the top-level keys in the documented order', () => {
    const text = serializeArticle(sampleArticle());
    expect(text.endsWith('}\n')).toBe(true);
    expect(text.split('\n')[1]).toBe('  "schemaVersion": 2,');
    expect(Object.keys(JSON.parse(text))).toEqual(ARTICLE_KEY_ORDER);
  });

  it('sorts the keys of nested objects and keeps arrays in order', () => {
    const raw = JSON.parse(serializeArticle(sampleArticle()));
    expect(Object.keys(raw.leadPhoto)).toEqual(['altText', 'caption', 'credit', 'file']);
    expect(Object.keys(raw.byline[0])).toEqual(['affiliation', 'name', 'role']);
    expect(Object.keys(raw.body.root)).toEqual(['children', 'direction', 'format', 'indent', 'type', 'version']);
    expect(Object.keys(raw.body.root.children[0].children[0])).toEqual([...Object.keys(raw.body.root.children[0].children[0])].sort());
    expect(raw.body.root.children.map((b: { type: string }) => b.type)).toEqual(['paragraph', 'heading', 'paragraph']);
  });

  it('is stable: the same article always gives the same bytes, whatever order its keys were built in', () => {
    const article = sampleArticle();
    const text = serializeArticle(article);
    expect(serializeArticle(parsed(text))).toBe(text);
    const reordered = Object.fromEntries(Object.entries(article).reverse()) as Article;
    expect(serializeArticle(reordered)).toBe(text);
  });
});

describe('parseArticle', () => {
  it('reads what serializeArticle wrote, as bytes or text, with or without a byte order mark', () => {
    const article = sampleArticle();
    const text = serializeArticle(article);
    expect(parsed(text)).toEqual(article);
    expect(parsed(new TextEncoder().encode(text))).toEqual(article);
    expect(parsed(`\uFEFF${text}`)).toEqual(article);
    expect(parsed(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]))).toEqual(article);
  });

  it('fills in defaults for optional fields a hand-written file leaves out', () => {
    const article = parsed(
      rawWith((raw) => {
        delete raw.leadPhoto;
        delete raw.byline;
        delete raw.status;
      }),
    );
    expect(article).toMatchObject({ leadPhoto: null, byline: [], status: 'draft' });
  });

  it('explains a file that is not JSON', () => {
    expect(reason('{"headline": "cut off')).toMatch(/^not valid JSON: /);
    expect(reason('')).toMatch(/^not valid JSON: /);
    expect(reason('[1, 2]')).toBe('not an article: expected a JSON object');
    expect(reason(Buffer.from([0x7b, 0xff, 0xfe, 0x7d]))).toBe('not valid UTF-8 text');
  });

  it('names the field that breaks the schema', () => {
    expect(reason(rawWith((raw) => (raw.headline = 42)))).toBe('headline: Invalid input: expected string, received number');
    expect(reason(rawWith((raw) => (raw.status = 'lost')))).toMatch(/^status: /);
    expect(reason(rawWith((raw) => delete raw.id))).toMatch(/^id: /);
    expect(reason(rawWith((raw) => (raw.surprise = true)))).toMatch(/surprise/);
  });

  it('names a body node type the editor does not know, and where it is', () => {
    const text = rawWith((raw) => {
      (raw.body as { root: { children: unknown[] } }).root.children.splice(1, 0, { type: 'image', src: 'x.png' });
    });
    expect(reason(text)).toBe('body.root.children.1: unknown node type "image"');
    const nested = rawWith((raw) => {
      (raw.body as { root: { children: Array<{ children: unknown[] }> } }).root.children[0]!.children.push({ type: 'script' });
    });
    expect(reason(nested)).toBe('body.root.children.0.children.1: unknown node type "script"');
  });

  it('refuses a file from a newer Masthead instead of misreading it', () => {
    expect(reason(rawWith((raw) => (raw.schemaVersion = SCHEMA_VERSION + 1)))).toMatch(`made by a newer Masthead (schemaVersion ${SCHEMA_VERSION + 1})`);
  });

  it('refuses a file over 20 MB before parsing it', () => {
    const huge = `{"headline": "${'x'.repeat(MAX_ARTICLE_BYTES)}"}`;
    expect(reason(huge)).toMatch(/^too large to be an article \(20\.0 MB; the limit is 20 MB\)$/);
  });
});
