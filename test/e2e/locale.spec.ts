import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { test, expect } from './fixtures.js';

const SAMPLE_HEADLINE = 'Kremlin Reaffirms Readiness to Normalize Ties with Georgia';

/** The saved article.json whose headline is `headline`, as the library folder has it now. */
async function savedArticle(library: string, headline: string): Promise<{ publishAt: string | null; timeZone: string } | null> {
  for (const name of await readdir(library)) {
    if (!name.endsWith('.article')) continue;
    try {
      const json = JSON.parse(await readFile(path.join(library, name, 'article.json'), 'utf8')) as { headline: string; publishAt: string | null; timeZone: string };
      if (json.headline === headline) return json;
    } catch {
      // Being written: read again on the next poll.
    }
  }
  return null;
}

test('the status bar counts words as Word does and gives both character counts in its tooltip, in either language', async ({ startApp }) => {
  const { masthead, page } = await startApp();
  await masthead.newArticle();
  await masthead.headline.fill('Budget vote');
  await masthead.body.click();
  await page.keyboard.type('40,000 3.5 e-mail U.S. https://example.com/a/b x@y.org');

  const statusBar = page.getByRole('contentinfo');
  await expect(statusBar).toContainText('8 words · 65 characters');
  const counts = statusBar.getByTitle(/Characters \(no spaces\)/);
  await expect(counts).toHaveAttribute('title', 'Words: 8\nCharacters (no spaces): 59\nCharacters (with spaces): 65');
  await counts.hover();
  await page.screenshot({ path: 'test-results/screenshots/locale-status-bar-en.png' });

  const settings = await masthead.openSettings();
  await settings.getByLabel('Language').selectOption('ar');
  await page.keyboard.press('Escape');
  await expect(statusBar.getByTitle(/الأحرف/)).toHaveAttribute('title', 'الكلمات: ٨\nالأحرف (بدون مسافات): ٥٩\nالأحرف (مع المسافات): ٦٥');
  await expect(statusBar).toContainText('٨ كلمات');
});

