import { mkdir, readdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { ArticleService } from '../../../../electron/core/articles/article-service.js';
import { VersionStore } from '../../../../electron/core/versions/version-store.js';
import { LibraryStore } from '../../../../electron/core/library/library-store.js';
import { Sending } from '../../../../electron/core/send/sending.js';
import { MemorySecretStore } from '../../../../electron/core/send/secrets.js';
import { makeTempDir } from '../temp-dir.js';

async function start() {
  const library = await LibraryStore.open(await makeTempDir(), { sampleText: null, watch: false });
  const sending = await Sending.start({ articles: new ArticleService(library, new VersionStore({ author: 'test' })), secrets: new MemorySecretStore(), onOutboxChange: () => undefined, log: () => undefined });
  const drop = path.join(await makeTempDir(), 'drop');
  await sending.targets.addFolder({ name: 'Wire desk', folder: drop, formats: ['markdown'] });
  const { folder, article } = await library.create('Port strike');
  const write = async (headline: string) => {
    const current = await library.open(folder);
    // The slug set by hand, as the desk does once a story is out: the dropped file keeps its name.
    await library.save(folder, { ...current.article, headline, cmsSlug: 'port-strike' }, current.article.updatedAt);
  };
  // Named by the CMS slug ("Port strike" gives the same before the slug is set).
  const dropped = async () => readFile(path.join(drop, 'port-strike.md'), 'utf8');
  const settled = () => vi.waitFor(() => expect(sending.outbox.list().every((job) => job.state === 'sent' || job.state === 'failed')).toBe(true));
  return { library, sending, drop, folder, article, write, dropped, settled };
}

describe('sending an article again', () => {
  it('replaces a job still waiting: one job, the newer text, the old copy gone', async () => {
    const { library, sending, drop, folder, write, dropped, settled } = await start();
    // The drop folder is not there yet: the first send fails and waits for the user.
    await sending.outbox.enqueue(folder);
    await settled();
    expect(sending.outbox.list().map((job) => job.state)).toEqual(['failed']);

    await mkdir(drop);
    await write('Port strike ends');
    await sending.outbox.enqueue(folder);
    await vi.waitFor(() => expect(sending.outbox.list().map((job) => job.state)).toEqual(['sent']));
    expect(await dropped()).toContain('Port strike ends');
    expect(await readdir(path.join(library.housekeeping, 'outbox'))).toEqual([]);
    await sending.stop();
    await library.close();
  });

  it('sent again while the first send is going out, the newer text is sent after it and nothing is marked sent that was not', async () => {
    const { library, sending, drop, folder, write, dropped, settled } = await start();
    await sending.outbox.enqueue(folder);
    await settled();
    await mkdir(drop);
    // "Retry now" starts the waiting job; "Send to CMS" with a newer text comes at the same moment.
    await write('Port strike ends after talks');
    const retried = sending.outbox.retry(sending.outbox.list()[0]!.id);
    const sentAgain = sending.outbox.enqueue(folder);
    await Promise.all([retried, sentAgain]);
    await settled();
    expect(sending.outbox.list().every((job) => job.state === 'sent')).toBe(true);
    expect(await dropped()).toContain('Port strike ends after talks');
    await sending.stop();
    await library.close();
    await rm(drop, { recursive: true, force: true });
  });
});
