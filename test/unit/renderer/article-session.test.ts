import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Article, SCHEMA_VERSION } from '../../../electron/common/article.js';
import type { ApiError, RequestOf, Result, SavedArticle } from '../../../electron/common/ipc.js';
import { emptyBody, paragraph, type ArticleBody } from '../../../electron/common/lexical-nodes.js';
import { ArticleSession, AUTOSAVE_DELAY_MS, type Draft } from '../../../renderer/features/editor/article-session.js';

type SaveRequest = RequestOf<'article:save'>;

function makeArticle(): Article {
  return Article.parse({
    schemaVersion: SCHEMA_VERSION,
    id: '7d3f0c2e-6a9b-4c1d-8e2f-1a2b3c4d5e6f',
    headline: 'Budget vote',
    status: 'draft',
    language: 'en',
    byline: [],
    publishAt: null,
    timeZone: null,
    leadPhoto: null,
    body: emptyBody(),
    createdAt: '2025-04-15T06:00:00.000Z',
    updatedAt: '2025-04-15T06:18:00.000Z',
  });
}

/** A save endpoint the test answers by hand, so overlapping calls can be seen. */
function fakeSave() {
  const calls: Array<{ request: SaveRequest; resolve(result: Result<SavedArticle>): void }> = [];
  let clock = 0;
  const save = vi.fn(
    (request: SaveRequest) =>
      new Promise<Result<SavedArticle>>((resolve) => {
        calls.push({ request, resolve });
      }),
  );
  const succeed = (index: number) => {
    clock += 1;
    const updatedAt = `2025-04-15T07:00:0${clock}.000Z`;
    calls[index]!.resolve({ ok: true, value: { folder: calls[index]!.request.folder, updatedAt } });
    return updatedAt;
  };
  const fail = (index: number, error: ApiError) => calls[index]!.resolve({ ok: false, error });
  return { save, calls, succeed, fail };
}

function setUp() {
  const api = fakeSave();
  const onSaved = vi.fn();
  const onConflict = vi.fn();
  const session = new ArticleSession({ folder: 'budget-vote', article: makeArticle(), fromBackup: false }, { save: api.save, onSaved, onConflict });
  let draft: { headline: string; body: ArticleBody } = { headline: 'Budget vote', body: emptyBody() };
  session.attachDraft(() => draft);
  const type = (headline: string) => {
    draft = { headline, body: { root: { ...emptyBody().root, children: [paragraph(headline)] } } };
    session.edited();
  };
  return { api, session, onSaved, onConflict, type };
}

/** Lets queued promise callbacks run without moving the fake clock. */
const settle = () => vi.advanceTimersByTimeAsync(0);

