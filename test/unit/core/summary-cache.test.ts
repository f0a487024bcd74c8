import { mkdir, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LibraryStore } from '../../../electron/core/library/library-store.js';
import { serializeArticle } from '../../../electron/core/library/serialize.js';
import { sampleArticle } from './article-fixtures.js';
import { makeTempDir } from './temp-dir.js';

/** `count` articles written as another program would, the newest (by updatedAt and file time) last. */
async function writeArticles(dir: string, count: number): Promise<void> {
  const start = Date.parse('2026-01-01T00:00:00Z');
  for (let i = 0; i < count; i++) {
    const when = new Date(start + i * 3_600_000);
    const bundle = path.join(dir, `story-${i}.article`);
    await mkdir(bundle);
    const file = path.join(bundle, 'article.json');
    await writeFile(file, serializeArticle(sampleArticle({ id: crypto.randomUUID(), headline: `Story ${i}`, updatedAt: when.toISOString() })));
    await utimes(file, when, when);
  }
}

describe('the library list cache', () => {
  it('remembers rows between sessions and still sees edits, removals and damage made meanwhile', async () => {
    const dir = await makeTempDir();
    const first = await LibraryStore.open(dir, { sampleText: null, watch: false });
    const budget = await first.create('Budget vote');
    const port = await first.create('Port strike');
    expect((await first.list()).map((s) => s.headline).sort()).toEqual(['Budget vote', 'Port strike']);
    await first.close();
    const cache = JSON.parse(await readFile(path.join(dir, '.masthead', 'list-cache.json'), 'utf8'));
    expect(Object.keys(cache.rows).sort()).toEqual([budget.folder, port.folder].sort());

    // Meanwhile another program renames one headline and damages the other article.
    const file = (folder: string) => path.join(dir, `${folder}.article`, 'article.json');
    await writeFile(file(budget.folder), serializeArticle({ ...budget.article, headline: 'Budget vote postponed' }));
    await writeFile(file(port.folder), '{ not json');

    const second = await LibraryStore.open(dir, { sampleText: null, watch: false });
    const rows = await second.list();
    expect(rows.find((s) => s.folder === budget.folder)?.headline).toBe('Budget vote postponed');
    expect(rows.find((s) => s.folder === port.folder)?.damaged).not.toBeNull();
    await second.close();
  });

  it('starts afresh from an unreadable cache', async () => {
    const dir = await makeTempDir();
    const first = await LibraryStore.open(dir, { sampleText: null, watch: false });
    await first.create('Budget vote');
    await first.close();
    await writeFile(path.join(dir, '.masthead', 'list-cache.json'), '\u0000garbage');
    const second = await LibraryStore.open(dir, { sampleText: null, watch: false });
    expect((await second.list()).map((s) => s.headline)).toEqual(['Budget vote']);
    await second.close();
  });

  it('gives the first screen of a big library quickly: the newest articles, checked against their files', async () => {
    const dir = await makeTempDir();
    await writeArticles(dir, 40);
    const cold = await LibraryStore.open(dir, { sampleText: null, watch: false });
    const firstScreen = await cold.list({ first: 5 });
    const full = await cold.list();
    expect(full).toHaveLength(40);
    expect(firstScreen.map((s) => s.headline)).toEqual(['Story 39', 'Story 38', 'Story 37', 'Story 36', 'Story 35']);
    expect(firstScreen).toEqual(full.slice(0, 5));
    await cold.close();

    // Meanwhile another program edits one of the newest articles, removes the newest, adds one
    // and damages an old one.
    const file = (i: number) => path.join(dir, `story-${i}.article`, 'article.json');
    await writeFile(file(37), serializeArticle(sampleArticle({ headline: 'Story 37, updated', updatedAt: '2026-01-02T13:30:00.000Z' })));
    await rm(path.dirname(file(39)), { recursive: true });
    await mkdir(path.join(dir, 'late.article'));
    await writeFile(path.join(dir, 'late.article', 'article.json'), serializeArticle(sampleArticle({ headline: 'Late story', updatedAt: '2026-06-01T00:00:00.000Z' })));
    await writeFile(file(3), '{ not json');
    const reopened = await LibraryStore.open(dir, { sampleText: null, watch: false });
    const top = await reopened.list({ first: 3 });
    expect(top.map((s) => s.headline)).toEqual(['Late story', 'Story 38', 'Story 37, updated']);
    // Rows a change named: the edited one as it is now, the removed one left out.
    expect((await reopened.list({ folders: ['story-37', 'story-39'] })).map((s) => s.headline)).toEqual(['Story 37, updated']);
    // The full list that follows also has what the first screen cannot know without reading every file.
    const all = await reopened.list();
    expect(all.slice(0, 4).map((s) => [s.folder, s.damaged !== null])).toEqual([
      ['story-3', true],
      ['late', false],
      ['story-38', false],
      ['story-37', false],
    ]);
    await reopened.close();
  });

  it('reads the first screen of a big library as it opens, and reads it again after a change made before the window asked', async () => {
    const dir = await makeTempDir();
    await writeArticles(dir, 120);
    const quiet = await LibraryStore.open(dir, { sampleText: null, watch: false });
    const early = await quiet.list({ first: 5 });
    expect(early.map((s) => s.headline)).toEqual(['Story 119', 'Story 118', 'Story 117', 'Story 116', 'Story 115']);
    expect(early).toEqual((await quiet.list()).slice(0, 5));
    await quiet.close();

    const busy = await LibraryStore.open(dir, { sampleText: null, watch: false });
    const breaking = await busy.create('Breaking: port reopens');
    await busy.delete('story-119');
    const top = await busy.list({ first: 3 });
    expect(top.map((s) => s.folder)).toEqual([breaking.folder, 'story-118', 'story-117']);
    await busy.close();
  });
});
