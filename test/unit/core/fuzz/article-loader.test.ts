import { execFileSync } from 'node:child_process';
import { mkdir, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { seeded } from '../../../../bench/drafts.js';
import { ARTICLE_KEY_ORDER, SCHEMA_VERSION, type Article } from '../../../../electron/common/article.js';
import { paragraph, textNode, type SerializedBlockNode } from '../../../../electron/common/lexical-nodes.js';
import { SearchRequest } from '../../../../electron/common/search.js';
import { ApiFailure } from '../../../../electron/core/errors.js';
import { LibraryStore } from '../../../../electron/core/library/library-store.js';
import { MAX_ARTICLE_BYTES, serializeArticle } from '../../../../electron/core/library/serialize.js';
import { SearchIndex } from '../../../../electron/core/search/search-index.js';
import { VersionStore } from '../../../../electron/core/versions/version-store.js';
import { sampleArticle } from '../article-fixtures.js';
import { makeTempDir } from '../temp-dir.js';
import { capped, snapshotTree } from './tree-snapshot.js';

/**
 * Hostile and damaged article.json files, generated from one real article with a fixed seed.
 * Each case is written into a bundle of a real library, then listed, opened, indexed for search,
 * read as a version and (when damaged) saved over: every case must end as a loaded article or a
 * "damaged" row with a readable reason — never a crash, a hang or a changed file.
 */

interface FuzzCase {
  name: string;
  /** The bytes of article.json, or a way to put something else in its place. */
  content: Uint8Array | ((file: string) => Promise<void>);
  /** What the case must end as, when that is known (random damage may go either way). */
  expect?: 'loaded' | 'damaged';
  /** Also take two versions of the loaded article (the second compares its words with the first). */
  takeVersions?: boolean;
}

const random = seeded(20250415);
const int = (n: number) => Math.floor(random() * n);

const PHOTO_FILE = `${'ab12'.repeat(8)}.jpg`;
const BODY: SerializedBlockNode[] = [
  paragraph('Kremlin spokesman Dmitry Peskov stated that Russia remains open.', 'ltr'),
  { type: 'heading', tag: 'h2', children: [textNode('Background', 1)], direction: 'ltr', version: 1 },
  {
    type: 'paragraph',
    version: 1,
    direction: 'ltr',
    children: [
      textNode('Read the '),
      { type: 'link', url: 'https://example.com/statement', rel: null, target: null, title: null, children: [textNode('statement', 2)] },
      { type: 'linebreak', version: 1 },
      { type: 'tab', text: '\t', format: 0, version: 1 },
      textNode('in full.'),
    ],
  },
  {
    type: 'list',
    listType: 'bullet',
    tag: 'ul',
    version: 1,
    children: [
      { type: 'listitem', value: 1, children: [textNode('Trade')] },
      {
        type: 'listitem',
        value: 2,
        children: [{ type: 'list', listType: 'number', tag: 'ol', start: 1, children: [{ type: 'listitem', value: 1, children: [textNode('Energy')] }] }],
      },
    ],
  },
  { type: 'quote', children: [textNode('We are open to it.')], direction: 'ltr', version: 1 },
  {
    type: 'photo',
    version: 1,
    file: PHOTO_FILE,
    width: 640,
    height: 400,
    caption: { root: { type: 'root', children: [paragraph('The Kremlin at dusk')] } },
    credit: 'AFP',
    altText: 'Red walls under a grey sky',
    isLead: true,
  },
  paragraph('قال المتحدث باسم الكرملين إن روسيا منفتحة.', 'rtl'),
];
const BASE: Article = sampleArticle({
  tags: ['Russia', 'Georgia'],
  sources: ['Reuters'],
  section: 'World',
  body: { root: { type: 'root', version: 1, direction: 'ltr', format: '', indent: 0, children: BODY } },
});
const BASE_TEXT = serializeArticle(BASE);
const BASE_BYTES = Buffer.from(BASE_TEXT);

function withRaw(change: (raw: Record<string, unknown>) => void): Buffer {
  const raw = JSON.parse(BASE_TEXT) as Record<string, unknown>;
  change(raw);
  return Buffer.from(JSON.stringify(raw, null, 2));
}

/** The base article with `"@@"` (a placeholder put in by `change`) replaced by raw JSON text, for shapes JSON.stringify cannot build (100,000 levels deep). */
function withRawText(change: (raw: Record<string, unknown>) => void, text: string): Buffer {
  return Buffer.from(JSON.stringify(withParsed(change)).replace('"@@"', () => text));
}

function withParsed(change: (raw: Record<string, unknown>) => void): Record<string, unknown> {
  const raw = JSON.parse(BASE_TEXT) as Record<string, unknown>;
  change(raw);
  return raw;
}

/** Sets `value` at a dotted path (`body.root.children.0.type`) of a raw article. */
function setAt(raw: Record<string, unknown>, dotted: string, value: unknown): void {
  const keys = dotted.split('.');
  let node = raw as Record<string, unknown>;
  for (const key of keys.slice(0, -1)) node = node[key] as Record<string, unknown>;
  node[keys.at(-1)!] = value;
}

const WRONG_VALUES: Array<[string, unknown]> = [
  ['null', null],
  ['zero', 0],
  ['a negative number', -1],
  ['a fraction', 1.5],
  ['a huge number', 1e308],
  ['true', true],
  ['an empty string', ''],
  ['a string', 'x'],
  ['an empty array', []],
  ['an array of numbers', [1, 2]],
  ['an empty object', {}],
  ['an object', { a: 1 }],
];

/** Nested fields, each a place where a string, number, array or object is expected. */
const NESTED_FIELDS = [
  'byline.0',
  'byline.0.name',
  'byline.0.role',
  'leadPhoto.caption',
  'leadPhoto.file',
  'tags.0',
  'sources.0',
  'body.root',
  'body.root.type',
  'body.root.children',
  'body.root.children.0',
  'body.root.children.0.type',
  'body.root.children.0.children',
  'body.root.children.0.children.0.text',
  'body.root.children.0.children.0.format',
  'body.root.children.1.tag',
  'body.root.children.2.children.1.url',
  'body.root.children.2.children.1.children',
  'body.root.children.3.listType',
  'body.root.children.3.children.1.children.0',
  'body.root.children.5.file',
  'body.root.children.5.caption',
  'body.root.children.5.caption.root.children.0.children.0.text',
  'body.root.children.5.width',
  'body.root.children.5.isLead',
];

function byteCases(): FuzzCase[] {
  const cases: FuzzCase[] = [];
  for (let i = 0; i < 200; i++) {
    const bytes = Buffer.from(BASE_BYTES);
    const flips = 1 + int(8);
    for (let f = 0; f < flips; f++) bytes[int(bytes.length)] = int(256);
    cases.push({ name: `${flips} random bytes changed (#${i})`, content: bytes });
  }
  for (let i = 0; i < 120; i++) {
    const at = int(BASE_BYTES.length);
    cases.push({ name: `cut at byte ${at}`, content: BASE_BYTES.subarray(0, at), expect: 'damaged' });
  }
  const INVALID_UTF8 = [[0xff], [0xc0, 0x80], [0x80], [0xed, 0xa0, 0x80], [0xf8, 0x88, 0x80, 0x80, 0x80], [0xe2, 0x82]];
  for (let i = 0; i < 30; i++) {
    const bad = INVALID_UTF8[i % INVALID_UTF8.length]!;
    const at = int(BASE_BYTES.length);
    cases.push({
      name: `invalid UTF-8 ${Buffer.from(bad).toString('hex')} at byte ${at}`,
      content: Buffer.concat([BASE_BYTES.subarray(0, at), Buffer.from(bad), BASE_BYTES.subarray(at)]),
      expect: 'damaged',
    });
  }
  // An Arabic letter is two bytes: a cut between them leaves a broken character.
  const arabic = BASE_BYTES.indexOf(Buffer.from('قال'));
  cases.push({
    name: 'an Arabic letter cut in half',
    content: Buffer.concat([BASE_BYTES.subarray(0, arabic + 1), BASE_BYTES.subarray(arabic + 2)]),
    expect: 'damaged',
  });
  for (let i = 0; i < 30; i++) {
    const at = int(BASE_BYTES.length);
    cases.push({ name: `NUL byte at ${at}`, content: Buffer.concat([BASE_BYTES.subarray(0, at), Buffer.from([0]), BASE_BYTES.subarray(at)]), expect: 'damaged' });
  }
  cases.push(
    { name: 'a UTF-8 byte order mark', content: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), BASE_BYTES]), expect: 'loaded' },
    { name: 'two UTF-8 byte order marks', content: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf]), BASE_BYTES]), expect: 'damaged' },
    { name: 'UTF-16 LE with its byte order mark', content: Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(BASE_TEXT, 'utf16le')]), expect: 'damaged' },
    { name: 'UTF-16 BE with its byte order mark', content: Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(BASE_TEXT, 'utf16le').swap16()]), expect: 'damaged' },
    { name: 'a UTF-32 byte order mark', content: Buffer.concat([Buffer.from([0xff, 0xfe, 0, 0]), BASE_BYTES]), expect: 'damaged' },
    { name: 'an empty file', content: Buffer.alloc(0), expect: 'damaged' },
    { name: 'only NUL bytes', content: Buffer.alloc(4096), expect: 'damaged' },
    { name: 'random bytes', content: Buffer.from(Array.from({ length: 4096 }, () => int(256))), expect: 'damaged' },
    { name: 'whitespace only', content: Buffer.from(' \n\t\r\n'), expect: 'damaged' },
    { name: 'two articles one after the other', content: Buffer.concat([BASE_BYTES, BASE_BYTES]), expect: 'damaged' },
  );
  return cases;
}

