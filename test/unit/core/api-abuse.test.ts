import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, realpath, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Article } from '../../../electron/common/article.js';
import { CHANNEL_NAMES, type Channel, type ErrorCode, type Result } from '../../../electron/common/ipc.js';
import { paragraph } from '../../../electron/common/lexical-nodes.js';
import { isSafeSlug } from '../../../electron/common/rules/slug.js';
import { createApi, type Dispatch } from '../../../electron/core/api/index.js';
import { Workspace } from '../../../electron/core/app/workspace.js';
import { serializeArticle } from '../../../electron/core/library/serialize.js';
import { MemorySecretStore } from '../../../electron/core/send/secrets.js';
import { sampleArticle } from './article-fixtures.js';
import { snapshotTree } from './fuzz/tree-snapshot.js';
import { TINY_IMAGES } from './tiny-images.js';

/**
 * Every channel of the API, called the way a compromised renderer or a hostile page could: wrong
 * types, missing and extra fields, payloads that are not objects, 30 MB strings, huge arrays and
 * names that try to leave the library (`../`, absolute paths, NUL, URL-encoding, links to
 * outside). Each must be refused with a code and a message, and leave the disk as it was.
 */

const MB = 1024 * 1024;
const HUGE = 'a'.repeat(30 * MB);
/** Valid base64, 30 MB once decoded: over every file limit. */
const HUGE_BASE64 = 'A'.repeat(40 * MB);
const FOLDER = 'kremlin-ties';
const PHOTO = `${createHash('sha256').update(TINY_IMAGES.png).digest('hex').slice(0, 32)}.png`;
const LINKED_PHOTO = `${'cd34'.repeat(8)}.png`;
const ARTICLE: Article = sampleArticle({
  body: {
    root: {
      type: 'root',
      version: 1,
      children: [
        paragraph('Kremlin spokesman Dmitry Peskov stated that Russia remains open.'),
        { type: 'photo', version: 1, file: LINKED_PHOTO, width: 3, height: 2, caption: { root: { type: 'root', children: [] } }, credit: '', altText: 'x', isLead: true },
      ],
    },
  },
});

/** Names that try to reach outside the library, or name a link that does. */
const ESCAPES = [
  '../outside',
  '..',
  '.',
  '../../etc/passwd',
  '/etc/passwd',
  '..\\..\\windows',
  'C:\\Windows\\System32',
  '\\\\server\\share',
  'good\0.article',
  '%2e%2e%2foutside',
  '..%2F..%2Fetc',
  'file:///etc/passwd',
  'con',
  'escape',
  `${FOLDER}/../..`,
  `${FOLDER}/media`,
];

