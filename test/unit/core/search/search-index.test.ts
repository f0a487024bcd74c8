import { mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { articleWith, writeArticleBundle } from '../../../../bench/library.js';
import type { Article } from '../../../../electron/common/article.js';
import { SearchRequest, type IndexingProgress, type SearchRequest as Request } from '../../../../electron/common/search.js';
import { LibraryStore } from '../../../../electron/core/library/library-store.js';
import { INDEX_FILE, INDEX_VERSION } from '../../../../electron/core/search/index-file.js';
import { SearchIndex } from '../../../../electron/core/search/search-index.js';
import { makeTempDir } from '../temp-dir.js';

const running: Array<{ index: SearchIndex; store: LibraryStore }> = [];
afterEach(async () => {
  for (const { index, store } of running.splice(0)) {
    await index.stop();
    await store.close();
  }
});

async function openLibrary(dir: string, options: { watch?: boolean; onProgress?: (p: IndexingProgress) => void } = {}) {
  const store = await LibraryStore.open(dir, { sampleText: null, watch: options.watch ?? false });
  await store.watching;
  const index = SearchIndex.start(store, { saveDelayMs: 10, ...(options.onProgress ? { onProgress: options.onProgress } : {}) });
  running.push({ index, store });
  await index.idle();
  return { store, index };
}

const search = (index: SearchIndex, request: Request) => index.query(SearchRequest.parse(request));
const folders = async (index: SearchIndex, request: Request) => (await search(index, request)).results.map((r) => r.folder);

const ARTICLES: Record<string, Article> = {
  'hospital-ar': articleWith(
    { headline: 'افتتاح جناح جديد في مستشفى المدينة', language: 'ar', section: 'Health', status: 'edited', publishAt: '2025-03-10T09:00:00Z', paragraphs: ['الْمُسْتَشْفَيَاتِ الحكومية تستقبل المرضى.'] },
    1,
  ),
  'budget-ar': articleWith(
    { headline: 'البرلمان يناقش الميزانية', language: 'ar', section: 'Politics', status: 'draft', paragraphs: ['نواب يطالبون بدعم المستشفيات في الأقاليم.'] },
    2,
  ),
  'pipeline-headline': articleWith({ headline: 'Pipeline deal signed', section: 'Economy', status: 'published', tags: ['Energy'], paragraphs: ['The ministers met in Cairo.'] }, 3),
  'pipeline-body': articleWith(
    {
      headline: 'Ministers meet in Cairo',
      section: 'Economy',
      status: 'edited',
      byline: [{ name: 'Nada Mustafa', role: 'writer', affiliation: '' }],
      paragraphs: ['Talks covered trade, the harbour and, briefly, a pipeline across the desert among many other things.'],
    },
    4,
  ),
};

async function seed(dir: string): Promise<void> {
  for (const [folder, article] of Object.entries(ARTICLES)) await writeArticleBundle(dir, folder, article);
}

describe('search index', () => {
  it('matches Arabic words whatever their diacritics, hamza, taa marbuta or alef maqsura', async () => {
    const dir = await makeTempDir();
    await seed(dir);
    const { index } = await openLibrary(dir);
    expect(await folders(index, { text: 'المستشفيات' })).toEqual(expect.arrayContaining(['hospital-ar', 'budget-ar']));
    expect(await folders(index, { text: 'مستشفي المدينه' })).toEqual(['hospital-ar']);
    expect(await folders(index, { text: 'الميزانيه' })).toEqual(['budget-ar']);
    expect(await folders(index, { text: 'افتتاح' })).toEqual(['hospital-ar']);
    expect(await folders(index, { text: 'إفتتاح' })).toEqual(['hospital-ar']);
  });

  it('matches the last word as a prefix while typing, and ranks a headline match above a body match', async () => {
    const dir = await makeTempDir();
    await seed(dir);
    const { index } = await openLibrary(dir);
    expect(await folders(index, { text: 'pipel' })).toEqual(['pipeline-headline', 'pipeline-body']);
    expect(await folders(index, { text: 'pipel cairo' })).toEqual([]);
    expect(await folders(index, { text: 'pipeline cai' })).toEqual(['pipeline-headline', 'pipeline-body']);
    const [best] = (await search(index, { text: 'pipeline' })).results;
    expect(best!.snippet).toEqual([{ text: 'Pipeline', match: true }, { text: ' deal signed', match: false }]);
  });

  it('combines text and filters, lists by filters alone, sorts, and offers the values as facets', async () => {
    const dir = await makeTempDir();
    await seed(dir);
    const { index } = await openLibrary(dir);
    expect(await folders(index, { text: 'pipeline', filters: { status: 'edited' } })).toEqual(['pipeline-body']);
    expect(await folders(index, { text: 'pipeline', filters: { contributor: 'Nada Mustafa', section: 'Economy' } })).toEqual(['pipeline-body']);
    expect(await folders(index, { text: 'مستشفيات', filters: { section: 'Health', language: 'ar' } })).toEqual(['hospital-ar']);
    expect(await folders(index, { text: '', filters: { tag: 'Energy' } })).toEqual(['pipeline-headline']);
    expect(await folders(index, { text: '', filters: { from: '2025-03-10', to: '2025-03-10' } })).toEqual(['hospital-ar']);
    expect(await folders(index, { text: '', filters: { language: 'en' }, sort: 'headline' })).toEqual(['pipeline-body', 'pipeline-headline']);
    const page = await search(index, { text: '', limit: 1, offset: 1, sort: 'headline' });
    expect(page.total).toBe(4);
    expect(page.results).toHaveLength(1);
    const facets = await index.facets();
    expect(facets.sections).toEqual([
      { value: 'Economy', count: 2 },
      { value: 'Health', count: 1 },
      { value: 'Politics', count: 1 },
    ]);
    expect(facets.contributors).toEqual([{ value: 'Nada Mustafa', count: 1 }]);
  });

  it('follows our saves, renames and deletes', async () => {
    const dir = await makeTempDir();
    await seed(dir);
    const { store, index } = await openLibrary(dir);
    const opened = await store.open('pipeline-body');
    await store.save('pipeline-body', { ...opened.article, headline: 'Desalination plant opens' }, opened.article.updatedAt);
    await index.reconcile();
    expect(await folders(index, { text: 'desalination' })).toEqual(['pipeline-body']);
    await store.rename('pipeline-body', 'desalination');
    await store.delete('budget-ar');
    await index.reconcile();
    expect(await folders(index, { text: 'desalination' })).toEqual(['desalination']);
    expect(await folders(index, { text: 'الميزانية' })).toEqual([]);
  });

  it('finds the new words of an article another program rewrote, through the watcher', async () => {
    const dir = await makeTempDir();
    await seed(dir);
    const { index } = await openLibrary(dir, { watch: true });
    const file = path.join(dir, 'pipeline-headline.article', 'article.json');
    const article = JSON.parse(await readFile(file, 'utf8')) as Article;
    await writeArticleBundle(dir, 'pipeline-headline', { ...article, headline: 'Zanzibar ferry returns', updatedAt: '2025-07-01T00:00:00.000Z' });
    await vi.waitFor(async () => expect(await folders(index, { text: 'zanzibar' })).toEqual(['pipeline-headline']), { timeout: 5000 });
    expect(await folders(index, { text: 'pipeline deal' })).toEqual([]);

    // A bundle removed and one added by another program: the watcher names them, and only they are looked at.
    await rm(path.join(dir, 'pipeline-headline.article'), { recursive: true });
    await writeArticleBundle(dir, 'ferry-new', articleWith({ headline: 'Ferry timetable printed', paragraphs: ['Quayside notices.'] }, 40));
    await vi.waitFor(async () => expect(await folders(index, { text: 'quayside' })).toEqual(['ferry-new']), { timeout: 5000 });
    await vi.waitFor(async () => expect(await folders(index, { text: 'zanzibar' })).toEqual([]), { timeout: 5000 });
  });

  it('keeps the index on disk, and rebuilds it with progress when the file is damaged; damaged articles are left out', async () => {
    const dir = await makeTempDir();
    await seed(dir);
    for (let i = 0; i < 30; i++) await writeArticleBundle(dir, `filler-${i}`, articleWith({ headline: `Filler ${i}`, paragraphs: ['Nothing to see.'] }, 10 + i));
    await writeArticleBundle(dir, 'broken', ARTICLES['pipeline-body']!);
    await writeFile(path.join(dir, 'broken.article', 'article.json'), '{"headline": "Kaput');
    // The file an earlier version kept goes once this version's is saved.
    const legacyFile = path.join(dir, '.masthead', 'search-index.json');
    await mkdir(path.dirname(legacyFile), { recursive: true });
    await writeFile(legacyFile, '{"version":2}\n');
    const first = await openLibrary(dir);
    expect((await search(first.index, { text: '' })).total).toBe(34);
    await first.index.stop();
    const indexFile = path.join(dir, '.masthead', INDEX_FILE);
    expect(JSON.parse((await readFile(indexFile, 'utf8')).split('\n')[0]!).version).toBe(INDEX_VERSION);
    await expect(stat(legacyFile)).rejects.toMatchObject({ code: 'ENOENT' });

    // A good file is loaded: nothing to read again, so no progress.
    const quiet: IndexingProgress[] = [];
    const second = await openLibrary(dir, { onProgress: (p) => quiet.push(p) });
    expect(quiet).toEqual([]);
    expect(await folders(second.index, { text: 'pipeline deal' })).toEqual(['pipeline-headline']);
    await second.index.stop();

    // Garbage bytes: the cache is simply rebuilt from the articles (and replaced, not kept).
    await writeFile(indexFile, Buffer.from([0xff, 0x00, 0x7b, 0x22, 0x13]));
    const progress: IndexingProgress[] = [];
    const third = await openLibrary(dir, { onProgress: (p) => progress.push(p) });
    expect(progress[0]).toEqual({ done: 0, total: 35 });
    expect(progress.at(-1)).toEqual({ done: 35, total: 35 });
    expect(await folders(third.index, { text: 'pipeline deal' })).toEqual(['pipeline-headline']);
    expect(await folders(third.index, { text: 'kaput' })).toEqual([]);
    await third.index.stop();
    const rebuilt = await readFile(indexFile);
    expect(JSON.parse(rebuilt.toString('utf8').split('\n')[0]!).version).toBe(INDEX_VERSION);

    // Cut short (a copy interrupted, a disk error): rebuilt too.
    await writeFile(indexFile, rebuilt.subarray(0, rebuilt.length - 100));
    const again: IndexingProgress[] = [];
    const fourth = await openLibrary(dir, { onProgress: (p) => again.push(p) });
    expect(again[0]).toEqual({ done: 0, total: 35 });
    expect(await folders(fourth.index, { text: 'pipeline deal' })).toEqual(['pipeline-headline']);
  });
});
