import { lstat, mkdir, readdir, readFile, rm, stat, symlink, truncate, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { MAX_PHOTO_BYTES, MEDIA_FILE_NAME } from '../../../electron/common/rules/photo.js';
import { ArticleService } from '../../../electron/core/articles/article-service.js';
import { createApi } from '../../../electron/core/api/index.js';
import { Workspace } from '../../../electron/core/app/workspace.js';
import { MemorySecretStore } from '../../../electron/core/send/secrets.js';
import { LibraryStore, type LibraryEvent } from '../../../electron/core/library/library-store.js';
import { serializeArticle } from '../../../electron/core/library/serialize.js';
import { parseMediaPath } from '../../../electron/core/media/media-route.js';
import { expectFailure } from './failures.js';
import { makeTempDir } from './temp-dir.js';
import { jpegTurnedQuarter, TINY_IMAGES } from './tiny-images.js';
import { VersionStore } from '../../../electron/core/versions/version-store.js';
import {
  compressiblePngBomb,
  cutShort,
  declaredPngBomb,
  GIF_SCRIPT_POLYGLOT,
  gifBomb,
  jpegBomb,
} from '../../fixtures/images/hostile-images.js';

/** Duplicating is an article operation of ArticleService; these tests need no versions. */
function duplicate(store: LibraryStore, folder: string): Promise<{ folder: string }> {
  return new ArticleService(store, new VersionStore({ author: 'test' })).duplicate(folder);
}

const IMAGES = path.resolve(import.meta.dirname, '../../fixtures/images');
const fixture = (name: string): Promise<Buffer> => readFile(path.join(IMAGES, name));

const stores: LibraryStore[] = [];
afterEach(async () => {
  await Promise.all(stores.splice(0).map((store) => store.close()));
});

async function libraryWithArticle(watch = false): Promise<{ store: LibraryStore; folder: string; media: string }> {
  const store = await LibraryStore.open(await makeTempDir(), { sampleText: null, watch });
  stores.push(store);
  const { folder } = await store.create('Kremlin ties');
  return { store, folder, media: path.join(store.path, `${folder}.article`, 'media') };
}

describe('adding a photo to an article', () => {
  it.each([
    ['jpeg', 'kremlin.jpg', 'image/jpeg', 'jpg'],
    ['png', 'kremlin.png', 'image/png', 'png'],
    ['webp', 'kremlin.webp', 'image/webp', 'webp'],
    ['gif', 'kremlin.gif', 'image/gif', 'gif'],
  ] as const)('copies a %s into media/ under its content hash, with its size', async (kind, name, mime, ext) => {
    const { store, folder, media } = await libraryWithArticle();
    const added = await store.addMedia(folder, name, TINY_IMAGES[kind]);
    expect(added).toEqual({ file: expect.stringMatching(new RegExp(`^[0-9a-f]{32}\\.${ext}$`)), mime, width: 3, height: 2 });
    expect(added.file).toMatch(MEDIA_FILE_NAME);
    expect(await readdir(media)).toEqual([added.file]);
    expect(await readFile(path.join(media, added.file))).toEqual(TINY_IMAGES[kind]);
  });

  it('goes by the content, not the name', async () => {
    const { store, folder } = await libraryWithArticle();
    expect(await store.addMedia(folder, 'holiday.gif', TINY_IMAGES.png)).toMatchObject({ mime: 'image/png', file: expect.stringMatching(/\.png$/) });
  });

  it('gives the size a photo is shown at when the camera says to turn it', async () => {
    const { store, folder } = await libraryWithArticle();
    expect(await store.addMedia(folder, 'phone.jpg', jpegTurnedQuarter())).toMatchObject({ width: 2, height: 3 });
  });

  it('refuses a text file named like a photo, an SVG and an empty file, writing nothing', async () => {
    const { store, folder, media } = await libraryWithArticle();
    await expectFailure(
      store.addMedia(folder, 'photo.jpg', Buffer.from('not a photo at all')),
      'UNSUPPORTED_MEDIA',
      '"photo.jpg" is not a JPEG, PNG, WebP or GIF image',
    );
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><rect width="3" height="2"/></svg>');
    await expectFailure(store.addMedia(folder, 'logo.svg', svg), 'UNSUPPORTED_MEDIA', '"logo.svg" is not a JPEG, PNG, WebP or GIF image');
    await expectFailure(store.addMedia(folder, 'empty.png', Buffer.alloc(0)), 'UNSUPPORTED_MEDIA');
    expect(await readdir(media)).toEqual([]);
  });

  it('refuses a photo over 25 MB, saying how large it is, and takes one of exactly 25 MB', async () => {
    const { store, folder, media } = await libraryWithArticle();
    const big = Buffer.alloc(MAX_PHOTO_BYTES + 1);
    TINY_IMAGES.png.copy(big);
    await expectFailure(store.addMedia(folder, 'huge.png', big), 'TOO_LARGE', '"huge.png" is 25.1 MB; photos can be at most 25 MB');
    expect(await readdir(media)).toEqual([]);

    const added = await store.addMedia(folder, 'limit.png', big.subarray(0, MAX_PHOTO_BYTES));
    expect((await stat(path.join(media, added.file))).size).toBe(MAX_PHOTO_BYTES);
  });

  it('stores the same photo added twice once, and repairs a torn copy', async () => {
    const { store, folder, media } = await libraryWithArticle();
    const first = await store.addMedia(folder, 'a.jpg', TINY_IMAGES.jpeg);
    const before = await stat(path.join(media, first.file));
    const second = await store.addMedia(folder, 'copy of a.jpg', TINY_IMAGES.jpeg);
    expect(second).toEqual(first);
    const after = await stat(path.join(media, first.file));
    expect([after.ino, after.mtimeMs]).toEqual([before.ino, before.mtimeMs]);
    expect(await readdir(media)).toEqual([first.file]);

    await truncate(path.join(media, first.file), 10);
    await store.addMedia(folder, 'a.jpg', TINY_IMAGES.jpeg);
    expect(await readFile(path.join(media, first.file))).toEqual(TINY_IMAGES.jpeg);
  });

  it('recreates a media folder another program removed', async () => {
    const { store, folder, media } = await libraryWithArticle();
    await rm(media, { recursive: true });
    const added = await store.addMedia(folder, 'a.png', TINY_IMAGES.png);
    expect(await readdir(media)).toEqual([added.file]);
  });

  it('refuses folders that leave the library and media folders that link out of it', async () => {
    const { store, folder, media } = await libraryWithArticle();
    for (const bad of ['..', '../x', '../../etc', 'a/b', '.masthead', 'CON', '']) {
      await expectFailure(store.addMedia(bad, 'a.png', TINY_IMAGES.png), 'INVALID_REQUEST');
    }
    await expectFailure(store.addMedia('missing', 'a.png', TINY_IMAGES.png), 'NOT_FOUND');

    const outside = await makeTempDir();
    await rm(media, { recursive: true });
    await symlink(outside, media, 'dir');
    await expectFailure(store.addMedia(folder, 'a.png', TINY_IMAGES.png), 'INVALID_REQUEST', /media folder/);
    expect(await readdir(outside)).toEqual([]);
  });

  it('is never reported as another program changing the article', async () => {
    const { store, folder } = await libraryWithArticle(true);
    const other = await store.create('Other story');
    const events: LibraryEvent[] = [];
    store.onEvent((...event) => events.push(event));
    await store.addMedia(folder, 'a.png', TINY_IMAGES.png);
    await store.addMedia(folder, 'b.gif', TINY_IMAGES.gif);
    // Events arrive in order: once this outside edit is reported, the photo writes before it were seen.
    const reported = new Promise<void>((resolve) =>
      store.onEvent((name, payload) => name === 'article:changedOnDisk' && payload.folder === other.folder && resolve()),
    );
    await writeFile(
      path.join(store.path, `${other.folder}.article`, 'article.json'),
      serializeArticle({ ...other.article, headline: 'Edited elsewhere' }),
    );
    await reported;
    expect(events.filter((e) => e[0] === 'article:changedOnDisk')).toEqual([['article:changedOnDisk', { folder: other.folder, deleted: false }]]);
  });

  it('travels with the article when it is duplicated, trashed and restored', async () => {
    const { store, folder } = await libraryWithArticle();
    const { file } = await store.addMedia(folder, 'a.webp', TINY_IMAGES.webp);
    const copy = await duplicate(store, folder);
    expect(await readFile((await store.mediaFile(copy.folder, file))!)).toEqual(TINY_IMAGES.webp);

    const { trashId } = await store.delete(folder);
    expect(await store.mediaFile(folder, file)).toBeNull();
    const restored = await store.restoreFromTrash(trashId);
    expect(await readFile((await store.mediaFile(restored.folder, file))!)).toEqual(TINY_IMAGES.webp);
  });
});

describe('hostile photos', () => {
  /** The article's media/ folder holds nothing after a refusal, and the article is as it was. */
  async function expectRefused(name: string, bytes: Buffer, code: 'UNSUPPORTED_MEDIA' | 'TOO_LARGE', message: string): Promise<void> {
    const { store, folder, media } = await libraryWithArticle();
    const article = await readFile(path.join(store.path, `${folder}.article`, 'article.json'));
    await expectFailure(store.addMedia(folder, name, bytes), code, message);
    expect(await readdir(media)).toEqual([]);
    expect(await readFile(path.join(store.path, `${folder}.article`, 'article.json'))).toEqual(article);
  }

  it('refuses the text file named .jpg and the SVG from the fixtures', async () => {
    await expectRefused('text-named.jpg', await fixture('text-named.jpg'), 'UNSUPPORTED_MEDIA', '"text-named.jpg" is not a JPEG, PNG, WebP or GIF image');
    await expectRefused('not-a-photo.svg', await fixture('not-a-photo.svg'), 'UNSUPPORTED_MEDIA', '"not-a-photo.svg" is not a JPEG, PNG, WebP or GIF image');
    // An SVG named like a photo is still an SVG.
    await expectRefused('logo.png', await fixture('not-a-photo.svg'), 'UNSUPPORTED_MEDIA', '"logo.png" is not a JPEG, PNG, WebP or GIF image');
  });

  it('refuses decompression bombs in every format, saying how many pixels they have', async () => {
    const megapixels = 'photos can be at most 100 megapixels';
    await expectRefused('bomb.png', declaredPngBomb(), 'TOO_LARGE', `"bomb.png" is 100,000 × 100,000 pixels; ${megapixels}`);
    const compressible = compressiblePngBomb();
    expect(compressible.length).toBeLessThan(64 * 1024);
    await expectRefused('black.png', compressible, 'TOO_LARGE', `"black.png" is 10,001 × 10,001 pixels; ${megapixels}`);
    await expectRefused('bomb.gif', gifBomb(), 'TOO_LARGE', `"bomb.gif" is 65,535 × 65,535 pixels; ${megapixels}`);
    const jpeg = jpegBomb(await fixture('photo-640x400.jpg'));
    await expectRefused('bomb.jpg', jpeg, 'TOO_LARGE', `"bomb.jpg" is 65,500 × 65,500 pixels; ${megapixels}`);
  });

  it('takes a photo of exactly 100 megapixels', async () => {
    const { store, folder } = await libraryWithArticle();
    expect(await store.addMedia(folder, 'wide.png', declaredPngBomb(12_500, 8_000))).toMatchObject({ mime: 'image/png', width: 12_500, height: 8_000 });
  });

  it('refuses photos cut short, in every format', async () => {
    const cut = (format: string): string => `"cut" is not a whole ${format} image: the file is cut short or damaged`;
    await expectRefused('cut', cutShort(await fixture('photo-640x400.jpg')), 'UNSUPPORTED_MEDIA', cut('JPEG'));
    // Cut inside the compressed image data, and just before its end marker.
    const jpeg = await fixture('photo-640x400.jpg');
    await expectRefused('cut', jpeg.subarray(0, jpeg.length - 2), 'UNSUPPORTED_MEDIA', cut('JPEG'));
    await expectRefused('cut', cutShort(await fixture('cairo-skyline.png')), 'UNSUPPORTED_MEDIA', cut('PNG'));
    await expectRefused('cut', cutShort(TINY_IMAGES.gif, 0.8), 'UNSUPPORTED_MEDIA', cut('GIF'));
    await expectRefused('cut', cutShort(TINY_IMAGES.webp, 0.8), 'UNSUPPORTED_MEDIA', cut('WebP'));
    // A WebP header and nothing after it, saying so truthfully.
    const empty = Buffer.from('RIFF\x04\x00\x00\x00WEBP', 'latin1');
    await expectRefused('cut', empty, 'UNSUPPORTED_MEDIA', cut('WebP'));
  });

  it('refuses a script that only starts like a GIF', async () => {
    await expectRefused('pixel.gif', GIF_SCRIPT_POLYGLOT, 'UNSUPPORTED_MEDIA', '"pixel.gif" is not a whole GIF image: the file is cut short or damaged');
  });

  it('stores a GIF named .png and a PNG named .jpg as what they are, and takes bytes after the end of an image', async () => {
    const { store, folder, media } = await libraryWithArticle();
    const gif = await store.addMedia(folder, 'chart.png', TINY_IMAGES.gif);
    expect(gif).toMatchObject({ mime: 'image/gif', file: expect.stringMatching(/\.gif$/) });
    const png = await store.addMedia(folder, 'photo.jpg', await fixture('cairo-skyline.png'));
    expect(png).toMatchObject({ mime: 'image/png', file: expect.stringMatching(/\.png$/), width: 640, height: 400 });
    // A phone's motion photo: the JPEG, then a video after its end marker.
    const motion = Buffer.concat([await fixture('photo-640x400.jpg'), Buffer.from('\0\0\0\x18ftypmp42 the video')]);
    expect(await store.addMedia(folder, 'motion.jpg', motion)).toMatchObject({ mime: 'image/jpeg', width: 640, height: 400 });
    expect((await readdir(media)).sort()).toHaveLength(3);
  });
});

describe('finding a photo to serve', () => {
  it('finds an added photo and nothing else', async () => {
    const { store, folder, media } = await libraryWithArticle();
    const { file } = await store.addMedia(folder, 'a.png', TINY_IMAGES.png);
    expect(await store.mediaFile(folder, file)).toBe(path.join(media, file));

    const other = await store.create('Other');
    expect(await store.mediaFile(other.folder, file)).toBeNull();
    for (const name of ['../article.json', 'article.json', `${file}/..`, file.replace('.png', '.svg'), file.toUpperCase(), '']) {
      expect(await store.mediaFile(folder, name), name).toBeNull();
    }
    for (const bad of ['..', '../x', 'a/b', '.masthead']) expect(await store.mediaFile(bad, file)).toBeNull();
  });

  it('never follows a link in media/ to a file elsewhere', async () => {
    const { store, folder, media } = await libraryWithArticle();
    const outside = path.join(await makeTempDir(), 'secret.png');
    await writeFile(outside, TINY_IMAGES.png);
    const name = `${'a'.repeat(32)}.png`;
    await symlink(outside, path.join(media, name));
    expect((await lstat(path.join(media, name))).isSymbolicLink()).toBe(true);
    expect(await store.mediaFile(folder, name)).toBeNull();

    await mkdir(path.join(media, `${'b'.repeat(32)}.png`));
    expect(await store.mediaFile(folder, `${'b'.repeat(32)}.png`)).toBeNull();

    // Nor a media folder that is itself a link out of the library.
    await rm(media, { recursive: true });
    await symlink(path.dirname(outside), media, 'dir');
    await writeFile(path.join(path.dirname(outside), name), TINY_IMAGES.png);
    expect(await store.mediaFile(folder, name)).toBeNull();
  });

  it('reads the folder and file from the address both transports serve', () => {
    const file = `${'0123456789abcdef'.repeat(2)}.jpg`;
    expect(parseMediaPath(`/media/kremlin-ties/${file}`)).toEqual({ folder: 'kremlin-ties', file });
    const arabic = 'الكرملين-يؤكد';
    expect(parseMediaPath(`/media/${encodeURIComponent(arabic)}/${file}`)).toEqual({ folder: arabic, file });
    for (const bad of [
      `/media/../${file}`,
      `/media/%2e%2e/${file}`,
      `/media/a%2Fb/${file}`,
      `/media/kremlin/${file}/x`,
      `/media/kremlin/evil.svg`,
      `/media/%E0%A4%A/${file}`,
      `/api/kremlin/${file}`,
      '/media/',
    ]) {
      expect(parseMediaPath(bad), bad).toBeNull();
    }
  });
});

describe('the media:add channel', () => {
  it('takes the photo as base64 and refuses bad requests before touching the disk', async () => {
    const dir = await makeTempDir();
    let recent: string[] = [];
    const workspace = new Workspace(
      { lastLibrary: () => null, recentLibraries: () => recent, rememberLibrary: (_d, list) => (recent = list) },
      null,
      () => undefined,
      new MemorySecretStore(),
      'tester',
    );
    await workspace.openLibrary(dir, { mustExist: true });
    try {
      const dispatch = createApi(workspace, {
        app: { info: { version: '0', transport: 'browser', platform: 'linux' }, closeReady: () => undefined, setSpellcheckLanguages: () => undefined },
        library: { chooseFolder: async () => null },
      });
      const { folder } = await workspace.library.create('Photo story');
      const ok = await dispatch('media:add', { folder, name: 'a.gif', data: TINY_IMAGES.gif.toString('base64') });
      expect(ok).toMatchObject({ ok: true, value: { mime: 'image/gif', width: 3, height: 2 } });

      const escape = await dispatch('media:add', { folder: '../../etc', name: 'a.gif', data: TINY_IMAGES.gif.toString('base64') });
      expect(escape).toMatchObject({ ok: false, error: { code: 'INVALID_REQUEST' } });
      const notBase64 = await dispatch('media:add', { folder, name: 'a.gif', data: '<svg>' });
      expect(notBase64).toMatchObject({ ok: false, error: { code: 'INVALID_REQUEST' } });
      const svg = await dispatch('media:add', { folder, name: 'a.svg', data: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>').toString('base64') });
      expect(svg).toEqual({ ok: false, error: { code: 'UNSUPPORTED_MEDIA', message: '"a.svg" is not a JPEG, PNG, WebP or GIF image' } });
      expect(await readdir(path.join(dir, `${folder}.article`, 'media'))).toHaveLength(1);

      // Ready to publish asks which photo files the media folder lacks: a file removed by another
      // program is reported, and a name that is a path never reaches the disk.
      const added = (ok as { value: { file: string } }).value.file;
      const other = 'ffeeddccbbaa9988.jpg';
      expect(await dispatch('media:missing', { folder, files: [added, other, '../article.json'] })).toEqual({ ok: true, value: [other, '../article.json'] });
      await rm(path.join(dir, `${folder}.article`, 'media', added));
      expect(await dispatch('media:missing', { folder, files: [added] })).toEqual({ ok: true, value: [added] });
      expect(await dispatch('media:missing', { folder: 'no-such-story', files: [added] })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    } finally {
      await workspace.closeLibrary();
    }
  });
});
