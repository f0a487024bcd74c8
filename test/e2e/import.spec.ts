import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, test } from './fixtures.js';
import type { MastheadPage } from './pages/masthead-page.js';

const SEED = path.resolve(import.meta.dirname, '../fixtures/seed-article.txt');
const SEED_HEADLINE = 'Kremlin Reaffirms Readiness to Normalize Ties with Georgia';
const TINY_PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAgAAAAICAIAAABLbSncAAAAEUlEQVR42mM4oaGBFTEMLQkAgl1GARdiiXUAAAAASUVORK5CYII=';

async function bundles(library: string): Promise<string[]> {
  return (await readdir(library)).filter((name) => name.endsWith('.article')).sort();
}

async function readArticle(library: string, bundle: string): Promise<Record<string, unknown>> {
  return JSON.parse(await readFile(path.join(library, bundle, 'article.json'), 'utf8')) as Record<string, unknown>;
}

/** The import file input, found by its label (the Import… button and File › Import… open it). */
const importInput = (masthead: MastheadPage) => masthead.page.getByLabel('Import file');

test('wire copy imports as headline, byline, publish time and body, without the site’s masthead lines', async ({ startApp, library }) => {
  const { masthead, page } = await startApp();
  await expect(masthead.article(SEED_HEADLINE)).toHaveCount(1);
  const before = await bundles(library);

  await importInput(masthead).setInputFiles(SEED);
  await expect(masthead.articles.getByRole('listitem', { name: SEED_HEADLINE })).toHaveCount(2);
  await expect(masthead.headline).toHaveValue(SEED_HEADLINE);
  await expect(masthead.body.locator('p').first()).toHaveText(/^Kremlin spokesman Dmitry Peskov stated/);
  await expect(masthead.body).not.toContainText('Editor in Chief');
  await expect(masthead.body).not.toContainText('Supervisor');
  await expect(masthead.region('Byline').getByLabel('Contributor name', { exact: true }).first()).toHaveValue('Nada Mustafa');

  const added = (await bundles(library)).filter((name) => !before.includes(name));
  expect(added).toHaveLength(1);
  const article = await readArticle(library, added[0]!);
  expect(article).toMatchObject({ headline: SEED_HEADLINE, language: 'en', timeZone: 'Africa/Cairo' });
  expect((article.byline as Array<{ name: string }>).map((c) => c.name)).toEqual(['Nada Mustafa']);
  expect(String(article.publishAt)).toMatch(/^2025-04-15T08:18:00(\.000)?\+02:00$/);
  const json = JSON.stringify(article.body);
  expect(json).toContain('Kremlin spokesman Dmitry Peskov stated');
  expect(json).not.toContain('Editor in Chief');
  expect(await page.evaluate(() => (globalThis as { __xss?: unknown }).__xss)).toBeUndefined();
});

test('a broken Word file shows a clear message and creates no article', async ({ startApp, library }) => {
  const { masthead, page } = await startApp();
  await expect(masthead.articles.getByRole('listitem')).toHaveCount(1);
  const before = await bundles(library);

  await importInput(masthead).setInputFiles({
    name: 'broken.docx',
    mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    buffer: Buffer.from('PK\u0003\u0004 this is not really a zip archive, just its first bytes'),
  });
  await expect(page.getByRole('alert').filter({ hasText: 'broken.docx could not be imported' })).toBeVisible();
  await masthead.screenshot('import-broken-docx');
  await expect(masthead.articles.getByRole('listitem')).toHaveCount(1);
  expect(await bundles(library)).toEqual(before);

  // A file that is no document at all is refused before anything is sent.
  await importInput(masthead).setInputFiles({ name: 'photo.png', mimeType: 'image/png', buffer: Buffer.from('not a document') });
  await expect(page.getByRole('alert').filter({ hasText: 'photo.png cannot be imported' })).toBeVisible();
  expect(await bundles(library)).toEqual(before);
});

