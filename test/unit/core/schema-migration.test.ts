import { cp, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { SCHEMA_VERSION } from '../../../electron/common/article.js';
import { ArticleService } from '../../../electron/core/articles/article-service.js';
import { LibraryStore } from '../../../electron/core/library/library-store.js';
import { VersionStore } from '../../../electron/core/versions/version-store.js';
import { makeTempDir } from './temp-dir.js';

/**
 * A library written by Masthead with schemaVersion 1 (test/fixtures/schema-v1: the CMS slug was
 * `slug` then) opens as it is, and its article is written back in the new shape on the next save.
 */

const V1_BUNDLE = fileURLToPath(new URL('../../fixtures/schema-v1/kremlin-ties.article', import.meta.url));

async function oldLibrary() {
  const dir = await makeTempDir();
  await cp(V1_BUNDLE, path.join(dir, 'kremlin-ties.article'), { recursive: true });
  const library = await LibraryStore.open(dir, { sampleText: null, watch: false });
  const file = path.join(dir, 'kremlin-ties.article', 'article.json');
  return { library, file, versions: new VersionStore({ author: 'Desk' }) };
}

describe('an article of schemaVersion 1', () => {
  it('opens with its CMS slug as cmsSlug, and the list carries it', async () => {
    const { library, file } = await oldLibrary();
    const before = await readFile(file, 'utf8');
    const { article } = await library.open('kremlin-ties');
    expect(article.schemaVersion).toBe(SCHEMA_VERSION);
    expect(article.cmsSlug).toBe('kremlin-georgia-ties');
    expect(article).not.toHaveProperty('slug');
    expect(await library.list()).toMatchObject([{ folder: 'kremlin-ties', cmsSlug: 'kremlin-georgia-ties', damaged: null }]);
    // Reading changes nothing on disk.
    expect(await readFile(file, 'utf8')).toBe(before);
    await library.close();
  });

  it('is written back with the new name on the next save', async () => {
    const { library, file, versions } = await oldLibrary();
    const articles = new ArticleService(library, versions);
    const { article } = await library.open('kremlin-ties');
    await articles.save('kremlin-ties', { ...article, dek: 'Peskov says Moscow is open to talks with Tbilisi' }, article.updatedAt);
    const written = JSON.parse(await readFile(file, 'utf8')) as Record<string, unknown>;
    expect(written.schemaVersion).toBe(SCHEMA_VERSION);
    expect(written.cmsSlug).toBe('kremlin-georgia-ties');
    expect(written).not.toHaveProperty('slug');
    await library.close();
  });

  it('keeps its old versions readable, migrated the same way', async () => {
    const { library, versions } = await oldLibrary();
    const bundle = await library.bundleDirectory('kremlin-ties');
    expect((await versions.list(bundle)).map((v) => v.label)).toEqual(['Sent to copy desk']);
    const old = await versions.get(bundle, '1a2b3c4d');
    expect(old.cmsSlug).toBe('kremlin-georgia-ties');
    expect(old.headline).toBe('Kremlin reaffirms readiness to normalize ties with Georgia');
    await library.close();
  });
});
