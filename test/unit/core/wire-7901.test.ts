import { describe, expect, it } from 'vitest';
import { importDocument } from '../../../electron/core/import/import-document.js';
import { FRAME_CONTROLS, parseIptc7901 } from '../../../electron/core/import/iptc-7901.js';
import { expectFailure } from './failures.js';
import { importFixture, loadCorpus, measure, report, type Measure } from './wire-fixtures.js';

const corpus = await loadCorpus('iptc7901');

describe('IPTC 7901 and ANPA transmissions (test/fixtures/wire/iptc7901)', () => {
  const rows: Array<{ name: string; m: Measure }> = [];
  for (const fixture of corpus) {
    it(`${fixture.name}: headline, byline, dateline, keyword, priority and the joined paragraphs`, async () => {
      const doc = await importFixture(fixture);
      const text = fixture.bytes.toString('utf8').replace(FRAME_CONTROLS, '\n');
      const m = measure(fixture, doc, text);
      expect(m.storyWordsKept).toBe(m.storyWords);
      expect(m.chromeLinesKept).toBe(0);
      rows.push({ name: fixture.name, m });
    });
  }
  it('covers ANPA and IPTC 7901 headers, English and Arabic, with and without an extension', () => {
    expect(corpus.map((f) => f.name)).toEqual(expect.arrayContaining(['anpa-ap-like.txt', 'afp-ar', 'reuters-like.txt']));
    console.log(report('iptc7901', rows));
  });

  it('reads the header fields of both layouts', () => {
    const ipc = corpus.find((f) => f.name === 'afp-ar')!.bytes.toString('utf8');
    expect(parseIptc7901(ipc)).toMatchObject({ service: 'AFP', messageNumber: '0123', priority: 'urgent', category: 'ECO', wordCount: 61, keyword: 'مصر-اقتصاد-فائدة' });
    const anpa = corpus.find((f) => f.name === 'anpa-ap-like.txt')!.bytes.toString('utf8');
    expect(parseIptc7901(anpa)).toMatchObject({ service: 'a', messageNumber: '0457', priority: 'urgent', category: 'f', wordCount: 142, keyword: 'Egypt-Rates' });
  });

  it('maps the priorities: 1, f and b are breaking; 2, 3 and u urgent; 4 to 6 and r normal', () => {
    const priority = (code: string) => parseIptc7901(`\u0001XYZ0001 ${code} GEN 0010\u0002Headline\n\tBody text.\u0003`).priority;
    expect(['1', 'f', 'b', '2', '3', 'u', '4', '6', 'r'].map(priority)).toEqual(['breaking', 'breaking', 'breaking', 'urgent', 'urgent', 'urgent', 'normal', 'normal', 'normal']);
  });

  it('sniffs the frame: control characters pass only inside a transmission; a file without an extension must be one', async () => {
    await expectFailure(importDocument('stray.txt', Buffer.from('Headline\u0001\nBody.')), 'UNSUPPORTED_MEDIA', '"stray.txt" holds binary data, not text, so it cannot be imported.');
    await expectFailure(importDocument('NOTES', Buffer.from('Just some notes\nwithout a frame.')), 'UNSUPPORTED_MEDIA', /^"NOTES" cannot be imported: Masthead imports Word/);
    const doc = await importDocument('AP0001', Buffer.from('\u0001AP0001 4 GEN 0012\u0002Headline here\n\tFirst paragraph of the story.\u0003'));
    expect(doc).toMatchObject({ headline: 'Headline here', html: '<p>First paragraph of the story.</p>', priority: 'normal' });
  });
});
