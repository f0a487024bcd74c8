import { mkdir, readdir, readFile, rm, symlink, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Article } from '../../../electron/common/article.js';
import { paragraph } from '../../../electron/common/lexical-nodes.js';
import { bodyPlainText } from '../../../electron/common/rules/text.js';
import { ArticleService } from '../../../electron/core/articles/article-service.js';
import { LibraryStore, type LibraryEvent, type LibraryStoreOptions } from '../../../electron/core/library/library-store.js';
import { serializeArticle } from '../../../electron/core/library/serialize.js';
import { VersionStore } from '../../../electron/core/versions/version-store.js';
import { expectFailure, failure } from './failures.js';
import { makeTempDir } from './temp-dir.js';

/** Duplicating is an article operation of ArticleService; these tests need no versions. */
function duplicate(store: LibraryStore, folder: string): Promise<{ folder: string }> {
  return new ArticleService(store, new VersionStore({ author: 'test' })).duplicate(folder);
}

const seed = await readFile(new URL('../../fixtures/seed-article.txt', import.meta.url), 'utf8');
const SAMPLE_FOLDER = 'kremlin-reaffirms-readiness-to-normalize-ties-with-georgia';

const stores: LibraryStore[] = [];
afterEach(async () => {
  await Promise.all(stores.splice(0).map((store) => store.close()));
});

async function openLibrary(dir?: string, options: Partial<LibraryStoreOptions> = {}): Promise<LibraryStore> {
  const store = await LibraryStore.open(dir ?? (await makeTempDir()), { sampleText: null, watch: false, ...options });
  stores.push(store);
  await store.watching;
  return store;
}

async function reopen(store: LibraryStore, options: Partial<LibraryStoreOptions> = {}): Promise<LibraryStore> {
  await store.close();
  return openLibrary(store.path, options);
}

const articleFile = (store: LibraryStore, folder: string, name = 'article.json') => path.join(store.path, `${folder}.article`, name);

function withBody(article: Article, ...paragraphs: string[]): Article {
  return { ...article, body: { root: { ...article.body.root, children: paragraphs.map((text) => paragraph(text)) } } };
}

describe('the sample article', () => {
  it('is created once, from the seed text, in a new library', async () => {
    const store = await openLibrary(undefined, { sampleText: seed });
    const list = await store.list();
    expect(list.map((a) => a.folder)).toEqual([SAMPLE_FOLDER]);
    expect(list[0]).toMatchObject({ headline: 'Kremlin Reaffirms Readiness to Normalize Ties with Georgia', damaged: null });

    const { article } = await store.open(SAMPLE_FOLDER);
    expect(article.byline).toEqual([{ name: 'Nada Mustafa', role: 'writer', affiliation: '' }]);
    expect(article.leadPhoto?.caption).toBe('The Russian Kremlin headquarters');
    const paragraphs = bodyPlainText(article.body).split('\n');
    expect(paragraphs[0]).toMatch(/^Kremlin spokesman Dmitry Peskov/);
    expect(paragraphs).not.toContain('ads');
    expect(paragraphs.filter((p) => /Supervisor|Editor in Chief|صدى البلد/.test(p))).toEqual([]);
    expect(await readdir(path.join(store.path, `${SAMPLE_FOLDER}.article`))).toEqual(['article.json', 'media']);

    const again = await reopen(store, { sampleText: seed });
    expect((await again.list()).map((a) => a.folder)).toEqual([SAMPLE_FOLDER]);
  });

  it('does not come back once deleted, even after the trash is emptied', async () => {
    const store = await openLibrary(undefined, { sampleText: seed });
    await store.delete(SAMPLE_FOLDER);
    await store.emptyTrash();
    const again = await reopen(store, { sampleText: seed });
    expect(await again.list()).toEqual([]);
  });

  it('is not added to a folder that already has articles, nor later when they are all deleted', async () => {
    const store = await openLibrary();
    const { folder } = await store.create('Existing story');
    const withSeed = await reopen(store, { sampleText: seed });
    expect((await withSeed.list()).map((a) => a.folder)).toEqual([folder]);
    await withSeed.delete(folder);
    const emptied = await reopen(withSeed, { sampleText: seed });
    expect(await emptied.list()).toEqual([]);
  });

  it('is not added to an empty library whose marker says the sample step is done', async () => {
    const dir = await makeTempDir();
    await mkdir(path.join(dir, '.masthead'));
    await writeFile(path.join(dir, '.masthead', 'library.json'), '{"sampleCreated": true}\n');
    expect(await (await openLibrary(dir, { sampleText: seed })).list()).toEqual([]);
  });

  it('creates the library folder when it does not exist', async () => {
    const dir = path.join(await makeTempDir(), 'New Library');
    const store = await openLibrary(dir, { sampleText: seed });
    expect(store.path).toBe(dir);
    expect(await store.list()).toHaveLength(1);
  });
});

