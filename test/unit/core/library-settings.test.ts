import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { LibraryStore } from '../../../electron/core/library/library-store.js';
import { makeTempDir } from './temp-dir.js';

const seed = await readFile(new URL('../../fixtures/seed-article.txt', import.meta.url), 'utf8');
const DEFAULTS = ['News', 'Politics', 'Economy', 'Sport', 'Universities', 'Real Estate', 'Culture', 'Opinion'];

const stores: LibraryStore[] = [];
afterEach(async () => {
  await Promise.all(stores.splice(0).map((store) => store.close()));
});

async function openLibrary(dir?: string, sampleText: string | null = null): Promise<LibraryStore> {
  const store = await LibraryStore.open(dir ?? (await makeTempDir()), { sampleText, watch: false });
  stores.push(store);
  return store;
}

const markerOf = (store: LibraryStore) => path.join(store.path, '.masthead', 'library.json');
const readMarker = async (store: LibraryStore) => JSON.parse(await readFile(markerOf(store), 'utf8')) as Record<string, unknown>;

describe('library settings', () => {
  it("start with the desk's usual sections", async () => {
    const store = await openLibrary();
    expect(await store.settings()).toEqual({ sections: DEFAULTS, arabicQuotes: 'guillemets' });
  });

  it('keep the edited sections tidy, in order, across a reopen', async () => {
    const store = await openLibrary();
    const saved = await store.updateSettings({ sections: ['  Sport ', 'News', 'sport', 'Real   Estate', '', 'الجامعات', 'NEWS', 'Opinion'] });
    expect(saved).toEqual({ sections: ['Sport', 'News', 'Real Estate', 'الجامعات', 'Opinion'], arabicQuotes: 'guillemets' });
    await store.close();
    const again = await openLibrary(store.path);
    expect(await again.settings()).toEqual(saved);
  });

  it('keep an emptied list empty', async () => {
    const store = await openLibrary();
    await store.updateSettings({ sections: [] });
    expect(await store.settings()).toEqual({ sections: [], arabicQuotes: 'guillemets' });
  });

  it("keep the marker's other fields, so a deleted sample stays deleted", async () => {
    const store = await openLibrary(undefined, seed);
    const [sample] = await store.list();
    await store.delete(sample!.folder);
    await store.emptyTrash();
    const marker = await readMarker(store);
    await writeFile(markerOf(store), JSON.stringify({ ...marker, fromALaterMasthead: { keep: true } }));

    await store.updateSettings({ sections: ['News'] });
    expect(await readMarker(store)).toEqual({ sampleCreated: true, fromALaterMasthead: { keep: true }, sections: ['News'] });
    expect((await readdir(path.dirname(markerOf(store)))).filter((n) => n.endsWith('.tmp'))).toEqual([]);
    await store.close();
    expect(await (await openLibrary(store.path, seed)).list()).toEqual([]);
  });

  it('fall back to the defaults when the marker is damaged or missing, and write a good one', async () => {
    const store = await openLibrary();
    await writeFile(markerOf(store), '{ "sections": ["News", ');
    expect(await store.settings()).toEqual({ sections: DEFAULTS, arabicQuotes: 'guillemets' });
    await store.updateSettings({ sections: ['Culture'] });
    expect(await readMarker(store)).toEqual({ sampleCreated: true, sections: ['Culture'] });

    await writeFile(markerOf(store), JSON.stringify({ sampleCreated: true, sections: 'not a list' }));
    expect(await store.settings()).toEqual({ sections: DEFAULTS, arabicQuotes: 'guillemets' });

    await rm(path.dirname(markerOf(store)), { recursive: true });
    expect(await store.settings()).toEqual({ sections: DEFAULTS, arabicQuotes: 'guillemets' });
    expect(await store.updateSettings({ sections: ['Sport'] })).toEqual({ sections: ['Sport'], arabicQuotes: 'guillemets' });
  });

  it('keep the Arabic quotation marks the desk chose, each setting saved without touching the other', async () => {
    const store = await openLibrary();
    await store.updateSettings({ sections: ['News', 'Sport'] });
    expect(await store.updateSettings({ arabicQuotes: 'reversed' })).toEqual({ sections: ['News', 'Sport'], arabicQuotes: 'reversed' });
    await store.updateSettings({ sections: ['Culture'] });
    await store.close();
    const again = await openLibrary(store.path);
    expect(await again.settings()).toEqual({ sections: ['Culture'], arabicQuotes: 'reversed' });
    // A value this Masthead does not know falls back to « » rather than damaging the marker.
    await writeFile(markerOf(again), JSON.stringify({ ...(await readMarker(again)), arabicQuotes: 'chevrons' }));
    expect(await again.settings()).toEqual({ sections: ['Culture'], arabicQuotes: 'guillemets' });
  });
});
