import { readdirSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, test } from './fixtures.js';
import type { MastheadPage } from './pages/masthead-page.js';

/**
 * Paste is hostile (DESIGN.md). Every sample in test/fixtures/hostile-paste is pasted into a new
 * article the way a browser delivers Ctrl+V (a paste event carrying text/html and text/plain);
 * hostile-*.html samples try to run `window.__xss = 1` or to smuggle a handler or an unsafe link
 * into the document, good-*.html ones are real clipboard fragments whose structure must survive.
 */
const CORPUS = path.resolve(import.meta.dirname, '../fixtures/hostile-paste');
const FORBIDDEN_ON_DISK = ['javascript:', 'vbscript:', 'data:text', 'onerror', '<script'];

async function samples(prefix: 'hostile' | 'good'): Promise<string[]> {
  return (await readdir(CORPUS)).filter((name) => name.startsWith(`${prefix}-`) && name.endsWith('.html')).sort();
}

const sample = (name: string): Promise<string> => readFile(path.join(CORPUS, name), 'utf8');

async function articleJson(library: string, headline: string): Promise<string | null> {
  for (const name of await readdir(library)) {
    if (!name.endsWith('.article')) continue;
    try {
      const text = await readFile(path.join(library, name, 'article.json'), 'utf8');
      if ((JSON.parse(text) as { headline: string }).headline === headline) return text;
    } catch {
      // Being written: read again on the next poll.
    }
  }
  return null;
}

/** The few DOM shapes the in-page checks use (the test's own TypeScript has no DOM library). */
interface PageElement {
  tagName: string;
  attributes: ArrayLike<{ name: string; value: string }>;
  querySelectorAll(selector: string): ArrayLike<PageElement>;
}

/** Everything in the body's DOM that must never be there after a paste. */
async function hostileTraces(masthead: MastheadPage): Promise<string[]> {
  return masthead.body.evaluate((body) => {
    const root = body as unknown as PageElement;
    const doc = (globalThis as unknown as { document: { baseURI: string; querySelector(s: string): unknown } }).document;
    const found: string[] = [];
    const dangerous = 'script, iframe, frame, object, embed, applet, svg, math, form, style, template, noscript, base, meta, link, video, audio';
    for (const element of Array.from(root.querySelectorAll(dangerous))) found.push(`<${element.tagName.toLowerCase()}>`);
    // Our own photos load from the page's origin (the browser host) or app:// (Electron).
    const allowed = new Set(['http:', 'https:', 'mailto:', 'app:']);
    for (const element of [root, ...Array.from(root.querySelectorAll('*'))]) {
      for (const attribute of Array.from(element.attributes)) {
        const name = attribute.name.toLowerCase();
        if (name.startsWith('on')) found.push(`${element.tagName.toLowerCase()}[${name}]`);
        if (['href', 'src', 'srcset', 'action', 'formaction', 'xlink:href', 'data', 'poster', 'background'].includes(name)) {
          let protocol = 'invalid:';
          try {
            protocol = new URL(attribute.value, doc.baseURI).protocol;
          } catch {
            // An address that does not even parse is as bad as a hostile one.
          }
          if (!allowed.has(protocol)) found.push(`${element.tagName.toLowerCase()}[${name}=${attribute.value.slice(0, 40)}]`);
        }
      }
    }
    if (doc.querySelector('base')) found.push('<base> in the document');
    return found;
  });
}

/** Every link url in a saved body (article body, photo captions) and whether it is allowed. */
function linkUrls(json: string): string[] {
  const urls: string[] = [];
  JSON.parse(json, (key, value: unknown) => {
    if (key === 'url' && typeof value === 'string') urls.push(value);
    return value;
  });
  return urls;
}

async function pasteIntoNewArticle(masthead: MastheadPage, headline: string, html: string): Promise<void> {
  await masthead.newArticle();
  await masthead.headline.fill(headline);
  await masthead.body.click();
  await masthead.paste(html, `Plain text of ${headline}`);
}

const xss = (masthead: MastheadPage): Promise<unknown> => masthead.page.evaluate(() => (globalThis as { __xss?: unknown }).__xss);

async function checkHostileSamples(masthead: MastheadPage, library: string, names: string[]): Promise<void> {
  expect(names.length).toBeGreaterThan(0);
  for (const name of names) {
    const html = await sample(name);
    // The headline names the sample by number only: its file name spells out the payload.
    const headline = `Paste sample ${name.slice(0, name.indexOf('-', 8))}`;
    await pasteIntoNewArticle(masthead, headline, html);
    // A sample that carries a real photo inserts once the photo is in the article's media/.
    if (html.includes('data:image/png')) await expect(masthead.photos(), name).toHaveCount(1);
    // The paste went through: every sample has some harmless words that arrive.
    await expect(masthead.body, name).not.toHaveText(/^\s*$/);
    await masthead.page.keyboard.press('Control+s');
    await masthead.expectSaved();

    expect(await hostileTraces(masthead), name).toEqual([]);
    const json = await articleJson(library, headline);
    expect(json, name).not.toBeNull();
    for (const needle of FORBIDDEN_ON_DISK) expect(json!.toLowerCase(), `${name} on disk`).not.toContain(needle);
    for (const url of linkUrls(json!)) expect(url, `${name}: link on disk`).toMatch(/^(https?:\/\/[^/\s]|mailto:)/i);
    expect(await xss(masthead), name).toBeUndefined();
  }
}

