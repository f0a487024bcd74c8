import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Locator } from '@playwright/test';
import { expect, test } from './fixtures.js';
import type { MastheadPage } from './pages/masthead-page.js';

/**
 * The editorial panels: byline, publish details, the "Ready to publish" checklist, article
 * language and direction, and the Arabic UI. Photos belong to the body editor's specs; nothing
 * here depends on them.
 */

const SAMPLE_HEADLINE = 'Kremlin Reaffirms Readiness to Normalize Ties with Georgia';
const HEADLINE = 'Cairo metro opens its fourth line';

/** The bundle folder name of the article whose headline is `headline`. */
async function bundleOf(library: string, headline: string): Promise<string> {
  for (const name of await readdir(library)) {
    if (!name.endsWith('.article')) continue;
    const json = JSON.parse(await readFile(path.join(library, name, 'article.json'), 'utf8')) as Record<string, unknown>;
    if (json.headline === headline) return name;
  }
  throw new Error(`no article headlined "${headline}" in ${library}`);
}

/** article.json of the bundle whose headline is `headline`. */
async function articleJson(library: string, headline: string): Promise<Record<string, unknown>> {
  const bundle = await bundleOf(library, headline);
  return JSON.parse(await readFile(path.join(library, bundle, 'article.json'), 'utf8')) as Record<string, unknown>;
}

/** Whether an element's resolved direction (dir="auto" included) is `dir`. */
function hasDirection(locator: Locator, dir: 'ltr' | 'rtl'): Promise<boolean> {
  return locator.evaluate((el, d) => (el as unknown as { matches(selector: string): boolean }).matches(`:dir(${d})`), dir);
}

/**
 * The window with the panel column scrolled to its top, then the whole column in a window tall
 * enough to show every panel at once (written to /tmp and test-results/screenshots).
 */
async function screenshots(masthead: MastheadPage, name: string): Promise<void> {
  const { page } = masthead;
  const panels = page.getByRole('complementary', { name: /Article panels|لوحات المقال/ });
  await panels.evaluate((el) => {
    (el as unknown as { scrollTop: number }).scrollTop = 0;
  });
  await page.screenshot({ path: `/tmp/masthead-editor-${name}.png` });
  await masthead.screenshot(`editor-panels-${name}`);
  const size = page.viewportSize()!;
  await page.setViewportSize({ width: size.width, height: 2700 });
  await page.screenshot({ path: `/tmp/masthead-editor-${name}-tall.png` });
  await page.setViewportSize(size);
}

/** Adds a section through Settings › Sections, as a desk editor would. */
async function addSection(masthead: MastheadPage, name: string): Promise<void> {
  const settings = await masthead.openSettings();
  await settings.getByRole('textbox', { name: 'New section' }).fill(name);
  await settings.getByRole('button', { name: 'Add section', exact: true }).click();
  await expect(settings.getByRole('listitem').filter({ hasText: name })).toBeVisible();
  await settings.getByRole('button', { name: 'Close', exact: true }).click();
  await expect(settings).toBeHidden();
}

async function addContributor(byline: Locator, index: number, name: string, role: string, affiliation = ''): Promise<void> {
  await byline.getByRole('button', { name: 'Add contributor', exact: true }).click();
  const nameField = byline.getByLabel('Contributor name').nth(index);
  await expect(nameField).toBeFocused();
  await nameField.fill(name);
  await byline.getByLabel('Contributor role').nth(index).selectOption(role);
  if (affiliation) await byline.getByLabel('Affiliation').nth(index).fill(affiliation);
}

