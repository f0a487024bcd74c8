import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importDocument } from '../../../electron/core/import/import-document.js';
import { expectFailure } from './failures.js';
import { importFixture, loadCorpus, measure, report, WIRE_FIXTURES, type Measure } from './wire-fixtures.js';

const corpus = await loadCorpus('newsml-g2');
const fixture = (name: string) => readFile(path.join(WIRE_FIXTURES, 'newsml-g2', name));

/** The text content of the XML's body: what "the story's lines" are for an XML file. */
const storyText = (xml: string) => xml.replace(/<[^>]*>/g, '\n');

describe('NewsML-G2 news items (test/fixtures/wire/newsml-g2)', () => {
  const rows: Array<{ name: string; m: Measure }> = [];
  for (const item of corpus) {
    it(`${item.name}: headline, byline, dateline, sources, tags, priority, rights and body`, async () => {
      const doc = await importFixture(item);
      const m = measure(item, doc, storyText(item.bytes.toString('utf8')));
      expect(m.storyWordsKept).toBe(m.storyWords);
      rows.push({ name: item.name, m });
    });
  }
  it('covers Reuters-, AP- and AFP-style items in English and Arabic', () => {
    expect(corpus.map((f) => f.name)).toEqual(expect.arrayContaining(['reuters-like.xml', 'ap-like-nitf.xml', 'afp-like-ar-message.xml']));
    console.log(report('newsml-g2', rows));
  });

  it('keeps the XHTML body’s emphasis and http links, and nothing a browser would run', async () => {
    const doc = await importDocument('reuters-like.xml', await fixture('reuters-like.xml'));
    expect(doc.html).toContain('<p>The bank held its overnight lending rate at <b>28.25%</b> and');
    expect(doc.html).toContain('<a href="https://www.cbe.org.eg/en/news">statement</a>');
    const hostile = Buffer.from(
      `<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/"><contentMeta><headline>H</headline></contentMeta><contentSet><inlineXML><html xmlns="http://www.w3.org/1999/xhtml"><body>` +
        `<p onclick="x()">Text <a href="javascript:x()">link</a><script>x()</script> &lt;img src=x&gt;</p></body></html></inlineXML></contentSet></newsItem>`,
    );
    expect((await importDocument('h.xml', hostile)).html).toBe('<p>Text link &#60;img src=x&#62;</p>');
  });

  it('refuses a billion-laughs file and an external entity at once, with a clear message', async () => {
    for (const name of ['refused-billion-laughs.xml', 'refused-external-entity.xml']) {
      await expectFailure(importDocument(name, await fixture(name)), 'UNSUPPORTED_MEDIA', `"${name}" declares a DOCTYPE or entities, which news XML never needs; Masthead does not read such files.`);
    }
  });

  it('refuses XML that is not well-formed, not NewsML-G2, or holds no text item', async () => {
    await expectFailure(importDocument('cut.xml', Buffer.from('<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/"><contentMeta>')), 'UNSUPPORTED_MEDIA', /^"cut.xml" is not well-formed XML \(line 1: /);
    await expectFailure(importDocument('feed.xml', Buffer.from('<rss><channel><title>T</title></channel></rss>')), 'UNSUPPORTED_MEDIA', '"feed.xml" is not a NewsML-G2 news item: Masthead imports XML only in that format.');
    const picture = `<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/"><itemMeta><itemClass qcode="ninat:picture"/></itemMeta><contentSet><remoteContent href="https://example.com/a.jpg"/></contentSet></newsItem>`;
    await expectFailure(importDocument('photo.xml', Buffer.from(picture)), 'UNSUPPORTED_MEDIA', '"photo.xml" holds no NewsML-G2 text item to import.');
  });
});
