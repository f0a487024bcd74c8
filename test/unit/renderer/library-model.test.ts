import { mkdtemp, realpath, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { generateLibrary, type GeneratedArticle } from '../../../bench/library.js';
import type { EventName, EventTypes, MastheadApi } from '../../../electron/common/ipc.js';
import { createApi } from '../../../electron/core/api/index.js';
import { Workspace } from '../../../electron/core/app/workspace.js';
import { MemorySecretStore } from '../../../electron/core/send/secrets.js';
import { LibraryModel } from '../../../renderer/features/library/library-model.js';

/**
 * The window's library model on the real core: a Workspace on a generated library in a temp
 * folder, reached through the same dispatcher both transports use, its events delivered as the
 * transports deliver them. Every request the model makes is recorded, so the test sees which
 * rows each change reads.
 */

const ARTICLES = 300;

type Call = { channel: string; request: Record<string, unknown> };

function connect() {
  const calls: Call[] = [];
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  const emit = <E extends EventName>(event: E, payload: EventTypes[E]): void => {
    for (const listener of listeners.get(event) ?? []) listener(payload);
  };
  const workspace = new Workspace({ lastLibrary: () => null, recentLibraries: () => [], rememberLibrary: () => undefined }, null, emit, new MemorySecretStore(), 'tester');
  const dispatch = createApi(workspace, {
    app: { info: { version: 'test', transport: 'browser', platform: process.platform }, closeReady: () => undefined, setSpellcheckLanguages: () => undefined },
    library: { chooseFolder: async () => null },
  });
  const namespace = (name: string): object =>
    new Proxy(
      {},
      {
        get: (_target, verb: string) => (request: Record<string, unknown>) => {
          calls.push({ channel: `${name}:${verb}`, request });
          return dispatch(`${name}:${verb}`, request);
        },
      },
    );
  const api = {
    library: namespace('library'),
    trash: namespace('trash'),
    article: namespace('article'),
    events: {
      on(event: string, listener: (payload: unknown) => void) {
        const set = listeners.get(event) ?? new Set();
        listeners.set(event, set);
        set.add(listener);
        return () => set.delete(listener);
      },
    },
  } as unknown as MastheadApi;
  return { workspace, api, calls };
}

let root = '';
let generated: GeneratedArticle[] = [];
let setup: ReturnType<typeof connect>;
let model: LibraryModel;
const onError = vi.fn();
let stop: () => void;

const wholeLists = () => setup.calls.filter((call) => call.channel === 'library:list' && !call.request.folders).length;
const rowReads = () => setup.calls.filter((call) => call.channel === 'library:list' && call.request.folders).flatMap((call) => call.request.folders as string[]);
const reads = (channel: string) => setup.calls.filter((call) => call.channel === channel).length;
const foldersShown = () => (model.getRows().items ?? []).map((item) => item.folder);

beforeEach(async () => {
  root = await realpath(await mkdtemp(path.join(os.tmpdir(), 'masthead-model-')));
  generated = await generateLibrary(path.join(root, 'desk'), ARTICLES, 3);
  setup = connect();
  await setup.workspace.openLibrary(path.join(root, 'desk'), { mustExist: true });
  const { api } = setup;
  model = new LibraryModel(api, () => api.library.list({ first: 100 }));
  onError.mockClear();
  stop = model.start(onError);
  await vi.waitFor(() => expect(model.getRows().items).toHaveLength(ARTICLES));
});

afterEach(async () => {
  stop();
  await setup.workspace.closeLibrary();
  await rm(root, { recursive: true, force: true });
  expect(onError).not.toHaveBeenCalled();
});

describe('the library model', () => {
  it('opens with the first screen and the whole list, then a save reads its own row only', async () => {
    expect(wholeLists()).toBe(2);
    await vi.waitFor(() => expect(model.getInfo()?.path).toBe(path.join(root, 'desk')));
    const { folder } = generated[150]!;
    const opened = await setup.api.article.open({ folder });
    if (!opened.ok) throw new Error(opened.error.message);
    const saved = await setup.api.article.save({ folder, article: { ...opened.value.article, headline: 'Tram depot to close' }, baseUpdatedAt: opened.value.article.updatedAt });
    expect(saved.ok).toBe(true);
    model.touched([folder]);
    // Newest first: the saved article moves to the top of the rows.
    await vi.waitFor(() => expect(model.getRows().items?.[0]).toMatchObject({ folder, headline: 'Tram depot to close' }));
    expect(model.getRows().items).toHaveLength(ARTICLES);
    expect(rowReads()).toContain(folder);
    expect(new Set(rowReads())).toEqual(new Set([folder]));
    expect(wholeLists()).toBe(2);
  });

  it('shows a rename, a delete and a restore from the Trash by reading the rows they touched', async () => {
    const trashRelease = model.watchTrash();
    await vi.waitFor(() => expect(model.getTrash().entries).toEqual([]));
    const { folder } = generated[7]!;
    const renamed = await setup.api.article.rename({ folder, newFolder: 'tram-line-renamed' });
    if (!renamed.ok) throw new Error(renamed.error.message);
    model.touched([folder, renamed.value.folder]);
    await vi.waitFor(() => expect(foldersShown()).toContain('tram-line-renamed'));
    expect(foldersShown()).not.toContain(folder);
    expect(foldersShown()).toHaveLength(ARTICLES);

    const deleted = await setup.api.article.delete({ folder: 'tram-line-renamed' });
    expect(deleted.ok).toBe(true);
    model.touched(['tram-line-renamed'], { trash: true });
    await vi.waitFor(() => expect(model.getTrash().entries).toHaveLength(1));
    await vi.waitFor(() => expect(foldersShown()).not.toContain('tram-line-renamed'));
    expect(foldersShown()).toHaveLength(ARTICLES - 1);

    const restored = await model.restoreFromTrash(model.getTrash().entries![0]!.trashId);
    expect(restored).toEqual({ ok: true, value: { folder: 'tram-line-renamed' } });
    await vi.waitFor(() => expect(foldersShown()).toContain('tram-line-renamed'));
    await vi.waitFor(() => expect(model.getTrash().entries).toEqual([]));
    trashRelease();
    expect(wholeLists()).toBe(2);
  });

  it('reads the sections once per library and the names used before only after a change', async () => {
    const releases = [model.watchSections(), model.watchSections()];
    await vi.waitFor(() => expect(model.getSections().loaded).toBe(true));
    expect(reads('library:settings')).toBe(1);
    expect(await model.saveSections(['Transport', 'Metro'])).toBeNull();
    expect(model.getSections().sections).toEqual(['Transport', 'Metro']);

    model.watchSuggestions();
    await vi.waitFor(() => expect(model.getSuggestions().sections.length).toBeGreaterThan(0));
    model.watchSuggestions();
    expect(reads('library:suggestions')).toBe(1);
    model.touched([generated[0]!.folder]);
    model.watchSuggestions();
    expect(reads('library:suggestions')).toBe(2);

    // Another library opened: its own rows, folder and sections, first screen first.
    const other = path.join(root, 'other');
    await generateLibrary(other, 120, 4);
    await setup.workspace.openLibrary(other, { mustExist: true });
    await vi.waitFor(() => expect(model.getInfo()?.path).toBe(other));
    await vi.waitFor(() => expect(model.getRows().items).toHaveLength(120));
    expect(wholeLists()).toBe(4);
    await vi.waitFor(() => expect(reads('library:settings')).toBe(2));
    await vi.waitFor(() => expect(model.getSections()).toMatchObject({ error: null, loaded: true }));
    expect(model.getSections().sections).not.toContain('Metro');
    for (const release of releases) release();
  });
});
