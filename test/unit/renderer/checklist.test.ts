import { describe, expect, it } from 'vitest';
import { Article, SCHEMA_VERSION, type ArticleSummary } from '../../../electron/common/article.js';
import { emptyBody, paragraph, textNode, type ArticleBody, type SerializedBlockNode, type SerializedPhotoNode } from '../../../electron/common/lexical-nodes.js';
import { metaOf, type ArticleMeta } from '../../../renderer/features/panels/article-meta.js';
import { isAllowedLinkUrl } from '../../../renderer/editor/url-scheme.js';
import { linkUrls, photoFilesOf, runChecklist, takenCmsSlugs, usedArticleLeadPhoto, type Check, type ChecklistInput } from '../../../renderer/features/panels/checklist.js';

function baseMeta(patch: Partial<ArticleMeta> = {}): ArticleMeta {
  const article = Article.parse({
    schemaVersion: SCHEMA_VERSION,
    id: '7d3f0c2e-6a9b-4c1d-8e2f-1a2b3c4d5e6f',
    headline: '',
    body: emptyBody(),
    createdAt: '2025-04-15T06:00:00.000Z',
    updatedAt: '2025-04-15T06:18:00.000Z',
  });
  return { ...metaOf(article), ...patch };
}

const body = (...children: SerializedBlockNode[]): ArticleBody => ({ root: { ...emptyBody().root, children } });

function photo(patch: Partial<SerializedPhotoNode> = {}, caption = 'The Kremlin in Moscow'): SerializedPhotoNode {
  return {
    type: 'photo',
    version: 1,
    file: 'a1b2c3d4e5f60718.jpg',
    width: 800,
    height: 600,
    caption: { root: { type: 'root', children: [paragraph(caption)] } },
    credit: 'AFP',
    altText: 'The Kremlin seen from the river',
    isLead: false,
    ...patch,
  };
}

function link(url: string, text = 'link') {
  return { type: 'link' as const, url, children: [textNode(text)] };
}

const ready: ChecklistInput = {
  headline: 'Kremlin reaffirms readiness',
  meta: baseMeta({ byline: [{ name: 'Nada Mustafa', role: 'writer', affiliation: '' }], section: 'News' }),
  body: body(photo({ isLead: true }), paragraph('Body text.')),
  takenCmsSlugs: new Set(['budget-vote']),
  missingFiles: new Set(),
};

const failed = (checks: Check[]) => checks.filter((c) => !c.passed).map((c) => c.id);