/** A payload each channel accepts, its required fields only, and optional fields to mistype too. */
const VALID: Record<Channel, { required: Record<string, unknown>; optional?: Record<string, unknown> }> = {
  'app:info': { required: {} },
  'app:closeReady': { required: {} },
  'app:setSpellcheckLanguages': { required: { languages: ['en'] } },
  'library:info': { required: {} },
  'library:open': { required: { path: '/tmp' } },
  'library:choose': { required: {} },
  'library:list': { required: {}, optional: { first: 10 } },
  'library:suggestions': { required: {} },
  'library:settings': { required: {} },
  'library:updateSettings': { required: {}, optional: { sections: ['World'], arabicQuotes: 'reversed' } },
  'article:create': { required: {}, optional: { headline: 'New', language: 'ar' } },
  'article:open': { required: { folder: FOLDER }, optional: { fromBackup: true } },
  'article:save': { required: { folder: FOLDER, article: ARTICLE, baseUpdatedAt: ARTICLE.updatedAt }, optional: { force: true } },
  'article:rename': { required: { folder: FOLDER, newFolder: 'renamed' } },
  'article:duplicate': { required: { folder: FOLDER } },
  'article:delete': { required: { folder: FOLDER } },
  'article:restoreBackup': { required: { folder: FOLDER } },
  'article:export': { required: { folder: FOLDER, format: 'html' } },
  'trash:list': { required: {} },
  'trash:restore': { required: { trashId: 'trashed' } },
  'trash:empty': { required: {} },
  'media:add': { required: { folder: FOLDER, name: 'photo.png', data: TINY_IMAGES.png.toString('base64') } },
  'media:missing': { required: { folder: FOLDER, files: ['0123456789abcdef.png'] } },
  'import:convert': { required: { name: 'story.txt', data: Buffer.from('Headline\n\nBody.').toString('base64') } },
  'targets:list': { required: {} },
  'targets:addWordPress': { required: { siteUrl: 'https://news.example', username: 'editor', applicationPassword: 'abcd efgh' }, optional: { name: 'Site' } },
  'targets:updateWordPress': { required: { id: 'target-1234', siteUrl: 'https://news.example', username: 'editor' }, optional: { name: 'Site', applicationPassword: 'abcd' } },
  'targets:addFolder': { required: { folder: '/tmp/drop', formats: ['html'] }, optional: { name: 'Drop' } },
  'targets:remove': { required: { id: 'target-1234' } },
  'targets:connect': { required: { id: 'target-1234' } },
  'outbox:list': { required: {} },
  'outbox:send': { required: { folder: FOLDER }, optional: { targetIds: ['target-1234'] } },
  'outbox:retry': { required: {}, optional: { jobId: 'job-12345' } },
  'outbox:remove': { required: { jobId: 'job-12345' } },
  'cms:check': { required: { folder: FOLDER } },
  'cms:remote': { required: { folder: FOLDER, targetId: 'target-1234' } },
  'cms:markTaken': { required: { folder: FOLDER, targetId: 'target-1234', modifiedAt: '2025-04-15T08:00:00', fingerprint: 'a'.repeat(64) } },
  'versions:list': { required: { folder: FOLDER } },
  'versions:save': { required: { folder: FOLDER }, optional: { label: 'Sent to desk', reason: 'manual' } },
  'versions:get': { required: { folder: FOLDER, versionId: '0000abcd' } },
  'versions:restore': { required: { folder: FOLDER, versionId: '0000abcd' } },
  'search:query': { required: { text: 'kremlin' }, optional: { filters: { status: 'draft' }, sort: 'updated', limit: 10, offset: 0 } },
  'search:facets': { required: {} },
};

/** Fields that may be null. */
const NULLABLE = new Set(['baseUpdatedAt']);
/** Fields that name something inside the library (a folder target's `folder` is any folder the user picks). */
const PATH_FIELDS = new Set(['folder', 'trashId', 'versionId', 'path']);
const isLibraryPath = (channel: Channel, field: string): boolean => PATH_FIELDS.has(field) && channel !== 'targets:addFolder';

interface Abuse {
  channel: Channel;
  what: string;
  payload: unknown;
  /** The codes that answer it properly (INVALID_REQUEST unless the request is well formed). */
  codes: ErrorCode[];
}

const jsonType = (value: unknown) => (value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value);

function wrongValues(field: string, valid: unknown): unknown[] {
  const candidates: unknown[] = [42, -1, 1.5, true, 'text', [], ['x'], {}, { a: 1 }, null];
  return candidates.filter((value) => jsonType(value) !== jsonType(valid) && !(value === null && NULLABLE.has(field)));
}

