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