describe('opening a library', () => {
  it('refuses a file', async () => {
    const file = path.join(await makeTempDir(), 'notes.txt');
    await writeFile(file, 'hello');
    await expectFailure(openLibrary(file), 'INVALID_REQUEST', /is a file, not a folder/);
  });

  it('removes temp files and half-built bundles a crash left behind', async () => {
    const store = await openLibrary();
    const { folder } = await store.create('Story');
    const leftovers = [
      articleFile(store, folder, '.article.json.0123456789ab.tmp'),
      path.join(store.path, '.masthead', '.library.json.0123456789ab.tmp'),
      path.join(store.path, '.masthead', 'staging', 'abc', 'article.json'),
    ];
    // Left by a crash of an earlier session: older than this opening.
    const earlier = new Date(Date.now() - 60_000);
    for (const file of leftovers) {
      await mkdir(path.dirname(file), { recursive: true });
      await writeFile(file, 'half');
      await utimes(file, earlier, earlier);
    }
    // Inside the bundles the sweep runs after the first list, so a big library lists at once.
    const reopened = await reopen(store);
    await reopened.list();
    await vi.waitFor(async () => expect(await readdir(path.join(store.path, `${folder}.article`))).toEqual(['article.json', 'media']));
    expect((await readdir(path.join(store.path, '.masthead'))).sort()).toEqual(['library.json', 'list-cache.json', 'trash']);
  });
});

