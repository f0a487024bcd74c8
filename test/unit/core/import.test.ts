import { readFile } from 'node:fs/promises';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { MAX_IMPORT_BYTES } from '../../../electron/common/rules/limits.js';
import { createDispatcher, type HandlerSet } from '../../../electron/core/api/dispatcher.js';
import { importHandlers } from '../../../electron/core/api/handlers/import.js';
import { importDocument } from '../../../electron/core/import/import-document.js';
import { parseWireCopy } from '../../../electron/core/import/wire-copy.js';
import { bold, buildDocx, bullet, italic, link, para, picture, run } from './docx-builder.js';
import { expectFailure } from './failures.js';
import { TINY_IMAGES } from './tiny-images.js';

const seed = await readFile(new URL('../../fixtures/seed-article.txt', import.meta.url));
const text = (s: string) => Buffer.from(s, 'utf8');

describe('importing a Word document', () => {
  const story = () =>
    buildDocx({
      body:
        para(run('Kremlin Reaffirms Readiness to Normalize Ties'), 'Title') +
        para(run('Peskov said there is ') + bold('no set timeline') + run(' for ') + italic('normalization') + run('.')) +
        para(run('Background'), 'Heading2') +
        bullet('Georgia declared independence in 1991') +
        bullet('A brief war followed in 2008') +
        para(run('As reported by ') + link(1, 'TASS') + run('.')) +
        para(run('There is no concrete timeframe.'), 'Quote') +
        para(picture(1, 'The Kremlin at dusk')) +
        para(run('The Russian Kremlin headquarters'), 'Caption'),
      images: [{ name: 'image1.png', bytes: TINY_IMAGES.png }],
      links: ['https://tass.com/politics'],
    });

  it('keeps headings, bold and italic, lists, links, quotes and the picture with its caption', async () => {
    const doc = await importDocument('Kremlin.docx', story());
    expect(doc).toMatchObject({
      headline: 'Kremlin Reaffirms Readiness to Normalize Ties',
      language: 'en',
      byline: [],
      publishAt: null,
      timeZone: null,
      warnings: [],
    });
    expect(doc.html).toBe(
      [
        '<p>Peskov said there is <strong>no set timeline</strong> for <em>normalization</em>.</p>',
        '<h2>Background</h2>',
        '<ul><li>Georgia declared independence in 1991</li><li>A brief war followed in 2008</li></ul>',
        '<p>As reported by <a href="https://tass.com/politics">TASS</a>.</p>',
        '<blockquote><p>There is no concrete timeframe.</p></blockquote>',
        `<figure><img alt="The Kremlin at dusk" src="data:image/png;base64,${TINY_IMAGES.png.toString('base64')}"><figcaption>The Russian Kremlin headquarters</figcaption></figure>`,
      ].join(''),
    );
  });

  it('takes a Heading 1, or else a short first line, as the headline', async () => {
    const heading = buildDocx({ body: para(run('Talks resume'), 'Heading1') + para(run('Body text.')) });
    expect(await importDocument('a.docx', heading)).toMatchObject({ headline: 'Talks resume', html: '<p>Body text.</p>' });
    const plain = buildDocx({ body: para(bold('Talks resume in Tbilisi')) + para(run('The talks resumed on Monday.')) });
    expect(await importDocument('b.docx', plain)).toMatchObject({ headline: 'Talks resume in Tbilisi', html: '<p>The talks resumed on Monday.</p>' });
    const sentence = buildDocx({ body: para(run('The talks resumed on Monday.')) });
    expect(await importDocument('c.docx', sentence)).toMatchObject({ headline: '', html: '<p>The talks resumed on Monday.</p>' });
  });

  it('leaves out pictures a browser cannot show, and says so', async () => {
    const emf = Buffer.concat([Buffer.from([1, 0, 0, 0]), Buffer.alloc(80)]);
    const docx = buildDocx({
      body: para(run('Chart'), 'Title') + para(picture(1, 'A chart')) + para(picture(2, 'A photo')) + para(run('Text.')),
      images: [
        { name: 'image1.emf', bytes: emf },
        { name: 'image2.jpeg', bytes: TINY_IMAGES.jpeg },
      ],
    });
    const doc = await importDocument('chart.docx', docx);
    expect(doc.warnings).toEqual(['1 picture in a format other than JPEG, PNG, WebP or GIF left out']);
    expect(doc.html).toBe(`<p><img alt="A photo" src="data:image/jpeg;base64,${TINY_IMAGES.jpeg.toString('base64')}"></p><p>Text.</p>`);
  });

  it('tells an Arabic document by its letters', async () => {
    const docx = buildDocx({ body: para(run('الكرملين يؤكد استعداده لتطبيع العلاقات مع جورجيا'), 'Title') + para(run('قال المتحدث باسم الكرملين (TASS) إن روسيا منفتحة.')) });
    expect(await importDocument('خبر.docx', docx)).toMatchObject({ headline: 'الكرملين يؤكد استعداده لتطبيع العلاقات مع جورجيا', language: 'ar' });
  });

  it('refuses a damaged or fake .docx by name', async () => {
    const message = /^"report\.docx" could not be read as a Word document/;
    await expectFailure(importDocument('report.docx', text('just some text, not a zip')), 'UNSUPPORTED_MEDIA', message);
    await expectFailure(importDocument('report.docx', zipSync({ 'hello.txt': strToU8('hi') })), 'UNSUPPORTED_MEDIA', message);
    const whole = story();
    await expectFailure(importDocument('report.docx', whole.subarray(0, whole.length / 2)), 'UNSUPPORTED_MEDIA', message);
  });
});

