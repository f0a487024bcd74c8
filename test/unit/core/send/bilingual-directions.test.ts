import { copyFile, mkdir, readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse as parseHtml, type DefaultTreeAdapterMap } from 'parse5';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Article } from '../../../../electron/common/article.js';
import { exportArticle } from '../../../../electron/core/export/index.js';
import { dropInFolder } from '../../../../electron/core/send/folder-drop.js';
import { WordPressClient } from '../../../../electron/core/send/wordpress/client.js';
import { sendPost } from '../../../../electron/core/send/wordpress/send-post.js';
import { startWordPress, type WordPressSite } from '../../../support/wordpress.mjs';
import { bilingualArticle, BODY_PHOTO_FILE, PHOTO_FILE } from '../export-fixtures.js';
import { htmlProblems, ninjsValidator, nitfSchemaErrors, splitFrontMatter } from '../export-validators.js';
import { makeTempDir } from '../temp-dir.js';

/*
 * The done-when test of issue 14: one bilingual article (Arabic body, an English quote, an English
 * paragraph, headings in both scripts, a list with an English item, an Arabic caption), saved with
 * its directions and saved with none (as articles from before the editor stored them), goes out
 * through all six paths: HTML, Markdown, ninjs, NITF, a WordPress post on a real WordPress, and a
 * folder drop. Every block comes out with the direction a reader needs.
 */

/** Each block of the body, in order, with the direction it must have (the lead photo's caption first where a format shows it). */
const BODY = [
  ['paragraph', 'rtl'],
  ['quote', 'ltr'],
  ['paragraph', 'ltr'],
  ['heading', 'rtl'],
  ['heading', 'ltr'],
  ['list', 'rtl'],
  ['item', 'rtl'],
  ['item', 'ltr'],
  ['caption', 'rtl'],
] as const;
const WITH_LEAD = [['caption', 'rtl'], ...BODY] as const;

const HTML_KIND: Record<string, string> = { p: 'paragraph', blockquote: 'quote', h2: 'heading', h3: 'heading', ul: 'list', li: 'item', figcaption: 'caption' };
const NITF_KIND: Record<string, string> = { p: 'paragraph', bq: 'quote', hl2: 'heading', ul: 'list', li: 'item', 'media-caption': 'caption' };

type Element = DefaultTreeAdapterMap['element'];

/** The blocks of an HTML body with their `dir`, in document order (a quote's inner p inherits, so it is not a block of its own). */
function htmlBlocks(html: string, { page }: { page: boolean }): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  const visit = (node: Element, inHeader: boolean, inQuote: boolean) => {
    const header = inHeader || node.tagName === 'header';
    const kind = HTML_KIND[node.tagName];
    const dir = node.attrs.find((a) => a.name === 'dir')?.value;
    if (kind && !header && !(inQuote && node.tagName === 'p')) out.push([kind, dir ?? 'none']);
    for (const child of node.childNodes ?? []) if ('tagName' in child) visit(child, header, inQuote || node.tagName === 'blockquote');
  };
  const errors: string[] = [];
  const doc = parseHtml(page ? html : `<!doctype html><title>x</title><body>${html}`, { onParseError: (e) => errors.push(e.code) });
  expect(errors).toEqual([]);
  for (const child of doc.childNodes) if ('tagName' in child) visit(child, false, false);
  return out;
}

function nitfBlocks(xml: string): Array<[string, string]> {
  // A quote's paragraph inherits the quote's direction: not a block of its own.
  const content = xml.slice(xml.indexOf('<body.content>'), xml.indexOf('</body.content>')).replaceAll('<block><p>', '<block>');
  return [...content.matchAll(/<(p|bq|hl2|ul|li|media-caption)( its:dir="(ltr|rtl)")?>/g)].map((m) => [NITF_KIND[m[1]!]!, m[3] ?? 'none']);
}

const LRI = '\u2066';
const PDI = '\u2069';

let site: WordPressSite;
beforeAll(async () => {
  site = await startWordPress();
}, 120_000);
afterAll(async () => {
  await site?.stop();
});

interface ParsedBlock {
  blockName: string | null;
  attrs: Record<string, unknown> | [];
  innerBlocks: ParsedBlock[];
  innerHTML: string;
}

async function parsedBlocks(postId: number): Promise<ParsedBlock[]> {
  const response = await fetch(`${site.url}/wp-json/masthead-test/v1/blocks/${postId}`, {
    headers: { authorization: `Basic ${Buffer.from(`${site.admin.username}:${site.admin.applicationPassword}`).toString('base64')}` },
  });
  expect(response.status).toBe(200);
  return (await response.json()) as ParsedBlock[];
}

