import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, test } from './fixtures.js';

/**
 * Each block's direction is stored in article.json as the editor shows it (issue 14): an English
 * paragraph, quote and list item in an Arabic article are left to right on disk, not null, and a
 * photo caption's paragraphs are stored the same way. An article saved before directions were
 * stored gets them on open, without becoming an unsaved change.
 */
const PHOTO = path.resolve(import.meta.dirname, '../fixtures/images/cairo-skyline.png');

type Block = { type: string; direction?: string | null; children?: Block[]; text?: string; caption?: { root: Block } };

async function bundleFile(library: string, headline: string): Promise<string | null> {
  for (const name of await readdir(library)) {
    if (!name.endsWith('.article')) continue;
    const file = path.join(library, name, 'article.json');
    try {
      if ((JSON.parse(await readFile(file, 'utf8')) as { headline: string }).headline === headline) return file;
    } catch {
      // Being written: read again on the next poll.
    }
  }
  return null;
}

const textOf = (block: Block): string => (block.children ?? []).map((child) => child.text ?? textOf(child)).join('');

/** [type, text, direction] of every block on disk, list items and caption paragraphs included. */
function blocks(root: Block): Array<[string, string, string | null]> {
  const out: Array<[string, string, string | null]> = [];
  const visit = (block: Block): void => {
    if (block.type === 'text' || block.type === 'link') return;
    if (block.type === 'photo') {
      for (const paragraph of block.caption!.root.children ?? []) out.push(['caption', textOf(paragraph), paragraph.direction ?? null]);
      return;
    }
    out.push([block.type, textOf(block), block.direction ?? null]);
    if (block.type === 'list') for (const item of block.children ?? []) visit(item);
  };
  for (const block of root.children ?? []) visit(block);
  return out;
}

const ARABIC = 'قال المتحدث باسم الكرملين إن روسيا منفتحة على تطبيع العلاقات.';
const ENGLISH = 'Peskov spoke to reporters on Monday.';
const QUOTE = 'There is no concrete timeframe.';
const ITEM = 'Talks resume in Geneva';
const CAPTION = 'أبراج القاهرة عند الغروب';

test('an Arabic article stores the direction of each paragraph, quote, list, list item and caption paragraph', async ({ startApp, library }) => {
  const first = await startApp();
  const { masthead, page } = first;
  await masthead.newArticle();
  const headline = 'الكرملين يؤكد استعداده لتطبيع العلاقات';
  await masthead.headline.fill(headline);
  await masthead.region('Publish details').getByLabel('Language', { exact: true }).selectOption('ar');
  await masthead.body.click();
  await page.keyboard.type(ARABIC);
  await page.keyboard.press('Enter');
  await page.keyboard.type(ENGLISH);
  await page.keyboard.press('Enter');
  await page.keyboard.type('> ');
  await page.keyboard.type(QUOTE);
  await page.keyboard.press('Enter');
  await page.keyboard.type('- ');
  await page.keyboard.type(ITEM);
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  // A paragraph of figures only: no letters, so the article's direction.
  await page.keyboard.type('2024 — 15%');
  await masthead.insertPhoto(PHOTO);
  const caption = masthead.photos().first().getByRole('textbox', { name: 'Caption' });
  await caption.click();
  await page.keyboard.type(CAPTION);

  // The editor shows each block in its stored direction.
  await expect(masthead.body.locator('p', { hasText: ENGLISH })).toHaveAttribute('dir', 'ltr');
  await expect(masthead.body.locator('p', { hasText: ARABIC })).toHaveAttribute('dir', 'rtl');
  await expect(masthead.body.locator('blockquote')).toHaveAttribute('dir', 'ltr');
  await expect(masthead.body.locator('li', { hasText: ITEM })).toHaveAttribute('dir', 'ltr');
  await expect(caption.locator('p')).toHaveAttribute('dir', 'rtl');

  await masthead.expectSaved();
  await expect
    .poll(async () => {
      const file = await bundleFile(library, headline);
      return file ? blocks((JSON.parse(await readFile(file, 'utf8')) as { body: { root: Block } }).body.root) : null;
    })
    .toEqual([
      ['paragraph', ARABIC, 'rtl'],
      ['paragraph', ENGLISH, 'ltr'],
      ['quote', QUOTE, 'ltr'],
      ['list', ITEM, 'ltr'],
      ['listitem', ITEM, 'ltr'],
      ['paragraph', '2024 — 15%', 'rtl'],
      ['caption', CAPTION, 'rtl'],
      // The empty paragraph after the photo, where the caret can go on.
      ['paragraph', '', 'rtl'],
    ]);
  await first.stop();

  // The same article as a Masthead before this change saved it: every direction null.
  const file = (await bundleFile(library, headline))!;
  const stale = (await readFile(file, 'utf8')).replace(/"direction":"(ltr|rtl)"/g, '"direction":null');
  await writeFile(file, stale);
  const second = await startApp(library);
  await second.masthead.open(headline);
  await expect(second.masthead.body.locator('p', { hasText: ENGLISH })).toHaveAttribute('dir', 'ltr');
  await expect(second.masthead.body.locator('blockquote')).toHaveAttribute('dir', 'ltr');
  await expect(second.masthead.body.locator('p', { hasText: '2024' })).toHaveAttribute('dir', 'rtl');
  await expect(second.masthead.photos().first().getByRole('textbox', { name: 'Caption' }).locator('p')).toHaveAttribute('dir', 'rtl');
  // Storing them is not an edit: nothing asks to be saved.
  await expect(second.masthead.saveStatus).toContainText('Saved');
  await expect(second.masthead.saveStatus).not.toContainText('Unsaved');
});