describe('importing a web page', () => {
  it('takes the top heading as the headline and keeps only the body', async () => {
    const page = `<!doctype html><html lang="en"><head><title>Kremlin ties | The Site</title><style>p{}</style></head>
      <body><h1>Kremlin<em>'s</em> Readiness &amp;<br>Openness</h1><p>Peskov <b>said</b> so.</p><h1>Later heading</h1></body></html>`;
    const doc = await importDocument('page.HTML', text(page));
    expect(doc.headline).toBe("Kremlin's Readiness & Openness");
    expect(doc.html).toBe('<p>Peskov <b>said</b> so.</p><h1>Later heading</h1>');
    expect(doc.html).not.toContain('The Site');
  });

  it('falls back to the title, and reads a fragment too', async () => {
    expect(await importDocument('a.htm', text('<title>Only a title</title><p>Text</p>'))).toMatchObject({ headline: 'Only a title', html: '<p>Text</p>' });
    expect(await importDocument('b.html', text('<p>Just a paragraph</p>'))).toMatchObject({ headline: '', html: '<p>Just a paragraph</p>' });
  });

  it('leaves cleaning to the paste pipeline, which sees exactly what the page held', async () => {
    const doc = await importDocument('x.html', text('<h1>H</h1><p onclick="steal()">Hi<script>steal()</script></p>'));
    expect(doc.html).toBe('<p onclick="steal()">Hi<script>steal()</script></p>');
  });
});

describe('importing Markdown', () => {
  it('makes the first # heading the headline and the rest HTML', async () => {
    const md = ['# Kremlin ties', '', 'Peskov said **no timeline**, *yet*.', '', '## Background', '', '- one', '- two', '', '> A quote', '', '[TASS](https://tass.com)'].join('\n');
    const doc = await importDocument('notes.md', text(md));
    expect(doc.headline).toBe('Kremlin ties');
    expect(doc.html).toBe(
      '<p>Peskov said <strong>no timeline</strong>, <em>yet</em>.</p>\n<h2>Background</h2>\n<ul>\n<li>one</li>\n<li>two</li>\n</ul>\n' +
        '<blockquote>\n<p>A quote</p>\n</blockquote>\n<p><a href="https://tass.com">TASS</a></p>',
    );
  });
});