function typeCases(): FuzzCase[] {
  const cases: FuzzCase[] = [];
  const required = new Set(['schemaVersion', 'id', 'headline', 'body', 'createdAt', 'updatedAt']);
  for (const key of ARTICLE_KEY_ORDER) {
    for (const [label, value] of WRONG_VALUES) {
      cases.push({ name: `${key} is ${label}`, content: withRaw((raw) => setAt(raw, key, value)) });
    }
    cases.push({
      name: `${key} is missing`,
      content: withRaw((raw) => delete raw[key]),
      expect: required.has(key) ? 'damaged' : 'loaded',
    });
  }
  for (const field of NESTED_FIELDS) {
    for (const [label, value] of WRONG_VALUES) {
      cases.push({ name: `${field} is ${label}`, content: withRaw((raw) => setAt(raw, field, value)) });
    }
  }
  const nonObjects = ['null', '[]', '[{}]', '42', '"article"', 'true', '{}', '{"schemaVersion": 1}'];
  for (const text of nonObjects) cases.push({ name: `the whole file is ${text}`, content: Buffer.from(text), expect: 'damaged' });
  cases.push(
    { name: 'a newer schema version', content: withRaw((raw) => (raw.schemaVersion = SCHEMA_VERSION + 1)), expect: 'damaged' },
    { name: 'an infinite schema version', content: Buffer.from(BASE_TEXT.replace(`"schemaVersion": ${SCHEMA_VERSION}`, '"schemaVersion": 1e999')), expect: 'damaged' },
    { name: 'the schema version as text', content: withRaw((raw) => (raw.schemaVersion = '1')), expect: 'damaged' },
    { name: 'an id that is not a UUID', content: withRaw((raw) => (raw.id = '../../etc/passwd')), expect: 'damaged' },
    { name: 'a date that is not ISO', content: withRaw((raw) => (raw.updatedAt = 'yesterday')), expect: 'damaged' },
    { name: 'an extra top-level field', content: withRaw((raw) => (raw.extra = 'x')), expect: 'damaged' },
    { name: 'a top-level __proto__ field', content: Buffer.from(BASE_TEXT.replace('{', '{"__proto__": {"polluted": true},')), expect: 'damaged' },
    { name: 'a constructor field in a node', content: withRaw((raw) => setAt(raw, 'body.root.children.0.constructor', { prototype: 1 })), expect: 'loaded' },
    { name: 'an extra field in a byline entry', content: withRaw((raw) => setAt(raw, 'byline.0.email', 'a@b.c')), expect: 'damaged' },
    { name: 'an extra field in a text node (a newer Lexical)', content: withRaw((raw) => setAt(raw, 'body.root.children.0.children.0.$', { kept: true })), expect: 'loaded' },
    { name: 'the same key twice', content: Buffer.from(BASE_TEXT.replace('"headline":', '"headline": 7, "headline":')), expect: 'loaded' },
    { name: 'a headline with NUL, controls and a lone surrogate', content: withRaw((raw) => (raw.headline = 'a\u0000b\u0007c\ud800d\u202ee')), expect: 'loaded' },
    { name: 'a link to javascript:', content: withRaw((raw) => setAt(raw, 'body.root.children.2.children.1.url', 'javascript:alert(1)')), expect: 'loaded' },
    { name: 'a photo file that is a path', content: withRaw((raw) => setAt(raw, 'body.root.children.5.file', '../../../etc/passwd')), expect: 'damaged' },
    { name: 'a lead photo file that is a path', content: withRaw((raw) => setAt(raw, 'leadPhoto.file', '/etc/passwd')), expect: 'loaded' },
    { name: 'a byline of 51 people', content: withRaw((raw) => (raw.byline = Array.from({ length: 51 }, (_, i) => ({ name: `P${i}` })))), expect: 'damaged' },
    { name: '100,000 tags', content: withRaw((raw) => (raw.tags = Array.from({ length: 100_000 }, (_, i) => `t${i}`))), expect: 'damaged' },
    { name: '50,000 empty paragraphs', content: withRaw((raw) => setAt(raw, 'body.root.children', Array.from({ length: 50_000 }, () => paragraph('')))), expect: 'loaded' },
  );
  return cases;
}