test('an HTML file whose words the cleaning cannot keep says so and creates no article', async ({ startApp, library }) => {
  const { masthead, page } = await startApp();
  const before = await bundles(library);
  const html = '<html><body><form><button>Subscribe to the morning briefing</button></form></body></html>';
  await importInput(masthead).setInputFiles({ name: 'signup.html', mimeType: 'text/html', buffer: Buffer.from(html) });
  await expect(page.getByRole('alert').filter({ hasText: 'signup.html has text, but none of it could be kept' })).toBeVisible();
  await expect(masthead.articles.getByRole('listitem')).toHaveCount(1);
  expect(await bundles(library)).toEqual(before);
});

test('an HTML file goes through the paste cleaning: its script never reaches the article', async ({ startApp, library }) => {
  const { masthead, page } = await startApp();
  const html = [
    '<!doctype html><html><head><title>Ignored title</title><script>window.__xss = 1</script></head><body>',
    '<h1>Metro line opens in Giza</h1>',
    '<p onclick="window.__xss=1">The new line carries <b>60,000</b> passengers a day, <a href="javascript:window.__xss=1">officials</a> said.</p>',
    '<img src="x" onerror="window.__xss=1"><h2>Stations</h2><ul><li>Giza Square</li><li>Pyramids</li></ul>',
    '<p><a href="https://example.com/metro">Route map</a></p><script>window.__xss = 1</script>',
    `<figure><img src="data:image/png;base64,${TINY_PNG}" alt="A train at Giza Square" onload="window.__xss=1"><figcaption>The first train, <em>at dawn</em></figcaption></figure>`,
    '<figure><img src="https://example.com/remote.jpg" alt="remote"><figcaption>From the web</figcaption></figure></body></html>',
  ].join('');
  const before = await bundles(library);
  await importInput(masthead).setInputFiles({ name: 'metro.html', mimeType: 'text/html', buffer: Buffer.from(html) });
  await expect(masthead.headline).toHaveValue('Metro line opens in Giza');
  await expect(masthead.body.getByRole('heading', { name: 'Stations' })).toBeVisible();
  await expect(masthead.body.getByRole('list').getByRole('listitem')).toHaveText(['Giza Square', 'Pyramids']);
  await expect(masthead.body.locator('strong, b, .body-bold')).toHaveText('60,000');
  await expect(masthead.body.getByRole('link', { name: 'Route map' })).toHaveAttribute('href', 'https://example.com/metro');
  await expect(masthead.body.getByRole('link', { name: 'officials' })).toHaveCount(0);
  await expect(masthead.body.locator('script, [onclick], [onerror], [onload]')).toHaveCount(0);
  // The photo that came with the file is in the article, with its caption and alt text; the one
  // from the web is left out, and the import says so.
  await expect(masthead.photos()).toHaveCount(1);
  await expect(masthead.photos().getByRole('textbox', { name: 'Caption' })).toHaveText('The first train, at dawn');
  await expect(masthead.photos().getByLabel('Alt text')).toHaveValue('A train at Giza Square');
  await expect(page.getByText(/Imported metro\.html\. Please check: .*images from the web were left out/)).toBeVisible();

  const [bundle] = (await bundles(library)).filter((name) => !before.includes(name));
  const text = await readFile(path.join(library, bundle!, 'article.json'), 'utf8');
  const photo = (JSON.parse(text) as { body: { root: { children: Array<Record<string, unknown>> } } }).body.root.children.find((b) => b.type === 'photo');
  expect(photo).toMatchObject({ altText: 'A train at Giza Square', width: 8, height: 8 });
  expect((await readdir(path.join(library, bundle!, 'media'))).length).toBe(1);
  for (const needle of ['<script', 'javascript:', 'onerror', 'onclick']) expect(text).not.toContain(needle);
  expect(await page.evaluate(() => (globalThis as { __xss?: unknown }).__xss)).toBeUndefined();
});

