import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Article } from '../../../../electron/common/article.js';
import { paragraph } from '../../../../electron/common/lexical-nodes.js';
import { bodyPlainText } from '../../../../electron/common/rules/text.js';
import { ArticleService } from '../../../../electron/core/articles/article-service.js';
import { ApiFailure } from '../../../../electron/core/errors.js';
import { LibraryStore } from '../../../../electron/core/library/library-store.js';
import { VersionStore } from '../../../../electron/core/versions/version-store.js';
import { expectFailure } from '../failures.js';
import { makeTempDir } from '../temp-dir.js';

/*
 * Each ArticleService operation is one transaction in the library's queue. The calls below are
 * started together, without waiting, the way a window's autosave races a rename, a delete, a
 * second save or a send: what the library holds afterwards shows that nothing ran between the
 * steps of an operation.
 */

const stores: LibraryStore[] = [];
afterEach(async () => {
  await Promise.all(stores.splice(0).map((store) => store.close()));
});

async function setup() {
  const library = await LibraryStore.open(await makeTempDir(), { sampleText: null, watch: false });
  stores.push(library);
  const versions = new VersionStore({ author: 'Desk' });
  const articles = new ArticleService(library, versions);
  const { folder, article } = await library.create('Budget vote');
  const versionsOf = async (at: string) => {
    const dir = await library.bundleDirectory(at);
    const list = await versions.list(dir);
    return Promise.all(list.map(async (v) => ({ ...v, article: await versions.get(dir, v.id) })));
  };
  return { library, articles, versions, folder, article, versionsOf };
}

function withText(article: Article, headline: string, text: string): Article {
  return { ...article, headline, body: { root: { ...article.body.root, children: [paragraph(text)] } } };
}

/** What a reader sees of an article's body. */
const bodyText = (article: Article) => bodyPlainText(article.body);

describe('saving with its version', () => {
  it('keeps the automatic version in the bundle even when a rename was asked for at the same moment', async () => {
    const { library, articles, folder, article, versionsOf } = await setup();
    const edited = withText(article, 'Budget vote', 'The vote passed.');
    const [saved, renamed] = await Promise.all([articles.save(folder, edited, article.updatedAt), library.rename(folder, 'Budget passes')]);
    expect(saved.folder).toBe(folder);
    expect(renamed.folder).toBe('budget-passes');
    const kept = await versionsOf('budget-passes');
    expect(kept.map((v) => v.reason)).toEqual(['auto']);
    expect(bodyText(kept[0]!.article)).toBe(bodyText(edited));
  });

  it('keeps the version before a delete that was asked for at the same moment moves the article to the trash', async () => {
    const { library, articles, folder, article } = await setup();
    const edited = withText(article, 'Budget vote', 'The vote passed.');
    const [saved, deleted] = await Promise.all([articles.save(folder, edited, article.updatedAt), library.delete(folder)]);
    expect(saved.updatedAt > article.updatedAt).toBe(true);
    const [entry] = await library.listTrash();
    expect(entry!.trashId).toBe(deleted.trashId);
    const restored = await library.restoreFromTrash(deleted.trashId);
    expect((await readdir(path.join(await library.bundleDirectory(restored.folder), 'revisions'))).filter((n) => n.endsWith('.json'))).toHaveLength(1);
    expect((await library.open(restored.folder)).article.body).toEqual(edited.body);
  });

  it('versions the text it saved, not a second save that came right after', async () => {
    const { articles, folder, article, versionsOf } = await setup();
    const first = withText(article, 'Budget vote', 'First draft of the lead.');
    const second = withText(article, 'Budget vote', 'Second draft of the lead.');
    await Promise.all([articles.save(folder, first, article.updatedAt), articles.save(folder, second, null, true)]);
    const kept = await versionsOf(folder);
    // The first save took the version (none existed); the second found it fresh and took none.
    expect(kept).toHaveLength(1);
    expect(bodyText(kept[0]!.article)).toBe(bodyText(first));
  });

  it('takes no version when the save is refused', async () => {
    const { articles, folder, article, versionsOf } = await setup();
    await expectFailure(articles.save(folder, withText(article, 'Budget vote', 'Late.'), 'not-the-base'), 'CONFLICT');
    expect(await versionsOf(folder)).toEqual([]);
  });
});

