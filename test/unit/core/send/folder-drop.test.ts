import { mkdir, readdir, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dropInFolder } from '../../../../electron/core/send/folder-drop.js';
import { readSyncRecord, recordDropFiles } from '../../../../electron/core/send/sync-record.js';
import { sampleArticle } from '../article-fixtures.js';
import { makeTempDir } from '../temp-dir.js';

describe('a folder drop', () => {
  it('copies the article’s own photos, and refuses a photo that became a link to a file outside the library', async () => {
    const library = await makeTempDir();
    const bundle = path.join(library, 'story.article');
    await mkdir(path.join(bundle, 'media'), { recursive: true });
    const outside = path.join(await makeTempDir(), 'private-notes.jpg');
    await writeFile(outside, 'someone else’s file');
    const drop = await makeTempDir();
    const target = { id: 'desk-drop', folder: drop, formats: ['html' as const] };
    const article = sampleArticle({ leadPhoto: { file: 'a1b2c3d4e5f60718.jpg', caption: 'Harbour', credit: 'Staff', altText: 'Boats' } });

    await writeFile(path.join(bundle, 'media', 'a1b2c3d4e5f60718.jpg'), 'photo bytes');
    await dropInFolder(article, bundle, target, () => undefined, async () => undefined);
    expect(await readdir(path.join(drop, 'media'))).toEqual(['a1b2c3d4e5f60718.jpg']);

    const later = await makeTempDir();
    const linkedBundle = path.join(library, 'linked.article');
    await mkdir(path.join(linkedBundle, 'media'), { recursive: true });
    await symlink(outside, path.join(linkedBundle, 'media', 'a1b2c3d4e5f60718.jpg'));
    await expect(dropInFolder(article, linkedBundle, { ...target, folder: later }, () => undefined, async () => undefined)).rejects.toThrow(
      /The photo a1b2c3d4e5f60718\.jpg is a link to a file elsewhere on the disk/,
    );
    expect(await readdir(later)).toEqual(['media']);
    expect(await readdir(path.join(later, 'media'))).toEqual([]);
  });

  it('moves the article’s files when its CMS slug changed: the old names are removed once the new ones are written', async () => {
    const library = await makeTempDir();
    const bundle = path.join(library, 'story.article');
    await mkdir(bundle, { recursive: true });
    const drop = await makeTempDir();
    await writeFile(path.join(drop, 'someone-elses-story.html'), 'another article’s file');
    const target = { id: 'desk-drop', folder: drop, formats: ['html' as const, 'ninjs' as const] };
    const remember = (files: string[]) => recordDropFiles(bundle, target.id, files);

    await dropInFolder(sampleArticle({ cmsSlug: 'metro-opens' }), bundle, target, () => undefined, remember);
    expect((await readdir(drop)).sort()).toEqual(['metro-opens.html', 'metro-opens.json', 'someone-elses-story.html']);

    await dropInFolder(sampleArticle({ cmsSlug: 'metro-opens-fourth-line' }), bundle, target, () => undefined, remember);
    expect((await readdir(drop)).sort()).toEqual(['metro-opens-fourth-line.html', 'metro-opens-fourth-line.json', 'someone-elses-story.html']);
    expect((await readSyncRecord(bundle)).drops).toEqual({ 'desk-drop': ['metro-opens-fourth-line.html', 'metro-opens-fourth-line.json'] });
  });
});
