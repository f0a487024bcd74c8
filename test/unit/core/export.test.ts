import { readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { Article } from '../../../electron/common/article.js';
import { paragraph, textNode } from '../../../electron/common/lexical-nodes.js';
import { exportArticle, exportHtml, exportMarkdown, exportNinjs, exportNitf } from '../../../electron/core/export/index.js';
import { escapeMarkdown } from '../../../electron/core/export/markdown.js';
import { safeLinkUrl } from '../../../electron/core/export/walker.js';
import { arabicArticle, BODY_PHOTO_FILE, englishArticle, link, PHOTO_FILE } from './export-fixtures.js';

const FIXTURES = path.resolve(import.meta.dirname, '../../fixtures/ninjs');

function ninjsValidator() {
  const ajv = new Ajv2020.default({ strict: false, allErrors: true });
  addFormats.default(ajv);
  ajv.addSchema(JSON.parse(readFileSync(path.join(FIXTURES, 'GeoJSON-schema.json'), 'utf8')));
  return ajv.compile(JSON.parse(readFileSync(path.join(FIXTURES, 'ninjs-schema_3.1.json'), 'utf8')));
}

type Ordered = Array<Record<string, unknown> & { ':@'?: Record<string, string> }>;
const xml = new XMLParser({ preserveOrder: true, ignoreAttributes: false, attributeNamePrefix: '' });

function elementName(node: Record<string, unknown>): string {
  return Object.keys(node).find((k) => k !== ':@')!;
}
function childrenOf(nodes: Ordered, name: string): Ordered {
  const found = nodes.find((n) => elementName(n) === name);
  if (!found) throw new Error(`no <${name}>`);
  return found[name] as Ordered;
}
function childNames(nodes: Ordered): string[] {
  return nodes.map(elementName).filter((n) => n !== '#text');
}
/** Whether `names` follow the schema's order (each name may repeat, none may come back later). */
function inSchemaOrder(names: string[], order: readonly string[]): boolean {
  let at = 0;
  for (const name of names) {
    const i = order.indexOf(name);
    if (i < at) return false;
    at = i;
  }
  return true;
}

describe('HTML export', () => {
  it('is a standalone page with figure, byline, dateline, dir and lang, all text escaped', () => {
    const html = exportHtml(englishArticle());
    expect(html.startsWith('<!doctype html>\n<html lang="en" dir="ltr">')).toBe(true);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toContain('<h1>Kremlin Reaffirms Readiness to Normalize Ties with Georgia</h1>');
    expect(html).toContain('<p class="dek">Moscow says there is no timeline &lt;yet&gt; &amp; talks may follow</p>');
    expect(html).toContain('<p class="byline">By Nada Mustafa (Reuters) and Omar Hassan</p>');
    expect(html).toContain('Translated by Sami Adel');
    expect(html).not.toContain('Laila Said');
    expect(html).toMatch(/<p class="dateline"><span class="dateline__place">MOSCOW<\/span> — <time datetime="2025-04-15T08:18:00\+02:00">15 April 2025 at 08:18<\/time><\/p>/);
    expect(html).toContain(
      `<figure class="lead"><img src="media/${PHOTO_FILE}" alt="The Kremlin &quot;at dusk&quot;" width="1200" height="800"><figcaption>The Russian <strong>Kremlin</strong> headquarters <span class="credit">AFP</span></figcaption></figure>`,
    );
    expect(html).toContain(`<img src="media/${BODY_PHOTO_FILE}" alt="Lights along the river in Tbilisi">`);
    expect(html).toContain('<p dir="ltr">Kremlin spokesman <strong>Dmitry Peskov</strong> stated that Russia &lt;script&gt;alert(1)&lt;/script&gt; remains open &amp; <em>ready</em>');
    expect(html).toContain('<a href="https://tass.com/politics?a=1&amp;b=2">TASS</a>');
    expect(html).toContain('<h2 dir="ltr">Background</h2>');
    expect(html).toContain('<blockquote dir="ltr"><p>“There is no concrete timeframe');
    expect(html).toMatch(/<ul dir="ltr">\n<li>Abkhazia<\/li>\n<li>South Ossetia\n<ol>\n<li>Tskhinvali<\/li>\n<\/ol>\n<\/li>/);
    expect(html).not.toMatch(/<script/i);
    // The lead photo is a body photo: printed once, where it stands.
    expect(html.split(`media/${PHOTO_FILE}`)).toHaveLength(2);
  });

  it('keeps an English quote left to right inside an Arabic article, with an Arabic byline', () => {
    const html = exportHtml(arabicArticle());
    expect(html).toContain('<html lang="ar" dir="rtl">');
    expect(html).toContain('<article lang="ar" dir="rtl">');
    expect(html).toContain('<p class="byline">كتب: ندى مصطفى (رويترز)، عمر حسن و سامي عادل</p>');
    expect(html).toContain('<blockquote dir="ltr"><p>We are interested in building good relations.</p></blockquote>');
    expect(html).toContain('<p dir="rtl">قال المتحدث باسم الكرملين');
    // The separate lead photo leads the article, before the body.
    expect(html).toMatch(/<\/header>\n<figure class="lead"><img src="media\/[0-9a-f]+\.jpg" alt="الكرملين عند الغروب"><figcaption>مقر الكرملين <span class="credit">فرانس برس<\/span><\/figcaption><\/figure>\n<p dir="rtl">/);
    expect(html).toContain('<time datetime="2025-04-15T08:18:00+02:00">');
  });
});

describe('Markdown export', () => {
  it('has the headline, byline, photos with captions, quote, lists and escaped text', () => {
    const md = exportMarkdown(englishArticle());
    const blocks = md.trim().split('\n\n');
    expect(blocks[0]).toBe('# Kremlin Reaffirms Readiness to Normalize Ties with Georgia');
    expect(blocks[1]).toBe('*Moscow says there is no timeline \\<yet\\> & talks may follow*');
    expect(blocks[2]).toBe('By Nada Mustafa (Reuters) and Omar Hassan\\\nTranslated by Sami Adel');
    expect(blocks[3]).toBe('MOSCOW — 15 April 2025 at 08:18');
    expect(md).toContain(`![The Kremlin "at dusk"](<media/${PHOTO_FILE}>)\\\n*The Russian Kremlin headquarters (AFP)*`);
    expect(md).toContain('Kremlin spokesman **Dmitry Peskov** stated that Russia \\<script\\>alert(1)\\</script\\> remains open & *ready* — see [TASS](<https://tass.com/politics?a=1&b=2>).');
    expect(md).toContain('\n## Background\n');
    expect(md).toContain('\n> “There is no concrete timeframe for normalizing relations with Georgia,” Peskov said.\n');
    expect(md).toContain('- Abkhazia\n- South Ossetia\n  1. Tskhinvali');
    expect(md).toContain('1\\. Not a list \\*nor\\* # heading \\[x\\]');
    expect(md.endsWith('TASS\n')).toBe(true);
  });

  it('escapes what would start markup', () => {
    expect(escapeMarkdown('# not a heading')).toBe('\\# not a heading');
    expect(escapeMarkdown('- not a list')).toBe('\\- not a list');
    expect(escapeMarkdown('2) not a list')).toBe('2\\) not a list');
    expect(escapeMarkdown('a *b* _c_ `d` [e](f) <g> ![h] &amp; | ~')).toBe('a \\*b\\* \\_c\\_ \\`d\\` \\[e\\](f) \\<g\\> \\!\\[h\\] \\&amp; \\| \\~');
  });

  it('writes an Arabic article with its quote', () => {
    const md = exportMarkdown(arabicArticle());
    expect(md).toContain('كتب: ندى مصطفى (رويترز)، عمر حسن و سامي عادل');
    expect(md).toContain('> We are interested in building good relations.');
    expect(md).toContain(`![الكرملين عند الغروب](<media/${PHOTO_FILE}>)`);
  });
});

describe('ninjs export', () => {
  const validate = ninjsValidator();

  it.each([
    ['English', englishArticle],
    ['Arabic', arabicArticle],
  ])('%s article validates against the ninjs 3.1 schema', (_name, make) => {
    const doc = JSON.parse(exportNinjs(make())) as unknown;
    const valid = validate(doc);
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it('carries headlines, body, contributors, subjects and photos with caption and alt', () => {
    const doc = JSON.parse(exportNinjs(englishArticle())) as Record<string, any>;
    expect(doc.uri).toBe('urn:masthead:0b9c3a58-54d2-4c6b-9d47-6b1f8f6e3a10');
    expect(doc.type).toBe('text');
    expect(doc.language).toBe('en');
    expect(doc.headlines).toEqual([
      { role: 'main', contentType: 'text/plain', value: 'Kremlin Reaffirms Readiness to Normalize Ties with Georgia' },
      { role: 'subheadline', contentType: 'text/plain', value: 'Moscow says there is no timeline <yet> & talks may follow' },
    ]);
    expect(doc.bodies[0].role).toBe('main');
    expect(doc.bodies[0].contentType).toBe('text/html');
    expect(doc.bodies[0].value).toContain('<strong>Dmitry Peskov</strong>');
    expect(doc.by).toBe('By Nada Mustafa (Reuters) and Omar Hassan; Translated by Sami Adel');
    expect(doc.people).toEqual([
      { name: 'Nada Mustafa', rel: 'writer' },
      { name: 'Omar Hassan', rel: 'reporter' },
      { name: 'Laila Said', rel: 'photographer' },
      { name: 'Sami Adel', rel: 'translator' },
    ]);
    expect(doc.urgency).toBe(3);
    expect(doc.pubStatus).toBe('withheld');
    expect(doc.embargoedUntil).toBe('2025-04-15T10:00:00+02:00');
    expect(doc.versionCreated).toBe('2025-04-15T06:30:00.000Z');
    expect(doc.firstCreated).toBe('2025-04-15T06:00:00.000Z');
    expect(doc.subjects).toEqual([
      { name: 'World', rel: 'section' },
      { name: 'Russia', rel: 'keyword' },
      { name: 'Georgia', rel: 'keyword' },
    ]);
    expect(doc.associations).toHaveLength(2);
    const [lead, picture] = doc.associations;
    expect(lead).toMatchObject({ name: 'featureimage', type: 'picture', by: 'AFP' });
    expect(lead.descriptions).toEqual([
      { role: 'caption', contentType: 'text/plain', value: 'The Russian Kremlin headquarters' },
      { role: 'alt', contentType: 'text/plain', value: 'The Kremlin "at dusk"' },
    ]);
    expect(lead.altIds).toEqual([{ role: 'filename', value: `media/${PHOTO_FILE}` }]);
    expect(lead.renditions).toEqual([{ name: 'original', contentType: 'image/jpeg', width: 1200, height: 800 }]);
    expect(picture).toMatchObject({ name: 'picture1', by: 'Reuters' });
  });

  it('gives an Arabic article a BCP 47 language and its separate lead photo', () => {
    const doc = JSON.parse(exportNinjs(arabicArticle())) as Record<string, any>;
    expect(doc.language).toBe('ar');
    expect(doc.by).toBe('كتب: ندى مصطفى (رويترز)، عمر حسن و سامي عادل');
    expect(doc.associations[0].descriptions).toEqual([
      { role: 'caption', contentType: 'text/plain', value: 'مقر الكرملين' },
      { role: 'alt', contentType: 'text/plain', value: 'الكرملين عند الغروب' },
    ]);
  });
});

describe('NITF export', () => {
  const ORDER = {
    nitf: ['head', 'body'],
    head: ['title', 'meta', 'tobject', 'iim', 'docdata', 'pubdata', 'revision-history'],
    body: ['body.head', 'body.content', 'body.end'],
    'body.head': ['hedline', 'note', 'rights', 'byline', 'distributor', 'dateline', 'abstract', 'series'],
    media: ['media-metadata', 'media-reference', 'media-object', 'media-caption', 'media-producer'],
  };

  it.each([
    ['English', englishArticle],
    ['Arabic', arabicArticle],
  ])('%s article is well-formed XML with elements in schema order', (_name, make) => {
    const text = exportNitf(make());
    expect(XMLValidator.validate(text)).toBe(true);
    const doc = xml.parse(text) as Ordered;
    const nitf = childrenOf(doc, 'nitf');
    expect(childNames(nitf)).toEqual(['head', 'body']);
    const head = childNames(childrenOf(nitf, 'head'));
    expect(head).toContain('docdata');
    expect(inSchemaOrder(head, ORDER.head)).toBe(true);
    const body = childrenOf(nitf, 'body');
    expect(childNames(body)).toEqual(ORDER.body);
    const bodyHead = childNames(childrenOf(body, 'body.head'));
    expect(inSchemaOrder(bodyHead, ORDER['body.head'])).toBe(true);
    expect(bodyHead.slice(0, 2)).toEqual(['hedline', 'byline']);
    const content = childrenOf(body, 'body.content');
    const allowed = ['p', 'hl2', 'bq', 'ul', 'ol', 'media', 'block', 'table', 'pre', 'hr', 'fn', 'dl', 'nitf-table'];
    expect(childNames(content).every((n) => allowed.includes(n))).toBe(true);
    for (const m of content.filter((n) => elementName(n) === 'media')) {
      expect(inSchemaOrder(childNames(m.media as Ordered), ORDER.media)).toBe(true);
    }
  });

  it('has docdata, hedline, byline, dateline, abstract, quote, lists and media', () => {
    const text = exportNitf(englishArticle());
    expect(text).toContain('<nitf xmlns="http://iptc.org/std/NITF/2006-10-18/" version="-//IPTC//DTD NITF 3.6//EN" xml:lang="en">');
    expect(text).toContain('<docdata><doc-id id-string="urn:masthead:0b9c3a58-54d2-4c6b-9d47-6b1f8f6e3a10"/><urgency ed-urg="3"/><date.issue norm="20250415T081800+0200"/><date.release norm="20250415T100000+0200"/><key-list><keyword key="Russia"/><keyword key="Georgia"/></key-list></docdata>');
    expect(text).toContain('<hedline><hl1>Kremlin Reaffirms Readiness to Normalize Ties with Georgia</hl1><hl2>Moscow says there is no timeline &lt;yet&gt; &amp; talks may follow</hl2></hedline>');
    expect(text).toContain('<byline>By Nada Mustafa (Reuters) and Omar Hassan</byline>');
    expect(text).toContain('<dateline><location>MOSCOW</location> <story.date norm="20250415T081800+0200">15 April 2025 at 08:18</story.date></dateline>');
    expect(text).toContain('<abstract><p>Russia remains open to normalizing relations with Georgia.</p></abstract>');
    expect(text).toContain('<hl2>Background</hl2>');
    expect(text).toContain('<bq><block><p>“There is no concrete timeframe');
    expect(text).toContain('<ul>\n<li>Abkhazia</li>\n<li>South Ossetia\n<ol>\n<li>Tskhinvali</li>\n</ol>\n</li>\n</ul>');
    expect(text).toContain(
      `<media media-type="image" class="lead"><media-reference source="media/${PHOTO_FILE}" mime-type="image/jpeg" alternate-text="The Kremlin &quot;at dusk&quot;" width="1200" height="800" source-credit="AFP"/><media-caption>The Russian <strong>Kremlin</strong> headquarters</media-caption><media-producer>AFP</media-producer></media>`,
    );
    expect(text).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(text).toContain('<body.end><tagline>TASS</tagline></body.end>');
  });

  it('puts xml:lang="ar" on an Arabic article and drops characters XML forbids', () => {
    const article = arabicArticle();
    expect(exportNitf(article)).toContain('xml:lang="ar"');
    const nasty = Article.parse({ ...article, headline: 'Bad\u0000 \u0001chars\u000b\uFFFE here \uD800', body: { root: { ...article.body.root, children: [paragraph('tab\tok \u0007bell')] } } });
    const text = exportNitf(nasty);
    expect(XMLValidator.validate(text)).toBe(true);
    expect(text).toContain('<hl1>Bad chars here </hl1>');
    expect(text).toContain('<p>tab\tok bell</p>');
  });
});

describe('links in every export', () => {
  const HOSTILE = [
    'javascript:alert(1)',
    'JaVaScRiPt:alert(2)',
    ' javascript:alert(3)',
    '\u0001\u0002javascript:alert(4)',
    '\t\njava\tscript:alert(5)',
    'java\nscript:alert(6)',
    'vbscript:msgbox(7)',
    'VBScript:msgbox(8)',
    'data:text/html,<script>alert(9)</script>',
    'data:text/html;base64,PHNjcmlwdD5hbGVydCgxMCk8L3NjcmlwdD4=',
    '&#106;avascript:alert(11)',
    'javascript&colon;alert(12)',
    'file:///etc/passwd?13',
    '//evil.example/14',
  ];

  function withLinks(urls: string[]): Article {
    const base = englishArticle();
    const children = urls.map((url, i) => ({ ...paragraph(''), children: [textNode('Read '), link(url, `link${i}`, i % 2 ? 'autolink' : 'link')] }));
    const photo = {
      type: 'photo',
      version: 1,
      file: PHOTO_FILE,
      width: null,
      height: null,
      caption: { root: { type: 'root', children: [{ ...paragraph(''), children: urls.map((url, i) => link(url, `cap${i}`)) }] } },
      credit: '',
      altText: 'x',
      isLead: false,
    };
    return Article.parse({ ...base, body: { root: { ...base.body.root, children: [...children, photo] } } });
  }

  it('never writes a link whose scheme is not http, https or mailto', () => {
    const article = withLinks(HOSTILE);
    for (const format of ['html', 'markdown', 'ninjs', 'nitf'] as const) {
      const { content } = exportArticle(article, 'hostile', format);
      const flat = content.toLowerCase();
      for (const payload of ['alert(', 'msgbox', 'javascript', 'vbscript', 'data:', 'file:', 'evil.example', 'phnjcmlwd']) {
        expect(flat, `${format}: ${payload}`).not.toContain(payload);
      }
      for (let i = 0; i < HOSTILE.length; i++) {
        expect(content, `${format} keeps the text of link ${i}`).toContain(`link${i}`);
        expect(content).toContain(`cap${i}`);
      }
      // No link at all is left: only the photo's own media/ address.
      expect(flat).not.toMatch(/href|\]\(<(?!media\/)/);
    }
  });

  it('keeps http, https and mailto links, normalised', () => {
    const article = withLinks(['https://example.com/a b', 'http://example.org', 'mailto:desk@example.com', ' HTTPS://Example.com/x']);
    const html = exportHtml(article);
    expect(html).toContain('<a href="https://example.com/a%20b">link0</a>');
    expect(html).toContain('<a href="http://example.org/">link1</a>');
    expect(html).toContain('<a href="mailto:desk@example.com">link2</a>');
    expect(html).toContain('<a href="https://example.com/x">link3</a>');
    expect(exportMarkdown(article)).toContain('[link2](<mailto:desk@example.com>)');
    expect(exportNitf(article)).toContain('<a href="mailto:desk@example.com">link2</a>');
    expect(safeLinkUrl('mailto:')).toBeNull();
    expect(safeLinkUrl('http://')).toBeNull();
  });
});

describe('exportArticle', () => {
  it('names the file after the folder with the format extension', () => {
    const article = englishArticle();
    expect(exportArticle(article, 'kremlin', 'html')).toMatchObject({ fileName: 'kremlin.html', mime: 'text/html' });
    expect(exportArticle(article, 'kremlin', 'markdown')).toMatchObject({ fileName: 'kremlin.md', mime: 'text/markdown' });
    expect(exportArticle(article, 'kremlin', 'ninjs')).toMatchObject({ fileName: 'kremlin.json', mime: 'application/json' });
    expect(exportArticle(article, 'kremlin', 'nitf')).toMatchObject({ fileName: 'kremlin.xml', mime: 'application/xml' });
  });

  it('exports the sample article shape (separate lead photo without a file, no byline roles beyond writer)', () => {
    const article = englishArticle({
      leadPhoto: { file: null, caption: 'The Russian Kremlin headquarters', credit: '', altText: '' },
      byline: [{ name: 'Nada Mustafa', role: 'writer' }],
      body: { root: { type: 'root', version: 1, direction: 'ltr', format: '', indent: 0, children: [paragraph('Kremlin spokesman said.', 'ltr')] } },
    });
    const html = exportHtml(article);
    expect(html).toContain('<figure class="lead"><figcaption>The Russian Kremlin headquarters</figcaption></figure>');
    expect(XMLValidator.validate(exportNitf(article))).toBe(true);
    const validate = ninjsValidator();
    expect(validate(JSON.parse(exportNinjs(article)))).toBe(true);
  });
});