describe('ArticleSession', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('does not save an article nobody edited', async () => {
    const { api, session } = setUp();
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS * 5);
    expect(api.save).not.toHaveBeenCalled();
    expect(session.getSnapshot().save).toEqual({ kind: 'saved', at: '2025-04-15T06:18:00.000Z' });
  });

  it('autosaves once typing pauses, from the loaded version, then from the saved one', async () => {
    const { api, session, type, onSaved } = setUp();
    type('Budget vote delayed');
    expect(session.getSnapshot().save.kind).toBe('unsaved');
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS - 10);
    type('Budget vote delayed again');
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS - 10);
    expect(api.save).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(10);
    expect(api.calls).toHaveLength(1);
    expect(api.calls[0]!.request).toMatchObject({ folder: 'budget-vote', baseUpdatedAt: '2025-04-15T06:18:00.000Z' });
    expect(api.calls[0]!.request.article.headline).toBe('Budget vote delayed again');
    expect(api.calls[0]!.request.force).toBeUndefined();
    expect(session.getSnapshot().save.kind).toBe('saving');
    const first = api.succeed(0);
    await settle();
    expect(session.getSnapshot().save).toEqual({ kind: 'saved', at: first });
    expect(session.article.updatedAt).toBe(first);
    expect(onSaved).toHaveBeenCalledTimes(1);
    expect(onSaved).toHaveBeenCalledWith(['budget-vote']);

    type('Third');
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
    expect(api.calls[1]!.request.baseUpdatedAt).toBe(first);
  });

  it('never has two saves on the wire and saves again for edits made during a save', async () => {
    const { api, session, type } = setUp();
    type('one');
    const flushed = session.flush();
    await settle();
    expect(api.calls).toHaveLength(1);
    type('two');
    const again = session.flush();
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS * 3);
    expect(api.calls).toHaveLength(1);
    const first = api.succeed(0);
    await settle();
    expect(api.calls).toHaveLength(2);
    expect(api.calls[1]!.request.article.headline).toBe('two');
    expect(api.calls[1]!.request.baseUpdatedAt).toBe(first);
    api.succeed(1);
    await expect(flushed).resolves.toBe(true);
    await expect(again).resolves.toBe(true);
    expect(session.dirty).toBe(false);
  });

  it('holds on a conflict until the user keeps their version, which is saved with force', async () => {
    const { api, session, type, onConflict } = setUp();
    type('mine');
    const flushed = session.flush();
    await settle();
    api.fail(0, { code: 'CONFLICT', message: 'changed elsewhere' });
    await expect(flushed).resolves.toBe(false);
    expect(onConflict).toHaveBeenCalledWith(false);
    type('still mine');
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS * 3);
    await expect(session.flush()).resolves.toBe(false);
    expect(api.calls).toHaveLength(1);

    const kept = session.keepMine();
    await settle();
    expect(api.calls[1]!.request).toMatchObject({ force: true });
    expect(api.calls[1]!.request.article.headline).toBe('still mine');
    api.succeed(1);
    await expect(kept).resolves.toBe(true);
  });

  it('reports a removed file as a deleted conflict', async () => {
    const { api, session, type, onConflict } = setUp();
    type('x');
    const flushed = session.flush();
    await settle();
    api.fail(0, { code: 'NOT_FOUND', message: 'gone' });
    await flushed;
    expect(onConflict).toHaveBeenCalledWith(true);
  });

  it('shows a failed save and tries again on the next edit', async () => {
    const { api, session, type } = setUp();
    type('x');
    const flushed = session.flush();
    await settle();
    api.fail(0, { code: 'DISK_FULL', message: 'no space' });
    await expect(flushed).resolves.toBe(false);
    expect(session.getSnapshot().save).toEqual({ kind: 'failed', error: { code: 'DISK_FULL', message: 'no space' } });
    type('xy');
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
    expect(api.calls).toHaveLength(2);
  });

  it('saves before a rename and writes nothing under the old name while it runs', async () => {
    const { api, session, type } = setUp();
    type('before');
    let finishRename: (folder: string) => void = () => undefined;
    const renamed = session.afterSave(
      () =>
        new Promise<string>((resolve) => {
          finishRename = resolve;
        }),
    );
    await settle();
    api.succeed(0);
    await settle();
    type('during');
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS * 3);
    expect(api.calls).toHaveLength(1);
    finishRename('new-name');
    await expect(renamed).resolves.toBe('new-name');
    session.renamed('new-name');
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
    expect(api.calls[1]!.request.folder).toBe('new-name');
  });

  it('saves the panels\' fields with the headline and body, over the loaded article', async () => {
    const api = fakeSave();
    const session = new ArticleSession({ folder: 'budget-vote', article: makeArticle(), fromBackup: false }, { save: api.save, onSaved: vi.fn(), onConflict: vi.fn() });
    let meta: Draft['meta'] = {};
    session.attachDraft(() => ({ headline: 'Budget vote', body: emptyBody(), meta }));
    meta = {
      byline: [
        { name: 'Nada Mustafa', role: 'reporter', affiliation: 'Reuters' },
        { name: 'Omar Hassan', role: 'writer', affiliation: '' },
      ],
      section: 'News',
      tags: ['Cairo', 'Budget'],
      publishAt: '2025-04-15T08:18:00+02:00',
      timeZone: 'Africa/Cairo',
      language: 'ar',
      cmsSlug: 'budget-vote-2025',
      dek: 'Parliament postpones',
      sources: ['Reuters'],
    };
    session.edited();
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
    expect(api.calls).toHaveLength(1);
    const saved = api.calls[0]!.request.article;
    expect(saved).toMatchObject({ ...meta, headline: 'Budget vote', id: makeArticle().id, createdAt: makeArticle().createdAt });
    expect(() => Article.parse(saved)).not.toThrow();
    const updatedAt = api.succeed(0);
    await settle();
    expect(session.article).toMatchObject({ ...meta, updatedAt });
  });

  it('keeps loaded values for fields a draft leaves out or undefined', async () => {
    const api = fakeSave();
    const loaded = { ...makeArticle(), section: 'Sport', dek: 'Kept' };
    const session = new ArticleSession({ folder: 'budget-vote', article: loaded, fromBackup: false }, { save: api.save, onSaved: vi.fn(), onConflict: vi.fn() });
    session.attachDraft(() => ({ headline: 'Budget vote', body: emptyBody(), meta: { dek: undefined, status: 'edited' } }));
    session.edited();
    const flushed = session.flush();
    await settle();
    expect(api.calls[0]!.request.article).toMatchObject({ section: 'Sport', dek: 'Kept', status: 'edited' });
    api.succeed(0);
    await expect(flushed).resolves.toBe(true);
  });
});