test('byline and every publish detail are saved, survive a restart and are in article.json', async ({ startApp, library }) => {
  const first = await startApp();
  const { masthead } = first;
  await addSection(masthead, 'Transport');
  await masthead.newArticle();
  await masthead.headline.fill(HEADLINE);

  const byline = masthead.region('Byline');
  await addContributor(byline, 0, 'Nada Mustafa', 'reporter', 'Reuters');
  await addContributor(byline, 1, 'Omar Hassan', 'writer');
  await addContributor(byline, 2, 'Ahmed Photo', 'photographer');
  await expect(byline.getByText('By Nada Mustafa (Reuters) and Omar Hassan', { exact: true })).toBeVisible();
  // Reorder: Omar first. Focus stays on the moved row's button.
  await byline.getByRole('button', { name: 'Move up Omar Hassan' }).click();
  await expect(byline.getByLabel('Contributor name').nth(0)).toHaveValue('Omar Hassan');
  await expect(byline.getByLabel('Contributor name').nth(1)).toHaveValue('Nada Mustafa');
  await expect(byline.getByRole('button', { name: 'Move down Omar Hassan' })).toBeFocused();
  // Photographers are credited on their photos, not in the byline.
  await expect(byline.getByText('By Omar Hassan and Nada Mustafa (Reuters)', { exact: true })).toBeVisible();
  await byline.getByRole('button', { name: 'Remove contributor Ahmed Photo' }).click();
  await expect(byline.getByLabel('Contributor name')).toHaveCount(2);
  await byline.getByRole('button', { name: 'Add source', exact: true }).click();
  await expect(byline.getByLabel('Source', { exact: true })).toBeFocused();
  await byline.getByLabel('Source', { exact: true }).fill('AFP');

  const details = masthead.region('Publish details');
  await details.getByLabel('Dek').fill('Trains every four minutes at peak hours');
  await details.getByLabel('Excerpt').fill('The new line links Heliopolis with the centre.');
  await expect(details.getByText('46 / 200 · 154 left')).toBeVisible();
  await details.getByLabel('Dateline').fill('CAIRO');
  await details.getByLabel('Section').selectOption('Transport');
  const tags = details.getByLabel('Tags');
  await tags.fill('Metro');
  await tags.press('Enter');
  await tags.fill('Cairo');
  await tags.press(',');
  await tags.fill('Typo');
  await tags.press('Enter');
  await details.getByRole('button', { name: 'Remove tag Typo' }).click();
  await expect(details.getByRole('button', { name: /^Remove tag/ })).toHaveCount(2);
  // The CMS slug follows the headline until it is edited by hand.
  const cmsSlug = details.getByLabel('CMS slug');
  await expect(cmsSlug).toHaveValue('cairo-metro-opens-its-fourth-line');
  await cmsSlug.fill('Metro Line 4');
  await cmsSlug.blur();
  await expect(cmsSlug).toHaveValue('metro-line-4');
  await expect(details.getByRole('button', { name: 'Follow headline' })).toBeVisible();
  await details.getByRole('combobox', { name: 'Time zone' }).fill('Cairo');
  await details.getByRole('option', { name: /Africa\/Cairo/ }).click();
  const publishTime = details.getByRole('textbox', { name: 'Publish time' });
  await publishTime.fill('2025-04-15T08:18');
  await publishTime.press('Enter');
  await expect(publishTime).toHaveValue('15 Apr 2025, 08:18');
  await expect(details.getByText('In Africa/Cairo (GMT+2)')).toBeVisible();
  const embargo = details.getByRole('textbox', { name: 'Embargo until' });
  await embargo.fill('1/7/2025 06:00');
  await embargo.press('Enter');
  await details.getByLabel('Status').selectOption({ label: 'Edited' });
  await details.getByLabel('Priority').selectOption({ label: 'Urgent' });
  await details.getByLabel('Language').selectOption({ label: 'English' });
  await details.getByLabel('SEO title').fill('Cairo metro line 4 opens');
  await details.getByLabel('Meta description').fill('Cairo’s fourth metro line opens with trains every four minutes.');
  await expect(details.getByText('24 / 60 · 36 left')).toBeVisible();
  await masthead.expectSaved();

  const saved = await articleJson(library, HEADLINE);
  expect(saved).toMatchObject({
    headline: HEADLINE,
    byline: [
      { name: 'Omar Hassan', role: 'writer', affiliation: '' },
      { name: 'Nada Mustafa', role: 'reporter', affiliation: 'Reuters' },
    ],
    sources: ['AFP'],
    dek: 'Trains every four minutes at peak hours',
    excerpt: 'The new line links Heliopolis with the centre.',
    dateline: 'CAIRO',
    section: 'Transport',
    tags: ['Metro', 'Cairo'],
    cmsSlug: 'metro-line-4',
    // April in Cairo is before Egypt's summer time starts (last Friday of April); July is in it.
    publishAt: '2025-04-15T08:18:00+02:00',
    timeZone: 'Africa/Cairo',
    embargoUntil: '2025-07-01T06:00:00+03:00',
    status: 'edited',
    priority: 'urgent',
    language: 'en',
    seoTitle: 'Cairo metro line 4 opens',
    metaDescription: 'Cairo’s fourth metro line opens with trains every four minutes.',
  });
  await first.stop();

  const second = await startApp(library);
  await second.masthead.open(HEADLINE);
  const again = second.masthead;
  const bylineAgain = again.region('Byline');
  await expect(bylineAgain.getByLabel('Contributor name').nth(0)).toHaveValue('Omar Hassan');
  await expect(bylineAgain.getByLabel('Contributor role').nth(0)).toHaveValue('writer');
  await expect(bylineAgain.getByLabel('Contributor name').nth(1)).toHaveValue('Nada Mustafa');
  await expect(bylineAgain.getByLabel('Contributor role').nth(1)).toHaveValue('reporter');
  await expect(bylineAgain.getByLabel('Affiliation').nth(1)).toHaveValue('Reuters');
  await expect(bylineAgain.getByLabel('Source', { exact: true })).toHaveValue('AFP');
  await expect(bylineAgain.getByText('By Omar Hassan and Nada Mustafa (Reuters)', { exact: true })).toBeVisible();
  const detailsAgain = again.region('Publish details');
  await expect(detailsAgain.getByLabel('Dek')).toHaveValue('Trains every four minutes at peak hours');
  await expect(detailsAgain.getByLabel('Excerpt')).toHaveValue('The new line links Heliopolis with the centre.');
  await expect(detailsAgain.getByLabel('Dateline')).toHaveValue('CAIRO');
  await expect(detailsAgain.getByLabel('Section')).toHaveValue('Transport');
  await expect(detailsAgain.getByRole('button', { name: /^Remove tag/ })).toHaveCount(2);
  await expect(detailsAgain.getByRole('listitem').filter({ hasText: 'Metro' })).toBeVisible();
  await expect(detailsAgain.getByRole('listitem').filter({ hasText: 'Cairo' })).toBeVisible();
  await expect(detailsAgain.getByLabel('CMS slug')).toHaveValue('metro-line-4');
  await expect(detailsAgain.getByRole('combobox', { name: 'Time zone' })).toHaveValue('Africa/Cairo');
  await expect(detailsAgain.getByRole('textbox', { name: 'Publish time' })).toHaveValue('15 Apr 2025, 08:18');
  await expect(detailsAgain.getByRole('textbox', { name: 'Embargo until' })).toHaveValue('1 Jul 2025, 06:00');
  await expect(detailsAgain.getByLabel('Status')).toHaveValue('edited');
  await expect(detailsAgain.getByLabel('Priority')).toHaveValue('urgent');
  await expect(detailsAgain.getByLabel('Language')).toHaveValue('en');
  await expect(detailsAgain.getByLabel('SEO title')).toHaveValue('Cairo metro line 4 opens');
  await expect(detailsAgain.getByLabel('Meta description')).toHaveValue('Cairo’s fourth metro line opens with trains every four minutes.');
  // The dek and dateline are previewed under the headline as the site prints them.
  await expect(second.page.getByRole('group', { name: 'Article details' })).toContainText('Trains every four minutes at peak hours');

  // "Follow headline" hands the CMS slug back to the headline.
  await detailsAgain.getByRole('button', { name: 'Follow headline' }).click();
  await expect(detailsAgain.getByLabel('CMS slug')).toHaveValue('cairo-metro-opens-its-fourth-line');
  await again.expectSaved();
  expect((await articleJson(library, HEADLINE)).cmsSlug).toBeNull();

  // Names used before are offered in a new article.
  await again.newArticle();
  const fresh = again.region('Byline');
  await fresh.getByRole('button', { name: 'Add contributor', exact: true }).click();
  const list = await fresh.getByLabel('Contributor name').getAttribute('list');
  await expect(second.page.locator(`datalist[id="${list}"] option[value="Nada Mustafa"]`)).toHaveCount(1);
});

