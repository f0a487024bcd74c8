import { access, mkdir, readdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SaveBeforeClose } from '../../../electron/core/app/save-before-close.js';
import { ServiceSteps } from '../../../electron/core/app/service-steps.js';
import { LibraryMissing, Workspace, type WorkspaceSettings } from '../../../electron/core/app/workspace.js';
import { ApiFailure } from '../../../electron/core/errors.js';
import { MemorySecretStore } from '../../../electron/core/send/secrets.js';
import { BROKEN_OUTBOX_ERROR, breakOutbox } from './broken-outbox.js';
import { makeTempDir } from './temp-dir.js';

/**
 * The workspace's boot and shutdown steps, on real folders: a library opens only when every one
 * of its services starts, a missing folder is never created, and closing goes on past a service
 * that fails to stop. Services are made to fail the way a disk does: a folder where their file goes.
 */

const SAMPLE = await readFile(new URL('../../../assets/sample/seed-article.txt', import.meta.url), 'utf8');
const exists = (p: string) => access(p).then(() => true, () => false);
const articles = async (dir: string) => (await readdir(dir)).filter((name) => name.endsWith('.article'));

function workspace(): { workspace: Workspace; logged: string[]; settings: WorkspaceSettings } {
  let last: string | null = null;
  let recent: string[] = [];
  const settings: WorkspaceSettings = {
    lastLibrary: () => last,
    recentLibraries: () => recent,
    rememberLibrary: (dir, list) => {
      last = dir;
      recent = list;
    },
  };
  const logged: string[] = [];
  return { workspace: new Workspace(settings, SAMPLE, () => undefined, new MemorySecretStore(), 'tester', (line) => logged.push(line)), logged, settings };
}

/** A library whose sending cannot start (see breakOutbox), and the function that puts its disk right. */
async function libraryWithBrokenOutbox(root: string): Promise<{ dir: string; repair: () => Promise<void> }> {
  const dir = path.join(root, 'Broken');
  return { dir, repair: await breakOutbox(dir) };
}

describe('the boot steps', () => {
  it('start in order and stop last first', async () => {
    const seen: string[] = [];
    const steps = new ServiceSteps('the test', () => undefined);
    for (const name of ['store', 'sending', 'search']) {
      await steps.start(name, () => seen.push(`start ${name}`), () => void seen.push(`stop ${name}`));
    }
    expect(await steps.stop()).toEqual([]);
    expect(seen).toEqual(['start store', 'start sending', 'start search', 'stop search', 'stop sending', 'stop store']);
  });

  it('that fail to start stop what was started, last first, and say which service failed', async () => {
    const seen: string[] = [];
    const logged: string[] = [];
    const steps = new ServiceSteps('the library "Desk"', (line) => logged.push(line));
    await steps.start('the library store', () => seen.push('start store'), () => void seen.push('stop store'));
    await steps.start('sending', () => seen.push('start sending'), () => void seen.push('stop sending'));
    const diskError = Object.assign(new Error('EIO: i/o error, read'), { code: 'EIO' });
    const failure = await steps.start('the search index', () => Promise.reject(diskError), () => undefined).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(ApiFailure);
    expect((failure as ApiFailure).message).toBe('Could not start the search index for the library "Desk" (system error EIO).');
    expect(seen).toEqual(['start store', 'start sending', 'stop sending', 'stop store']);
    expect(logged).toEqual(['[masthead] the library "Desk": the search index failed to start: EIO: i/o error, read']);
  });

  it('go on stopping past a step that fails, and name it', async () => {
    const seen: string[] = [];
    const logged: string[] = [];
    const steps = new ServiceSteps('the library "Desk"', (line) => logged.push(line));
    await steps.start('the library store', () => null, () => void seen.push('stop store'));
    await steps.start('the search index', () => null, () => Promise.reject(new Error('the disk went away')));
    expect(await steps.stop()).toEqual(['the search index']);
    expect(seen).toEqual(['stop store']);
    expect(logged).toEqual(['[masthead] the library "Desk": the search index failed to stop: the disk went away']);
  });
});

