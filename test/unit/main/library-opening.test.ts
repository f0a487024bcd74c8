import { access, mkdir, mkdtemp, readdir, realpath, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { BROKEN_OUTBOX_ERROR, breakOutbox } from '../core/broken-outbox.js';
import { bootMain, clickMenu, menuItem, quit, type Electron } from './boot-main.js';

/**
 * Opening libraries in the real main process (index.ts booted on the recording stand-in for
 * `electron`, see boot-main.ts), on real folders: File › Open Library… and Open Recent, the
 * library at start-up, and quitting. A missing folder (a drive not plugged in) is never created;
 * a service that fails to start leaves no half-open library; quitting goes on past a service
 * that fails to stop.
 */

type Handler = (...args: unknown[]) => unknown;
type Answer<T> = { ok: true; value: T } | { ok: false; error: { code: string; message: string } };

let root: string;
const savedLibraryEnv = process.env.MASTHEAD_LIBRARY;

beforeAll(async () => {
  root = await realpath(await mkdtemp(path.join(os.tmpdir(), 'masthead-opening-')));
});

afterAll(async () => {
  process.env.MASTHEAD_LIBRARY = savedLibraryEnv;
  await rm(root, { recursive: true, force: true });
});

afterEach(() => {
  vi.restoreAllMocks();
});

const exists = (p: string) => access(p).then(() => true, () => false);
const articles = async (dir: string) => (await readdir(dir)).filter((name) => name.endsWith('.article'));

/** A fresh folder under the test's root; `create: false` names one that is not there. */
async function folder(name: string, { create = true } = {}): Promise<string> {
  const dir = path.join(root, `${name}-${Math.random().toString(36).slice(2, 8)}`);
  if (create) await mkdir(dir);
  return dir;
}

/** Calls an API channel the way our own window does. */
async function call<T>(electron: Electron, channel: string, payload: unknown = {}): Promise<Answer<T>> {
  const frame = { url: 'app://masthead/index.html' };
  const handler = electron.recorded.ipcHandlers.get(channel) as Handler;
  return (await handler({ sender: { mainFrame: frame }, senderFrame: frame }, payload)) as Answer<T>;
}

async function libraryInfo(electron: Electron): Promise<{ path: string; recent: string[] }> {
  const info = await call<{ path: string; recent: string[] }>(electron, 'library:info');
  if (!info.ok) throw new Error(info.error.message);
  return info.value;
}

/** Boots on `library` and waits until the app runs (its window is up). */
async function running(library: string): Promise<Electron> {
  const electron = await bootMain({ library, documents: path.join(root, 'Documents') });
  electron.ready();
  await electron.appHandlerRegistered('will-quit');
  return electron;
}

const recentMenu = (electron: Electron) => (menuItem(electron, ['File', 'Open Recent']).submenu ?? []).map((item) => item.label);

/** A library whose sending cannot start (see breakOutbox). */
async function brokenSending(): Promise<string> {
  const dir = await folder('Broken');
  await breakOutbox(dir);
  return dir;
}

describe('File › Open Recent', () => {
  it('on a folder that is missing creates nothing, says so, and Remove from List takes it off the list', async () => {
    const desk = await folder('Desk');
    const sport = await folder('Sport');
    const electron = await running(desk);
    electron.openDialogAnswers.push(sport);
    await clickMenu(electron, ['File', 'Open Library…']);
    electron.openDialogAnswers.push(desk);
    await clickMenu(electron, ['File', 'Open Library…']);
    expect(recentMenu(electron)).toEqual([desk, sport]);

    // The drive with the sports library is unplugged.
    await rm(sport, { recursive: true });
    const opened = clickMenu(electron, ['File', 'Open Recent', sport]);
    let box = await electron.messageBox();
    expect(box.options.message).toBe(`The library folder “${sport}” is missing.`);
    expect(box.options.detail).toContain('Nothing was created in its place.');
    expect(box.options.buttons).toEqual(['Remove from List', 'Keep in List']);
    box.click('Keep in List');
    await opened;
    expect(await exists(sport)).toBe(false);
    expect(recentMenu(electron)).toEqual([desk, sport]);

    const removed = clickMenu(electron, ['File', 'Open Recent', sport]);
    box = await electron.messageBox();
    box.click('Remove from List');
    await removed;
    expect(await exists(sport)).toBe(false);
    expect(recentMenu(electron)).toEqual([desk]);
    expect(await libraryInfo(electron)).toEqual({ path: desk, recent: [desk] });
    expect(electron.recorded.errorBoxes).toEqual([]);
    expect(await quit(electron)).toBe(0);
  });

  it('on a library whose sending fails to start keeps the library that was open, and says which service failed', async () => {
    const desk = await folder('Desk');
    const broken = await brokenSending();
    const electron = await running(desk);
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    electron.openDialogAnswers.push(broken);
    await clickMenu(electron, ['File', 'Open Library…']);
    expect(electron.recorded.errorBoxes).toEqual([
      { title: 'Could not open the library', content: `Could not start sending for the library "${path.basename(broken)}" (${BROKEN_OUTBOX_ERROR}).` },
    ]);

    // No half-open library: the one that was open answers every call, its services included.
    expect(await libraryInfo(electron)).toEqual({ path: desk, recent: [desk] });
    expect(recentMenu(electron)).toEqual([desk]);
    expect(await call(electron, 'library:list')).toMatchObject({ ok: true, value: [{ headline: expect.any(String) }] });
    expect(await call(electron, 'outbox:list')).toEqual({ ok: true, value: [] });
    expect(await call(electron, 'search:query', { text: 'Kremlin' })).toMatchObject({ ok: true });
    // The API says the same, with a code the window can translate.
    expect(await call(electron, 'library:open', { path: broken })).toEqual({
      ok: false,
      error: { code: 'IO_ERROR', message: `Could not start sending for the library "${path.basename(broken)}" (${BROKEN_OUTBOX_ERROR}).` },
    });
    expect(await quit(electron)).toBe(0);
  });
});

describe('start-up', () => {
  it('with the last library missing says so, creates nothing there, and can open the default library instead', async () => {
    const missing = await folder('Unplugged', { create: false });
    const electron = await bootMain({ library: missing, documents: path.join(root, 'Documents') });
    electron.ready();
    const box = await electron.messageBox();
    expect(box.options.message).toBe(`The library folder “${missing}” is missing.`);
    expect(box.options.buttons).toEqual(['Try Again', 'Choose Another Library…', 'Open Default Library']);
    expect(electron.recorded.windows).toEqual([]);
    box.click('Open Default Library');
    await electron.appHandlerRegistered('will-quit');

    const fallback = path.join(root, 'Documents', 'Masthead Library');
    expect(await exists(missing)).toBe(false);
    expect((await libraryInfo(electron)).path).toBe(fallback);
    expect(await articles(fallback)).toHaveLength(1);
    expect(electron.recorded.windows).toHaveLength(1);
    expect(await quit(electron)).toBe(0);
  });

  it('with the last library missing opens it once the drive is back and the editor chooses Try Again', async () => {
    const unplugged = await folder('Desk', { create: false });
    const electron = await bootMain({ library: unplugged, documents: path.join(root, 'Documents') });
    electron.ready();
    const box = await electron.messageBox();
    await mkdir(unplugged);
    box.click('Try Again');
    await electron.appHandlerRegistered('will-quit');
    expect((await libraryInfo(electron)).path).toBe(unplugged);
    expect(await quit(electron)).toBe(0);
  });

  it('with a library whose sending fails to start says which service failed and quits, with no window', async () => {
    const broken = await brokenSending();
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const electron = await bootMain({ library: broken, documents: path.join(root, 'Documents') });
    electron.ready();
    expect(await electron.exited).toBe(1);
    expect(electron.recorded.errorBoxes).toEqual([{ title: 'Masthead', content: `Could not start sending for the library "${path.basename(broken)}" (${BROKEN_OUTBOX_ERROR}).` }]);
    expect(electron.recorded.windows).toEqual([]);
  });
});

describe('quitting', () => {
  it('goes on past a service that fails to stop, logs which one, and exits with 1', async () => {
    const desk = await folder('Desk');
    // The search index cannot be written on closing: a folder is where its file goes.
    await mkdir(path.join(desk, '.masthead', 'search-index.bin'), { recursive: true });
    const logged: string[] = [];
    vi.spyOn(console, 'error').mockImplementation((line: unknown) => void logged.push(String(line)));
    const electron = await running(desk);
    // The index is built (so there is something to write) once the window has its list.
    await call(electron, 'library:list');
    await call(electron, 'search:query', { text: 'Kremlin' });
    expect(await quit(electron)).toBe(1);
    const failures = logged.filter((line) => line.includes('failed to stop'));
    expect(failures).toEqual([expect.stringMatching(new RegExp(`^\\[masthead\\] the library "${path.basename(desk)}": the search index failed to stop: `))]);
  });
});