/** The body's top-level blocks in article.json. */
async function blocksOnDisk(library: string, headline: string): Promise<Array<Record<string, unknown>>> {
  const body = (await articleJson(library, headline)).body as { root: { children: Array<Record<string, unknown>> } };
  return body.root.children;
}

const textOfBlock = (block: Record<string, unknown>): string =>
  ((block.children as Array<{ text?: string }> | undefined) ?? []).map((child) => child.text ?? '').join('');

/**
 * The blocks on disk as [type, text], each checked to keep `direction` as its text needs it:
 * Lexical 0.52 writes `null` for a block whose direction comes from its own text (rendered as
 * dir="auto"), or the explicit direction when one was set.
 */
function expectBlocks(blocks: Array<Record<string, unknown>>, expected: Array<[string, string, 'ltr' | 'rtl']>): void {
  expect(blocks.map((b) => [b.type, textOfBlock(b)])).toEqual(expected.map(([type, text]) => [type, text]));
  blocks.forEach((block, i) => expect([null, expected[i]![2]], `${String(block.type)} ${i}`).toContain(block.direction ?? null));
}

test('an Arabic article keeps right-to-left, and an English quote block in it left-to-right, after a restart', async ({ startApp, library }) => {
  const first = await startApp();
  const { masthead, page } = first;
  await masthead.newArticle();
  const headline = 'الكرملين يؤكد استعداده لتطبيع العلاقات مع جورجيا';
  const arabicText = 'قال المتحدث باسم الكرملين إن روسيا منفتحة على تطبيع العلاقات.';
  const englishQuote = 'There is no concrete timeframe, Peskov said.';
  await masthead.headline.fill(headline);
  const details = masthead.region('Publish details');
  await details.getByLabel('Language').selectOption({ label: 'Arabic' });
  const manuscript = page.getByRole('main').getByRole('article');
  await expect(manuscript).toHaveAttribute('dir', 'rtl');
  await expect(masthead.headline).toHaveAttribute('dir', 'rtl');
  await masthead.body.click();
  await page.keyboard.type(arabicText);
  await page.keyboard.press('Enter');
  // "> " starts a quote block, as in a word processor.
  await page.keyboard.type('> ');
  await page.keyboard.type(englishQuote);
  await expect(masthead.body.locator('blockquote')).toHaveText(englishQuote);
  await expect(masthead.region('Byline').getByText('Nobody is credited', { exact: false })).toBeVisible();
  await masthead.expectSaved();
  const saved = await articleJson(library, headline);
  expect(saved.language).toBe('ar');
  expectBlocks(await blocksOnDisk(library, headline), [
    ['paragraph', arabicText, 'rtl'],
    ['quote', englishQuote, 'ltr'],
  ]);
  await first.stop();

  const second = await startApp(library);
  await second.masthead.open(headline);
  const reloaded = second.page.getByRole('main').getByRole('article');
  await expect(reloaded).toHaveAttribute('dir', 'rtl');
  await expect(reloaded).toHaveAttribute('lang', 'ar');
  await expect(second.masthead.region('Publish details').getByLabel('Language')).toHaveValue('ar');
  await expect(second.masthead.region('Publish details').getByLabel('Dek')).toHaveAttribute('dir', 'rtl');
  const body = second.masthead.body;
  expect(await hasDirection(body, 'rtl')).toBe(true);
  const arabic = body.locator('p').filter({ hasText: 'قال المتحدث باسم الكرملين' });
  const quote = body.locator('blockquote');
  await expect(quote).toHaveText(englishQuote);
  expect(await hasDirection(arabic, 'rtl')).toBe(true);
  expect(await hasDirection(quote, 'ltr')).toBe(true);
  // The reloaded quote is still a quote block whose direction comes from its own text.
  await expect(quote).toHaveAttribute('dir', /^(auto|ltr)$/);
  expectBlocks(await blocksOnDisk(library, headline), [
    ['paragraph', arabicText, 'rtl'],
    ['quote', englishQuote, 'ltr'],
  ]);
});