describe('articles', () => {
  it('round-trips create, save and reopen', async () => {
    const store = await openLibrary();
    const created = await store.create('Kremlin Reaffirms Readiness');
    expect(created.folder).toBe('kremlin-reaffirms-readiness');
    expect(created.article).toMatchObject({ headline: 'Kremlin Reaffirms Readiness', status: 'draft', language: 'en', byline: [] });
    expect(created.article.createdAt).toBe(created.article.updatedAt);

    const edited = withBody({ ...created.article, headline: 'Kremlin ready to talk', status: 'edited' }, 'First paragraph here.', 'الفقرة الثانية هنا');
    const saved = await store.save(created.folder, edited, created.article.updatedAt);
    expect(saved.folder).toBe(created.folder);
    expect(saved.updatedAt > created.article.updatedAt).toBe(true);

    const again = await reopen(store);
    const opened = await again.open(created.folder);
    expect(opened).toEqual({ folder: created.folder, fromBackup: false, article: { ...edited, updatedAt: saved.updatedAt } });
    expect(await again.list()).toEqual([
      {
        folder: created.folder,
        id: created.article.id,
        headline: 'Kremlin ready to talk',
        status: 'edited',
        language: 'en',
        updatedAt: saved.updatedAt,
        wordCount: 4 + 3 + 3,
        cmsSlug: 'kremlin-ready-to-talk',
        damaged: null,
      },
    ]);
    expect(await readFile(articleFile(store, created.folder), 'utf8')).toBe(serializeArticle(opened.article));
  });

  it('gives each new article its own folder and id', async () => {
    const store = await openLibrary();
    const first = await store.create('Same headline');
    const second = await store.create('Same headline');
    const arabic = await store.create('الكرملين يؤكد استعداده');
    const untitled = await store.create();
    expect([first.folder, second.folder, arabic.folder, untitled.folder]).toEqual([
      'same-headline',
      'same-headline-2',
      'الكرملين-يؤكد-استعداده',
      'untitled',
    ]);
    expect(new Set([first, second, arabic, untitled].map((a) => a.article.id)).size).toBe(4);
  });

  it('lists the most recently updated first', async () => {
    const store = await openLibrary();
    const a = await store.create('A');
    const b = await store.create('B');
    await writeFile(articleFile(store, 'a'), serializeArticle({ ...a.article, updatedAt: '2025-01-01T10:00:00.000Z' }));
    // Written by another program, with an offset: still compared as a point in time.
    await writeFile(articleFile(store, 'b'), serializeArticle({ ...b.article, updatedAt: '2025-01-01T10:30:00+01:00' }));
    expect((await store.list()).map((s) => s.folder)).toEqual(['a', 'b']);
    await store.save('b', b.article, '2025-01-01T10:30:00+01:00');
    expect((await store.list()).map((s) => s.folder)).toEqual(['b', 'a']);
  });

  it('keeps the previous version as article.json.bak', async () => {
    const store = await openLibrary();
    const { folder, article } = await store.create('Version one');
    const v2 = { ...article, headline: 'Version two' };
    const saved2 = await store.save(folder, v2, article.updatedAt);
    expect((await readFile(articleFile(store, folder, 'article.json.bak'), 'utf8'))).toBe(serializeArticle(article));
    await store.save(folder, { ...v2, headline: 'Version three' }, saved2.updatedAt);
    const backup = await store.open(folder, { fromBackup: true });
    expect(backup).toMatchObject({ fromBackup: true, article: { headline: 'Version two', updatedAt: saved2.updatedAt } });
  });

  it('makes every save newer than the last, even when the clock disagrees', async () => {
    const store = await openLibrary();
    const { folder, article } = await store.create('Clock');
    const future = '2999-01-01T00:00:00.000Z';
    await writeFile(articleFile(store, folder), serializeArticle({ ...article, updatedAt: future }));
    const saved = await store.save(folder, article, future);
    expect(saved.updatedAt).toBe('2999-01-01T00:00:00.001Z');
    const next = await store.save(folder, article, saved.updatedAt);
    expect(next.updatedAt).toBe('2999-01-01T00:00:00.002Z');
  });

  it('keeps createdAt and refuses a save that would change the id', async () => {
    const store = await openLibrary();
    const { folder, article } = await store.create('Identity');
    const saved = await store.save(folder, { ...article, createdAt: '2000-01-01T00:00:00.000Z' }, article.updatedAt);
    expect((await store.open(folder)).article.createdAt).toBe(article.createdAt);
    const before = await readFile(articleFile(store, folder));
    await expectFailure(
      store.save(folder, { ...article, id: '9d1f0c1e-6f8a-4b7e-9f55-1c2d3e4f5a6b' }, saved.updatedAt, true),
      'INVALID_REQUEST',
      /different article/,
    );
    expect(await readFile(articleFile(store, folder))).toEqual(before);
  });

  it('refuses a save that is not a valid article', async () => {
    const store = await openLibrary();
    const { folder, article } = await store.create('Valid');
    const broken = { ...article, headline: 42 } as unknown as Article;
    await expectFailure(store.save(folder, broken, article.updatedAt), 'INVALID_REQUEST', /headline/);
  });

  it('refuses to overwrite changes another program made, unless the user keeps theirs', async () => {
    const store = await openLibrary();
    const { folder, article } = await store.create('Shared story');
    const theirs = serializeArticle({ ...article, headline: 'Edited in another program', updatedAt: '2025-06-01T10:00:00.000Z' });
    await writeFile(articleFile(store, folder), theirs);

    const mine = { ...article, headline: 'Edited in Masthead' };
    await expectFailure(store.save(folder, mine, article.updatedAt), 'CONFLICT', /changed by another program since you opened it/);
    expect(await readFile(articleFile(store, folder), 'utf8')).toBe(theirs);

    await store.save(folder, mine, article.updatedAt, true);
    expect((await store.open(folder)).article.headline).toBe('Edited in Masthead');
    expect(await readFile(articleFile(store, folder, 'article.json.bak'), 'utf8')).toBe(theirs);
  });

  it('writes the article back when another program removed its folder and the user keeps theirs', async () => {
    const store = await openLibrary();
    const { folder, article } = await store.create('Removed elsewhere');
    await rm(path.join(store.path, `${folder}.article`), { recursive: true });
    const mine = { ...article, headline: 'Kept by the user' };
    await expectFailure(store.save(folder, mine, article.updatedAt), 'NOT_FOUND');
    await store.save(folder, mine, article.updatedAt, true);
    expect((await store.open(folder)).article).toMatchObject({ id: article.id, headline: 'Kept by the user' });
    expect(await readdir(path.join(store.path, `${folder}.article`))).toEqual(expect.arrayContaining(['article.json', 'media']));
  });

  it('reports a missing article as not found', async () => {
    const store = await openLibrary();
    await expectFailure(store.open('nothing-here'), 'NOT_FOUND');
    const { article } = await store.create('x');
    await expectFailure(store.save('nothing-here', article, null), 'NOT_FOUND');
    await expectFailure(store.open('x', { fromBackup: true }), 'NOT_FOUND', /no backup/);
  });
});