test('a Markdown file dropped on the library list becomes an article', async ({ startApp }) => {
  const { masthead } = await startApp();
  await masthead.articles.evaluate((element) => {
    const page = globalThis as unknown as {
      DataTransfer: new () => { items: { add(file: unknown): void } };
      File: new (parts: string[], name: string, options: object) => unknown;
      DragEvent: new (type: string, init: object) => never;
    };
    const transfer = new page.DataTransfer();
    transfer.items.add(new page.File(['# Nile flood season\n\nThe river rose **two metres** overnight.\n'], 'flood.md', { type: 'text/markdown' }));
    for (const type of ['dragenter', 'dragover', 'drop']) {
      element.dispatchEvent(new page.DragEvent(type, { dataTransfer: transfer, bubbles: true, cancelable: true }));
    }
  });
  await expect(masthead.headline).toHaveValue('Nile flood season');
  await expect(masthead.body.locator('strong, b, .body-bold')).toHaveText('two metres');
  await expect(masthead.article('Nile flood season')).toBeVisible();
});

test('a NewsML-G2 item imports with its headline, byline, dateline, sources, priority and tags, its rights noted', async ({ startApp, library }) => {
  const { masthead, page } = await startApp();
  const before = await bundles(library);
  const headline = "Egypt's central bank holds rates steady, citing easing inflation";

  await importInput(masthead).setInputFiles(path.resolve(import.meta.dirname, '../fixtures/wire/newsml-g2/reuters-like.xml'));
  await expect(masthead.headline).toHaveValue(headline);
  await expect(masthead.body.locator('p').first()).toHaveText(/^Egypt's central bank kept its overnight interest rates on hold/);
  await expect(masthead.body).not.toContainText('(Reuters)');
  await expect(masthead.body).not.toContainText('Reporting by');
  const names = masthead.region('Byline').getByLabel('Contributor name', { exact: true });
  await expect(names).toHaveCount(3);
  await expect(names.first()).toHaveValue('Aidan Lewis');
  await expect(masthead.region('Byline').getByLabel('Source', { exact: true })).toHaveValue('Reuters');
  const details = masthead.region('Publish details');
  await expect(details.getByLabel('Dateline')).toHaveValue('CAIRO, April 17');
  await expect(details.getByLabel('Priority')).toHaveValue('urgent');
  await expect(page.getByText(/Imported reuters-like\.xml\. Please check: Rights: \(c\) Copyright Thomson Reuters 2025/)).toBeVisible();
  await masthead.screenshot('import-newsml-g2');

  const [bundle] = (await bundles(library)).filter((name) => !before.includes(name));
  const article = await readArticle(library, bundle!);
  expect(article).toMatchObject({
    headline,
    language: 'en',
    dateline: 'CAIRO, April 17',
    sources: ['Reuters'],
    priority: 'urgent',
    tags: ['EGYPT-CENBANK/RATES', 'Egypt', 'Central Banks'],
  });
  expect(article.byline).toEqual([
    { name: 'Aidan Lewis', role: 'writer', affiliation: 'Reuters' },
    { name: 'Nafisa Eltahir', role: 'reporter', affiliation: 'Reuters' },
    { name: 'Alex Richardson', role: 'editor', affiliation: 'Reuters' },
  ]);
});

test('an IPTC 7901 file without an extension and a plain-text page from another site import without their chrome', async ({ startApp }) => {
  const { masthead } = await startApp();
  await importInput(masthead).setInputFiles(path.resolve(import.meta.dirname, '../fixtures/wire/iptc7901/afp-ar'));
  await expect(masthead.headline).toHaveValue('المركزي المصري يبقي أسعار الفائدة دون تغيير');
  await expect(masthead.body.locator('p').first()).toHaveText(/^أبقى البنك المركزي المصري الخميس/);
  await expect(masthead.region('Publish details').getByLabel('Dateline')).toHaveValue('القاهرة');

  await importInput(masthead).setInputFiles(path.resolve(import.meta.dirname, '../fixtures/wire/plaintext/ap-like.txt'));
  await expect(masthead.headline).toHaveValue('Egypt and Qatar press Israel and Hamas to return to ceasefire talks');
  await expect(masthead.body.locator('p')).toHaveCount(5);
  for (const chrome of ['ADVERTISEMENT', 'Link copied', 'AP Buyline', 'Copyright 2025']) await expect(masthead.body).not.toContainText(chrome);
  await expect(masthead.region('Byline').getByLabel('Contributor name', { exact: true })).toHaveValue('SAMY MAGDY');
});