test('a new article is in the interface’s language, and a headline in the other language offers the switch', async ({ startApp }) => {
  const { masthead, page } = await startApp();
  const settings = await masthead.openSettings();
  await settings.getByLabel('Language', { exact: true }).selectOption('ar');
  await page.keyboard.press('Escape');

  // The Arabic interface starts Arabic articles.
  await page.getByRole('button', { name: 'مقال جديد', exact: true }).click();
  await expect(masthead.page.getByRole('textbox', { name: 'العنوان' })).toBeFocused();
  await expect(page.getByRole('main').getByRole('article')).toHaveAttribute('dir', 'rtl');
  const arabicDetails = page.getByRole('region', { name: 'بيانات النشر', exact: true });
  await expect(arabicDetails.getByLabel('اللغة', { exact: true })).toHaveValue('ar');
  // An English headline in it: the hint, in the interface's Arabic, offers English.
  await page.getByRole('textbox', { name: 'العنوان' }).fill('Talks resume in Geneva');
  await expect(page.getByRole('status').filter({ hasText: 'هذا العنوان بالإنجليزية. هل تجعل لغة المقال الإنجليزية؟' })).toBeVisible();
  await page.getByRole('button', { name: 'التبديل إلى الإنجليزية', exact: true }).click();
  await expect(arabicDetails.getByLabel('اللغة', { exact: true })).toHaveValue('en');
  await expect(page.getByRole('main').getByRole('article')).toHaveAttribute('dir', 'ltr');

  // The English interface starts English articles; an Arabic headline offers Arabic.
  const again = await masthead.openSettings('الإعدادات');
  await again.getByLabel('اللغة', { exact: true }).selectOption('en');
  await page.keyboard.press('Escape');
  await masthead.newArticle();
  const details = masthead.region('Publish details');
  await expect(details.getByLabel('Language', { exact: true })).toHaveValue('en');
  const hint = page.getByRole('status').filter({ hasText: 'This headline is in Arabic. Switch the article to Arabic?' });
  await masthead.headline.fill('ترامب يلتقي Putin في جنيف');
  await expect(hint).toBeVisible();
  await masthead.button('Switch to Arabic').click();
  await expect(details.getByLabel('Language', { exact: true })).toHaveValue('ar');
  await expect(page.getByRole('main').getByRole('article')).toHaveAttribute('dir', 'rtl');
  await expect(hint).toHaveCount(0);
  await expect(masthead.button('Switch to Arabic')).toHaveCount(0);
  await masthead.expectSaved();
});
