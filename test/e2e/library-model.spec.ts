import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { generateLibrary } from '../../bench/library.js';
import { expect, test, type RunningApp } from './fixtures.js';
import { caretToEnd } from './pages/masthead-page.js';

/**
 * The window's one library model over a generated library of 3,000 articles (bench/library.ts),
 * written before the browser host starts: after the first load, saves, a rename, a delete and a
 * restore from the Trash each show in the list while the host answers no other whole list
 * (`GET /host/counters`, library:list requests without folders), and the taken CMS slugs and the names
 * and tags used before still follow.
 */

const ARTICLES = 3000;

/** The host's count of library:list requests without folders (the whole list or its first screen). */
async function wholeLists(app: RunningApp): Promise<number> {
  const url = new URL(app.hostUrl!);
  const token = new URLSearchParams(url.hash.slice(1)).get('token')!;
  const response = await fetch(new URL('/host/counters', url), { headers: { authorization: `Bearer ${token}` } });
  expect(response.status).toBe(200);
  return ((await response.json()) as { libraryListsWithoutFolders: number }).libraryListsWithoutFolders;
}

const bundles = async (library: string): Promise<string[]> => (await readdir(library)).filter((name) => name.endsWith('.article'));
const articleText = (library: string, folder: string): Promise<string> => readFile(path.join(library, `${folder}.article`, 'article.json'), 'utf8');

test('saves, a rename, a delete and a restore in 3,000 articles re-read only their own rows', async ({ library, startApp }) => {
  test.setTimeout(240_000);
  const generated = await generateLibrary(library, ARTICLES, 13);
  // The counter is the browser host's; the model is the same in Electron.
  const app = await startApp(library, 'browser');
  const { page, masthead } = app;
  const rows = masthead.articles.getByRole('listitem');

  // First load: the first screen, then the whole list, once each.
  await expect(rows.first()).toHaveAttribute('aria-setsize', String(ARTICLES), { timeout: 60_000 });
  expect(await wholeLists(app)).toBe(2);

  const headline = (await rows.first().getAttribute('aria-label'))!;
  const { folder } = generated.find((article) => article.headline === headline)!;
  const row = masthead.article(headline);
  const words = row.getByText(/^\d+ words$/);
  const wordsBefore = Number((await words.textContent())!.split(' ')[0]);
  await masthead.open(headline);

  for (let i = 1; i <= 10; i++) {
    await caretToEnd(masthead.body);
    await page.keyboard.type(` tramline${i}`);
    await expect.poll(() => articleText(library, folder)).toContain(`tramline${i}`);
    await masthead.expectSaved();
  }
  // The row shows the saved words, read on its own.
  await expect(words).toHaveText(`${wordsBefore + 10} words`);
  expect(await wholeLists(app)).toBe(2);

  // Names and tags used in this article are offered in the next one.
  const byline = masthead.region('Byline');
  await byline.getByRole('button', { name: 'Add contributor', exact: true }).click();
  await byline.getByLabel('Contributor name').last().fill('Zainab Tramway');
  await masthead.region('Publish details').getByLabel('Tags', { exact: true }).fill('tramspec,');
  await expect.poll(() => articleText(library, folder)).toContain('tramspec');
  await masthead.expectSaved();

  // Rename: the bundle moves; the list holds the article once, under its new folder name.
  await masthead.button('Rename article').click();
  const rename = page.getByRole('dialog', { name: 'Rename article' });
  await rename.getByRole('textbox', { name: 'File name' }).fill('tram-line-renamed');
  await rename.getByRole('button', { name: 'Rename' }).click();
  await expect(rename).toBeHidden();
  const tramCmsSlug = await masthead.region('Publish details').getByLabel('CMS slug').inputValue();
  await expect.poll(() => bundles(library)).toContain('tram-line-renamed.article');
  await expect(row).toHaveCount(1);
  await expect(rows.first()).toHaveAttribute('aria-setsize', String(ARTICLES));

  // A new article: it joins the list, is offered the names and tags, and sees the renamed article's CMS slug as taken.
  await masthead.newArticle();
  await masthead.headline.fill('Tram depot to close');
  await masthead.expectSaved();
  const created = masthead.article('Tram depot to close');
  await expect(created).toHaveCount(1);
  await expect(rows.first()).toHaveAttribute('aria-setsize', String(ARTICLES + 1));
  const fresh = masthead.region('Byline');
  await fresh.getByRole('button', { name: 'Add contributor', exact: true }).click();
  const names = await fresh.getByLabel('Contributor name').getAttribute('list');
  await expect(page.locator(`datalist[id="${names}"] option[value="Zainab Tramway"]`)).toHaveCount(1);
  const details = masthead.region('Publish details');
  const tags = await details.getByLabel('Tags', { exact: true }).getAttribute('list');
  await expect(page.locator(`datalist[id="${tags}"] option[value="tramspec"]`)).toHaveCount(1);
  // The check compares CMS slugs: the renamed article's folder name is free, its CMS slug is not.
  const cmsSlug = details.getByLabel('CMS slug');
  const slugWarning = masthead.region('Ready to publish').getByRole('button', { name: 'CMS slug already used by another article' });
  await cmsSlug.fill('tram-line-renamed');
  await cmsSlug.blur();
  await expect(masthead.region('Ready to publish').getByText('CMS slug unique in the library')).toBeVisible();
  await expect(slugWarning).toHaveCount(0);
  await cmsSlug.fill(tramCmsSlug);
  await cmsSlug.blur();
  await expect(slugWarning).toBeVisible();

  // Delete: the row goes; restore from the Trash: it comes back.
  await masthead.button('Delete article').click();
  await expect(created).toHaveCount(0);
  await expect(rows.first()).toHaveAttribute('aria-setsize', String(ARTICLES));
  await masthead.button('Trash').click();
  const trash = page.getByRole('dialog', { name: 'Trash' });
  await trash.getByRole('listitem', { name: 'Tram depot to close' }).getByRole('button', { name: 'Restore' }).click();
  await expect(trash.getByRole('listitem', { name: 'Tram depot to close' })).toHaveCount(0);
  await trash.getByRole('button', { name: 'Close', exact: true }).click();
  await expect(created).toHaveCount(1);
  await expect(rows.first()).toHaveAttribute('aria-setsize', String(ARTICLES + 1));

  expect(await wholeLists(app)).toBe(2);
});