describe('opening a library', () => {
  it('never creates a folder that must exist, and says it is missing', async () => {
    const root = await makeTempDir();
    const { workspace: ws } = workspace();
    const missing = path.join(root, 'Unplugged drive', 'Desk');
    const failure = await ws.openLibrary(missing, { mustExist: true }).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(LibraryMissing);
    expect((failure as LibraryMissing).dir).toBe(missing);
    expect(await exists(path.join(root, 'Unplugged drive'))).toBe(false);
    expect(() => ws.library).toThrow('No library is open');
  });

  it('creates the default library, with the sample, only when asked to', async () => {
    const root = await makeTempDir();
    const { workspace: ws } = workspace();
    const fresh = path.join(root, 'Documents', 'Masthead Library');
    const info = await ws.openLibrary(fresh, { mustExist: false });
    expect(info).toEqual({ path: fresh, recent: [fresh] });
    expect(await articles(fresh)).toHaveLength(1);
    await ws.closeLibrary();
  });

  it('whose sending fails to start leaves no library half-open, and the error names sending', async () => {
    const root = await makeTempDir();
    const { workspace: ws, logged } = workspace();
    const { dir: broken, repair } = await libraryWithBrokenOutbox(root);
    await expect(ws.openLibrary(broken, { mustExist: true })).rejects.toThrow(`Could not start sending for the library "Broken" (${BROKEN_OUTBOX_ERROR}).`);
    expect(logged).toEqual([expect.stringContaining('[masthead] the library "Broken": sending failed to start: EBUSY')]);
    for (const service of ['library', 'sending', 'search'] as const) expect(() => ws[service], service).toThrow('No library is open');

    // Nothing of it stayed open: once the disk is right, the same folder opens as any other.
    await repair();
    expect((await ws.openLibrary(broken, { mustExist: true })).path).toBe(broken);
    expect(ws.sending.outbox.list()).toEqual([]);
    expect(await ws.closeLibrary()).toEqual([]);
  });

  it('that fails keeps the library that was open, working, and off the recent list', async () => {
    const root = await makeTempDir();
    const { workspace: ws } = workspace();
    const desk = path.join(root, 'Desk');
    await mkdir(desk);
    await ws.openLibrary(desk, { mustExist: true });
    const { dir: broken } = await libraryWithBrokenOutbox(root);
    await expect(ws.openLibrary(broken, { mustExist: true })).rejects.toThrow(/sending/);
    expect(ws.info()).toEqual({ path: desk, recent: [desk] });
    expect(await ws.library.list()).toHaveLength(1);
    expect(await ws.sending.targets.all()).toEqual([]);
    await ws.search.idle();
    expect((await ws.search.query({ text: 'Kremlin', filters: {}, sort: 'relevance', limit: 50, offset: 0 })).total).toBe(1);
    await ws.closeLibrary();
  });

  it('switches to another library, and does not open the one already open a second time', async () => {
    const root = await makeTempDir();
    const { workspace: ws } = workspace();
    const [desk, sport] = [path.join(root, 'Desk'), path.join(root, 'Sport')];
    await Promise.all([mkdir(desk), mkdir(sport)]);
    await ws.openLibrary(desk, { mustExist: true });
    const deskStore = ws.library;
    expect(await ws.openLibrary(sport, { mustExist: true })).toEqual({ path: sport, recent: [sport, desk] });
    expect(ws.library).not.toBe(deskStore);
    // The one already open is not opened a second time (two outboxes would send the same jobs).
    const sportStore = ws.library;
    expect(await ws.openLibrary(sport, { mustExist: true })).toEqual({ path: sport, recent: [sport, desk] });
    expect(ws.library).toBe(sportStore);
    await ws.closeLibrary();
  });

  it('forgets a folder on request, keeping the others in order', async () => {
    const root = await makeTempDir();
    const { workspace: ws, settings } = workspace();
    const [desk, sport] = [path.join(root, 'Desk'), path.join(root, 'Sport')];
    await Promise.all([mkdir(desk), mkdir(sport)]);
    await ws.openLibrary(sport, { mustExist: true });
    await ws.openLibrary(desk, { mustExist: true });
    ws.forgetLibrary(sport);
    expect(settings.recentLibraries()).toEqual([desk]);
    expect(settings.lastLibrary()).toBe(desk);
    await ws.closeLibrary();
  });
});

describe('closing a library', () => {
  it('goes on past a service that fails to stop, and names it', async () => {
    const root = await makeTempDir();
    const { workspace: ws, logged } = workspace();
    const desk = path.join(root, 'Desk');
    // The index cannot be written: a folder is where its file goes.
    await mkdir(path.join(desk, '.masthead', 'search-index.bin'), { recursive: true });
    await ws.openLibrary(desk, { mustExist: true });
    await ws.search.idle();
    expect(await ws.closeLibrary()).toEqual(['the search index']);
    expect(logged).toContainEqual(expect.stringMatching(/^\[masthead\] the library "Desk": the search index failed to stop: /));
    expect(() => ws.library).toThrow('No library is open');
    // Everything after it stopped too: the library opens again at once.
    await rm(path.join(desk, '.masthead', 'search-index.bin'), { recursive: true });
    await ws.openLibrary(desk, { mustExist: true });
    expect(await ws.closeLibrary()).toEqual([]);
  });
});

describe('save before close', () => {
  it('waits for the renderer to say it saved', async () => {
    let closing!: SaveBeforeClose;
    const asked: string[] = [];
    closing = new SaveBeforeClose(() => {
      asked.push('app:beforeClose');
      setTimeout(() => closing.ready(), 10);
    }, 60_000);
    await closing.run();
    expect(asked).toEqual(['app:beforeClose']);
  });

  it('closes anyway when the renderer never answers', async () => {
    await expect(new SaveBeforeClose(() => undefined, 50).run()).resolves.toBeUndefined();
  });
});
