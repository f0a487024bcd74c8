import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Article } from '../../../electron/common/article.js';
import { LibraryStore } from '../../../electron/core/library/library-store.js';
import { serializeArticle } from '../../../electron/core/library/serialize.js';
import { makeTempDir } from './temp-dir.js';

const stores: LibraryStore[] = [];
afterEach(async () => {
  await Promise.all(stores.splice(0).map((store) => store.close()));
});

async function openLibrary(): Promise<LibraryStore> {
  const store = await LibraryStore.open(await makeTempDir(), { sampleText: null, watch: false });
  stores.push(store);
  return store;
}

let day = 0;
/**
 * An article with these publish details, each one updated a day after the last, written as
 * another Masthead would so the order does not hang on the clock's resolution.
 */
async function write(store: LibraryStore, headline: string, details: Partial<Pick<Article, 'byline' | 'section' | 'tags' | 'sources'>>) {
  const { folder, article } = await store.create(headline);
  const updatedAt = new Date(Date.UTC(2025, 3, 1 + ++day)).toISOString();
  await writeFile(path.join(store.path, `${folder}.article`, 'article.json'), serializeArticle({ ...article, ...details, updatedAt }));
  return folder;
}

describe('suggestions from the library', () => {
  it('offers the contributors, sections, tags and sources used, most used first', async () => {
    const store = await openLibrary();
    await write(store, 'One', {
      byline: [
        { name: 'Omar Ali', role: 'reporter', affiliation: 'Reuters' },
        { name: 'Nada Mustafa', role: 'writer', affiliation: '' },
      ],
      section: 'Politics',
      tags: ['Russia', 'Georgia'],
      sources: ['TASS'],
    });
    await write(store, 'Two', {
      byline: [{ name: 'Nada Mustafa', role: 'writer', affiliation: '' }],
      section: 'Sport',
      tags: ['Georgia'],
      sources: ['AFP', 'TASS'],
    });
    await write(store, 'Three', {
      byline: [{ name: '  nada   mustafa ', role: 'editor', affiliation: 'Sada El Balad' }],
      section: 'politics',
      tags: ['georgia', 'Football'],
      sources: [],
    });

    const suggestions = await store.suggestions();
    // Names differing only in case or spacing are one; the latest article's spelling, role and affiliation win.
    expect(suggestions.contributors).toEqual([
      { name: 'nada mustafa', role: 'editor', affiliation: 'Sada El Balad' },
      { name: 'Omar Ali', role: 'reporter', affiliation: 'Reuters' },
    ]);
    expect(suggestions.sections).toEqual(['politics', 'Sport']);
    expect(suggestions.tags).toEqual(['georgia', 'Football', 'Russia']);
    expect(suggestions.sources).toEqual(['TASS', 'AFP']);
  });

  it('counts a name once per article and skips damaged articles', async () => {
    const store = await openLibrary();
    await write(store, 'Twice in one', { tags: ['Cairo', 'cairo', 'Gaza'] });
    await write(store, 'Gaza again', { tags: ['Gaza'] });
    const damaged = await write(store, 'Damaged', { tags: ['Secret'] });
    await writeFile(path.join(store.path, `${damaged}.article`, 'article.json'), '{ broken');
    expect((await store.suggestions()).tags).toEqual(['Gaza', 'Cairo']);
  });

  it('is empty for an empty library', async () => {
    const store = await openLibrary();
    expect(await store.suggestions()).toEqual({ contributors: [], sections: [], tags: [], sources: [] });
  });
});