function abuses(): Abuse[] {
  const list: Abuse[] = [];
  for (const channel of CHANNEL_NAMES) {
    const { required, optional = {} } = VALID[channel];
    const add = (what: string, payload: unknown, codes: ErrorCode[] = ['INVALID_REQUEST']) => list.push({ channel, what, payload, codes });

    for (const payload of [42, 'text', true, [], [required], HUGE]) add(`payload ${jsonType(payload)}`, payload);
    add('an extra field', { ...required, extra: 1 });
    const rest = JSON.stringify(required).slice(1);
    add('an own __proto__ field', JSON.parse(`{"__proto__": {"polluted": true}${rest === '}' ? '' : ','}${rest}`));
    add('a 30 MB extra field', { ...required, padding: HUGE });
    for (const field of Object.keys(required)) {
      const { [field]: _dropped, ...rest } = required;
      add(`${field} missing`, rest);
    }
    for (const [field, valid] of Object.entries({ ...required, ...optional })) {
      for (const wrong of wrongValues(field, valid)) add(`${field} as ${JSON.stringify(wrong)}`, { ...required, [field]: wrong });
      if (typeof valid === 'string') {
        const oversize = field === 'data' ? HUGE_BASE64 : HUGE;
        add(`${field} of ${oversize.length / MB} MB`, { ...required, [field]: oversize }, ['INVALID_REQUEST', 'TOO_LARGE']);
      }
      if (typeof valid === 'number') add(`${field} out of range`, { ...required, [field]: 1e12 });
      if (Array.isArray(valid)) add(`${field} with a million entries`, { ...required, [field]: Array.from({ length: 1_000_000 }, () => valid[0]) });
      if (isLibraryPath(channel, field)) {
        for (const escape of ESCAPES) add(`${field} ${JSON.stringify(escape)}`, { ...required, [field]: escape }, ['INVALID_REQUEST', 'NOT_FOUND']);
      }
    }
  }
  const save = VALID['article:save'].required;
  const withBody = (text: string) => ({ ...ARTICLE, body: { root: { type: 'root', children: [paragraph(text)] } } });
  list.push(
    { channel: 'article:save', what: 'a 30 MB headline', payload: { ...save, article: { ...ARTICLE, headline: HUGE } }, codes: ['INVALID_REQUEST'] },
    { channel: 'article:save', what: 'a body of 30 MB', payload: { ...save, article: withBody(HUGE) }, codes: ['TOO_LARGE'] },
    { channel: 'article:save', what: 'a body nested 100,000 deep', payload: { ...save, article: { ...ARTICLE, body: nestedBody(100_000) } }, codes: ['INVALID_REQUEST'] },
    { channel: 'article:save', what: 'a body with an unknown node', payload: { ...save, article: { ...ARTICLE, body: { root: { type: 'root', children: [{ type: 'script', children: [] }] } } } }, codes: ['INVALID_REQUEST'] },
    { channel: 'article:save', what: 'a photo named by a path', payload: { ...save, article: { ...ARTICLE, body: { root: { type: 'root', children: [{ ...ARTICLE.body.root.children[1], file: '../../../outside/secret.png' }] } } } }, codes: ['INVALID_REQUEST'] },
    { channel: 'trash:restore', what: 'a trash entry that links outside', payload: { trashId: 'linked' }, codes: ['NOT_FOUND'] },
    { channel: 'library:open', what: 'a folder that does not exist', payload: { path: '/nonexistent/masthead-library' }, codes: ['NOT_FOUND'] },
    { channel: 'library:open', what: 'a relative path', payload: { path: '../..' }, codes: ['INVALID_REQUEST'] },
    { channel: 'library:open', what: 'an empty path', payload: { path: '' }, codes: ['INVALID_REQUEST'] },
  );
  return list;
}

/** Links nested `depth` deep, built without recursion (JSON.stringify could not write it back either). */
function nestedBody(depth: number): unknown {
  let inner: unknown = { type: 'text', text: 'deep' };
  for (let i = 0; i < depth; i++) inner = { type: 'link', url: 'https://example.com', children: [inner] };
  return { root: { type: 'root', children: [{ type: 'paragraph', children: [inner] }] } };
}

let library = '';
let outside = '';
let workspace: Workspace;
let dispatch: Dispatch;

