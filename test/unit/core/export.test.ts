import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { Article } from '../../../electron/common/article.js';
import { paragraph, textNode } from '../../../electron/common/lexical-nodes.js';
import { exportArticle, exportHtml, exportMarkdown, exportNinjs, exportNitf } from '../../../electron/core/export/index.js';
import { escapeMarkdown } from '../../../electron/core/export/markdown.js';
import { inlineRuns, safeLinkUrl } from '../../../electron/core/export/walker.js';
import { marked } from 'marked';
import { arabicArticle, bilingualArticle, BODY_PHOTO_FILE, englishArticle, link, PHOTO_FILE } from './export-fixtures.js';
import { htmlProblems, ninjsValidator, nitfSchemaErrors, splitFrontMatter } from './export-validators.js';

describe('runs of the other direction inside a block', () => {
  /** The runs as [text, isolated direction or '-'], text nodes joined back. */
  const runs = (children: Parameters<typeof inlineRuns>[0], dir: 'ltr' | 'rtl') =>
    inlineRuns(children, dir).map((run) => [run.nodes.map((n) => (n.type === 'text' ? n.text : n.type === 'link' ? `[${(n.children[0] as { text: string }).text}]` : '⏎')).join(''), run.dir ?? '-']);

  it('makes one run of an English name across formatting, leaving the Arabic comma after it outside', () => {
    expect(runs([textNode('قال '), textNode('Dmitry', 1), textNode(' Peskov، إن')], 'rtl')).toEqual([
      ['قال ', '-'],
      ['Dmitry Peskov', 'ltr'],
      ['، إن', '-'],
    ]);
  });

  it('takes in the quotes and full stop written against an English sentence, not the spaces around it', () => {
    expect(runs([textNode('قال: "We are ready." ثم غادر')], 'rtl')).toEqual([
      ['قال: ', '-'],
      ['"We are ready."', 'ltr'],
      [' ثم غادر', '-'],
    ]);
    expect(runs([textNode('He said “مرحبا بكم.” and left')], 'ltr')).toEqual([
      ['He said ', '-'],
      ['“مرحبا بكم.”', 'rtl'],
      [' and left', '-'],
    ]);
  });

  it('isolates a link whole, never crosses a line break, and leaves a block with no other script alone', () => {
    expect(runs([textNode('راجع '), link('https://tass.com/', 'TASS وكالة'), textNode(' اليوم')], 'rtl')).toEqual([
      ['راجع ', '-'],
      ['[TASS وكالة]', 'ltr'],
      [' اليوم', '-'],
    ]);
    expect(runs([textNode('Reuters'), { type: 'linebreak', version: 1 }, textNode('AFP')], 'rtl')).toEqual([
      ['Reuters', 'ltr'],
      ['⏎', '-'],
      ['AFP', 'ltr'],
    ]);
    expect(runs([textNode('Plain English, 2025.')], 'ltr')).toEqual([['Plain English, 2025.', '-']]);
    // A word that changes script midway is cut where it does.
    expect(runs([textNode('نسخة iPhoneآيفون جديدة')], 'rtl')).toEqual([
      ['نسخة ', '-'],
      ['iPhone', 'ltr'],
      ['آيفون جديدة', '-'],
    ]);
  });
});