/** The blocks WordPress's parser found, without the whitespace it keeps between them (which must be all it found outside blocks). */
function realBlocks(blocks: ParsedBlock[]): ParsedBlock[] {
  const freeform = blocks.filter((b) => b.blockName === null);
  expect(freeform.map((b) => b.innerHTML.trim())).toEqual(freeform.map(() => ''));
  return blocks.filter((b) => b.blockName !== null).map((b) => ({ ...b, innerBlocks: realBlocks(b.innerBlocks) }));
}

async function bundleWithPhotos(): Promise<string> {
  const bundle = path.join(await makeTempDir(), 'story.article');
  await mkdir(path.join(bundle, 'media'), { recursive: true });
  await copyFile(path.resolve('test/fixtures/images/photo-640x400.jpg'), path.join(bundle, 'media', PHOTO_FILE));
  await copyFile(path.resolve('test/fixtures/images/cairo-skyline.png'), path.join(bundle, 'media', BODY_PHOTO_FILE));
  return bundle;
}

describe.each([
  ['with the directions the editor stored', true, '7d1e2f30-4a5b-4c6d-8e9f-0a1b2c3d4e5f'],
  ['with no stored directions', false, '8e2f3a41-5b6c-4d7e-9fa0-1b2c3d4e5f60'],
])('a bilingual Arabic article %s', (_name, stored, id) => {
  const article = Article.parse({ ...bilingualArticle(stored), id });

  it('HTML: a valid page, lead photo once at the top, every block in its direction', async () => {
    const { content, fileName } = exportArticle(article, 'html');
    expect(fileName).toBe('الكرملين-مستعدون-لتطبيع-العلاقات-مع-جورجيا.html');
    expect(await htmlProblems(content)).toEqual([]);
    expect(htmlBlocks(content, { page: true })).toEqual(WITH_LEAD);
    expect(content.split(PHOTO_FILE)).toHaveLength(2);
  });

  it('ninjs: valid against the official schema, its body HTML in the same directions, the lead photo only as featureimage', () => {
    const doc = JSON.parse(exportArticle(article, 'ninjs').content) as Record<string, any>;
    const validate = ninjsValidator();
    expect(validate(doc), JSON.stringify(validate.errors)).toBe(true);
    expect(htmlBlocks(doc.bodies[0].value, { page: false })).toEqual(BODY);
    expect(doc.bodies[0].value).not.toContain(PHOTO_FILE);
    expect(doc.associations[0]).toMatchObject({ rel: 'featureimage' });
    expect(doc.by).toBe('John Smith و ندى مصطفى');
  });

  it('NITF: valid against NITF 3.6 (xmllint), every block with its its:dir', () => {
    const xml = exportArticle(article, 'nitf').content;
    expect(nitfSchemaErrors(xml)).toEqual([]);
    expect(nitfBlocks(xml)).toEqual(WITH_LEAD);
    expect(xml).toContain('its:dir="rtl">');
    expect(xml).toContain('قال المتحدث <its:span dir="ltr"><em class="bold">Dmitry</em> Peskov</its:span>، إن');
  });

  it('Markdown: front matter read back, the English blocks isolated left to right, no Arabic in italics', () => {
    const { front, body } = splitFrontMatter(exportArticle(article, 'markdown').content);
    expect(front).toMatchObject({ lang: 'ar', dir: 'rtl', slug: 'الكرملين-مستعدون-لتطبيع-العلاقات-مع-جورجيا', date: '2025-04-15T08:18:00+02:00' });
    const blocks = body.trim().split('\n\n');
    expect(blocks.slice(1, 7)).toEqual([
      `قال المتحدث ${LRI}**Dmitry** Peskov${PDI}، إن روسيا منفتحة على الحوار.`,
      `> ${LRI}“We are ready to talk,” he said.${PDI}`,
      `${LRI}The talks ended late on Tuesday, officials said. See [TASS](<https://tass.com/politics>).${PDI}`,
      '## خلفية',
      `### ${LRI}Background${PDI}`,
      `- أبخازيا\n- ${LRI}South Ossetia (Tskhinvali)${PDI}`,
    ]);
    expect(body).not.toMatch(/\*[^*\n]*\p{Script=Arabic}[^*\n]*\*/u);
  });

  it('folder drop: every format named by the slug, the same files as the exports, photos beside them', async () => {
    const drop = await makeTempDir();
    const formats = ['html', 'markdown', 'ninjs', 'nitf'] as const;
    await dropInFolder(article, await bundleWithPhotos(), { id: 'desk-drop', folder: drop, formats: [...formats] }, () => undefined, async () => undefined);
    const slug = 'الكرملين-مستعدون-لتطبيع-العلاقات-مع-جورجيا';
    expect((await readdir(drop)).sort()).toEqual([`${slug}.html`, `${slug}.json`, `${slug}.md`, `${slug}.xml`, 'media'].sort());
    expect((await readdir(path.join(drop, 'media'))).sort()).toEqual([BODY_PHOTO_FILE, PHOTO_FILE].sort());
    const html = await readFile(path.join(drop, `${slug}.html`), 'utf8');
    expect(htmlBlocks(html, { page: true })).toEqual(WITH_LEAD);
    expect(nitfBlocks(await readFile(path.join(drop, `${slug}.xml`), 'utf8'))).toEqual(WITH_LEAD);
    for (const format of formats) expect(await readFile(path.join(drop, exportArticle(article, format).fileName), 'utf8')).toBe(exportArticle(article, format).content);
  });

  it('WordPress: the post is block markup that WordPress parses into the right blocks, directions kept', async () => {
    const client = new WordPressClient({ siteUrl: site.url, username: site.admin.username, password: site.admin.applicationPassword });
    const remote = { postId: null, modifiedGmt: null, fingerprint: null, media: {} };
    const { post, media } = await sendPost({
      client,
      article,
      bundleDir: await bundleWithPhotos(),
      sync: null,
      remote,
      saveRemote: async () => undefined,
      progress: () => undefined,
      now: () => new Date('2025-04-15T12:00:00Z'),
    });
    const blocks = realBlocks(await parsedBlocks(post.id));
    expect(blocks.map((b) => b.blockName)).toEqual([
      'core/group',
      'core/paragraph',
      'core/quote',
      'core/paragraph',
      'core/heading',
      'core/heading',
      'core/list',
      'core/image',
    ]);
    const [header, arabic, quote, english, heading2, heading3, list, image] = blocks as [ParsedBlock, ...ParsedBlock[]] as ParsedBlock[];
    expect(header!.attrs).toEqual({ className: 'masthead-header' });
    expect(header!.innerBlocks.map((b) => [b.blockName, b.attrs])).toEqual([
      ['core/paragraph', { direction: 'rtl' }],
      ['core/paragraph', { direction: 'rtl' }],
    ]);
    expect(header!.innerBlocks[0]!.innerHTML).toContain('<span dir="ltr">John Smith (Reuters)</span>');
    expect(arabic!.attrs).toEqual({ direction: 'rtl' });
    expect(arabic!.innerHTML).toContain('<p dir="rtl">قال المتحدث <span dir="ltr"><strong>Dmitry</strong> Peskov</span>، إن');
    expect(quote!.innerBlocks.map((b) => [b.blockName, b.attrs])).toEqual([['core/paragraph', { direction: 'ltr' }]]);
    expect(quote!.innerBlocks[0]!.innerHTML).toContain('<p dir="ltr">“We are ready to talk,” he said.</p>');
    expect(english!.attrs).toEqual({ direction: 'ltr' });
    expect(heading2!.attrs).toEqual([]);
    expect(heading2!.innerHTML.trim()).toBe('<h2>خلفية</h2>');
    expect(heading3!.attrs).toEqual({ level: 3 });
    expect(heading3!.innerHTML.trim()).toBe('<h3><span dir="ltr">Background</span></h3>');
    expect(list!.innerBlocks.map((b) => [b.blockName, b.innerHTML.trim()])).toEqual([
      ['core/list-item', '<li>أبخازيا</li>'],
      ['core/list-item', '<li><span dir="ltr">South Ossetia (Tskhinvali)</span></li>'],
    ]);
    const uploaded = media[BODY_PHOTO_FILE]!;
    expect(image!.attrs).toEqual({ id: uploaded.id, sizeSlug: 'full', linkDestination: 'none' });
    expect(image!.innerHTML).toContain(`<img src="${uploaded.url}" alt="وفد جورجيا" class="wp-image-${uploaded.id}"/><figcaption class="wp-element-caption">وفد جورجيا في موسكو<br><span dir="ltr">AFP</span></figcaption>`);
    // The separate lead photo is the featured image, not a block of the content.
    expect(post.featured_media).toBe(media[PHOTO_FILE]!.id);
  }, 60_000);
});