function unknownNodeCases(): FuzzCase[] {
  const places = ['body.root.children.0', 'body.root.children.0.children.0', 'body.root.children.3.children.0.children.0', 'body.root.children.5.caption.root.children.0'];
  const types: unknown[] = ['script', 'iframe', 'html', 'image', 'youtube', '', 'PARAGRAPH', '__proto__', 'constructor', 'x'.repeat(100_000), 7, null];
  const cases: FuzzCase[] = [];
  for (const place of places) {
    for (const type of types) {
      cases.push({
        name: `a node of type ${JSON.stringify(type)?.slice(0, 20)} at ${place}`,
        content: withRaw((raw) => setAt(raw, place, { type, children: [textNode('hidden')], html: '<script>alert(1)</script>' })),
        expect: 'damaged',
      });
    }
  }
  return cases;
}

function nestingCases(): FuzzCase[] {
  const deep = (open: string, leaf: string, close: string, n: number) => open.repeat(n) + leaf + close.repeat(n);
  const LINK = '{"type":"link","url":"https://example.com","children":[';
  const LIST = '{"type":"list","listType":"bullet","children":[{"type":"listitem","children":[';
  const PARAGRAPH = '{"type":"paragraph","children":[';
  const TEXT = '{"type":"text","text":"deep"}';
  const inParagraph = (text: string) => withRawText((raw) => setAt(raw, 'body.root.children', [{ type: 'paragraph', children: ['@@'] }]), text);
  const inRoot = (text: string) => withRawText((raw) => setAt(raw, 'body.root.children', ['@@']), text);
  const cases: FuzzCase[] = [];
  for (const n of [40, 1_000, 10_000, 100_000]) {
    const outcome = n === 40 ? 'loaded' : 'damaged';
    cases.push(
      { name: `links nested ${n} deep`, content: inParagraph(deep(LINK, TEXT, ']}', n)), expect: outcome },
      { name: `lists nested ${n} deep`, content: inRoot(deep(LIST, TEXT, ']}]}', n)), expect: outcome },
      { name: `paragraphs nested ${n} deep around an unknown node`, content: inRoot(deep(PARAGRAPH, '{"type":"script"}', ']}', n)), expect: 'damaged' },
      { name: `an extra field nested ${n} deep in a node`, content: withRawText((raw) => setAt(raw, 'body.root.children.0.extra', '@@'), deep('[', '1', ']', n)), expect: outcome },
      { name: `arrays nested ${n} deep as the headline`, content: withRawText((raw) => (raw.headline = '@@'), deep('[', '1', ']', n)), expect: 'damaged' },
      { name: `objects nested ${n} deep as the lead photo`, content: withRawText((raw) => (raw.leadPhoto = '@@'), deep('{"caption":', '"x"', '}', n)), expect: 'damaged' },
    );
  }
  return cases;
}