describe('importing plain wire copy', () => {
  it('reads the seed article: headline, byline, Cairo time and paragraphs, without the site chrome', async () => {
    const doc = await importDocument('seed-article.txt', seed);
    expect(doc).toMatchObject({
      headline: 'Kremlin Reaffirms Readiness to Normalize Ties with Georgia',
      byline: [{ name: 'Nada Mustafa', role: 'writer', affiliation: '' }],
      publishAt: '2025-04-15T08:18:00+02:00',
      timeZone: 'Africa/Cairo',
      language: 'en',
    });
    const paragraphs = doc.html.split('\n');
    expect(paragraphs).toHaveLength(11);
    expect(paragraphs[0]).toMatch(/^<p>Kremlin spokesman Dmitry Peskov stated/);
    expect(paragraphs[3]).toBe('<p>“This is true, we are interested in building good relations with all countries that are ready for it,&#34; he added.</p>');
    for (const chrome of ['Editor in Chief', 'Supervisor', 'ads', 'صدى البلد', 'Nada Mustafa', '08:18']) expect(doc.html).not.toContain(chrome);
    expect(doc.warnings).toEqual([
      'The text names a lead photo but holds no picture; its caption was not imported: "The Russian Kremlin headquarters"',
    ]);
  });

  it('takes the first line as the headline when there is no date line, and escapes the text', async () => {
    const doc = await importDocument('note.txt', text('\n  Talks resume  \nBy Nada Mustafa and Omar Ali\nA <script> tag & "quotes".\r\nSecond line.\n'));
    expect(doc).toMatchObject({ headline: 'Talks resume', publishAt: null, timeZone: null, warnings: [] });
    expect(doc.byline.map((c) => c.name)).toEqual(['Nada Mustafa', 'Omar Ali']);
    expect(doc.html).toBe('<p>A &#60;script&#62; tag &#38; &#34;quotes&#34;.</p>\n<p>Second line.</p>');
  });

  it('tells Arabic copy and reads UTF-16 files from Windows', async () => {
    const arabic = 'الكرملين يؤكد استعداده\nكتب: ندى مصطفى\nقال المتحدث باسم الكرملين إن روسيا منفتحة على تطبيع العلاقات.';
    expect(await importDocument('خبر.txt', text(arabic))).toMatchObject({ language: 'ar', byline: [{ name: 'ندى مصطفى' }] });
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Headline\nBody.', 'utf16le')]);
    expect(await importDocument('win.txt', utf16)).toMatchObject({ headline: 'Headline', html: '<p>Body.</p>' });
  });

  it('reads a dated page whose photo lines are missing', () => {
    const copy = parseWireCopy('Menu\n\nHeadline here\nWed 1 Jan 2025 | 11:05 PM\nBy Reuters staff\nFirst paragraph.\nSecond paragraph.');
    expect(copy).toEqual({
      headline: 'Headline here',
      published: { publishAt: '2025-01-01T23:05:00+02:00', timeZone: 'Africa/Cairo' },
      photo: null,
      byline: [{ name: 'Reuters staff', role: 'writer', affiliation: '' }],
      dateline: '',
      sources: [],
      paragraphs: ['First paragraph.', 'Second paragraph.'],
      leftOut: [],
    });
  });
});

describe('files that cannot be imported', () => {
  it('are refused by name, with what to do', async () => {
    await expectFailure(importDocument('junk.txt', Buffer.from([0x89, 0x00, 0x01, 0x02, 0x41, 0x00])), 'UNSUPPORTED_MEDIA', '"junk.txt" holds binary data, not text, so it cannot be imported.');
    await expectFailure(importDocument('latin.txt', Buffer.from([0x48, 0xe9, 0x6c, 0x6c, 0x6f])), 'UNSUPPORTED_MEDIA', /^"latin.txt" is not text Masthead can read: save it as UTF-8/);
    await expectFailure(importDocument('scan.pdf', text('%PDF-1.7')), 'UNSUPPORTED_MEDIA', '"scan.pdf" cannot be imported: Masthead imports Word (.docx), HTML, Markdown, plain text (.txt), IPTC 7901 and NewsML-G2 (.xml) files.');
    await expectFailure(importDocument('old.doc', text('x')), 'UNSUPPORTED_MEDIA', /older Word file: open it in Word, save it as \.docx/);
    await expectFailure(importDocument('empty.md', Buffer.alloc(0)), 'UNSUPPORTED_MEDIA', '"empty.md" is empty: there is nothing to import.');
    await expectFailure(importDocument('blank.txt', text('\n \n')), 'UNSUPPORTED_MEDIA', '"blank.txt" has no text to import.');
    const frames = text('<frameset><frame src="https://example.com"><script>x()</script></frameset>');
    await expectFailure(importDocument('frames.html', frames), 'UNSUPPORTED_MEDIA', '"frames.html" has no text to import.');
  });

  it('are refused over 25 MB, saying how large', async () => {
    await expectFailure(importDocument('big.txt', Buffer.alloc(MAX_IMPORT_BYTES + 100_000, 0x61)), 'TOO_LARGE', '"big.txt" is 25.1 MB; files to import can be at most 25 MB');
  });

  it('come back through the import:convert channel as a failure with its code', async () => {
    const dispatch = createDispatcher(importHandlers() as HandlerSet);
    const result = await dispatch('import:convert', { name: 'report.docx', data: Buffer.from('nope').toString('base64') });
    expect(result).toMatchObject({ ok: false, error: { code: 'UNSUPPORTED_MEDIA', message: expect.stringContaining('"report.docx"') } });
    const ok = await dispatch('import:convert', { name: 'seed.txt', data: seed.toString('base64') });
    expect(ok).toMatchObject({ ok: true, value: { headline: 'Kremlin Reaffirms Readiness to Normalize Ties with Georgia' } });
  });
});
