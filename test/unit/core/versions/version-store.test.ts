import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { paragraph } from '../../../../electron/common/lexical-nodes.js';
import { LibraryStore } from '../../../../electron/core/library/library-store.js';
import { thinVersions } from '../../../../electron/core/versions/thinning.js';
import { VersionStore } from '../../../../electron/core/versions/version-store.js';
import { wordDelta } from '../../../../electron/common/rules/compare/compare.js';
import { sampleArticle } from '../article-fixtures.js';
import { makeTempDir } from '../temp-dir.js';

const HOUR = 3600_000;
const DAY = 24 * HOUR;

describe('thinning old versions', () => {
  it('keeps all of the last day, one a day for a month, one a week after, and every labelled one', () => {
    const now = new Date('2026-06-30T12:00:00Z');
    const versions: Array<{ id: string; createdAt: string; label: string | null }> = [];
    // Every 6 hours for 90 days, a label every 20 days.
    for (let i = 0; i < 90 * 4; i++) {
      versions.push({ id: `v${i}`, createdAt: new Date(now.getTime() - i * 6 * HOUR).toISOString(), label: i % 80 === 79 ? `Desk ${i}` : null });
    }
    const kept = thinVersions(versions, now);
    const age = (v: { createdAt: string }) => now.getTime() - Date.parse(v.createdAt);
    expect(kept.filter((v) => age(v) < DAY)).toHaveLength(4);
    const daily = kept.filter((v) => age(v) >= DAY && age(v) < 30 * DAY && !v.label);
    expect(new Set(daily.map((v) => v.createdAt.slice(0, 10))).size).toBe(daily.length);
    expect(daily.length).toBeGreaterThanOrEqual(28);
    const older = kept.filter((v) => age(v) >= 30 * DAY && !v.label);
    expect(older.length).toBeGreaterThanOrEqual(8);
    expect(older.length).toBeLessThanOrEqual(10);
    expect(kept.filter((v) => v.label)).toHaveLength(versions.filter((v) => v.label).length);
  });
});

describe('versions of an article', () => {
  async function setup() {
    const dir = await makeTempDir();
    const library = await LibraryStore.open(dir, { sampleText: null, watch: false });
    const { folder } = await library.create('Budget vote');
    return { library, bundle: await library.bundleDirectory(folder) };
  }

  it('takes a version only when the article changed, always when labelled, with who and the word delta', async () => {
    const { library, bundle } = await setup();
    let clock = new Date('2026-05-01T08:00:00Z');
    const store = new VersionStore({ author: 'nada', now: () => clock });
    const first = sampleArticle();
    expect(await store.take(bundle, first, 'auto')).toMatchObject({ author: 'nada', label: null, wordsAdded: 0 });
    expect(await store.take(bundle, { ...first, updatedAt: '2026-05-01T09:00:00.000Z' }, 'auto')).toBeNull();
    clock = new Date('2026-05-01T08:05:00Z');
    const edited = { ...first, body: { root: { ...first.body.root, children: [...first.body.root.children, paragraph('Parliament votes on Thursday.')] } } };
    const labelled = await store.take(bundle, edited, 'manual', 'Sent to copy desk');
    expect(labelled).toMatchObject({ label: 'Sent to copy desk', wordsAdded: 4, wordsRemoved: 0 });
    clock = new Date('2026-05-01T08:06:00Z');
    expect(await store.take(bundle, edited, 'manual', 'Again')).not.toBeNull();

    const list = await store.list(bundle);
    expect(list.map((v) => v.label)).toEqual(['Again', 'Sent to copy desk', null]);
    expect(await store.get(bundle, list[1]!.id)).toEqual(edited);
    await library.close();
  });

  it('on save, keeps a version at most every ten minutes', async () => {
    const { library, bundle } = await setup();
    let clock = new Date('2026-05-01T08:00:00Z');
    const store = new VersionStore({ author: 'nada', now: () => clock });
    const article = sampleArticle();
    expect(await store.afterSave(bundle, article)).not.toBeNull();
    clock = new Date('2026-05-01T08:09:00Z');
    expect(await store.afterSave(bundle, { ...article, headline: 'Changed' })).toBeNull();
    clock = new Date('2026-05-01T08:11:00Z');
    expect(await store.afterSave(bundle, { ...article, headline: 'Changed' })).not.toBeNull();
    expect(await readdir(path.join(bundle, 'revisions'))).toHaveLength(2);
    await library.close();
  });

  it('counts Arabic words added and removed', () => {
    const before = sampleArticle({ headline: 'الكرملين يؤكد استعداده' });
    const after = sampleArticle({ headline: 'الكرملين يؤكد رغبته واستعداده' });
    expect(wordDelta(before, after)).toEqual({ added: 2, removed: 1 });
  });
});