describe('restoring a version', () => {
  it('keeps the article as it was and restores in one step: a save asked for meanwhile waits and finds the restored text', async () => {
    const { library, articles, folder, article, versionsOf } = await setup();
    const old = withText(article, 'Budget vote', 'The old lead.');
    const current = withText(article, 'Budget vote', 'The current lead.');
    const oldSaved = await library.save(folder, old, article.updatedAt);
    const version = await articles.takeVersion(folder, 'manual', 'Old lead');
    const currentSaved = await library.save(folder, current, oldSaved.updatedAt);

    const racing = withText(article, 'Budget vote', 'A save from a stale window.');
    const [restored, late] = await Promise.allSettled([
      articles.restoreVersion(folder, version!.id),
      articles.save(folder, racing, currentSaved.updatedAt),
    ]);
    expect(restored.status).toBe('fulfilled');
    const opened = (restored as PromiseFulfilledResult<Awaited<ReturnType<ArticleService['restoreVersion']>>>).value;
    expect(opened.article.body).toEqual(old.body);
    expect(opened.article.id).toBe(article.id);
    // The save's base was the text before the restore, so it is refused rather than slipping in between.
    expect(late.status).toBe('rejected');
    expect(((late as PromiseRejectedResult).reason as ApiFailure).code).toBe('CONFLICT');

    const kept = await versionsOf(folder);
    const beforeRestore = kept.find((v) => v.reason === 'before-restore')!;
    expect(bodyText(beforeRestore.article)).toBe(bodyText(current));
    expect((await library.open(folder)).article.body).toEqual(old.body);
  });

  it('changes nothing when the version is gone', async () => {
    const { library, articles, folder, versionsOf } = await setup();
    const before = await library.open(folder);
    await expectFailure(articles.restoreVersion(folder, 'deadbeef'), 'NOT_FOUND');
    expect(await versionsOf(folder)).toEqual([]);
    expect((await library.open(folder)).article).toEqual(before.article);
  });
});

describe('a version taken by hand', () => {
  it('holds the text on disk when it was asked for, not a save that came right after', async () => {
    const { articles, folder, article, versionsOf } = await setup();
    const saved = await articles.save(folder, withText(article, 'Budget vote', 'Kept by hand.'), article.updatedAt);
    const [version] = await Promise.all([
      articles.takeVersion(folder, 'manual', 'Desk copy'),
      articles.save(folder, withText(article, 'Budget vote', 'Typed afterwards.'), saved.updatedAt),
    ]);
    const kept = await versionsOf(folder);
    expect(bodyText(kept.find((v) => v.id === version!.id)!.article)).toBe('Kept by hand.');
  });
});

describe('the copy kept for sending', () => {
  it('is the text of its before-send version, whatever is saved meanwhile', async () => {
    const { library, articles, folder, article, versionsOf } = await setup();
    // Saved without an automatic version, so the copy for sending is new to the versions.
    const saved = await library.save(folder, withText(article, 'Budget vote', 'As sent.'), article.updatedAt);
    const [copy] = await Promise.all([
      articles.copyForSending(folder, async () => undefined),
      articles.save(folder, withText(article, 'Budget vote', 'Typed while sending.'), saved.updatedAt),
    ]);
    expect(bodyText(copy)).toBe('As sent.');
    const kept = await versionsOf(folder);
    const sent = kept.find((v) => v.reason === 'before-send')!;
    expect(bodyText(sent.article)).toBe('As sent.');
  });

  it('takes no version when the check refuses the article', async () => {
    const { articles, folder, versionsOf } = await setup();
    const refusal = new ApiFailure('NOT_FOUND', 'There is no target yet.');
    await expectFailure(
      articles.copyForSending(folder, async () => {
        throw refusal;
      }),
      'NOT_FOUND',
      'There is no target yet.',
    );
    expect(await versionsOf(folder)).toEqual([]);
  });
});

describe('duplicating', () => {
  it('copies the article as it is after the save asked for before it', async () => {
    const { articles, folder, article, library } = await setup();
    const edited = withText(article, 'Budget vote', 'Saved just before the copy.');
    const [, copy] = await Promise.all([articles.save(folder, edited, article.updatedAt), articles.duplicate(folder)]);
    expect((await library.open(copy.folder)).article.body).toEqual(edited.body);
  });
});