test('an English article keeps left-to-right, and an Arabic quote block in it right-to-left, after a restart', async ({ startApp, library }) => {
  const first = await startApp();
  const { masthead, page } = first;
  await masthead.newArticle();
  const headline = 'Kremlin says ties with Georgia can be restored';
  const englishText = 'Kremlin spokesman Dmitry Peskov spoke to reporters on Monday.';
  const arabicQuote = 'لا يوجد إطار زمني محدد لذلك.';
  await masthead.headline.fill(headline);
  await masthead.region('Publish details').getByLabel('Language').selectOption({ label: 'English' });
  const manuscript = page.getByRole('main').getByRole('article');
  await expect(manuscript).toHaveAttribute('dir', 'ltr');
  await masthead.body.click();
  await page.keyboard.type(englishText);
  await page.keyboard.press('Enter');
  // This time the toolbar's Quote button makes the block a quote.
  await masthead.tool('Quote').click();
  await page.keyboard.type(arabicQuote);
  await expect(masthead.body.locator('blockquote')).toHaveText(arabicQuote);
  await masthead.expectSaved();
  const saved = await articleJson(library, headline);
  expect(saved.language).toBe('en');
  expectBlocks(await blocksOnDisk(library, headline), [
    ['paragraph', englishText, 'ltr'],
    ['quote', arabicQuote, 'rtl'],
  ]);
  await first.stop();

  const second = await startApp(library);
  await second.masthead.open(headline);
  const reloaded = second.page.getByRole('main').getByRole('article');
  await expect(reloaded).toHaveAttribute('dir', 'ltr');
  await expect(reloaded).toHaveAttribute('lang', 'en');
  const body = second.masthead.body;
  expect(await hasDirection(body, 'ltr')).toBe(true);
  const english = body.locator('p').filter({ hasText: 'Kremlin spokesman Dmitry Peskov' });
  const quote = body.locator('blockquote');
  await expect(quote).toHaveText(arabicQuote);
  expect(await hasDirection(english, 'ltr')).toBe(true);
  expect(await hasDirection(quote, 'rtl')).toBe(true);
  await expect(quote).toHaveAttribute('dir', /^(auto|rtl)$/);
  expectBlocks(await blocksOnDisk(library, headline), [
    ['paragraph', englishText, 'ltr'],
    ['quote', arabicQuote, 'rtl'],
  ]);
});

