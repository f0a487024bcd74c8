import { execFileSync } from 'node:child_process';
import { open, readdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { emptyBody, paragraph, type ArticleBody } from '../../../electron/common/lexical-nodes.js';
import { isTempFileName } from '../../../electron/core/fs/atomic-write.js';
import { LibraryStore } from '../../../electron/core/library/library-store.js';
import { makeTempDir } from '../core/temp-dir.js';

// A real full disk: a 2 MB tmpfs (mounting needs root, as the torture run does).
const mounted: string[] = [];
afterEach(() => {
  for (const dir of mounted.splice(0)) execFileSync('umount', [dir]);
});

async function smallDisk(): Promise<string> {
  const dir = await makeTempDir('masthead-small-disk-');
  execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=2m', 'tmpfs', dir]);
  mounted.push(dir);
  return dir;
}

/** Fills the disk, then frees `room` bytes. */
async function fillLeaving(file: string, room: number): Promise<void> {
  const handle = await open(file, 'w');
  try {
    for (;;) await handle.write(Buffer.alloc(64 * 1024, 0x61));
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOSPC') throw err;
  }
  await handle.truncate((await handle.stat()).size - room);
  await handle.close();
}

function body(paragraphs: number): ArticleBody {
  const body = emptyBody();
  body.root.children = Array.from({ length: paragraphs }, (_, i) => paragraph(`Paragraph ${i} of the flood report from the coastal road near Alexandria.`));
  return body;
}

it('a save that does not fit on the disk says the disk is full and leaves article.json and its backup as they were', async () => {
  const disk = await smallDisk();
  const store = await LibraryStore.open(path.join(disk, 'library'), { sampleText: null, watch: false });
  try {
    const { folder, article } = await store.create('Floods close the coastal road');
    const first = await store.save(folder, { ...article, body: body(1) }, article.updatedAt);
    const second = await store.save(folder, { ...article, body: body(2) }, first.updatedAt);
    const bundle = path.join(store.path, `${folder}.article`);
    const before = { article: await readFile(path.join(bundle, 'article.json')), backup: await readFile(path.join(bundle, 'article.json.bak')) };
    // Room for a copy of the current article (the backup), not for the much longer new one.
    await fillLeaving(path.join(disk, 'filler'), 4096 * Math.ceil(before.article.length / 4096) + 4096);

    const failure = await store.save(folder, { ...article, body: body(400) }, second.updatedAt).catch((err: unknown) => err);

    expect(failure).toMatchObject({ code: 'DISK_FULL', message: expect.stringContaining('no space left on the disk') });
    expect(await readFile(path.join(bundle, 'article.json'))).toEqual(before.article);
    expect(await readFile(path.join(bundle, 'article.json.bak'))).toEqual(before.backup);
    expect((await readdir(bundle)).filter(isTempFileName)).toEqual([]);

    await rm(path.join(disk, 'filler'));
    await store.save(folder, { ...article, body: body(400) }, second.updatedAt);
    expect(await readFile(path.join(bundle, 'article.json.bak'))).toEqual(before.article);
  } finally {
    await store.close();
  }
});