describe('HTML export', () => {
  it('is a standalone page with the lead photo once at the top, byline, dateline, dir and lang, all text escaped', () => {
    const html = exportHtml(englishArticle());
    expect(html.startsWith('<!doctype html>\n<html lang="en" dir="ltr">')).toBe(true);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toContain('<h1 dir="ltr">Kremlin Reaffirms Readiness to Normalize Ties with Georgia</h1>');
    expect(html).toContain('<p class="dek" dir="ltr">Moscow says there is no timeline &lt;yet&gt; &amp; talks may follow</p>');
    expect(html).toContain('<p class="byline" dir="ltr">By Nada Mustafa (Reuters) and Omar Hassan</p>');
    expect(html).toContain('Translated by Sami Adel');
    expect(html).not.toContain('Laila Said');
    expect(html).toMatch(/<p class="dateline" dir="ltr"><span class="dateline__place">MOSCOW<\/span> — <time datetime="2025-04-15T08:18:00\+02:00">15 April 2025 at 08:18<\/time><\/p>/);
    // The lead photo stands first in this body, after the header: exported there, once.
    expect(html).toContain(
      `</header>\n<figure class="lead"><img src="media/${PHOTO_FILE}" alt="The Kremlin &quot;at dusk&quot;" width="1200" height="800"><figcaption dir="ltr">The Russian <strong>Kremlin</strong> headquarters <span class="credit">AFP</span></figcaption></figure>\n<p dir="ltr">`,
    );
    expect(html.split(`media/${PHOTO_FILE}`)).toHaveLength(2);
    expect(html).toContain(`<img src="media/${BODY_PHOTO_FILE}" alt="Lights along the river in Tbilisi">`);
    expect(html).toContain('<p dir="ltr">Kremlin spokesman <strong>Dmitry Peskov</strong> stated that Russia &lt;script&gt;alert(1)&lt;/script&gt; remains open &amp; <em>ready</em>');
    expect(html).toContain('<a href="https://tass.com/politics?a=1&amp;b=2">TASS</a>');
    expect(html).toContain('<h2 dir="ltr">Background</h2>');
    expect(html).toContain('<blockquote dir="ltr"><p>“There is no concrete timeframe');
    expect(html).toMatch(/<ul dir="ltr">\n<li dir="ltr">Abkhazia<\/li>\n<li dir="ltr">South Ossetia\n<ol dir="ltr">\n<li dir="ltr">Tskhinvali<\/li>\n<\/ol>\n<\/li>/);
    expect(html).not.toMatch(/<script/i);
  });

  it('keeps an English quote left to right inside an Arabic article, with an Arabic byline', () => {
    const html = exportHtml(arabicArticle());
    expect(html).toContain('<html lang="ar" dir="rtl">');
    expect(html).toContain('<article lang="ar" dir="rtl">');
    expect(html).toContain('<p class="byline" dir="rtl">كتب: ندى مصطفى (رويترز)، عمر حسن و سامي عادل</p>');
    expect(html).toContain('<blockquote dir="ltr"><p>We are interested in building good relations.</p></blockquote>');
    expect(html).toContain('<p dir="rtl">قال المتحدث باسم الكرملين');
    // The separate lead photo leads the article, before the body.
    expect(html).toMatch(/<\/header>\n<figure class="lead"><img src="media\/[0-9a-f]+\.jpg" alt="الكرملين عند الغروب"><figcaption dir="rtl">مقر الكرملين <span class="credit">فرانس برس<\/span><\/figcaption><\/figure>\n<p dir="rtl">/);
    expect(html).toContain('<time datetime="2025-04-15T08:18:00+02:00">');
  });

  it('keeps an English name in Arabic copy as one run, its bold inside, and Arabic upright where Latin is italic', () => {
    const html = exportHtml(bilingualArticle(false));
    // One isolate across the two text nodes: "Dmitry" and "Peskov" cannot swap places, and the
    // Arabic comma after the name stays outside it.
    expect(html).toContain('<p dir="rtl">قال المتحدث <span dir="ltr"><strong>Dmitry</strong> Peskov</span>، إن روسيا');
    expect(html).toContain('<p class="byline" dir="rtl">كتب: <span dir="ltr">John Smith (Reuters)</span> و ندى مصطفى</p>');
    expect(html).toContain(':is(em,i,cite,blockquote,q):dir(rtl){font-style:normal}');
  });

  it.each([
    ['English', () => englishArticle()],
    ['Arabic', () => arabicArticle()],
    ['bilingual', () => bilingualArticle(true)],
  ])('%s article is a valid HTML page (html-validate, standard rules)', async (_name, make) => {
    expect(await htmlProblems(exportHtml(make()))).toEqual([]);
  });
});