const LEAD_PHOTO = path.resolve(import.meta.dirname, '../fixtures/images/photo-640x400.jpg');

test('a lead photo outside the body is chosen in the Lead photo panel, saved in article.json and passes the checklist', async ({
  startApp,
  library,
}) => {
  const first = await startApp();
  const { masthead } = first;
  await masthead.open(SAMPLE_HEADLINE);
  const lead = masthead.region('Lead photo');
  const checklist = masthead.region('Ready to publish');
  // The sample has a lead photo caption but no file yet.
  await expect(lead.getByLabel('Lead photo caption')).toHaveValue('The Russian Kremlin headquarters');
  await expect(lead.getByRole('img')).toHaveCount(0);
  await lead.screenshot({ path: '/tmp/masthead-lead-photo-nofile-en.png' });
  await expect(checklist.getByRole('button', { name: 'Lead photo missing' })).toBeVisible();
  await checklist.getByRole('button', { name: 'Lead photo missing' }).click();
  await expect(lead.getByRole('button', { name: 'Choose lead photo', exact: true })).toBeFocused();

  await masthead.chooseLeadPhoto(LEAD_PHOTO);
  const img = lead.getByRole('img');
  await expect(img).toBeVisible();
  await expect.poll(() => img.evaluate((el) => (el as unknown as { naturalWidth: number }).naturalWidth)).toBe(640);
  await expect(lead.getByRole('button', { name: 'Replace lead photo', exact: true })).toBeVisible();
  await lead.getByLabel('Lead photo credit').fill('Reuters');
  await lead.getByLabel('Lead photo alt text').fill('The red walls and towers of the Kremlin');
  await expect(img).toHaveAttribute('alt', 'The red walls and towers of the Kremlin');
  await expect(checklist.getByText('Lead photo chosen')).toBeVisible();
  await expect(checklist.getByRole('button', { name: /lead photo/i })).toHaveCount(0);
  await masthead.expectSaved();

  const saved = (await articleJson(library, SAMPLE_HEADLINE)).leadPhoto as { file: string; caption: string; credit: string; altText: string };
  expect(saved).toMatchObject({
    caption: 'The Russian Kremlin headquarters',
    credit: 'Reuters',
    altText: 'The red walls and towers of the Kremlin',
  });
  expect(saved.file).toMatch(/^[a-f0-9]{16,64}\.jpg$/);
  expect(await readdir(path.join(library, await bundleOf(library, SAMPLE_HEADLINE), 'media'))).toContain(saved.file);
  await first.stop();

  const second = await startApp(library);
  await second.masthead.open(SAMPLE_HEADLINE);
  const again = second.masthead.region('Lead photo');
  await expect(again.getByLabel('Lead photo caption')).toHaveValue('The Russian Kremlin headquarters');
  await expect(again.getByLabel('Lead photo credit')).toHaveValue('Reuters');
  await expect(again.getByLabel('Lead photo alt text')).toHaveValue('The red walls and towers of the Kremlin');
  const imgAgain = again.getByRole('img', { name: 'The red walls and towers of the Kremlin' });
  await expect.poll(() => imgAgain.evaluate((el) => (el as unknown as { naturalWidth: number }).naturalWidth)).toBe(640);
  await expect(second.masthead.region('Ready to publish').getByText('Lead photo chosen')).toBeVisible();
  expect(((await articleJson(library, SAMPLE_HEADLINE)).leadPhoto as { file: string }).file).toBe(saved.file);
  await again.screenshot({ path: '/tmp/masthead-lead-photo-en.png' });

  // A body photo marked as lead wins; the article-level one is kept, marked as not used.
  const { masthead: m2, page } = second;
  await m2.body.click();
  await page.keyboard.press('Control+End');
  await m2.insertPhoto(LEAD_PHOTO);
  const bodyPhoto = m2.photos().first();
  await bodyPhoto.getByRole('textbox', { name: 'Caption' }).fill('Peskov speaking to reporters in Moscow');
  await bodyPhoto.getByRole('button', { name: 'Set as lead photo' }).click();
  await expect(again).toContainText('The lead photo is a photo in the article:Peskov speaking to reporters in Moscow');
  await expect(again).toContainText('Another photo is set as lead in the article; this one is not used.');
  await expect(again.getByRole('button', { name: 'Choose lead photo' })).toHaveCount(0);
  await expect(again.getByRole('button', { name: 'Replace lead photo' })).toHaveCount(0);
  await expect(again.getByLabel('Lead photo caption')).toHaveCount(0);
  await expect(again.getByRole('button', { name: 'Remove lead photo', exact: true })).toBeVisible();
  await again.getByRole('button', { name: 'Show lead photo', exact: true }).click();
  await expect(bodyPhoto.getByRole('textbox', { name: 'Caption' })).toBeFocused();
  await m2.expectSaved();
  expect(((await articleJson(library, SAMPLE_HEADLINE)).leadPhoto as { file: string }).file).toBe(saved.file);
  await again.screenshot({ path: '/tmp/masthead-lead-photo-body-en.png' });

  const settings = await m2.openSettings();
  await settings.getByLabel('Language').selectOption('ar');
  await page.keyboard.press('Escape');
  const arabic = page.getByRole('region', { name: 'الصورة الرئيسية', exact: true });
  await expect(arabic.getByRole('button', { name: 'عرض الصورة الرئيسية' })).toBeVisible();
  await arabic.screenshot({ path: '/tmp/masthead-lead-photo-body-ar.png' });
  // Unmarking the body photo makes the article-level one the lead again, with everything kept.
  await page.getByRole('main').getByRole('figure', { name: 'صورة' }).getByRole('button', { name: 'تعيين كصورة رئيسية' }).click();
  await expect(arabic.getByLabel('تعليق الصورة الرئيسية')).toHaveValue('The Russian Kremlin headquarters');
  await expect(arabic.getByRole('button', { name: 'استبدال الصورة الرئيسية' })).toBeVisible();
  await arabic.screenshot({ path: '/tmp/masthead-lead-photo-ar.png' });
});