function sizeCases(): FuzzCase[] {
  const MB = 1024 * 1024;
  const words = (bytes: number) => 'minister talks harbour energy '.repeat(Math.ceil(bytes / 30)).slice(0, bytes);
  // Padded with spaces after the closing brace: valid JSON of exactly `size` bytes.
  const padded = (size: number) => Buffer.concat([BASE_BYTES, Buffer.alloc(size - BASE_BYTES.length, 0x20)]);
  return [
    { name: 'a 4 MB headline', content: withRaw((raw) => (raw.headline = words(4 * MB))), expect: 'damaged' },
    { name: 'a 4 MB caption', content: withRaw((raw) => setAt(raw, 'leadPhoto.caption', words(4 * MB))), expect: 'damaged' },
    { name: 'a 4 MB tag', content: withRaw((raw) => setAt(raw, 'tags.0', words(4 * MB))), expect: 'damaged' },
    { name: 'a 4 MB link address', content: withRaw((raw) => setAt(raw, 'body.root.children.2.children.1.url', `https://e.com/${'a'.repeat(4 * MB)}`)), expect: 'damaged' },
    { name: 'a 4 MB word', content: withRaw((raw) => setAt(raw, 'body.root.children.0.children.0.text', 'a'.repeat(4 * MB))), expect: 'loaded' },
    // Millions of letters in one run, in text that is not all Latin-1: once too much for the regular expressions that count and compare words.
    {
      name: 'an Arabic word of 6 million letters',
      content: withRaw((raw) => setAt(raw, 'body.root.children.0.children.0.text', `${'ب'.repeat(6_000_000)} و`)),
      expect: 'loaded',
      takeVersions: true,
    },
    { name: 'a paragraph of 8 MB of words', content: withRaw((raw) => setAt(raw, 'body.root.children.0.children.0.text', words(8 * MB))), expect: 'loaded' },
    { name: 'an 8 MB field a newer Lexical added', content: withRaw((raw) => setAt(raw, 'body.root.children.0.future', 'z'.repeat(8 * MB))), expect: 'loaded' },
    { name: 'a file just under the size limit', content: padded(MAX_ARTICLE_BYTES), expect: 'loaded' },
    { name: 'a file one byte over the size limit', content: padded(MAX_ARTICLE_BYTES + 1), expect: 'damaged' },
    { name: 'a 50 MB article.json', content: padded(50 * MB), expect: 'damaged' },
  ];
}