beforeAll(async () => {
  // Kept for the whole file (makeTempDir's folders go after each test).
  library = await realpath(await mkdtemp(path.join(os.tmpdir(), 'masthead-abuse-')));
  outside = await realpath(await mkdtemp(path.join(os.tmpdir(), 'masthead-outside-')));
  // Outside the library: an article, a photo and a folder shaped like a trash entry.
  await mkdir(path.join(outside, 'victim.article', 'media'), { recursive: true });
  await writeFile(path.join(outside, 'victim.article', 'article.json'), serializeArticle(sampleArticle({ headline: 'Not in the library' })));
  await writeFile(path.join(outside, 'secret.png'), TINY_IMAGES.png);
  await mkdir(path.join(outside, 'trash-like', 'victim.article'), { recursive: true });

  // Inside: an article written as another program would, with a real photo and one that links out.
  const bundle = path.join(library, `${FOLDER}.article`);
  await mkdir(path.join(bundle, 'media'), { recursive: true });
  await writeFile(path.join(bundle, 'article.json'), serializeArticle(ARTICLE));
  await writeFile(path.join(bundle, 'media', PHOTO), TINY_IMAGES.png);
  await symlink(path.join(outside, 'secret.png'), path.join(bundle, 'media', LINKED_PHOTO));
  // A bundle that is a link to an article outside, and a trash entry that links outside.
  await symlink(path.join(outside, 'victim.article'), path.join(library, 'escape.article'));
  await mkdir(path.join(library, '.masthead', 'trash'), { recursive: true });
  await symlink(path.join(outside, 'trash-like'), path.join(library, '.masthead', 'trash', 'linked'));

  workspace = new Workspace({ lastLibrary: () => null, recentLibraries: () => [], rememberLibrary: () => undefined }, null, () => undefined, new MemorySecretStore(), 'tester');
  await workspace.openLibrary(library, { mustExist: true });
  dispatch = createApi(workspace, {
    app: { info: { version: 'test', transport: 'browser', platform: process.platform }, closeReady: () => undefined, setSpellcheckLanguages: () => undefined },
    library: { chooseFolder: async () => null },
  });
  // A trashed article and a version, so the channels that read them have something to find.
  const trashed = await dispatch('article:create', { headline: 'Trashed' });
  expect(trashed.ok).toBe(true);
  expect((await dispatch('article:delete', { folder: 'trashed' })).ok).toBe(true);
  expect((await dispatch('versions:save', { folder: FOLDER, label: 'Before abuse' })).ok).toBe(true);
  await workspace.search.idle();
});

afterAll(async () => {
  await workspace.closeLibrary();
  await rm(library, { recursive: true, force: true });
  await rm(outside, { recursive: true, force: true });
});

/** The library as the user would find it; the list and search caches are the app's own to rewrite. */
const libraryTree = () => snapshotTree(library, { skip: ['.masthead/list-cache.json', '.masthead/search-index.bin'] });