test('the checklist shows what is missing and each failure goes to its field', async ({ startApp }) => {
  const { masthead, page } = await startApp();
  await expect(masthead.article(SAMPLE_HEADLINE)).toBeVisible();
  await masthead.newArticle();
  const checklist = masthead.region('Ready to publish');
  await expect(masthead.checklistFailures()).toHaveText(['Headline missing', 'Byline missing', 'Section missing', 'Lead photo missing']);

  await checklist.getByRole('button', { name: 'Section missing' }).click();
  await expect(masthead.region('Publish details').getByLabel('Section')).toBeFocused();
  await checklist.getByRole('button', { name: 'Headline missing' }).click();
  await expect(masthead.headline).toBeFocused();

  // The same headline as the sample gives the same CMS slug: not unique in the library.
  await masthead.headline.fill(SAMPLE_HEADLINE);
  await expect(checklist.getByRole('button', { name: 'CMS slug already used by another article' })).toBeVisible();
  await checklist.getByRole('button', { name: 'CMS slug already used by another article' }).click();
  const cmsSlug = masthead.region('Publish details').getByLabel('CMS slug');
  await expect(cmsSlug).toBeFocused();
  await cmsSlug.fill('kremlin-georgia-ties-explainer');
  await cmsSlug.blur();
  await expect(checklist.getByRole('button', { name: 'CMS slug already used by another article' })).toHaveCount(0);

  await checklist.getByRole('button', { name: 'Byline missing' }).click();
  await expect(masthead.region('Byline').getByRole('button', { name: 'Add contributor', exact: true })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(masthead.region('Byline').getByLabel('Contributor name')).toBeFocused();
  await page.keyboard.type('Nada Mustafa');

  await masthead.region('Publish details').getByLabel('Section').selectOption('News');
  await expect(masthead.checklistFailures()).toHaveText(['Lead photo missing']);
  await expect(checklist.getByText('7 of 8 done')).toBeVisible();
  await masthead.expectSaved();
});

test('the status bar counts the headline and the body a moment after typing stops', async ({ startApp }) => {
  const { masthead, page } = await startApp();
  await expect(masthead.article(SAMPLE_HEADLINE)).toBeVisible();
  await masthead.newArticle();
  const counts = page.getByRole('contentinfo');
  await masthead.headline.fill('Talks resume');
  await expect(counts).toContainText('2 words · 12 characters');
  await masthead.body.click();
  await page.keyboard.type('Ministers met at the border');
  await expect(counts).toContainText('7 words · 39 characters');
  await expect(counts).toContainText('1 min read');
  await masthead.expectSaved();
});

test('switching the UI to Arabic mirrors the window and translates the panels', async ({ startApp }) => {
  const { masthead, page } = await startApp();
  await masthead.open(SAMPLE_HEADLINE);
  const byline = masthead.region('Byline');
  await byline.getByLabel('Affiliation').first().fill('Reuters');
  await byline.getByRole('button', { name: 'Add source', exact: true }).click();
  await byline.getByLabel('Source', { exact: true }).fill('TASS');
  const details = masthead.region('Publish details');
  await details.getByLabel('Dek').fill('Moscow says there is no timetable for restoring relations with Tbilisi');
  await details.getByLabel('Excerpt').fill('Kremlin spokesman Dmitry Peskov said Russia remains open to normalizing relations with Georgia.');
  await details.getByLabel('Dateline').fill('MOSCOW');
  await details.getByLabel('Section').selectOption('Politics');
  await details.getByLabel('Tags').fill('Russia, Georgia, Kremlin,');
  await details.getByLabel('SEO title').fill('Kremlin ready to normalize ties with Georgia, Peskov says');
  await details.getByLabel('Meta description').fill('Russia remains open to normalizing relations with Georgia, though there is no set timeline, Kremlin spokesman Dmitry Peskov said on Monday.');
  await masthead.expectSaved();
  await screenshots(masthead, 'en');

  const settings = await masthead.openSettings();
  await settings.getByLabel('Language').selectOption('ar');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
  await page.keyboard.press('Escape');
  await expect(settings).toBeHidden();

  await expect(page.getByRole('region', { name: 'التوقيع' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'بيانات النشر' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'جاهز للنشر' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Byline' })).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'بيانات النشر' }).getByLabel('القسم')).toHaveValue('Politics');
  // The article is English: its text keeps its direction and its byline stays English.
  await expect(page.getByRole('main').getByRole('article')).toHaveAttribute('dir', 'ltr');
  await expect(page.getByRole('region', { name: 'التوقيع' }).getByText('By Nada Mustafa (Reuters)', { exact: true })).toBeVisible();
  await screenshots(masthead, 'ar');
});
