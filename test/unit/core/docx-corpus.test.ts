import { readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { strFromU8, unzipSync, zipSync } from 'fflate';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { importDocument } from '../../../electron/core/import/import-document.js';
import { parseHtmlDocument, textOf } from '../../../electron/core/import/html-document.js';
import { buildDocx, para, picture, run } from './docx-builder.js';
import { expectFailure } from './failures.js';
import { TINY_IMAGES } from './tiny-images.js';
import { shareLine, words, wordsKeptInOrder } from '../../support/word-share.js';

/**
 * Word files made by LibreOffice (test/fixtures/docx, README there) imported as File › Import…
 * converts them: every word the document reads with its tracked changes accepted, footnotes at
 * the end, is in the article (headline and body) in the same order, and nothing else is; the
 * comments, the deleted text, the header and footer are not. Then the builder's broken files:
 * each is refused with a message, never a crash or a hang.
 */
const CORPUS = path.resolve(import.meta.dirname, '../../fixtures/docx');
const FILES = readdirSync(CORPUS).filter((name) => name.endsWith('.docx')).sort();

type XmlNode = Record<string, unknown> & { ':@'?: Record<string, string> };
const xml = new XMLParser({ preserveOrder: true, ignoreAttributes: false, attributeNamePrefix: '', trimValues: false });

/**
 * The text of a WordprocessingML part as Word shows it with changes accepted: `<w:t>` in order
 * (deleted text is `<w:delText>`, not read), paragraphs, tabs and breaks apart; `skip` leaves out
 * a subtree (the separator "notes").
 */
function partText(source: string, skip: (tag: string, attributes: Record<string, string>) => boolean = () => false): string {
  const out: string[] = [];
  const walk = (nodes: XmlNode[], inText: boolean): void => {
    for (const node of nodes) {
      const tag = Object.keys(node).find((key) => key !== ':@')!;
      if (tag === '#text') {
        if (inText) out.push(String(node[tag]));
        continue;
      }
      if (skip(tag, node[':@'] ?? {})) continue;
      if (tag === 'w:tab' || tag === 'w:br') out.push(' ');
      walk(node[tag] as XmlNode[], tag === 'w:t');
      if (tag === 'w:p') out.push(' ');
    }
  };
  walk(xml.parse(source) as XmlNode[], false);
  return out.join('');
}

/** Words in: the body, then the footnotes and endnotes; comments, headers and footers are not copy. */
function documentWords(docx: Uint8Array): string[] {
  const parts = unzipSync(docx);
  const part = (name: string) => (parts[name] ? strFromU8(parts[name]) : '');
  const notSeparator = (tag: string, attributes: Record<string, string>) =>
    (tag === 'w:footnote' || tag === 'w:endnote') && /separator/i.test(attributes['w:type'] ?? '');
  return words([part('word/document.xml'), part('word/footnotes.xml'), part('word/endnotes.xml')].map((p) => (p ? partText(p, notSeparator) : '')).join(' '));
}

/** Words out: the headline, then the body; a note's mark `[1]` is the note's place, not a word. */
function articleWords(doc: { headline: string; html: string }): string[] {
  return words(`${doc.headline} ${textOf(parseHtmlDocument(doc.html).body)}`.replace(/\[\d+\]/g, ' '));
}

describe('importing Word files made by LibreOffice', () => {
  it('has a corpus', () => {
    expect(FILES.length).toBeGreaterThanOrEqual(2);
  });

  for (const name of FILES) {
    it(`${name} keeps every word, in reading order, and adds none`, async () => {
      const bytes = await readFile(path.join(CORPUS, name));
      const wordsIn = documentWords(bytes);
      const doc = await importDocument(name, bytes);
      const wordsOut = articleWords(doc);
      const kept = wordsKeptInOrder(wordsIn, wordsOut);
      console.log(`${name}: ${shareLine(kept, wordsIn.length)}, ${wordsOut.length} words out`);
      expect(wordsIn.length).toBeGreaterThan(40);
      expect(kept).toBe(wordsIn.length);
      expect(wordsOut.length).toBe(wordsIn.length);
    });
  }

  it('reads a report as if its tracked changes were accepted, keeps its footnote at the end, and leaves out its comment, header and footer', async () => {
    const doc = await importDocument('desk-report.docx', await readFile(path.join(CORPUS, 'desk-report.docx')));
    expect(doc.headline).toBe('Metro line opens to the airport');
    expect(doc.warnings).toEqual(['1 comment left out: comments are notes on the copy, not part of it']);
    const body = parseHtmlDocument(doc.html).body;
    const text = textOf(body);
    // The insertion is in, the deletion ("roughly") is not.
    expect(text).toContain('The new line carries forty thousand riders a day in its first week, the transport authority said[1].');
    expect(text).not.toContain('roughly');
    for (const absent of ['Confirm the ridership', 'Huda', 'internal draft', 'footer']) expect(text).not.toContain(absent);
    // The note is the last paragraph, after the body's last words.
    expect(text.endsWith("The authority plans a second phase next year. [1] Figures from the authority's weekly bulletin.")).toBe(true);
    expect(doc.html).not.toContain('↑');
    expect(doc.html).toMatch(/<ul><li>Attaba interchange<ul><li>Lines one and two<\/li><li>Street trams outside<\/li><\/ul><\/li><li>Heliopolis square<\/li>/);
    expect(doc.html).toMatch(/<td><p>Zone<\/p><\/td><td><p>Fare<\/p><\/td><\/tr><tr><td><p>City centre<\/p><\/td><td><p>8 pounds<\/p>/);
    expect(doc.html).toMatch(/<img alt="Map of the airport line" src="data:image\/png;base64,/);
    expect(doc.html).toContain('<strong>أصبحت</strong>');
  });

  it('keeps the bold and italics of Arabic runs, which Word and LibreOffice mark as complex-script emphasis', async () => {
    const doc = await importDocument('arabic-column.docx', await readFile(path.join(CORPUS, 'arabic-column.docx')));
    expect(doc.language).toBe('ar');
    expect(doc.headline).toBe('مدينة تبحث عن ظل');
    expect(doc.html).toContain('<strong>القاهرة</strong>');
    expect(doc.html).toContain('<em>المساحات الخضراء</em>');
    expect(doc.html).toContain('<a href="https://ar.example.com/study">دراسة حديثة</a>');
  });
});

describe('importing a broken or hostile Word file', () => {
  const report = () => buildDocx({ body: para(run('A short report on the harbour.')) });

  it('refuses a damaged zip with a message naming the file', async () => {
    const whole = await readFile(path.join(CORPUS, 'desk-report.docx'));
    await expectFailure(importDocument('cut.docx', whole.subarray(0, Math.floor(whole.length / 2))), 'UNSUPPORTED_MEDIA', /^"cut\.docx" could not be read as a Word document/);
  });

  it('refuses a file whose part unpacks to more than 100 MB, without unpacking it all', async () => {
    const bomb = buildDocx({ body: para(run('Tiny.')), images: [{ name: 'image1.png', bytes: new Uint8Array(110 * 1024 * 1024) }] });
    expect(bomb.byteLength).toBeLessThan(1024 * 1024);
    await expectFailure(importDocument('bomb.docx', bomb), 'TOO_LARGE', /^"bomb\.docx" unpacks to more than 100 MB/);
  });

  it('refuses a file of more than 5000 parts', async () => {
    const parts = unzipSync(report());
    for (let i = 0; i < 5000; i++) parts[`customXml/item${i}.xml`] = new Uint8Array([0x3c, 0x61, 0x2f, 0x3e]);
    await expectFailure(importDocument('parts.docx', zipSync(parts)), 'TOO_LARGE', /more than 5000 parts/);
  });

  it('refuses a zip without word/document.xml', async () => {
    const parts = unzipSync(report());
    delete parts['word/document.xml'];
    await expectFailure(importDocument('no-document.docx', zipSync(parts)), 'UNSUPPORTED_MEDIA', /could not be read as a Word document/);
  });

  it('imports a document that holds only a picture, as a photo', async () => {
    const doc = await importDocument('photo.docx', buildDocx({ body: para(picture(1, 'The harbour at dawn')), images: [{ name: 'image1.png', bytes: TINY_IMAGES.png }] }));
    expect(doc.headline).toBe('');
    expect(doc.html.match(/<img /g)).toHaveLength(1);
    expect(doc.html).toContain('alt="The harbour at dawn"');
  });
});