describe('rename and duplicate', () => {
  it('renames the bundle folder to a safe folder and keeps the id', async () => {
    const store = await openLibrary();
    const { folder, article } = await store.create('Old name');
    expect(await store.rename(folder, 'New Name: Peskov / Tbilisi')).toEqual({ folder: 'new-name-peskov-tbilisi' });
    expect(await readdir(store.path)).not.toContain('old-name.article');
    expect((await store.open('new-name-peskov-tbilisi')).article.id).toBe(article.id);
    await expectFailure(store.open(folder), 'NOT_FOUND');
  });

  it('makes any text safe, keeps an unchanged folder and refuses a taken one', async () => {
    const store = await openLibrary();
    const { folder } = await store.create('Story');
    await store.create('Other');
    expect(await store.rename(folder, 'STORY')).toEqual({ folder });
    expect(await store.rename(folder, '../../outside')).toEqual({ folder: 'outside' });
    expect(await readdir(store.path)).toContain('outside.article');
    await expectFailure(store.rename('outside', 'Other'), 'ALREADY_EXISTS', /"other"/);
  });

  it('duplicates content and photos as a new draft with its own id and history', async () => {
    const store = await openLibrary();
    const { folder, article } = await store.create('Original');
    const published = withBody({ ...article, status: 'published' }, 'Body text.');
    const saved = await store.save(folder, published, article.updatedAt);
    await writeFile(articleFile(store, folder, 'media/kremlin.jpg'), Buffer.from([0xff, 0xd8, 0xff, 1, 2, 3]));

    const copy = await duplicate(store, folder);
    expect(copy.folder).toBe('original-copy');
    const opened = await store.open(copy.folder);
    expect(opened.article.id).not.toBe(article.id);
    expect(opened.article).toMatchObject({ headline: 'Original (copy)', status: 'draft', body: published.body });
    expect(opened.article.createdAt).toBe(opened.article.updatedAt);
    expect(opened.article.createdAt >= saved.updatedAt).toBe(true);
    expect(await readFile(articleFile(store, copy.folder, 'media/kremlin.jpg'))).toEqual(Buffer.from([0xff, 0xd8, 0xff, 1, 2, 3]));
    expect((await readdir(path.join(store.path, `${copy.folder}.article`))).sort()).toEqual(['article.json', 'media']);
    expect((await store.open(folder)).article).toEqual({ ...published, updatedAt: saved.updatedAt });
    expect((await duplicate(store, folder)).folder).toBe('original-copy-2');
  });
});

