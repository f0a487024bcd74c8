import { Article, SCHEMA_VERSION } from '../../../electron/common/article.js';
import { paragraph, textNode } from '../../../electron/common/lexical-nodes.js';

/** A full article: every top-level field set, nested objects written with keys out of order. */
export function sampleArticle(overrides: Partial<Article> = {}): Article {
  return Article.parse({
    updatedAt: '2025-04-15T06:30:00.000Z',
    body: {
      root: {
        version: 1,
        type: 'root',
        children: [
          paragraph('Kremlin spokesman Dmitry Peskov stated that Russia remains open.', 'ltr'),
          { type: 'heading', tag: 'h2', children: [textNode('Background', 1)], direction: 'ltr', version: 1 },
          paragraph('قال المتحدث باسم الكرملين', 'rtl'),
        ],
        indent: 0,
        format: '',
        direction: 'ltr',
      },
    },
    leadPhoto: { credit: 'AFP', altText: 'The Kremlin at dusk', file: null, caption: 'The Russian Kremlin headquarters' },
    byline: [{ role: 'writer', name: 'Nada Mustafa' }],
    headline: 'Kremlin Reaffirms Readiness to Normalize Ties with Georgia',
    id: '0b9c3a58-54d2-4c6b-9d47-6b1f8f6e3a10',
    schemaVersion: SCHEMA_VERSION,
    status: 'draft',
    language: 'en',
    publishAt: '2025-04-15T08:18:00+02:00',
    timeZone: 'Africa/Cairo',
    createdAt: '2025-04-15T06:00:00.000Z',
    ...overrides,
  });
}
