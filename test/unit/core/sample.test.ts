import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { Article } from '../../../electron/common/article.js';
import { bodyPlainText } from '../../../electron/common/rules/text.js';
import { sampleArticleFromSeed } from '../../../electron/core/library/sample.js';

const seed = await readFile(new URL('../../fixtures/seed-article.txt', import.meta.url), 'utf8');
const now = new Date('2025-05-01T10:00:00.000Z');

describe('sampleArticleFromSeed', () => {
  const article = sampleArticleFromSeed(seed, now);
  const paragraphs = bodyPlainText(article.body).split('\n');

  it('is a valid draft article', () => {
    expect(Article.parse(article)).toEqual(article);
    expect(article).toMatchObject({ status: 'draft', language: 'en', createdAt: now.toISOString(), updatedAt: now.toISOString() });
  });

  it('takes the headline, the Cairo date, the photo and the byline', () => {
    expect(article.headline).toBe('Kremlin Reaffirms Readiness to Normalize Ties with Georgia');
    expect(article.publishAt).toBe('2025-04-15T08:18:00+02:00');
    expect(article.timeZone).toBe('Africa/Cairo');
    expect(article.leadPhoto).toEqual({
      file: null,
      caption: 'The Russian Kremlin headquarters',
      altText: 'The Russian Kremlin headquarters',
      credit: '',
    });
    expect(article.byline).toEqual([{ name: 'Nada Mustafa', role: 'writer', affiliation: '' }]);
  });

  it('keeps every body paragraph and none of the site chrome', () => {
    expect(paragraphs[0]).toMatch(/^Kremlin spokesman Dmitry Peskov/);
    expect(paragraphs.at(-1)).toMatch(/^Nonetheless, the Kremlin’s openness/);
    expect(paragraphs).toHaveLength(11);
    expect(paragraphs).not.toContain('ads');
    for (const chrome of ['Supervisor', 'Editor in Chief', 'صدى البلد', 'Nada Mustafa', '08:18', 'The Russian Kremlin headquarters']) {
      expect(paragraphs.filter((p) => p.includes(chrome))).toEqual([]);
    }
  });

  it('gives each sample its own id', () => {
    expect(sampleArticleFromSeed(seed, now).id).not.toBe(article.id);
  });

  it('reads Windows line endings too', () => {
    const fromCrlf = sampleArticleFromSeed(seed.replace(/\n/g, '\r\n'), now);
    expect({ ...fromCrlf, id: article.id }).toEqual(article);
  });

  it('says what is missing when the text has no date line', () => {
    expect(() => sampleArticleFromSeed('Just a headline\n\nAnd a paragraph.', now)).toThrow(/no date line/);
  });
});
