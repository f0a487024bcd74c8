import { execFileSync } from 'node:child_process';
import { mkdtemp, open, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from './fixtures.js';

// A library on a 4 MB tmpfs (mounting needs root, as in CI), filled up while an article is open.

async function bundleOf(library: string, headline: string): Promise<string> {
  for (const name of (await readdir(library)).filter((n) => n.endsWith('.article'))) {
    const article = JSON.parse(await readFile(path.join(library, name, 'article.json'), 'utf8')) as { headline: string };
    if (article.headline === headline) return path.join(library, name);
  }
  throw new Error(`no article "${headline}" in ${library}`);
}

async function fillDisk(file: string): Promise<void> {
  const handle = await open(file, 'w');
  try {
    for (;;) await handle.write(Buffer.alloc(64 * 1024, 0x61));
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOSPC') throw err;
  } finally {
    await handle.close();
  }
}

test('when the disk is full, autosave says so in the status bar and the saved article stays as it was', async ({ startApp }) => {
  const disk = await mkdtemp(path.join(os.tmpdir(), 'masthead-e2e-disk-'));
  execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=4m', 'tmpfs', disk]);
  const library = path.join(disk, 'Masthead Library');
  const app = await startApp(library);
  try {
    const { masthead, page } = app;
    await masthead.newArticle();
    await masthead.headline.fill('Floods close the coastal road');
    await masthead.body.click();
    await page.keyboard.type('The road was closed at dawn.');
    await masthead.expectSaved();
    const bundle = await bundleOf(library, 'Floods close the coastal road');
    const before = await readFile(path.join(bundle, 'article.json'));

    await fillDisk(path.join(disk, 'filler'));
    await page.keyboard.type(' Residents were asked to stay away from the coast until the water falls.');
    await expect(masthead.saveStatus).toContainText(/Save failed: Disk full: Could not save "Floods close the coastal road": there is no space left on the disk\. Free some space and try again\./);
    await masthead.screenshot('disk-full');
    expect(await readFile(path.join(bundle, 'article.json'))).toEqual(before);
    expect((await readdir(bundle)).filter((name) => name.endsWith('.tmp'))).toEqual([]);

    // Space freed: the next edit saves everything typed meanwhile.
    await rm(path.join(disk, 'filler'));
    await page.keyboard.type(' Schools are closed.');
    await masthead.expectSaved();
    expect(await readFile(path.join(bundle, 'article.json'), 'utf8')).toContain('Residents were asked to stay away from the coast until the water falls. Schools are closed.');
  } finally {
    await app.stop();
    execFileSync('umount', [disk]);
    await rm(disk, { recursive: true, force: true });
  }
});