describe('trash', () => {
  it('moves a deleted article to the trash and restores it', async () => {
    const store = await openLibrary();
    const { folder, article } = await store.create('Trashed story');
    const { trashId } = await store.delete(folder);
    expect(await store.list()).toEqual([]);
    const [entry, ...rest] = await store.listTrash();
    expect(rest).toEqual([]);
    expect(entry).toMatchObject({ trashId, folder, headline: 'Trashed story' });
    expect(Date.parse(entry!.deletedAt)).toBeGreaterThan(Date.now() - 60_000);

    expect(await store.restoreFromTrash(trashId)).toEqual({ folder });
    expect((await store.open(folder)).article).toEqual(article);
    expect(await store.listTrash()).toEqual([]);
  });

  it('restores under a numbered folder when the old one is taken again', async () => {
    const store = await openLibrary();
    const { folder } = await store.create('Story');
    const { trashId } = await store.delete(folder);
    await store.create('Story');
    expect(await store.restoreFromTrash(trashId)).toEqual({ folder: 'story-2' });
    await expectFailure(store.restoreFromTrash(trashId), 'NOT_FOUND');
  });

  it('keeps deleting the same folder twice as two entries, newest first', async () => {
    const store = await openLibrary();
    const first = await store.delete((await store.create('Story')).folder);
    const second = await store.delete((await store.create('Story')).folder);
    expect(first.trashId).not.toBe(second.trashId);
    expect((await store.listTrash()).map((e) => e.trashId)).toEqual([second.trashId, first.trashId]);
  });

  it('empties the trash', async () => {
    const store = await openLibrary();
    await store.delete((await store.create('One')).folder);
    await store.delete((await store.create('Two')).folder);
    expect(await store.emptyTrash()).toEqual({ removed: 2 });
    expect(await store.listTrash()).toEqual([]);
    expect(await readdir(path.join(store.path, '.masthead', 'trash'))).toEqual([]);
    expect(await store.emptyTrash()).toEqual({ removed: 0 });
  });

  it('takes damaged articles too, named by their folder', async () => {
    const store = await openLibrary();
    const { folder } = await store.create('Broken');
    await writeFile(articleFile(store, folder), '{ not json');
    await store.delete(folder);
    expect(await store.listTrash()).toMatchObject([{ folder, headline: folder }]);
  });
});

