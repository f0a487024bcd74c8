import { describe, expect, it } from 'vitest';
import { Article, SCHEMA_VERSION } from '../../../electron/common/article.js';
import { emptyBody } from '../../../electron/common/lexical-nodes.js';
import { cleanMeta, metaOf } from '../../../renderer/features/panels/article-meta.js';

const article = Article.parse({
  schemaVersion: SCHEMA_VERSION,
  id: '7d3f0c2e-6a9b-4c1d-8e2f-1a2b3c4d5e6f',
  headline: 'Budget vote',
  body: emptyBody(),
  createdAt: '2025-04-15T06:00:00.000Z',
  updatedAt: '2025-04-15T06:18:00.000Z',
});

describe('article meta', () => {
  it('holds every Article field except identity, timestamps, headline and body', () => {
    const keys = Object.keys(metaOf(article)).sort();
    const expected = Object.keys(article)
      .filter((k) => !['schemaVersion', 'id', 'headline', 'body', 'createdAt', 'updatedAt'].includes(k))
      .sort();
    expect(keys).toEqual(expected);
  });

  it('makes what the panels hold mid-edit valid for the schema', () => {
    const messy = {
      ...metaOf(article),
      byline: [
        { name: '  Nada Mustafa ', role: 'writer' as const, affiliation: ' Reuters ' },
        { name: '   ', role: 'reporter' as const, affiliation: 'AFP' },
      ],
      sources: ['Reuters', '', '  ', 'reuters', 'AFP'],
      tags: [' Cairo ', 'cairo', '', 'x'.repeat(150)],
      cmsSlug: 'Budget Vote!  ',
      section: '  ',
      dek: 'd'.repeat(1500),
    };
    const clean = cleanMeta(messy);
    expect(clean.byline).toEqual([{ name: 'Nada Mustafa', role: 'writer', affiliation: 'Reuters' }]);
    expect(clean.sources).toEqual(['Reuters', 'AFP']);
    expect(clean.tags).toEqual(['Cairo', 'x'.repeat(100)]);
    expect(clean.cmsSlug).toBe('budget-vote');
    expect(clean.section).toBeNull();
    expect(clean.dek).toHaveLength(1000);
    expect(() => Article.parse({ ...article, ...clean })).not.toThrow();
  });

  it('lets a blank CMS slug follow the headline again', () => {
    expect(cleanMeta({ ...metaOf(article), cmsSlug: '   ' }).cmsSlug).toBeNull();
    expect(cleanMeta({ ...metaOf(article), cmsSlug: null }).cmsSlug).toBeNull();
  });

  it('keeps a lead photo kept outside the body within the schema, and null when removed', () => {
    const lead = { file: 'ffeeddccbbaa9988.jpg', caption: 'c'.repeat(6000), credit: 'r'.repeat(600), altText: 'a'.repeat(2500) };
    const clean = cleanMeta({ ...metaOf(article), leadPhoto: lead });
    expect(clean.leadPhoto).toEqual({ file: lead.file, caption: 'c'.repeat(5000), credit: 'r'.repeat(500), altText: 'a'.repeat(2000) });
    expect(() => Article.parse({ ...article, ...clean })).not.toThrow();
    expect(cleanMeta({ ...metaOf(article), leadPhoto: null }).leadPhoto).toBeNull();
  });
});