describe('Markdown export', () => {
  it('has YAML front matter a static-site generator reads, then the body', () => {
    const { front, body } = splitFrontMatter(exportMarkdown(englishArticle()));
    expect(front).toEqual({
      title: 'Kremlin Reaffirms Readiness to Normalize Ties with Georgia',
      description: 'Moscow says there is no timeline <yet> & talks may follow',
      slug: 'kremlin-georgia',
      date: '2025-04-15T08:18:00+02:00',
      lastmod: '2025-04-15T06:30:00.000Z',
      categories: ['World'],
      tags: ['Russia', 'Georgia'],
      author: 'Nada Mustafa and Omar Hassan',
      byline: 'By Nada Mustafa (Reuters) and Omar Hassan\nTranslated by Sami Adel',
      dateline: 'MOSCOW',
      lang: 'en',
      dir: 'ltr',
    });
    const blocks = body.trim().split('\n\n');
    // The lead photo first, once, its caption plain text: a caption is not emphasis.
    expect(blocks[0]).toBe(`![The Kremlin "at dusk"](<media/${PHOTO_FILE}>)\\\nThe Russian **Kremlin** headquarters\\\n(AFP)`);
    expect(body.split(`media/${PHOTO_FILE}`)).toHaveLength(2);
    expect(body).toContain('Kremlin spokesman **Dmitry Peskov** stated that Russia \\<script\\>alert(1)\\</script\\> remains open & *ready* — see [TASS](<https://tass.com/politics?a=1&b=2>).');
    expect(body).toContain('\n## Background\n');
    expect(body).toContain('\n> “There is no concrete timeframe for normalizing relations with Georgia,” Peskov said.\n');
    expect(body).toContain('- Abkhazia\n- South Ossetia\n  1. Tskhinvali');
    expect(body).toContain('1\\. Not a list \\*nor\\* # heading \\[x\\]');
    expect(body.endsWith('TASS\n')).toBe(true);
  });

  it('escapes what would start markup', () => {
    expect(escapeMarkdown('# not a heading')).toBe('\\# not a heading');
    expect(escapeMarkdown('- not a list')).toBe('\\- not a list');
    expect(escapeMarkdown('2) not a list')).toBe('2\\) not a list');
    expect(escapeMarkdown('a *b* _c_ `d` [e](f) <g> ![h] &amp; | ~')).toBe('a \\*b\\* \\_c\\_ \\`d\\` \\[e\\](f) \\<g\\> \\!\\[h\\] \\&amp; \\| \\~');
  });

  it('writes an Arabic article with its quote, its caption and dek never in italics', () => {
    const md = exportMarkdown(arabicArticle());
    const { front, body } = splitFrontMatter(md);
    expect(front).toMatchObject({ lang: 'ar', dir: 'rtl', byline: 'كتب: ندى مصطفى (رويترز)، عمر حسن و سامي عادل', author: 'ندى مصطفى، عمر حسن و سامي عادل' });
    expect(body).toContain('> \u2066We are interested in building good relations.\u2069');
    expect(body).toContain(`![الكرملين عند الغروب](<media/${PHOTO_FILE}>)\\\nمقر الكرملين\\\n(فرانس برس)`);
    expect(md).not.toMatch(/\*[^*\n]*\p{Script=Arabic}[^*\n]*\*/u);
  });

  it('renders (marked, CommonMark) with the isolates kept and no Arabic in <em>', async () => {
    const html = await marked.parse(splitFrontMatter(exportMarkdown(bilingualArticle(false))).body);
    expect(html).toContain('<p>قال المتحدث \u2066<strong>Dmitry</strong> Peskov\u2069، إن روسيا منفتحة على الحوار.</p>');
    expect(html).toContain('<blockquote>\n<p>\u2066“We are ready to talk,” he said.\u2069</p>\n</blockquote>');
    expect(html).toContain('<h3>\u2066Background\u2069</h3>');
    expect(html).toContain('<li>\u2066South Ossetia (Tskhinvali)\u2069</li>');
    expect(html).not.toMatch(/<em>[^<]*\p{Script=Arabic}/u);
  });
});

