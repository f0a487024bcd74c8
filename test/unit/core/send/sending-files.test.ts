import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ArticleService } from '../../../../electron/core/articles/article-service.js';
import { VersionStore } from '../../../../electron/core/versions/version-store.js';
import { LibraryStore } from '../../../../electron/core/library/library-store.js';
import { Sending } from '../../../../electron/core/send/sending.js';
import { MemorySecretStore } from '../../../../electron/core/send/secrets.js';
import { makeTempDir } from '../temp-dir.js';

const PASSWORD = 'Abcd Efgh Ijkl Mnop Qrst Uvwx';

async function start(dir: string, secrets = new MemorySecretStore(), log: (m: string) => void = () => undefined) {
  const library = await LibraryStore.open(dir, { sampleText: null, watch: false });
  const sending = await Sending.start({ articles: new ArticleService(library, new VersionStore({ author: 'test' })), secrets, onOutboxChange: () => undefined, log });
  return {
    library,
    sending,
    async close() {
      await sending.stop();
      await library.close();
    },
  };
}

describe('targets on disk', () => {
  it('keeps targets in the library and the password only in the secret store', async () => {
    const dir = await makeTempDir();
    const secrets = new MemorySecretStore();
    const app = await start(dir, secrets);
    const target = await app.sending.targets.addWordPress({ siteUrl: 'https://news.example/', username: 'desk', applicationPassword: PASSWORD });
    await app.sending.targets.addFolder({ folder: dir, formats: ['ninjs', 'nitf', 'ninjs'] });
    const list = await app.sending.targets.list();
    expect(list.secretKeeping).toBe('session');
    expect(list.targets).toMatchObject([
      { kind: 'wordpress', name: 'news.example', siteUrl: 'https://news.example', username: 'desk', password: 'session', connection: null },
      { kind: 'folder', formats: ['ninjs', 'nitf'] },
    ]);
    // What the renderer gets and what the library holds never carry the password.
    expect(JSON.stringify(list)).not.toContain('Abcd');
    const onDisk = await readFile(path.join(dir, '.masthead', 'targets.json'), 'utf8');
    expect(onDisk).not.toContain('Abcd');
    await app.close();

    // Another session (the host restarted, or no keyring): the target stays, its password is needed again.
    const later = await start(dir);
    expect((await later.sending.targets.list()).targets[0]).toMatchObject({ id: target.id, password: 'missing' });
    await later.close();
  });

  it('reports a damaged targets file by name and leaves it as it is', async () => {
    const dir = await makeTempDir();
    const app = await start(dir);
    const file = path.join(dir, '.masthead', 'targets.json');
    await writeFile(file, '{"targets": [{"kind": "ftp"}]}');
    await expect(app.sending.targets.list()).rejects.toMatchObject({ code: 'DAMAGED', message: expect.stringContaining('targets.json') });
    await expect(app.sending.targets.addFolder({ folder: dir, formats: ['html'] })).rejects.toMatchObject({ code: 'DAMAGED' });
    expect(await readFile(file, 'utf8')).toBe('{"targets": [{"kind": "ftp"}]}');
    await app.close();
  });

  it('keeps a damaged outbox byte-identical beside a fresh one, and says so in the log', async () => {
    const dir = await makeTempDir();
    await (await start(dir)).close();
    const damaged = Buffer.from('{"jobs": [ {"id": tru');
    await writeFile(path.join(dir, '.masthead', 'outbox.json'), damaged);
    const logged: string[] = [];
    const app = await start(dir, new MemorySecretStore(), (m) => logged.push(m));
    expect(app.sending.outbox.list()).toEqual([]);
    const aside = (await readdir(path.join(dir, '.masthead'))).find((name) => name.startsWith('outbox.damaged-'));
    expect(aside).toBeDefined();
    expect(await readFile(path.join(dir, '.masthead', aside!))).toEqual(damaged);
    expect(logged.join('\n')).toContain(aside!);
    await app.close();
  });

  it('reads a job written before the folder was called `folder` (it was `slug`)', async () => {
    const dir = await makeTempDir();
    await (await start(dir)).close();
    const job = {
      id: 'job-1',
      articleId: '3f6b2a1c-9d4e-4f7a-8b2c-5e1d0a9f7c3b',
      slug: 'kremlin-ties',
      headline: 'Kremlin ties',
      targetId: 'target-1',
      targetName: 'news.example',
      targetKind: 'wordpress',
      state: 'failed',
      createdAt: '2025-04-15T06:00:00.000Z',
      updatedAt: '2025-04-15T06:00:00.000Z',
      attempts: 1,
      nextAttemptAt: null,
      message: 'Bad gateway',
      progress: null,
      sentTo: null,
      remote: { postId: null, modifiedGmt: null, media: {} },
    };
    await writeFile(path.join(dir, '.masthead', 'outbox.json'), JSON.stringify({ jobs: [job] }));
    const app = await start(dir);
    expect(app.sending.outbox.list()).toMatchObject([{ id: 'job-1', folder: 'kremlin-ties', state: 'failed' }]);
    expect(app.sending.outbox.list()[0]).not.toHaveProperty('slug');
    await app.close();
  });

  it('refuses to send when there is no target, saying where to add one', async () => {
    const dir = await makeTempDir();
    const app = await start(dir);
    const { folder } = await app.library.create('Budget vote');
    await expect(app.sending.outbox.enqueue(folder)).rejects.toMatchObject({ code: 'NOT_FOUND', message: expect.stringContaining('Settings') });
    await app.close();
  });
});