describe('damaged articles', () => {
  async function damaged(store: LibraryStore, withBackup: boolean) {
    const { folder, article } = await store.create('Fragile story');
    if (withBackup) await store.save(folder, { ...article, headline: 'Fragile story, saved' }, article.updatedAt);
    const bytes = Buffer.from('{"schemaVersion": 1, "headline": "cut off in the mid\u00e9');
    await writeFile(articleFile(store, folder), bytes);
    return { folder, bytes };
  }

  it('are listed with the reason, opened never, and left byte-identical', async () => {
    const store = await openLibrary();
    const { folder, bytes } = await damaged(store, false);
    await store.create('Healthy');
    const list = await store.list();
    expect(list[0]).toMatchObject({ folder, id: null, status: null, damaged: { hasBackup: false } });
    expect(list[0]!.damaged!.reason).toMatch(/^not valid JSON: /);
    expect(list[1]).toMatchObject({ folder: 'healthy', damaged: null });

    await expectFailure(store.open(folder), 'DAMAGED', /article\.json is damaged \(not valid JSON: .*\)\. The file was left as it is\. There is no backup/);
    const article = (await store.open('healthy')).article;
    await expectFailure(store.save(folder, { ...article }, null, true), 'DAMAGED');
    await expectFailure(duplicate(store, folder), 'DAMAGED');
    await expectFailure(store.restoreBackup(folder), 'NOT_FOUND', /no backup/);
    expect(await readFile(articleFile(store, folder))).toEqual(bytes);
  });

  it('say so when a backup exists, which can be opened read-only', async () => {
    const store = await openLibrary();
    const { folder, bytes } = await damaged(store, true);
    expect((await store.list())[0]!.damaged).toMatchObject({ hasBackup: true });
    await expectFailure(store.open(folder), 'DAMAGED', /A backup of the previous version exists/);
    expect((await store.open(folder, { fromBackup: true })).article.headline).toBe('Fragile story');
    expect(await readFile(articleFile(store, folder))).toEqual(bytes);
  });

  it('are restored from the backup, with the damaged file kept byte-identical beside it', async () => {
    const store = await openLibrary();
    const { folder, bytes } = await damaged(store, true);
    const backupBytes = await readFile(articleFile(store, folder, 'article.json.bak'));

    const restored = await store.restoreBackup(folder);
    expect(restored).toMatchObject({ folder, fromBackup: false, article: { headline: 'Fragile story' } });
    expect(await readFile(articleFile(store, folder))).toEqual(backupBytes);
    const kept = (await readdir(path.join(store.path, `${folder}.article`))).filter((n) => n.startsWith('article.damaged-'));
    expect(kept).toEqual([expect.stringMatching(/^article\.damaged-\d{8}T\d{9}Z\.json$/)]);
    expect(await readFile(articleFile(store, folder, kept[0]))).toEqual(bytes);
    expect((await store.list())[0]).toMatchObject({ folder, damaged: null });
    await expectFailure(store.restoreBackup(folder), 'INVALID_REQUEST', /not damaged/);
    // The restored version saves normally again.
    await store.save(folder, restored.article, restored.article.updatedAt);
  });

  it('include a bundle without article.json, a file from a newer Masthead and an unknown node', async () => {
    const store = await openLibrary();
    await mkdir(path.join(store.path, 'empty.article'));
    const { folder, article } = await store.create('Future');
    await writeFile(articleFile(store, folder), JSON.stringify({ ...article, schemaVersion: 7 }));
    const odd = await store.create('Odd');
    const raw = JSON.parse(serializeArticle(odd.article));
    raw.body.root.children.push({ type: 'youtube', videoID: 'x' });
    await writeFile(articleFile(store, odd.folder), JSON.stringify(raw));

    const reasons = Object.fromEntries((await store.list()).map((s) => [s.folder, s.damaged?.reason]));
    expect(reasons).toEqual({
      empty: 'article.json is missing',
      future: 'made by a newer Masthead (schemaVersion 7); update Masthead to open it',
      odd: 'body.root.children.1: unknown node type "youtube"',
    });
  });

  it('include article.json when it is a link, which is never followed', async () => {
    const outside = await makeTempDir();
    await writeFile(path.join(outside, 'secret.json'), '{"token": "s3cr3t"}');
    const store = await openLibrary();
    const { folder } = await store.create('Linked');
    await rm(articleFile(store, folder));
    await symlink(path.join(outside, 'secret.json'), articleFile(store, folder));
    expect((await store.list())[0]!.damaged).toEqual({ reason: 'article.json is a link to another file, not a file', hasBackup: false });
    const err = await failure(store.open(folder));
    expect(err.code).toBe('DAMAGED');
    expect(err.message).not.toContain('s3cr3t');
  });
});

describe('paths from requests', () => {
  const hostile = ['..', '../x', '../../etc/passwd', 'a/b', 'a\\b', '/etc', '', '.', 'x\0y', 'CON', 'Upper', '.masthead', 'a.article'];

  it('refuses every folder that is not a safe name inside the library', async () => {
    const store = await openLibrary();
    const { article } = await store.create('Story');
    for (const folder of hostile) {
      await expectFailure(store.open(folder), 'INVALID_REQUEST');
      await expectFailure(store.save(folder, article, null), 'INVALID_REQUEST');
      await expectFailure(store.rename(folder, 'x'), 'INVALID_REQUEST');
      await expectFailure(duplicate(store, folder), 'INVALID_REQUEST');
      await expectFailure(store.delete(folder), 'INVALID_REQUEST');
      await expectFailure(store.restoreBackup(folder), 'INVALID_REQUEST');
    }
    for (const trashId of ['..', '.', '../..', '../story.article', '/etc', 'a/b', 'x\0y']) {
      await expectFailure(store.restoreFromTrash(trashId), 'INVALID_REQUEST');
    }
    expect((await store.list()).map((a) => a.folder)).toEqual(['story']);
  });

  it('refuses a bundle that is a link to a folder outside the library', async () => {
    const outside = await makeTempDir();
    await mkdir(path.join(outside, 'media'));
    await writeFile(path.join(outside, 'article.json'), 'precious');
    const store = await openLibrary();
    await symlink(outside, path.join(store.path, 'escape.article'), 'dir');

    expect(await store.list()).toEqual([]);
    await expectFailure(store.open('escape'), 'INVALID_REQUEST', /outside the library/);
    await expectFailure(store.delete('escape'), 'INVALID_REQUEST');
    await expectFailure(store.restoreBackup('escape'), 'INVALID_REQUEST');
    expect(await readFile(path.join(outside, 'article.json'), 'utf8')).toBe('precious');
  });

  it('accepts a link to a bundle inside the library', async () => {
    const store = await openLibrary();
    const { folder, article } = await store.create('Real');
    await symlink(path.join(store.path, `${folder}.article`), path.join(store.path, 'alias.article'), 'dir');
    expect((await store.open('alias')).article.id).toBe(article.id);
  });
});

