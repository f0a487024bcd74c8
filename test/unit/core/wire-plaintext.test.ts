import { describe, expect, it } from 'vitest';
import { importDocument } from '../../../electron/core/import/import-document.js';
import { parseWireCopy } from '../../../electron/core/import/wire-copy.js';
import { importFixture, loadCorpus, measure, report, type Measure } from './wire-fixtures.js';

const corpus = await loadCorpus('plaintext');

describe('plain-text pages copied off news sites (test/fixtures/wire/plaintext)', () => {
  const rows: Array<{ name: string; m: Measure }> = [];
  for (const fixture of corpus) {
    it(`${fixture.name}: headline, byline, dateline, sources and every sentence of the story, no chrome`, async () => {
      const doc = await importFixture(fixture);
      const m = measure(fixture, doc, fixture.bytes.toString('utf8'));
      expect(m.storyWordsKept).toBe(m.storyWords);
      expect(m.chromeLinesKept).toBe(0);
      rows.push({ name: fixture.name, m });
    });
  }
  it('covers English and Arabic pages of several layouts', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(6);
    expect(new Set(corpus.map((f) => f.expected.language))).toEqual(new Set(['en', 'ar']));
    console.log(report('plaintext', rows));
  });
});

describe('reading a page’s lines', () => {
  const page = (...lines: string[]) => lines.join('\n');

  it('leaves a photo caption between the headline and the story out, and says which line', async () => {
    const doc = await importDocument(
      'caption.txt',
      Buffer.from(page('Metro line opens in Giza after years of delay', 'Passengers board the first train at Giza Square', 'GIZA, April 17 (Reuters) - The first trains ran on the new line on Thursday morning, officials said.')),
    );
    expect(doc).toMatchObject({ headline: 'Metro line opens in Giza after years of delay', dateline: 'GIZA', sources: ['Reuters'], html: '<p>The first trains ran on the new line on Thursday morning, officials said.</p>' });
    expect(doc.warnings).toEqual(['Lines that read as photo captions or labels were left out: "Passengers board the first train at Giza Square"']);
  });

  it('takes credits with their roles into the byline, with the dateline’s agency as affiliation', () => {
    const copy = parseWireCopy(
      page(
        'Talks resume in Cairo on Gaza truce',
        'CAIRO, April 17 (Reuters) - Mediators met negotiators from both sides in the Egyptian capital on Thursday.',
        '(Reporting by Nidal al-Mughrabi in Cairo and Maayan Lubell in Jerusalem; Additional reporting by Ahmed Tolba; Writing by Michael Georgy; Editing by Toby Chopra)',
      ),
    );
    expect(copy?.byline).toEqual([
      { name: 'Nidal al-Mughrabi', role: 'reporter', affiliation: 'Reuters' },
      { name: 'Maayan Lubell', role: 'reporter', affiliation: 'Reuters' },
      { name: 'Ahmed Tolba', role: 'contributor', affiliation: 'Reuters' },
      { name: 'Michael Georgy', role: 'writer', affiliation: 'Reuters' },
      { name: 'Toby Chopra', role: 'editor', affiliation: 'Reuters' },
    ]);
    expect(copy?.paragraphs).toEqual(['Mediators met negotiators from both sides in the Egyptian capital on Thursday.']);
  });

  it('keeps short sentences that look like a menu or a time stamp', () => {
    const copy = parseWireCopy(page('Rates held for a fifth meeting', 'By Omar Hassan', 'The bank held its deposit rate at 27.25% on Thursday, as analysts had expected.', 'Prices rose 2% / 3% / 4%.', 'On 17 April.', 'Advertisement'));
    expect(copy?.paragraphs).toEqual(['The bank held its deposit rate at 27.25% on Thursday, as analysts had expected.', 'Prices rose 2% / 3% / 4%.', 'On 17 April.']);
  });

  it('reads the datelines of the agencies’ styles', () => {
    const lead = (dateline: string) => parseWireCopy(page('A headline of some words', `${dateline} The story starts here and runs on for more than ten words.`));
    expect(lead('WASHINGTON (AP) —')).toMatchObject({ dateline: 'WASHINGTON', sources: ['AP'] });
    expect(lead('LONDON, April 15 (AFP) -')).toMatchObject({ dateline: 'LONDON', sources: ['AFP'] });
    expect(lead('GAZA CITY, Gaza Strip (AP) —')).toMatchObject({ dateline: 'GAZA CITY, Gaza Strip', sources: ['AP'] });
    expect(lead('القاهرة (رويترز) -')).toMatchObject({ dateline: 'القاهرة', sources: ['رويترز'] });
    expect(lead('CAIRO —')).toMatchObject({ dateline: 'CAIRO', sources: [] });
    expect(lead('NATO said on Monday that')).toMatchObject({ dateline: '', sources: [] });
    expect(lead('US - China')).toMatchObject({ dateline: '', paragraphs: ['US - China The story starts here and runs on for more than ten words.'] });
  });
});
