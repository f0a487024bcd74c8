import { mkdir, readdir, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dropInFolder } from '../../../../electron/core/send/folder-drop.js';
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
    const target = { folder: drop, formats: ['html' as const] };
    const article = sampleArticle({ leadPhoto: { file: 'a1b2c3d4e5f60718.jpg', caption: 'Harbour', credit: 'Staff', altText: 'Boats' } });

    await writeFile(path.join(bundle, 'media', 'a1b2c3d4e5f60718.jpg'), 'photo bytes');
    await dropInFolder(article, bundle, target, () => undefined);
    expect(await readdir(path.join(drop, 'media'))).toEqual(['a1b2c3d4e5f60718.jpg']);

    const later = await makeTempDir();
    const linkedBundle = path.join(library, 'linked.article');
    await mkdir(path.join(linkedBundle, 'media'), { recursive: true });
    await symlink(outside, path.join(linkedBundle, 'media', 'a1b2c3d4e5f60718.jpg'));
    await expect(dropInFolder(article, linkedBundle, { ...target, folder: later }, () => undefined)).rejects.toThrow(
      /The photo a1b2c3d4e5f60718\.jpg is a link to a file elsewhere on the disk/,
    );
    expect(await readdir(later)).toEqual(['media']);
    expect(await readdir(path.join(later, 'media'))).toEqual([]);
  });
});
