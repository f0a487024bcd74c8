import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LibraryStore } from '../../../electron/core/library/library-store.js';
import { serializeArticle } from '../../../electron/core/library/serialize.js';
import { makeTempDir } from './temp-dir.js';

describe('the library list cache', () => {
  it('remembers rows between sessions and still sees edits, removals and damage made meanwhile', async () => {
    const dir = await makeTempDir();
    const first = await LibraryStore.open(dir, { sampleText: null, watch: false });
    const budget = await first.create('Budget vote');
    const port = await first.create('Port strike');
    expect((await first.list()).map((s) => s.headline).sort()).toEqual(['Budget vote', 'Port strike']);
    await first.close();
    const cache = JSON.parse(await readFile(path.join(dir, '.masthead', 'list-cache.json'), 'utf8'));
    expect(Object.keys(cache.rows).sort()).toEqual([budget.slug, port.slug].sort());

    // Meanwhile another program renames one headline and damages the other article.
    const file = (slug: string) => path.join(dir, `${slug}.article`, 'article.json');
    await writeFile(file(budget.slug), serializeArticle({ ...budget.article, headline: 'Budget vote postponed' }));
    await writeFile(file(port.slug), '{ not json');

    const second = await LibraryStore.open(dir, { sampleText: null, watch: false });
    const rows = await second.list();
    expect(rows.find((s) => s.slug === budget.slug)?.headline).toBe('Budget vote postponed');
    expect(rows.find((s) => s.slug === port.slug)?.damaged).not.toBeNull();
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
});
