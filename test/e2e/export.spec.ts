import { readFile } from 'node:fs/promises';
import type { Download, Page } from '@playwright/test';
import { XMLValidator } from 'fast-xml-parser';
import { expect, test } from './fixtures.js';
import { caretToEnd } from './pages/masthead-page.js';

const SAMPLE_HEADLINE = 'Kremlin Reaffirms Readiness to Normalize Ties with Georgia';

/** Picks a format in the open Export dialog and returns the downloaded file's name and text. */
async function exportAs(page: Page, format: string): Promise<{ name: string; text: string }> {
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('radiogroup', { name: 'Format' }).getByRole('radio', { name: format, exact: true }).check();
  const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Export', exact: true }).click()]);
  await expect(dialog).toBeHidden();
  return { name: download.suggestedFilename(), text: await readDownload(download) };
}

async function readDownload(download: Download): Promise<string> {
  const file = await download.path();
  return readFile(file, 'utf8');
}

test('the sample article exports as NITF and HTML, with pending edits saved first', async ({ startApp }) => {
  const { masthead, page } = await startApp();
  await masthead.open(SAMPLE_HEADLINE);

  // An edit not yet autosaved, with markup that must come out as text.
  await caretToEnd(masthead.body);
  await page.keyboard.press('Enter');
  await page.keyboard.type('Last line <script>alert(1)</script> & more');

  await masthead.button('Export…').click();
  const nitf = await exportAs(page, 'NITF XML');
  expect(nitf.name).toBe('kremlin-reaffirms-readiness-to-normalize-ties-with-georgia.xml');
  expect(XMLValidator.validate(nitf.text)).toBe(true);
  expect(nitf.text).toContain(`<hl1>${SAMPLE_HEADLINE}</hl1>`);
  expect(nitf.text).toContain('xml:lang="en"');
  expect(nitf.text).toContain('<byline>By Nada Mustafa</byline>');
  expect(nitf.text).toContain('Last line &lt;script&gt;alert(1)&lt;/script&gt; &amp; more');

  await masthead.button('Export…').click();
  const html = await exportAs(page, 'HTML');
  expect(html.name).toBe('kremlin-reaffirms-readiness-to-normalize-ties-with-georgia.html');
  expect(html.text).toContain(`<h1 dir="ltr">${SAMPLE_HEADLINE}</h1>`);
  expect(html.text).toContain('<figcaption dir="ltr">The Russian Kremlin headquarters</figcaption>');
  expect(html.text).toContain('Last line &lt;script&gt;alert(1)&lt;/script&gt; &amp; more');
  expect(html.text).not.toMatch(/<script/i);
});

test('Cancel closes the Export dialog; the dialog reads right in Arabic', async ({ startApp }) => {
  const { masthead, page } = await startApp();
  await masthead.open(SAMPLE_HEADLINE);
  await masthead.button('Export…').click();
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await expect(dialog.getByRole('radio', { name: 'HTML', exact: true })).toBeChecked();
  await dialog.getByRole('radio', { name: 'IPTC ninjs', exact: true }).check();
  await page.screenshot({ path: '/tmp/masthead-export-dialog-en.png' });
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();

  const settings = await masthead.openSettings();
  await settings.getByLabel('Language').selectOption('ar');
  await settings.getByRole('button', { name: 'إغلاق' }).click();
  await masthead.button('تصدير…').click();
  const arabic = page.getByRole('dialog', { name: 'تصدير' });
  await expect(arabic.getByRole('radiogroup', { name: 'الصيغة' })).toBeVisible();
  await page.screenshot({ path: '/tmp/masthead-export-dialog-ar.png' });
  const markdown = await (async () => {
    await arabic.getByRole('radio', { name: 'Markdown', exact: true }).check();
    const [download] = await Promise.all([page.waitForEvent('download'), arabic.getByRole('button', { name: 'تصدير', exact: true }).click()]);
    return readDownload(download);
  })();
  // Front matter first, as a static-site generator reads it; the English article stays left to right.
  expect(markdown.startsWith(`---\ntitle: ${SAMPLE_HEADLINE}\n`)).toBe(true);
  expect(markdown).toContain('\nlang: en\ndir: ltr\n---\n');
});
