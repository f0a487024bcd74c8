import { access, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { cutShort, declaredPngBomb } from '../fixtures/images/hostile-images.js';
import { expect, test } from './fixtures.js';
import type { MastheadPage } from './pages/masthead-page.js';

const IMAGES = path.resolve(import.meta.dirname, '../fixtures/images');
const PHOTO = path.join(IMAGES, 'cairo-skyline.png');

interface Bundle {
  folder: string;
  article: { headline: string; body: { root: { children: Array<Record<string, unknown>> } } };
}

/** The bundle whose article.json has this headline. */
async function bundleByHeadline(library: string, headline: string): Promise<Bundle | null> {
  for (const name of await readdir(library)) {
    if (!name.endsWith('.article')) continue;
    try {
      const article = JSON.parse(await readFile(path.join(library, name, 'article.json'), 'utf8')) as Bundle['article'];
      if (article.headline === headline) return { folder: name.replace(/\.article$/, ''), article };
    } catch {
      // A bundle being written: read again on the next poll.
    }
  }
  return null;
}

async function photosOnDisk(library: string, headline: string): Promise<Array<Record<string, unknown>>> {
  const bundle = await bundleByHeadline(library, headline);
  return (bundle?.article.body.root.children ?? []).filter((block) => block.type === 'photo');
}

async function newArticleWithText(masthead: MastheadPage, headline: string): Promise<void> {
  await masthead.newArticle();
  await masthead.headline.fill(headline);
  await masthead.body.click();
  await masthead.page.keyboard.type('The city at the end of the day.');
}

/** The photo's image has loaded from the article's media/ folder (through api.mediaUrl). */
async function expectImageLoaded(masthead: MastheadPage, index = 0): Promise<void> {
  const img = masthead.photos().nth(index).locator('img');
  await expect(img).toBeVisible();
  await expect.poll(() => img.evaluate((el) => (el as unknown as { naturalWidth: number }).naturalWidth)).toBeGreaterThan(0);
}

test('a photo with caption, credit, alt text and the lead mark is saved as data, and undo brings back a removed one', async ({
  startApp,
  library,
}) => {
  const { masthead, page } = await startApp();
  const headline = 'Cairo skyline at dusk';
  await newArticleWithText(masthead, headline);
  await masthead.insertPhoto(PHOTO);

  const photo = masthead.photos().first();
  await expect(photo).toBeVisible();
  await expectImageLoaded(masthead);

  const caption = photo.getByRole('textbox', { name: 'Caption' });
  await caption.click();
  await page.keyboard.type('Towers of ');
  await page.keyboard.press('Control+b');
  await page.keyboard.type('downtown Cairo');
  await page.keyboard.press('Control+b');
  await page.keyboard.type(' at dusk');
  await expect(caption.locator('strong, b, .body-bold').filter({ hasText: 'downtown Cairo' })).toBeVisible();
  await photo.getByLabel('Credit').fill('Reuters/Amr Abdallah Dalsh');
  await photo.getByLabel('Alt text').fill('Office towers against an orange evening sky');
  const lead = photo.getByRole('button', { name: 'Set as lead photo' });
  await lead.click();
  await expect(lead).toHaveAttribute('aria-pressed', 'true');
  await masthead.expectSaved();
  await masthead.screenshot('photo-editor-en');

  await expect
    .poll(async () => {
      const [saved] = await photosOnDisk(library, headline);
      return saved ? { credit: saved.credit, altText: saved.altText, isLead: saved.isLead } : null;
    })
    .toEqual({ credit: 'Reuters/Amr Abdallah Dalsh', altText: 'Office towers against an orange evening sky', isLead: true });
  const bundle = (await bundleByHeadline(library, headline))!;
  const [saved] = await photosOnDisk(library, headline);
  expect(saved).toMatchObject({ type: 'photo', version: 1, width: 640, height: 400 });
  expect(String(saved!.file)).toMatch(/^[a-f0-9]{16,64}\.png$/);
  await access(path.join(library, `${bundle.folder}.article`, 'media', String(saved!.file)));
  const captionRoot = (saved!.caption as { root: { children: Array<{ type: string; children: Array<{ text: string; format: number }> }> } }).root;
  expect(captionRoot.children.map((p) => p.type)).toEqual(['paragraph']);
  expect(captionRoot.children[0]!.children.map((t) => [t.text, t.format])).toEqual([
    ['Towers of ', 0],
    ['downtown Cairo', 1],
    [' at dusk', 0],
  ]);

  // Remove photo, then Undo in the toolbar: the same photo with its caption and fields comes back.
  await photo.getByRole('button', { name: 'Remove photo' }).click();
  await expect(masthead.photos()).toHaveCount(0);
  await masthead.tool('Undo').click();
  await expect(masthead.photos()).toHaveCount(1);
  await expect(masthead.photos().first().getByRole('textbox', { name: 'Caption' })).toHaveText('Towers of downtown Cairo at dusk');
  await expect(masthead.photos().first().getByLabel('Credit')).toHaveValue('Reuters/Amr Abdallah Dalsh');
  await expectImageLoaded(masthead);

  // Selected with a click, Backspace removes it; Ctrl+Z restores it.
  await masthead.photos().first().locator('img').click();
  await page.keyboard.press('Backspace');
  await expect(masthead.photos()).toHaveCount(0);
  await page.keyboard.press('Control+z');
  await expect(masthead.photos()).toHaveCount(1);
  await expect(masthead.photos().first().getByRole('button', { name: 'Set as lead photo' })).toHaveAttribute('aria-pressed', 'true');
  await masthead.expectSaved();
  await expect.poll(async () => (await photosOnDisk(library, headline)).length).toBe(1);
});

test('Ready to publish reports a photo whose file was removed from the media folder, and passes again once it is back', async ({ startApp, library }) => {
  const { masthead, page } = await startApp();
  const headline = 'Harbour cranes at dawn';
  await newArticleWithText(masthead, headline);
  await masthead.insertPhoto(PHOTO);
  await expectImageLoaded(masthead);
  await masthead.expectSaved();
  const checklist = masthead.region('Ready to publish');
  const missing = checklist.getByText('A photo’s file is missing from the article’s media folder');
  await expect(missing).toHaveCount(0);

  // Another program (a sync client, a careless copy) takes the file away while the app is in the back.
  await expect.poll(async () => (await photosOnDisk(library, headline)).length).toBe(1);
  const bundle = (await bundleByHeadline(library, headline))!;
  const file = String((await photosOnDisk(library, headline))[0]!.file);
  const mediaFile = path.join(library, `${bundle.folder}.article`, 'media', file);
  const bytes = await readFile(mediaFile);
  await rm(mediaFile);
  await page.evaluate('window.dispatchEvent(new Event("focus"))');
  await expect(missing).toBeVisible();

  await writeFile(mediaFile, bytes);
  await page.evaluate('window.dispatchEvent(new Event("focus"))');
  await expect(missing).toHaveCount(0);
});

test('typing in a photo’s fields never deletes the photo, and marking another photo as lead unmarks the first', async ({ startApp, library }) => {
  const { masthead, page } = await startApp();
  const headline = 'Two photos from the Corniche';
  await newArticleWithText(masthead, headline);
  await masthead.insertPhoto(PHOTO, path.join(IMAGES, 'replacement.png'));
  await expect(masthead.photos()).toHaveCount(2);

  const [first, second] = [masthead.photos().nth(0), masthead.photos().nth(1)];
  await first.locator('img').click();
  const credit = first.getByLabel('Credit');
  await credit.click();
  await page.keyboard.type('AFP');
  await page.keyboard.press('Backspace');
  await page.keyboard.press('Enter');
  await expect(credit).toHaveValue('AF');
  await expect(masthead.photos()).toHaveCount(2);

  // Ctrl+K in a caption links the caption's words, not the body's.
  const caption = second.getByRole('textbox', { name: 'Caption' });
  await caption.click();
  await page.keyboard.type('Agency photo');
  await page.keyboard.press('Control+a');
  await page.keyboard.press('Control+k');
  const dialog = page.getByRole('dialog', { name: 'Link' });
  await dialog.getByRole('textbox', { name: 'Link address' }).fill('https://example.com/agency');
  await dialog.getByRole('button', { name: 'Apply' }).click();
  await expect(caption.getByRole('link', { name: 'Agency photo' })).toHaveAttribute('href', 'https://example.com/agency');
  await expect(masthead.body.getByRole('link')).toHaveCount(1);

  await first.getByRole('button', { name: 'Set as lead photo' }).click();
  await second.getByRole('button', { name: 'Set as lead photo' }).click();
  await expect(first.getByRole('button', { name: 'Set as lead photo' })).toHaveAttribute('aria-pressed', 'false');
  await expect(second.getByRole('button', { name: 'Set as lead photo' })).toHaveAttribute('aria-pressed', 'true');
  await masthead.expectSaved();
  await expect.poll(async () => (await photosOnDisk(library, headline)).map((p) => [p.credit, p.isLead])).toEqual([
    ['AF', false],
    ['', true],
  ]);
  expect(JSON.stringify((await photosOnDisk(library, headline))[1]!.caption)).toContain('"url":"https://example.com/agency"');

  // Replace keeps caption, credit and the lead mark, with the new file.
  const before = (await photosOnDisk(library, headline))[0]!.file;
  const chooser = page.waitForEvent('filechooser');
  await first.getByRole('button', { name: 'Replace photo' }).click();
  await (await chooser).setFiles(path.join(IMAGES, 'replacement.png'));
  await masthead.expectSaved();
  await expect.poll(async () => (await photosOnDisk(library, headline))[0]!.file).not.toBe(before);
  const replaced = (await photosOnDisk(library, headline))[0]!;
  expect(replaced).toMatchObject({ credit: 'AF', width: 320, height: 200 });
});

test('an SVG, a text file named .jpg and a file over 25 MB are refused with a message, and nothing is inserted', async ({ startApp }) => {
  const { masthead, page } = await startApp();
  await newArticleWithText(masthead, 'Refused photos');

  await masthead.insertPhoto(path.join(IMAGES, 'not-a-photo.svg'));
  await expect(page.getByRole('alert').filter({ hasText: 'not-a-photo.svg is not a JPEG, PNG, WebP or GIF image' })).toBeVisible();
  await masthead.insertPhoto(path.join(IMAGES, 'text-named.jpg'));
  await expect(page.getByRole('alert').filter({ hasText: 'text-named.jpg is not a JPEG, PNG, WebP or GIF image' })).toBeVisible();

  const huge = Buffer.alloc(Math.round(31.2 * 1024 * 1024));
  huge.set([0xff, 0xd8, 0xff, 0xe0]);
  await masthead.insertPhoto({ name: 'huge.jpg', mimeType: 'image/jpeg', buffer: huge });
  await expect(page.getByRole('alert').filter({ hasText: 'huge.jpg is 31.2 MB; photos can be at most 25 MB' })).toBeVisible();
  await expect(masthead.photos()).toHaveCount(0);
  expect(await page.evaluate(() => (globalThis as { __xss?: unknown }).__xss)).toBeUndefined();
});

test('a decompression bomb and a photo cut short are refused with the reason; the article and its media folder stay as they were', async ({
  startApp,
  library,
}) => {
  const { masthead, page } = await startApp();
  const headline = 'Hostile photos';
  await newArticleWithText(masthead, headline);
  await masthead.expectSaved();
  const before = await bundleByHeadline(library, headline);
  expect(before).not.toBeNull();

  await masthead.insertPhoto({ name: 'bomb.png', mimeType: 'image/png', buffer: declaredPngBomb() });
  await expect(
    page.getByRole('alert').filter({ hasText: 'Not added: "bomb.png" is 100,000 × 100,000 pixels; photos can be at most 100 megapixels' }),
  ).toBeVisible();
  const jpeg = await readFile(path.join(IMAGES, 'photo-640x400.jpg'));
  await masthead.insertPhoto({ name: 'cut.jpg', mimeType: 'image/jpeg', buffer: cutShort(jpeg) });
  await expect(
    page.getByRole('alert').filter({ hasText: 'Not added: "cut.jpg" is not a whole JPEG image: the file is cut short or damaged' }),
  ).toBeVisible();
  await masthead.screenshot('photos-refused');

  await expect(masthead.photos()).toHaveCount(0);
  await masthead.page.keyboard.press('Control+s');
  await masthead.expectSaved();
  expect((await bundleByHeadline(library, headline))!.article.body).toEqual(before!.article.body);
  const media = path.join(library, `${before!.folder}.article`, 'media');
  expect(await readdir(media).catch(() => [])).toEqual([]);
});

test('a photo in an Arabic article, in the Arabic interface', async ({ startApp }) => {
  const { masthead, page } = await startApp();
  await masthead.newArticle();
  await masthead.headline.fill('أضواء القاهرة عند الغروب');
  await masthead.region('Publish details').getByLabel('Language', { exact: true }).selectOption({ label: 'Arabic' }).catch(async () => {
    await masthead.region('Publish details').getByLabel('Language', { exact: true }).selectOption('ar');
  });
  await masthead.body.click();
  await page.keyboard.type('تضيء أبراج وسط القاهرة مع غروب الشمس على ضفاف النيل.');
  await masthead.insertPhoto(PHOTO);
  const photo = masthead.photos().first();
  await expectImageLoaded(masthead);
  await photo.getByRole('textbox', { name: 'Caption' }).click();
  await page.keyboard.type('أبراج وسط القاهرة عند الغروب');
  await photo.getByLabel('Credit').fill('رويترز');
  await photo.getByLabel('Alt text').fill('أبراج مكاتب أمام سماء المساء');
  await photo.getByRole('button', { name: 'Set as lead photo' }).click();
  await masthead.expectSaved();

  const settings = await masthead.openSettings();
  await settings.getByLabel('Language').selectOption('ar');
  await settings.getByRole('button', { name: 'إغلاق' }).click();
  const arabicPhoto = page.getByRole('figure', { name: 'صورة' });
  await expect(arabicPhoto.getByRole('textbox', { name: 'التعليق' })).toHaveText('أبراج وسط القاهرة عند الغروب');
  await expect(arabicPhoto.getByLabel('المصدر')).toHaveValue('رويترز');
  await expect(arabicPhoto.getByRole('button', { name: 'تعيين كصورة رئيسية' })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('toolbar').getByRole('button', { name: 'إدراج صورة' })).toBeVisible();
  await masthead.screenshot('photo-editor-ar');
});

test('a photo file dropped on the body or pasted from the clipboard is inserted', async ({ startApp, library }) => {
  const { masthead } = await startApp();
  const headline = 'Dropped and pasted photos';
  await newArticleWithText(masthead, headline);
  const png = (await readFile(PHOTO)).toString('base64');

  // What the browser delivers for a file dragged from the desktop, then for Ctrl+V of a copied image.
  await masthead.body.evaluate(
    (element, data) => {
      const page = globalThis as unknown as {
        DataTransfer: new () => { items: { add(file: unknown): void } };
        File: new (parts: unknown[], name: string, options: object) => unknown;
        DragEvent: new (type: string, init: object) => never;
        ClipboardEvent: new (type: string, init: object) => never;
        Uint8Array: typeof Uint8Array;
        atob(value: string): string;
      };
      const bytes = page.Uint8Array.from(page.atob(data.png), (ch) => ch.charCodeAt(0));
      const box = (element as unknown as { getBoundingClientRect(): { left: number; top: number } }).getBoundingClientRect();
      const at = { clientX: box.left + 20, clientY: box.top + 10 };
      const dropped = new page.DataTransfer();
      dropped.items.add(new page.File([bytes], 'dropped.png', { type: 'image/png' }));
      for (const type of ['dragenter', 'dragover', 'drop']) {
        element.dispatchEvent(new page.DragEvent(type, { dataTransfer: dropped, bubbles: true, cancelable: true, ...at }));
      }
      const pasted = new page.DataTransfer();
      pasted.items.add(new page.File([bytes], 'image.png', { type: 'image/png' }));
      element.dispatchEvent(new page.ClipboardEvent('paste', { clipboardData: pasted, bubbles: true, cancelable: true }));
    },
    { png },
  );
  await expect(masthead.photos()).toHaveCount(2);
  await expectImageLoaded(masthead, 0);
  await expectImageLoaded(masthead, 1);
  await masthead.expectSaved();
  await expect.poll(async () => (await photosOnDisk(library, headline)).length).toBe(2);
});