test.describe('hostile paste corpus', () => {
  // Ten samples per test: one app each, run in parallel, each sample in a new article.
  const CHUNK = 10;
  const count = readdirSync(CORPUS).filter((name) => /^hostile-.*\.html$/.test(name)).length;
  for (let start = 0; start < count; start += CHUNK) {
    const end = Math.min(start + CHUNK, count);
    test(`hostile samples ${start + 1}–${end} leave no script, handler or unsafe link in the document or on disk`, async ({ startApp, library }) => {
      test.setTimeout(120_000);
      const names = (await samples('hostile')).slice(start, end);
      const { masthead } = await startApp();
      await checkHostileSamples(masthead, library, names);
    });
  }

  test('the corpus covers the cheat-sheet categories and every sample tries window.__xss', async () => {
    const names = await samples('hostile');
    expect(names.length).toBeGreaterThanOrEqual(25);
    for (const name of names) {
      const html = await sample(name);
      // Samples that only smuggle links or markers still carry a payload that would set the marker.
      expect(html, name).toMatch(/__xss/);
    }
  });
});

test('a Google Docs fragment keeps its headings, the bold words (not everything bold), the list and the link', async ({ startApp, library }) => {
  const { masthead } = await startApp();
  const headline = 'Pasted from Google Docs';
  await pasteIntoNewArticle(masthead, headline, await sample('good-01-google-docs.html'));
  const body = masthead.body;
  await expect(body.getByRole('heading', { level: 2, name: 'Cabinet approves the new budget' })).toBeVisible();
  await expect(body.getByRole('heading', { level: 3, name: 'What comes next' })).toBeVisible();
  const bold = body.locator('strong, b, .body-bold');
  await expect(bold).toHaveCount(1);
  await expect(bold).toHaveText('2025/26 state budget');
  await expect(body.locator('em, i, .body-italic')).toHaveText('ahead of the parliamentary vote');
  await expect(body.getByRole('list').getByRole('listitem')).toHaveText(['Health spending rises 12 percent', 'Education gets a new schools fund']);
  const link = body.getByRole('link', { name: 'Read the full statement' });
  await expect(link).toHaveAttribute('href', 'https://www.example.com/finance/budget-2025');
  // Google Docs' link look (an underlined span) is not an underline of the author's.
  await expect(body.locator('u, .body-underline')).toHaveCount(0);
  await expect(body).toContainText('Parliament is expected to vote within two weeks.');

  await masthead.expectSaved();
  const saved = JSON.parse((await articleJson(library, headline))!) as { body: { root: { children: Array<Record<string, unknown>> } } };
  const blocks = saved.body.root.children.filter((b) => !(b.type === 'paragraph' && (b.children as unknown[]).length === 0));
  expect(blocks.map((b) => (b.type === 'heading' ? `heading:${String(b.tag)}` : b.type))).toEqual([
    'heading:h2',
    'paragraph',
    'list',
    'heading:h3',
    'paragraph',
  ]);
  const paragraph = blocks[1]!.children as Array<{ type: string; text?: string; format?: number; url?: string }>;
  expect(paragraph.filter((n) => n.type === 'text' && n.format === 1).map((n) => n.text)).toEqual(['2025/26 state budget']);
  expect(paragraph.find((n) => n.type === 'link')?.url).toBe('https://www.example.com/finance/budget-2025');
});

test('a Word fragment’s bullet list becomes a real list without the typed bullets', async ({ startApp, library }) => {
  const { masthead } = await startApp();
  const headline = 'Pasted from Word';
  await pasteIntoNewArticle(masthead, headline, await sample('good-02-word-bullet-list.html'));
  const body = masthead.body;
  await expect(body.getByRole('list').getByRole('listitem')).toHaveText([
    'One lane closed northbound',
    'Buses diverted via Qasr al-Nil bridge',
    'Parking banned after 10 pm',
  ]);
  await expect(body.locator('em, i, .body-italic')).toHaveText('Qasr al-Nil');
  await expect(body.locator('strong, b, .body-bold')).toHaveText('Traffic plan for the Corniche');
  await expect(body.getByRole('link', { name: 'the governorate’s site' })).toHaveAttribute('href', 'https://www.example.gov.eg/traffic');
  await expect(body).not.toContainText('·');
  await masthead.expectSaved();
  const json = (await articleJson(library, headline))!;
  expect(json).toContain('"listType": "bullet"');
  expect(json).not.toContain('mso-');
});

test('a news page’s figure becomes a photo with its caption; the image from the web is left out with a notice', async ({ startApp, library }) => {
  const { masthead, page } = await startApp();
  const headline = 'Pasted from a news page';
  await pasteIntoNewArticle(masthead, headline, await sample('good-03-news-page-figure.html'));
  await expect(page.getByText('Images from the web were left out; insert them with Insert photo')).toBeVisible();
  const photo = masthead.photos();
  await expect(photo).toHaveCount(1);
  await expect(photo.getByRole('textbox', { name: 'Caption' })).toHaveText('Crowds on the Nile corniche, photographed by Sara Adel.');
  await expect(photo.getByRole('textbox', { name: 'Caption' }).getByRole('link', { name: 'Sara Adel' })).toHaveAttribute(
    'href',
    'https://example.com/photographers/sara',
  );
  await expect(photo.getByLabel('Alt text')).toHaveValue('Crowds on the Nile corniche at sunset');
  await expect(masthead.body.locator('blockquote')).toHaveText('“It is the best night of the year,” said one visitor.');
  // The web image's caption stays as text.
  await expect(masthead.body).toContainText('Feluccas on the river at dusk.');
  await masthead.screenshot('paste-news-page');
  await masthead.expectSaved();
  const saved = JSON.parse((await articleJson(library, headline))!) as { body: { root: { children: Array<Record<string, unknown>> } } };
  const photos = saved.body.root.children.filter((b) => b.type === 'photo');
  expect(photos).toHaveLength(1);
  expect(photos[0]).toMatchObject({ altText: 'Crowds on the Nile corniche at sunset', width: 8, height: 8, isLead: false });
});
