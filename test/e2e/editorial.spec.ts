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

/** article.json of the bundle whose headline is `headline`. */
async function articleJson(library: string, headline: string): Promise<Record<string, unknown>> {
  for (const name of await readdir(library)) {
    if (!name.endsWith('.article')) continue;
    const json = JSON.parse(await readFile(path.join(library, name, 'article.json'), 'utf8')) as Record<string, unknown>;
    if (json.headline === headline) return json;
  }
  throw new Error(`no article headlined "${headline}" in ${library}`);
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
  const { masthead, page } = first;
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
  // The slug follows the headline until it is edited by hand.
  const slug = details.getByLabel('Slug');
  await expect(slug).toHaveValue('cairo-metro-opens-its-fourth-line');
  await slug.fill('Metro Line 4');
  await slug.blur();
  await expect(slug).toHaveValue('metro-line-4');
  await expect(details.getByRole('button', { name: 'Follow headline' })).toBeVisible();
  await details.getByLabel('Time zone').selectOption('Africa/Cairo');
  await details.getByLabel('Publish time').fill('2025-04-15T08:18');
  await expect(details.getByText('15 Apr 2025, 08:18 (Africa/Cairo)')).toBeVisible();
  await details.getByLabel('Embargo until').fill('2025-07-01T06:00');
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
    slug: 'metro-line-4',
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
  await expect(detailsAgain.getByLabel('Slug')).toHaveValue('metro-line-4');
  await expect(detailsAgain.getByLabel('Time zone')).toHaveValue('Africa/Cairo');
  await expect(detailsAgain.getByLabel('Publish time')).toHaveValue('2025-04-15T08:18');
  await expect(detailsAgain.getByLabel('Embargo until')).toHaveValue('2025-07-01T06:00');
  await expect(detailsAgain.getByLabel('Status')).toHaveValue('edited');
  await expect(detailsAgain.getByLabel('Priority')).toHaveValue('urgent');
  await expect(detailsAgain.getByLabel('Language')).toHaveValue('en');
  await expect(detailsAgain.getByLabel('SEO title')).toHaveValue('Cairo metro line 4 opens');
  await expect(detailsAgain.getByLabel('Meta description')).toHaveValue('Cairo’s fourth metro line opens with trains every four minutes.');
  // The dek and dateline are previewed under the headline as the site prints them.
  await expect(second.page.getByRole('group', { name: 'Article details' })).toContainText('Trains every four minutes at peak hours');

  // "Follow headline" hands the slug back to the headline.
  await detailsAgain.getByRole('button', { name: 'Follow headline' }).click();
  await expect(detailsAgain.getByLabel('Slug')).toHaveValue('cairo-metro-opens-its-fourth-line');
  await again.expectSaved();
  expect((await articleJson(library, HEADLINE)).slug).toBeNull();

  // Names used before are offered in a new article.
  await again.newArticle();
  const fresh = again.region('Byline');
  await fresh.getByRole('button', { name: 'Add contributor', exact: true }).click();
  const list = await fresh.getByLabel('Contributor name').getAttribute('list');
  await expect(second.page.locator(`datalist[id="${list}"] option[value="Nada Mustafa"]`)).toHaveCount(1);
});

test('an Arabic article keeps right-to-left, and an English paragraph in it left-to-right, after a reload', async ({ startApp, library }) => {
  const first = await startApp();
  const { masthead, page } = first;
  await masthead.newArticle();
  const headline = 'الكرملين يؤكد استعداده لتطبيع العلاقات مع جورجيا';
  await masthead.headline.fill(headline);
  const details = masthead.region('Publish details');
  await details.getByLabel('Language').selectOption({ label: 'Arabic' });
  const manuscript = page.getByRole('main').getByRole('article');
  await expect(manuscript).toHaveAttribute('dir', 'rtl');
  await expect(masthead.headline).toHaveAttribute('dir', 'rtl');
  await masthead.body.click();
  await page.keyboard.type('قال المتحدث باسم الكرملين إن روسيا منفتحة على تطبيع العلاقات.');
  await page.keyboard.press('Enter');
  await page.keyboard.type('There is no concrete timeframe, Peskov said.');
  await expect(masthead.region('Byline').getByText('Nobody is credited', { exact: false })).toBeVisible();
  await masthead.expectSaved();
  expect((await articleJson(library, headline)).language).toBe('ar');
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
  const arabic = body.getByText('قال المتحدث باسم الكرملين', { exact: false });
  const english = body.getByText('There is no concrete timeframe', { exact: false });
  await expect(english).toBeVisible();
  expect(await hasDirection(arabic, 'rtl')).toBe(true);
  expect(await hasDirection(english, 'ltr')).toBe(true);
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

  // The same headline as the sample gives the same slug: not unique in the library.
  await masthead.headline.fill(SAMPLE_HEADLINE);
  await expect(checklist.getByRole('button', { name: 'Slug already used by another article' })).toBeVisible();
  await checklist.getByRole('button', { name: 'Slug already used by another article' }).click();
  const slug = masthead.region('Publish details').getByLabel('Slug');
  await expect(slug).toBeFocused();
  await slug.fill('kremlin-georgia-ties-explainer');
  await slug.blur();

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