function fileKindCases(outside: string): FuzzCase[] {
  const cases: FuzzCase[] = [
    { name: 'article.json is a folder', content: (file) => mkdir(file), expect: 'damaged' },
    { name: 'article.json links to an article outside the library', content: (file) => symlink(path.join(outside, 'article.json'), file), expect: 'damaged' },
    { name: 'article.json links to itself', content: (file) => symlink(file, file), expect: 'damaged' },
    { name: 'article.json links to nowhere', content: (file) => symlink(path.join(outside, 'missing.json'), file), expect: 'damaged' },
  ];
  // A FIFO would block a reader forever: it must be refused by its kind, never opened.
  if (process.platform !== 'win32') {
    cases.push({ name: 'article.json is a FIFO', content: async (file) => void execFileSync('mkfifo', [file]), expect: 'damaged' });
  }
  return cases;
}

let total = 0;
afterAll(() => {
  console.log(`fuzz: ${total} cases`);
});

/**
 * Writes every case as its own bundle (`case-1.article/`, with the same bytes as a version in
 * revisions/), then checks what the user would meet: the list, opening, saving over a damaged
 * file, search and the versions list. The bundles must be byte for byte as written afterwards.
 */
async function runCases(cases: FuzzCase[], outside?: string): Promise<void> {
  total += cases.length;
  const dir = await makeTempDir('masthead-fuzz-');
  const folders = cases.map((_, i) => `case-${i + 1}`);
  for (const [i, fuzz] of cases.entries()) {
    const bundle = path.join(dir, `${folders[i]}.article`);
    await mkdir(path.join(bundle, 'revisions'), { recursive: true });
    const file = path.join(bundle, 'article.json');
    if (typeof fuzz.content === 'function') await fuzz.content(file);
    else {
      await writeFile(file, fuzz.content);
      // A version file wraps the same bytes (damage and all) as its article.
      const version = Buffer.concat([
        Buffer.from('{"id":"0000abcd","createdAt":"2025-04-15T06:00:00.000Z","label":null,"reason":"manual","author":"fuzz","wordsAdded":0,"wordsRemoved":0,"article":'),
        fuzz.content,
        Buffer.from('}\n'),
      ]);
      await writeFile(path.join(bundle, 'revisions', '20250415T060000000Z-0000abcd.json'), version);
    }
  }
  const before = await snapshotTree(dir);
  const outsideBefore = outside ? await snapshotTree(outside) : null;

  const store = await LibraryStore.open(dir, { sampleText: null, watch: false });
  const index = SearchIndex.start(store, { saveDelayMs: 60_000 });
  try {
    const list = await capped(store.list(), 'listing the library', 60_000);
    expect(list.map((row) => row.folder).sort()).toEqual([...folders].sort());
    const rows = new Map(list.map((row) => [row.folder, row]));
    const versions = new VersionStore({ author: 'fuzz' });
    let loaded = 0;

    for (const [i, fuzz] of cases.entries()) {
      const folder = folders[i]!;
      const row = rows.get(folder)!;
      const what = `${fuzz.name} (${folder})`;
      if (fuzz.expect) expect(row.damaged ? 'damaged' : 'loaded', what).toBe(fuzz.expect);

      const opened = await capped(
        store.open(folder).catch((err: unknown) => err),
        `opening ${what}`,
      );
      if (row.damaged) {
        expect(row.damaged.reason, what).toMatch(/\w/);
        expect(row.damaged.reason.length, `${what}: ${row.damaged.reason.slice(0, 200)}`).toBeLessThanOrEqual(1500);
        expect(opened, what).toBeInstanceOf(ApiFailure);
        const failure = opened as ApiFailure;
        expect(failure.code, what).toBe('DAMAGED');
        expect(failure.message, what).toContain(`"${folder}" cannot be opened`);
        expect(failure.message, what).toContain('The file was left as it is.');

        const save = await capped(store.save(folder, BASE, BASE.updatedAt).catch((err: unknown) => err), `saving over ${what}`);
        expect(save, what).toBeInstanceOf(ApiFailure);
        expect((save as ApiFailure).code, what).toBe('DAMAGED');
      } else {
        loaded++;
        expect(opened, `${what}: ${opened instanceof Error ? opened.message : ''}`).not.toBeInstanceOf(Error);
        const { article } = opened as { article: Article };
        expect(article.id, what).toBe(row.id);
        if (fuzz.takeVersions) {
          // Two versions of it (elsewhere: the bundle stays untouched), the second with its word delta from the first.
          const scratch = await makeTempDir('masthead-fuzz-versions-');
          await capped(versions.take(scratch, { ...article, headline: 'Before' }, 'manual', 'first'), `a version of ${what}`);
          const second = await capped(versions.take(scratch, article, 'manual', 'second'), `a second version of ${what}`);
          expect(second?.label, what).toBe('second');
        }
      }
      const kept = await capped(versions.list(path.join(dir, `${folder}.article`)), `listing the versions of ${what}`);
      expect(kept.length, what).toBeLessThanOrEqual(1);
    }

    await capped(index.idle(), 'indexing the library for search', 60_000);
    const all = await index.query(SearchRequest.parse({ text: '', limit: 500 }));
    expect(all.total, 'every loaded article is indexed, no damaged one').toBe(loaded);
    const found = await index.query(SearchRequest.parse({ text: 'Kremlin', limit: 500 }));
    for (const hit of found.results) expect(rows.get(hit.folder)?.damaged, hit.folder).toBeNull();
    await index.facets();
  } finally {
    await index.stop();
    await store.close();
  }

  // Nothing in the bundles was written, renamed or removed; the housekeeping folder is the app's own.
  expect(await snapshotTree(dir, { skip: ['.masthead'] })).toEqual(before);
  if (outside) expect(await snapshotTree(outside)).toEqual(outsideBefore);
}

describe('the article loader, given hostile files', () => {
  const byte = byteCases();
  it(`${byte.length} files with changed, cut, invalid UTF-8, NUL and byte-order-mark bytes`, async () => {
    await runCases(byte);
  }, 120_000);

  const types = typeCases();
  it(`${types.length} files with wrong types, missing and extra fields`, async () => {
    await runCases(types);
  }, 120_000);

  const unknown = unknownNodeCases();
  it(`${unknown.length} files with node types the editor does not know`, async () => {
    await runCases(unknown);
  }, 60_000);

  const nesting = nestingCases();
  it(`${nesting.length} files nested up to 100,000 levels deep`, async () => {
    await runCases(nesting);
  }, 60_000);

  const sizes = sizeCases();
  it(`${sizes.length} files with multi-megabyte fields, up to 50 MB`, async () => {
    await runCases(sizes);
  }, 120_000);

  it(`${fileKindCases('').length} article.json entries that are not plain files: a folder, links, a FIFO`, async () => {
    const outside = await makeTempDir('masthead-outside-');
    await writeFile(path.join(outside, 'article.json'), BASE_TEXT);
    await runCases(fileKindCases(outside), outside);
  }, 60_000);
});
