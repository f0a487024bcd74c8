import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, test } from './fixtures.js';

/**
 * Typography as the desk types (issue 14): straight quotes typed on a real keyboard become the
 * block's language's marks (“ ” ’ in English; the library's Arabic convention, « » unless changed
 * in Settings), the first Undo after a replacement brings the straight quote back, and Arabic
 * italic and quotes stand upright.
 */

async function savedBody(library: string, headline: string): Promise<string | null> {
  for (const name of await readdir(library)) {
    if (!name.endsWith('.article')) continue;
    try {
      const article = JSON.parse(await readFile(path.join(library, name, 'article.json'), 'utf8')) as { headline: string; body: unknown };
      if (article.headline === headline) return JSON.stringify(article.body);
    } catch {
      // Being written: read again on the next poll.
    }
  }
  return null;
}

test('typed quotes curl by the block’s language, Undo takes the curl back first, and the Arabic marks follow the library setting', async ({
  startApp,
  library,
}) => {
  const { masthead, page } = await startApp();
  await masthead.newArticle();
  const headline = 'Talks resume in Geneva';
  await masthead.headline.fill(headline);
  await masthead.region('Publish details').getByLabel('Language', { exact: true }).selectOption('en');
  await masthead.body.click();
  await page.keyboard.type('"Hello," she said. Don\'t');
  const first = masthead.body.locator('p').first();
  await expect(first).toHaveText('“Hello,” she said. Don’t');

  // Undo right after a replacement: the straight quote comes back, then the typing goes.
  await page.keyboard.type(' "');
  await expect(first).toHaveText('“Hello,” she said. Don’t “');
  await page.keyboard.press('ControlOrMeta+z');
  await expect(first).toHaveText('“Hello,” she said. Don’t "');
  await page.keyboard.press('ControlOrMeta+z');
  await expect(first).not.toContainText('"');
  await expect(first).toHaveText(/^“Hello,” she said\. /);
  // Redo brings back the typing, then the curl.
  await page.keyboard.press('ControlOrMeta+y');
  await expect(first).toHaveText('“Hello,” she said. Don’t "');
  await page.keyboard.press('ControlOrMeta+y');
  await expect(first).toHaveText('“Hello,” she said. Don’t “');
  await page.keyboard.press('Backspace');
  await page.keyboard.press('Backspace');
  await expect(first).toHaveText('“Hello,” she said. Don’t');

  // An Arabic paragraph in the English article takes the desk's Arabic marks: « » by default.
  await page.keyboard.press('Enter');
  await page.keyboard.type('قال "لا" ثم غادر');
  const arabic = masthead.body.locator('p').nth(1);
  await expect(arabic).toHaveText('قال «لا» ثم غادر');
  await expect(arabic).toHaveAttribute('dir', 'rtl');

  // The desk switches to ” “ in Settings; what is typed next follows.
  const settings = await masthead.openSettings();
  await settings.getByLabel('Arabic quotation marks').selectOption({ label: '” “ (reversed English marks)' });
  await settings.getByRole('button', { name: 'Close' }).click();
  await masthead.body.locator('p').nth(1).click();
  await page.keyboard.press('End');
  await page.keyboard.type(' "نعم"');
  await expect(arabic).toHaveText('قال «لا» ثم غادر ”نعم“');

  await masthead.expectSaved();
  await expect.poll(() => savedBody(library, headline)).toContain('“Hello,” she said. Don’t');
  expect(await savedBody(library, headline)).toContain('قال «لا» ثم غادر ”نعم“');
  // The setting is the library's: it is there after a restart.
  const again = await startApp(library);
  const reopened = await again.masthead.openSettings();
  await expect(reopened.getByLabel('Arabic quotation marks')).toHaveValue('reversed');
});

test('italic and quotes in an Arabic block stand upright, and an English block keeps its italic', async ({ startApp }) => {
  const { masthead, page } = await startApp();
  await masthead.newArticle();
  await masthead.headline.fill('الكرملين يؤكد استعداده');
  await masthead.region('Publish details').getByLabel('Language', { exact: true }).selectOption('ar');
  await masthead.body.click();
  await page.keyboard.type('قال المتحدث ');
  await page.keyboard.press('ControlOrMeta+i');
  await page.keyboard.type('بوضوح');
  await page.keyboard.press('ControlOrMeta+i');
  await page.keyboard.type(' إن الباب مفتوح.');
  await page.keyboard.press('Enter');
  await page.keyboard.type('> ');
  await page.keyboard.type('لا يوجد إطار زمني محدد.');
  await page.keyboard.press('Enter');
  await page.keyboard.type('The spokesman was ');
  await page.keyboard.press('ControlOrMeta+i');
  await page.keyboard.type('clear');
  await page.keyboard.press('ControlOrMeta+i');
  await page.keyboard.press('Enter');
  await page.keyboard.type('> ');
  await page.keyboard.type('No timeframe, he said.');

  const style = (selector: string, property: string) =>
    masthead.body.locator(selector).evaluate((el, name) => (globalThis as unknown as { getComputedStyle(e: unknown): Record<string, string> }).getComputedStyle(el)[name]!, property);
  const arabicItalic = masthead.body.locator('p[dir="rtl"] .body-italic');
  await expect(arabicItalic).toHaveText('بوضوح');
  expect(await style('p[dir="rtl"] .body-italic', 'fontStyle')).toBe('normal');
  expect(await style('p[dir="rtl"] .body-italic', 'textDecorationLine')).toContain('overline');
  expect(await style('blockquote[dir="rtl"]', 'fontStyle')).toBe('normal');
  expect(await style('p[dir="ltr"] .body-italic', 'fontStyle')).toBe('italic');
  expect(await style('blockquote[dir="ltr"]', 'fontStyle')).toBe('italic');
  await masthead.body.screenshot({ path: 'test-results/screenshots/arabic-upright-italic.png' });
});