test('the publish time is typed, picked from the calendar and shown in the interface language', async ({ startApp }) => {
  const { masthead, page } = await startApp();
  await masthead.open(SAMPLE_HEADLINE);
  const details = masthead.region('Publish details');
  const publishTime = details.getByRole('textbox', { name: 'Publish time' });

  await publishTime.fill('15/4/2025 8:18');
  await publishTime.press('Enter');
  await expect(publishTime).toHaveValue('15 Apr 2025, 08:18');

  // Something the field cannot read is said so, and Escape takes it back.
  await publishTime.fill('next Tuesday');
  await publishTime.press('Enter');
  await expect(publishTime).toHaveAttribute('aria-invalid', 'true');
  await expect(details.getByText('This is not a date the field can read.', { exact: false })).toBeVisible();
  await publishTime.press('Escape');
  await expect(publishTime).toHaveValue('15 Apr 2025, 08:18');
  await expect(publishTime).not.toHaveAttribute('aria-invalid');

  // The calendar opens on the chosen day; the keyboard moves a day and Enter picks it.
  await details.getByRole('button', { name: 'Publish time: calendar' }).click();
  const calendar = page.getByRole('dialog', { name: 'Publish time: calendar' });
  await expect(calendar.getByRole('heading', { name: 'April 2025' })).toBeVisible();
  await expect(calendar.getByRole('button', { name: 'Tuesday, 15 April 2025' })).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(calendar.getByRole('button', { name: 'Wednesday, 16 April 2025' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(calendar).toBeHidden();
  await expect(publishTime).toHaveValue('16 Apr 2025, 08:18');
  await expect(publishTime).toBeFocused();

  // Escape closes the calendar without a change and gives the focus back to its button.
  await details.getByRole('button', { name: 'Publish time: calendar' }).click();
  await page.keyboard.press('PageDown');
  await expect(calendar.getByRole('heading', { name: 'May 2025' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(calendar).toBeHidden();
  await expect(details.getByRole('button', { name: 'Publish time: calendar' })).toBeFocused();
  await expect(publishTime).toHaveValue('16 Apr 2025, 08:18');
  await details.screenshot({ path: 'test-results/screenshots/locale-publish-en.png' });

  const settings = await masthead.openSettings();
  await settings.getByLabel('Language').selectOption('ar');
  await page.keyboard.press('Escape');
  const arabic = masthead.region('بيانات النشر');
  const arabicTime = arabic.getByRole('textbox', { name: 'موعد النشر' });
  await expect(arabicTime).toHaveValue('١٦ أبريل ٢٠٢٥، ٠٨:١٨');
  // What the Arabic field shows reads back, and so do Arabic-Indic digits typed by hand.
  await arabicTime.fill('١٧ أبريل ٢٠٢٥ ٩:٣٠ م');
  await arabicTime.press('Enter');
  await expect(arabicTime).toHaveValue('١٧ أبريل ٢٠٢٥، ٢١:٣٠');
  await arabic.getByRole('button', { name: 'موعد النشر: التقويم' }).click();
  await expect(page.getByRole('dialog', { name: 'موعد النشر: التقويم' }).getByRole('heading', { name: 'أبريل ٢٠٢٥' })).toBeVisible();
  await page.keyboard.press('Escape');
  await arabic.screenshot({ path: 'test-results/screenshots/locale-publish-ar.png' });
});

test('the time-zone picker finds a zone by city, in English and Arabic, and the publish time is stored with its offset', async ({ startApp, library }) => {
  const { masthead, page } = await startApp();
  await masthead.open(SAMPLE_HEADLINE);
  const details = masthead.region('Publish details');
  const zone = details.getByRole('combobox', { name: 'Time zone' });
  const zoneList = details.getByRole('listbox', { name: 'Time zone' });
  const matches = zoneList.getByRole('option');
  const publishTime = details.getByRole('textbox', { name: 'Publish time' });

  await zone.fill('New York');
  await expect(zone).toHaveAttribute('aria-expanded', 'true');
  await expect(matches.first()).toContainText('America/New_York');
  await page.keyboard.press('Enter');
  await expect(zone).toHaveValue('America/New_York');
  await publishTime.fill('2025-04-15 08:18');
  await publishTime.press('Enter');
  await expect.poll(async () => (await savedArticle(library, SAMPLE_HEADLINE))?.publishAt).toBe('2025-04-15T08:18:00-04:00');

  // A click picks too. The clock time stays, the offset follows the zone.
  await zone.fill('Cairo');
  await expect(zoneList.getByRole('option', { selected: true })).toContainText('Africa/Cairo');
  await matches.filter({ hasText: 'Africa/Cairo' }).click();
  await expect(zone).toHaveValue('Africa/Cairo');
  await expect(publishTime).toHaveValue('15 Apr 2025, 08:18');
  await expect(details.getByText('In Africa/Cairo (GMT+2)')).toBeVisible();
  await expect.poll(async () => savedArticle(library, SAMPLE_HEADLINE)).toMatchObject({ timeZone: 'Africa/Cairo', publishAt: '2025-04-15T08:18:00+02:00' });

  // Nothing matching says so; Escape closes the list, then takes the typing back.
  await zone.fill('Atlantis');
  await expect(details.getByRole('status')).toHaveText('No time zone matches what you typed.');
  await page.keyboard.press('Escape');
  await expect(zone).toHaveAttribute('aria-expanded', 'false');
  await page.keyboard.press('Escape');
  await expect(zone).toHaveValue('Africa/Cairo');

  // Down opens the whole list on the article's zone; the arrows move through it and Enter picks.
  await page.keyboard.press('ArrowDown');
  await expect(zoneList.getByRole('option', { selected: true })).toContainText('Africa/Cairo');
  await page.keyboard.press('ArrowDown');
  await expect(zoneList.getByRole('option', { selected: true })).toContainText('Africa/Casablanca');
  await expect(zone).toHaveAttribute('aria-activedescendant', (await zoneList.getByRole('option', { selected: true }).getAttribute('id'))!);
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('Enter');
  await expect(zone).toHaveAttribute('aria-expanded', 'false');
  await expect(zone).toHaveValue('Africa/Cairo');

  const settings = await masthead.openSettings();
  await settings.getByLabel('Language').selectOption('ar');
  await page.keyboard.press('Escape');
  const arabic = masthead.region('بيانات النشر');
  const arabicZone = arabic.getByRole('combobox', { name: 'المنطقة الزمنية' });
  const arabicList = arabic.getByRole('listbox', { name: 'المنطقة الزمنية' });
  await arabicZone.fill('دبي');
  await expect(arabicList.getByRole('option').first()).toContainText('Asia/Dubai');
  await arabic.screenshot({ path: 'test-results/screenshots/locale-zone-ar.png' });
  await arabicZone.press('Escape');
  await arabicZone.fill('القاهرة');
  await expect(arabicList.getByRole('option', { selected: true })).toContainText('القاهرة');
  await arabicZone.press('Enter');
  await expect(arabicZone).toHaveValue('Africa/Cairo');
});