describe('ninjs export', () => {
  const validate = ninjsValidator();

  it.each([
    ['English', () => englishArticle()],
    ['Arabic', () => arabicArticle()],
    ['bilingual, stored directions', () => bilingualArticle(true)],
    ['bilingual, no stored directions', () => bilingualArticle(false)],
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
    expect(doc.slugline).toBe('kremlin-georgia');
    expect(doc.headlines).toEqual([
      { role: 'main', contentType: 'text/plain', value: 'Kremlin Reaffirms Readiness to Normalize Ties with Georgia' },
      { role: 'subheadline', contentType: 'text/plain', value: 'Moscow says there is no timeline <yet> & talks may follow' },
    ]);
    expect(doc.bodies[0].role).toBe('main');
    expect(doc.bodies[0].contentType).toBe('text/html');
    expect(doc.bodies[0].value).toContain('<p dir="ltr">Kremlin spokesman <strong>Dmitry Peskov</strong>');
    // The lead photo sits in this body: it stays there, once, and is the featureimage too.
    expect(doc.bodies[0].value.split(`media/${PHOTO_FILE}`)).toHaveLength(2);
    expect(doc.by).toBe('Nada Mustafa and Omar Hassan');
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
    expect(lead).toMatchObject({ name: 'featureimage', rel: 'featureimage', type: 'picture', by: 'AFP' });
    expect(lead.descriptions).toEqual([
      { role: 'caption', contentType: 'text/plain', value: 'The Russian Kremlin headquarters' },
      { role: 'alt', contentType: 'text/plain', value: 'The Kremlin "at dusk"' },
    ]);
    expect(lead.altIds).toEqual([{ role: 'filename', value: `media/${PHOTO_FILE}` }]);
    expect(lead.renditions).toEqual([{ name: 'original', contentType: 'image/jpeg', width: 1200, height: 800 }]);
    expect(picture).toMatchObject({ name: 'picture1', by: 'Reuters' });
  });

  it('gives an Arabic article its names in `by`, the headline slug, and the separate lead photo only as featureimage', () => {
    const doc = JSON.parse(exportNinjs(arabicArticle())) as Record<string, any>;
    expect(doc.language).toBe('ar');
    expect(doc.by).toBe('ندى مصطفى، عمر حسن و سامي عادل');
    expect(doc.slugline).toBe('الكرملين-يؤكد-استعداده-لتطبيع-العلاقات-مع-جورجيا');
    expect(doc.associations[0]).toMatchObject({ name: 'featureimage', rel: 'featureimage' });
    expect(doc.associations[0].descriptions).toEqual([
      { role: 'caption', contentType: 'text/plain', value: 'مقر الكرملين' },
      { role: 'alt', contentType: 'text/plain', value: 'الكرملين عند الغروب' },
    ]);
    expect(doc.bodies[0].value).not.toContain(PHOTO_FILE);
  });

  it('has a body that is valid HTML', async () => {
    for (const article of [englishArticle(), bilingualArticle(false)]) {
      const doc = JSON.parse(exportNinjs(article)) as { bodies: Array<{ value: string }> };
      expect(await htmlProblems(doc.bodies[0]!.value, { fragment: true })).toEqual([]);
    }
  });
});