describe('the API, called with hostile requests', () => {
  const cases = abuses();

  it('has a valid request on record for every channel', () => {
    expect(Object.keys(VALID).sort()).toEqual([...CHANNEL_NAMES].sort());
  });

  it(`refuses all ${cases.length} malformed, oversize and path-escaping requests without touching the disk`, async () => {
    const before = await libraryTree();
    const outsideBefore = await snapshotTree(outside);
    const perChannel = new Map<string, number>();
    for (const abuse of cases) {
      const label = `${abuse.channel} with ${abuse.what}`;
      const result = (await dispatch(abuse.channel, abuse.payload)) as Result<unknown>;
      expect(result.ok, `${label}: ${JSON.stringify(result).slice(0, 300)}`).toBe(false);
      if (result.ok) continue;
      expect(abuse.codes, `${label}: ${result.error.code} ${result.error.message.slice(0, 200)}`).toContain(result.error.code);
      expect(result.error.message.length, label).toBeGreaterThan(10);
      // A message quotes at most a short piece of what was sent.
      expect(result.error.message.length, label).toBeLessThan(1000);
      if (result.error.code === 'INVALID_REQUEST' && abuse.codes.length === 1) expect(result.error.message, label).toMatch(/Invalid request for|not|full path/);
      perChannel.set(abuse.channel, (perChannel.get(abuse.channel) ?? 0) + 1);
    }
    await workspace.search.idle();
    expect(await libraryTree()).toEqual(before);
    expect(await snapshotTree(outside)).toEqual(outsideBefore);
    expect([...perChannel.keys()].sort()).toEqual([...CHANNEL_NAMES].sort());
    expect((await dispatch('library:info', {})) as Result<{ path: string }>).toMatchObject({ ok: true, value: { path: library } });
    console.log(`api abuse: ${cases.length} requests over ${perChannel.size} channels`);
  }, 120_000);

  it('does not send an article whose photo links to a file outside the library', async () => {
    const drop = path.join(outside, 'drop');
    await mkdir(drop);
    const target = (await dispatch('targets:addFolder', { folder: drop, formats: ['html'] })) as Result<{ id: string }>;
    expect(target.ok).toBe(true);
    const sent = await dispatch('outbox:send', { folder: FOLDER });
    expect(sent).toMatchObject({ ok: false, error: { code: 'INVALID_REQUEST', message: expect.stringContaining(`The photo ${LINKED_PHOTO} is a link to a file elsewhere on the disk`) } });
    expect(await dispatch('outbox:list', {})).toEqual({ ok: true, value: [] });
    expect(await snapshotTree(drop)).toEqual(new Map());
    if (target.ok) expect((await dispatch('targets:remove', { id: target.value.id })).ok).toBe(true);
    await rm(drop, { recursive: true });
  });

  it('an unknown channel is refused by name', async () => {
    for (const channel of ['library:format', '__proto__', 'constructor', 'toString', '', 'x'.repeat(10_000)]) {
      const result = await dispatch(channel, {});
      expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_REQUEST' } });
      if (!result.ok) expect(result.error.message).toMatch(/^Unknown channel/);
    }
  });

  it('never serves or copies a photo that links outside the library', async () => {
    expect(await workspace.library.mediaFile(FOLDER, LINKED_PHOTO)).toBeNull();
    expect(await workspace.library.mediaFile(FOLDER, PHOTO)).toBe(path.join(library, `${FOLDER}.article`, 'media', PHOTO));
    expect(await workspace.library.mediaFile('escape', PHOTO)).toBeNull();
    const duplicated = (await dispatch('article:duplicate', { folder: FOLDER })) as Result<{ folder: string }>;
    expect(duplicated.ok).toBe(true);
    if (!duplicated.ok) return;
    const copy = await snapshotTree(path.join(library, `${duplicated.value.folder}.article`));
    expect([...copy.keys()].sort()).toEqual(['article.json', 'media', `media/${PHOTO}`]);
  });

  it('takes file names and new headlines as names only, never as paths', async () => {
    const outsideBefore = await snapshotTree(outside);
    const added = (await dispatch('media:add', { folder: FOLDER, name: '../../../outside/evil.png', data: TINY_IMAGES.png.toString('base64') })) as Result<{ file: string }>;
    expect(added).toMatchObject({ ok: true, value: { file: PHOTO } });
    const imported = await dispatch('import:convert', { name: '../../../etc/story.txt', data: Buffer.from('Headline\n\nBody.').toString('base64') });
    expect(imported.ok).toBe(true);
    for (const newFolder of ['../../outside/evil', '/etc/passwd', '..\\..\\evil', 'CON', '%2e%2e%2fevil', 'a\0b']) {
      const renamed = (await dispatch('article:rename', { folder: FOLDER, newFolder })) as Result<{ folder: string }>;
      expect(renamed.ok, newFolder).toBe(true);
      if (!renamed.ok) continue;
      expect(isSafeSlug(renamed.value.folder), renamed.value.folder).toBe(true);
      const back = await dispatch('article:rename', { folder: renamed.value.folder, newFolder: FOLDER });
      expect(back.ok).toBe(true);
    }
    expect(await snapshotTree(outside)).toEqual(outsideBefore);
  });

  it('opens only an existing folder as the library, and a file or a missing folder changes nothing', async () => {
    const file = path.join(outside, 'secret.png');
    const outsideBefore = await snapshotTree(outside);
    expect(await dispatch('library:open', { path: file })).toMatchObject({ ok: false, error: { code: 'INVALID_REQUEST' } });
    expect(await dispatch('library:open', { path: path.join(outside, 'no-such-folder') })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await snapshotTree(outside)).toEqual(outsideBefore);
    expect(await dispatch('library:info', {})).toMatchObject({ ok: true, value: { path: library } });
  });
});