describe('watching for other programs', () => {
  /** Resolves with the first matching event; fails the test after a few seconds. */
  function nextEvent(store: LibraryStore, matches: (event: LibraryEvent) => boolean): Promise<LibraryEvent> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        off();
        reject(new Error('timed out waiting for a library event'));
      }, 5_000);
      const off = store.onEvent((...event) => {
        if (!matches(event)) return;
        clearTimeout(timer);
        off();
        resolve(event);
      });
    });
  }

  function record(store: LibraryStore): LibraryEvent[] {
    const events: LibraryEvent[] = [];
    store.onEvent((...event) => events.push(event));
    return events;
  }

  const changedOnDisk = (folder: string, deleted = false) => (event: LibraryEvent) =>
    event[0] === 'article:changedOnDisk' && event[1].folder === folder && event[1].deleted === deleted;

  it('reports another program editing an open article, but not our own saves, renames, restores or deletes', async () => {
    const store = await openLibrary(undefined, { watch: true });
    const events = record(store);
    const alpha = await store.create('Alpha');
    const beta = await store.create('Beta');
    const gamma = await store.create('Gamma');
    const delta = await store.create('Delta');
    await store.save(gamma.folder, { ...gamma.article, headline: 'Gamma, saved by us' }, gamma.article.updatedAt);
    await writeFile(articleFile(store, gamma.folder), '{ damaged by another program');
    await nextEvent(store, changedOnDisk(gamma.folder));

    await store.save(alpha.folder, { ...alpha.article, headline: 'Alpha, saved by us' }, alpha.article.updatedAt);
    await store.rename(alpha.folder, 'Alpha renamed');
    await store.restoreBackup(gamma.folder);
    await store.delete(delta.folder);
    // Events arrive in order: once Beta's outside edit is reported, our own writes before it were seen.
    await writeFile(articleFile(store, beta.folder), serializeArticle({ ...beta.article, headline: 'Beta, edited elsewhere' }));
    await nextEvent(store, changedOnDisk(beta.folder));
    expect(events.filter((e) => e[0] === 'article:changedOnDisk')).toEqual([
      ['article:changedOnDisk', { folder: gamma.folder, deleted: false }],
      ['article:changedOnDisk', { folder: beta.folder, deleted: false }],
    ]);

    const alphaNow = await store.open('alpha-renamed');
    await writeFile(articleFile(store, 'alpha-renamed'), serializeArticle({ ...alphaNow.article, headline: 'Alpha, edited elsewhere' }));
    await nextEvent(store, changedOnDisk('alpha-renamed'));

    await rm(path.join(store.path, `${beta.folder}.article`), { recursive: true });
    await nextEvent(store, changedOnDisk(beta.folder, true));
  });

  it('reports new and removed bundles as a library change', async () => {
    const store = await openLibrary(undefined, { watch: true });
    const changed = nextEvent(store, (e) => e[0] === 'library:changed');
    const elsewhere = await openLibrary(store.path);
    const { folder } = await elsewhere.create('Made by another Masthead');
    expect(await changed).toEqual(['library:changed', { path: store.path, folders: [folder] }]);
  });
});