describe('NITF export', () => {
  it.each([
    ['English', () => englishArticle()],
    ['Arabic', () => arabicArticle()],
    ['bilingual, stored directions', () => bilingualArticle(true)],
    ['bilingual, no stored directions', () => bilingualArticle(false)],
    ['sample shape (lead photo without a file, one writer)', () =>
      englishArticle({
        leadPhoto: { file: null, caption: 'The Russian Kremlin headquarters', credit: '', altText: '' },
        byline: [{ name: 'Nada Mustafa', role: 'writer' }],
        body: { root: { type: 'root', version: 1, direction: 'ltr', format: '', indent: 0, children: [paragraph('Kremlin spokesman said.', 'ltr')] } },
      })],
  ])('%s article validates against the NITF 3.6 schema (xmllint)', (_name, make) => {
    expect(nitfSchemaErrors(exportNitf(make()))).toEqual([]);
  });

  it('is refused by the same check when it breaks the schema', () => {
    const broken = exportNitf(englishArticle()).replace('<em class="bold">', '<strong>').replace('</em>', '</strong>');
    expect(nitfSchemaErrors(broken).join('\n')).toMatch(/strong.*not expected/);
  });

  it('has docdata, hedline, byline, dateline, abstract, quote, lists and media; bold is <em class="bold">', () => {
    const text = exportNitf(englishArticle());
    expect(text).toContain('<nitf xmlns="http://iptc.org/std/NITF/2006-10-18/" xmlns:its="http://www.w3.org/2005/11/its" version="-//IPTC//DTD NITF 3.6//EN" xml:lang="en" its:version="2.0" its:dir="ltr">');
    expect(text).toContain('<docdata><doc-id id-string="urn:masthead:0b9c3a58-54d2-4c6b-9d47-6b1f8f6e3a10"/><urgency ed-urg="3"/><date.issue norm="20250415T081800+0200"/><date.release norm="20250415T100000+0200"/><key-list><keyword key="Russia"/><keyword key="Georgia"/></key-list></docdata>');
    expect(text).toContain('<hedline><hl1>Kremlin Reaffirms Readiness to Normalize Ties with Georgia</hl1><hl2>Moscow says there is no timeline &lt;yet&gt; &amp; talks may follow</hl2></hedline>');
    expect(text).toContain('<byline>By Nada Mustafa (Reuters) and Omar Hassan</byline>');
    expect(text).toContain('<dateline><location>MOSCOW</location> <story.date norm="20250415T081800+0200">15 April 2025 at 08:18</story.date></dateline>');
    expect(text).toContain('<abstract><p>Russia remains open to normalizing relations with Georgia.</p></abstract>');
    expect(text).toContain('<hl2 its:dir="ltr">Background</hl2>');
    expect(text).toContain('<bq its:dir="ltr"><block><p>“There is no concrete timeframe');
    expect(text).toContain('<ul its:dir="ltr">\n<li its:dir="ltr">Abkhazia</li>\n<li its:dir="ltr">South Ossetia\n<ol its:dir="ltr">\n<li its:dir="ltr">Tskhinvali</li>\n</ol>\n</li>\n</ul>');
    expect(text).toContain('Kremlin spokesman <em class="bold">Dmitry Peskov</em> stated');
    expect(text).toContain('<em>ready</em>');
    expect(text).not.toContain('<strong>');
    expect(text).toContain(
      `<media media-type="image" class="lead"><media-reference source="media/${PHOTO_FILE}" mime-type="image/jpeg" alternate-text="The Kremlin &quot;at dusk&quot;" width="1200" height="800" source-credit="AFP"/><media-caption its:dir="ltr">The Russian <em class="bold">Kremlin</em> headquarters</media-caption><media-producer>AFP</media-producer></media>`,
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
    expect(nitfSchemaErrors(text)).toEqual([]);
    expect(text).toContain('<hl1 its:dir="ltr">Bad chars here </hl1>');
    expect(text).toContain('<p its:dir="ltr">tab\tok bell</p>');
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
      const { content } = exportArticle(article, format);
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
  it('names the file after the CMS slug, with the format extension', () => {
    const article = englishArticle();
    expect(exportArticle(article, 'html')).toMatchObject({ fileName: 'kremlin-georgia.html', mime: 'text/html' });
    expect(exportArticle(article, 'markdown')).toMatchObject({ fileName: 'kremlin-georgia.md', mime: 'text/markdown' });
    expect(exportArticle(article, 'ninjs')).toMatchObject({ fileName: 'kremlin-georgia.json', mime: 'application/json' });
    expect(exportArticle(article, 'nitf')).toMatchObject({ fileName: 'kremlin-georgia.xml', mime: 'application/xml' });
  });

  it('follows the headline while no slug is set, Arabic kept, and never says "untitled"', () => {
    expect(exportArticle(englishArticle({ cmsSlug: null }), 'html').fileName).toBe('kremlin-reaffirms-readiness-to-normalize-ties-with-georgia.html');
    expect(exportArticle(arabicArticle(), 'nitf').fileName).toBe('الكرملين-يؤكد-استعداده-لتطبيع-العلاقات-مع-جورجيا.xml');
    expect(exportArticle(englishArticle({ cmsSlug: null, headline: '  ' }), 'markdown').fileName).toBe('article-0b9c3a58.md');
  });
});