describe('Ready to publish checklist', () => {
  it('passes a complete article', () => {
    const checks = runChecklist(ready);
    expect(checks.map((c) => c.id)).toEqual(['headline', 'byline', 'section', 'leadPhoto', 'photos', 'emptyParagraphs', 'links', 'cmsSlug']);
    expect(failed(checks)).toEqual([]);
  });

  it('fails a new, empty article on headline, byline, section and lead photo only', () => {
    expect(failed(runChecklist({ headline: '', meta: baseMeta(), body: emptyBody(), takenCmsSlugs: new Set(['sample-article']), missingFiles: new Set() }))).toEqual([
      'headline',
      'byline',
      'section',
      'leadPhoto',
    ]);
  });

  it('needs someone printed after "By": a photographer alone is not a byline', () => {
    const meta = baseMeta({ ...ready.meta, byline: [{ name: 'Photo Grapher', role: 'photographer', affiliation: '' }] });
    expect(failed(runChecklist({ ...ready, meta }))).toEqual(['byline']);
  });

  it('takes a lead photo kept outside the body when it has a file', () => {
    const noLeadInBody = { ...ready, body: body(photo(), paragraph('Text.')) };
    expect(failed(runChecklist(noLeadInBody))).toEqual(['leadPhoto']);
    const outside = { ...noLeadInBody, meta: { ...ready.meta, leadPhoto: { file: 'ffeeddccbbaa9988.png', caption: 'The Kremlin', credit: '', altText: 'Towers' } } };
    expect(failed(runChecklist(outside))).toEqual([]);
    const withoutFile = { ...noLeadInBody, meta: { ...ready.meta, leadPhoto: { file: null, caption: 'x', credit: '', altText: 'y' } } };
    expect(failed(runChecklist(withoutFile))).toEqual(['leadPhoto']);
  });

  it('checks alt text and caption of a lead photo kept outside the body, before the body photos', () => {
    const lead = (patch: Partial<NonNullable<ArticleMeta['leadPhoto']>>) => ({
      ...ready,
      body: body(photo({}, ''), paragraph('Text.')),
      meta: { ...ready.meta, leadPhoto: { file: 'ffeeddccbbaa9988.jpg', caption: 'The Kremlin', credit: 'AFP', altText: 'Towers', ...patch } },
    });
    const photos = (input: ChecklistInput) => runChecklist(input).find((c) => c.id === 'photos');
    expect(photos(lead({ altText: ' ' }))).toEqual({ id: 'photos', passed: false, photo: -1, lead: true, missing: 'altText' });
    expect(photos(lead({ caption: '' }))).toEqual({ id: 'photos', passed: false, photo: -1, lead: true, missing: 'caption' });
    // Once the outside one is complete, the body photo without a caption is named.
    expect(photos(lead({}))).toEqual({ id: 'photos', passed: false, photo: 0, missing: 'caption' });
    expect(failed(runChecklist(lead({})))).toEqual(['photos']);
  });

  it('does not check an outside lead photo without a file, or one a body photo overrides', () => {
    const meta = { ...ready.meta, leadPhoto: { file: null, caption: '', credit: '', altText: '' } };
    expect(failed(runChecklist({ ...ready, meta }))).toEqual([]);
    // ready's body has a photo marked as lead: that one is used, the outside one is kept but not printed.
    const overridden = { ...ready.meta, leadPhoto: { file: 'ffeeddccbbaa9988.jpg', caption: '', credit: '', altText: '' } };
    expect(failed(runChecklist({ ...ready, meta: overridden }))).toEqual([]);
    expect(usedArticleLeadPhoto(overridden, ready.body)).toBeNull();
    expect(usedArticleLeadPhoto(overridden, body(photo()))).toEqual(overridden.leadPhoto);
  });

  it('names a photo whose file is not in the media folder before any missing words, the lead photo kept outside first', () => {
    const complete = photo({ isLead: true });
    const second = photo({ file: '0011223344556677.png' });
    const photos = (input: ChecklistInput) => runChecklist(input).find((c) => c.id === 'photos');
    expect(photos({ ...ready, body: body(complete, second, photo({ altText: '' })), missingFiles: new Set(['0011223344556677.png']) })).toEqual({
      id: 'photos',
      passed: false,
      photo: 1,
      missing: 'file',
    });
    const outside = { ...ready.meta, leadPhoto: { file: 'ffeeddccbbaa9988.jpg', caption: 'The Kremlin', credit: 'AFP', altText: 'Towers' } };
    const input = { ...ready, meta: outside, body: body(photo(), paragraph('Text.')), missingFiles: new Set(['ffeeddccbbaa9988.jpg']) };
    expect(photos(input)).toEqual({ id: 'photos', passed: false, photo: -1, lead: true, missing: 'file' });
    expect(photoFilesOf(outside, input.body)).toEqual(['a1b2c3d4e5f60718.jpg', 'ffeeddccbbaa9988.jpg']);
  });

  it('names the first photo without alt text, then the first without a caption', () => {
    const checks = runChecklist({ ...ready, body: body(photo({ isLead: true }), photo({}, ''), photo({ altText: '  ' })) });
    expect(checks.find((c) => c.id === 'photos')).toEqual({ id: 'photos', passed: false, photo: 2, missing: 'altText' });
    const captions = runChecklist({ ...ready, body: body(photo({ isLead: true }), photo({}, '   ')) });
    expect(captions.find((c) => c.id === 'photos')).toEqual({ id: 'photos', passed: false, photo: 1, missing: 'caption' });
  });

  it('finds empty paragraphs at the start and at the end, but not the single paragraph of an empty body', () => {
    const at = (b: ArticleBody) => runChecklist({ ...ready, body: b }).find((c) => c.id === 'emptyParagraphs');
    expect(at(body(paragraph(''), photo({ isLead: true }), paragraph('x')))).toEqual({ id: 'emptyParagraphs', passed: false, where: 'start' });
    expect(at(body(photo({ isLead: true }), paragraph('x'), paragraph('   ')))).toEqual({ id: 'emptyParagraphs', passed: false, where: 'end' });
    expect(at(body(paragraph(''), paragraph('x'), paragraph('')))).toEqual({ id: 'emptyParagraphs', passed: false, where: 'both' });
    expect(at(body(paragraph('')))).toEqual({ id: 'emptyParagraphs', passed: true });
    expect(at(body(paragraph('a'), paragraph(''), paragraph('b')))).toEqual({ id: 'emptyParagraphs', passed: true });
  });

  it('finds links with unsafe schemes anywhere, photo captions included', () => {
    const unsafe = body(
      photo({ isLead: true, caption: { root: { type: 'root', children: [{ ...paragraph(''), children: [link('javascript:alert(1)')] }] } } }),
      { ...paragraph(''), children: [textNode('See '), link('https://example.com'), link('mailto:desk@example.com')] },
      {
        type: 'list',
        listType: 'bullet',
        children: [{ type: 'listitem', children: [{ type: 'autolink', url: 'file:///etc/passwd', children: [textNode('f')] }] }],
      },
    );
    expect(linkUrls(unsafe)).toEqual(['javascript:alert(1)', 'https://example.com', 'mailto:desk@example.com', 'file:///etc/passwd']);
    expect(runChecklist({ ...ready, body: unsafe }).find((c) => c.id === 'links')).toEqual({
      id: 'links',
      passed: false,
      urls: ['javascript:alert(1)', 'file:///etc/passwd'],
    });
  });

  it('accepts only absolute http, https and mailto addresses', () => {
    for (const url of ['https://example.com/a?b', 'http://example.com', 'mailto:desk@example.com', 'HTTPS://EXAMPLE.COM']) expect(isAllowedLinkUrl(url), url).toBe(true);
    for (const url of ['javascript:alert(1)', ' javascript:alert(1)', 'data:text/html,x', 'vbscript:x', 'file:///x', '/relative', '#top', 'mailto:', 'https://', ''])
      expect(isAllowedLinkUrl(url), url).toBe(false);
  });

  it("compares the effective CMS slug with the other articles' CMS slugs", () => {
    expect(failed(runChecklist({ ...ready, headline: 'Budget vote' }))).toEqual(['cmsSlug']);
    expect(failed(runChecklist({ ...ready, headline: 'Budget vote', meta: { ...ready.meta, cmsSlug: 'budget-vote-2025' } }))).toEqual([]);
    // A hand-set CMS slug is compared after the slug rule tidies it.
    expect(failed(runChecklist({ ...ready, meta: { ...ready.meta, cmsSlug: 'Budget Vote' } }))).toEqual(['cmsSlug']);
  });

  it("takes the other rows' CMS slugs, not their folder names", () => {
    const row = (folder: string, cmsSlug: string | null): ArticleSummary => ({
      folder,
      id: null,
      headline: folder,
      status: 'draft',
      language: 'en',
      updatedAt: null,
      wordCount: 0,
      cmsSlug,
      damaged: null,
    });
    // A renamed article keeps its CMS slug; a damaged one has none; the open article is left out.
    const rows = [row('tram-line-renamed', 'tram-line-to-open'), row('broken', null), row('budget-vote', 'budget-vote')];
    const taken = takenCmsSlugs(rows, 'budget-vote');
    expect([...taken]).toEqual(['tram-line-to-open']);
    const input = { ...ready, takenCmsSlugs: taken };
    expect(failed(runChecklist({ ...input, meta: { ...ready.meta, cmsSlug: 'tram-line-renamed' } }))).toEqual([]);
    expect(failed(runChecklist({ ...input, meta: { ...ready.meta, cmsSlug: 'tram-line-to-open' } }))).toEqual(['cmsSlug']);
  });
});
