import { chmod, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ApiFailure } from '../../../electron/core/errors.js';
import { LibraryStore } from '../../../electron/core/library/library-store.js';

/**
 * A folder the user may not write to. Root writes everywhere, so as root (CI, containers) this
 * test file's own process becomes the unprivileged `nobody` first; it runs in a process of its
 * own (vitest's forks pool), so no other test is affected.
 */
const NOBODY = 65534;
if (process.getuid?.() === 0) {
  process.setgid!(NOBODY);
  process.setuid!(NOBODY);
}

const dir = await mkdtemp(path.join(os.tmpdir(), 'masthead-permissions-'));
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('file system errors', () => {
  it('are reported with a code the user can act on, and the article is left as it was', async () => {
    expect(process.getuid?.()).not.toBe(0);
    const store = await LibraryStore.open(path.join(dir, 'library'), { sampleText: null, watch: false });
    const { folder, article } = await store.create('Locked');
    const bundle = path.join(store.path, `${folder}.article`);
    await chmod(bundle, 0o500);
    try {
      const failure = await store.save(folder, { ...article, headline: 'Changed' }, article.updatedAt).catch((err: unknown) => err);
      expect(failure).toBeInstanceOf(ApiFailure);
      expect(failure).toMatchObject({ code: 'PERMISSION_DENIED', message: expect.stringMatching(/could not save "Changed"/) });
      expect((await store.open(folder)).article.headline).toBe('Locked');
    } finally {
      await chmod(bundle, 0o700);
      await store.close();
    }
  });
});
