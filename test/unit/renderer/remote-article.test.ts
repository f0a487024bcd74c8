import { describe, expect, it } from 'vitest';
import { Article, SCHEMA_VERSION } from '../../../electron/common/article.js';
import { ArticleBody, type SerializedPhotoNode } from '../../../electron/common/lexical-nodes.js';
import type { RemoteCopy } from '../../../electron/common/send.js';
import { captionFromText } from '../../../renderer/editor/nodes/caption-json.js';
import { articleFromRemote, mediaFilesOf, withLocalPhotoDetails } from '../../../renderer/features/send/remote-article.js';

/** Take CMS version: what comes from the site, what stays from the local article. */

const LEAD_FILE = '0123456789abcdef0123456789abcdef.jpg';
const BODY_FILE = 'fedcba9876543210fedcba9876543210.png';
const OTHER_FILE = 'aaaaaaaaaaaaaaaabbbbbbbbbbbbbbbb.png';

const paragraph = (text: string) => ({
  type: 'paragraph',
  version: 1,
  direction: null,
  format: '',
  indent: 0,
  textFormat: 0,
  textStyle: '',
  children: [{ type: 'text', version: 1, text, format: 0, detail: 0, mode: 'normal', style: '' }],
});

const photo = (file: string, patch: Partial<SerializedPhotoNode> = {}): SerializedPhotoNode => ({
  type: 'photo',
  version: 1,
  file,
  width: null,
  height: null,
  caption: captionFromText('A caption'),
  credit: '',
  altText: '',
  isLead: false,
  ...patch,
});

const body = (...children: unknown[]) => ArticleBody.parse({ root: { type: 'root', version: 1, direction: null, format: '', indent: 0, children } });

const local = Article.parse({
  schemaVersion: SCHEMA_VERSION,
  id: '7d3f0c2e-6a9b-4c1d-8e2f-1a2b3c4d5e6f',
  headline: 'Port strike ends',
  excerpt: 'Old excerpt',
  section: 'Economy',
  tags: ['Ports'],
  byline: [{ name: 'Nada Mustafa', role: 'writer', affiliation: 'Reuters' }],
  status: 'ready-to-publish',
  leadPhoto: { file: LEAD_FILE, caption: 'The harbour', credit: 'AFP', altText: 'Cranes' },
  body: body(paragraph('Dockworkers returned.'), photo(BODY_FILE, { width: 640, height: 400, credit: 'Reuters', isLead: true })),
  createdAt: '2025-04-15T06:00:00.000Z',
  updatedAt: '2025-04-15T06:18:00.000Z',
});

const remote: RemoteCopy = {
  targetId: 'target-0001',
  postId: 12,
  headline: 'Port strike ends after three weeks',
  excerpt: 'Ships are being unloaded again.',
  cmsSlug: 'port-strike-ends-after-three-weeks',
  status: 'publish',
  publishAt: null,
  section: 'Business',
  tags: ['Ports', ' Strikes ', 'ports'],
  html: '',
  fingerprint: '0'.repeat(64),
  modifiedAt: '2025-04-16T10:00:00',
  link: 'https://news.example.com/?p=12',
};

describe('taking the CMS version', () => {
  it('knows the files of the article’s photos, in the body and the lead photo', () => {
    expect([...mediaFilesOf(local)].sort()).toEqual([LEAD_FILE, BODY_FILE].sort());
  });

  it('takes headline, excerpt, CMS slug, section and tags from the site and keeps the rest', () => {
    const taken = articleFromRemote(local, remote, body(paragraph('Dockworkers returned on Monday.')));
    expect(Article.safeParse(taken).success).toBe(true);
    expect(taken).toMatchObject({
      id: local.id,
      headline: 'Port strike ends after three weeks',
      excerpt: 'Ships are being unloaded again.',
      cmsSlug: 'port-strike-ends-after-three-weeks',
      section: 'Business',
      tags: ['Ports', 'Strikes'],
      byline: local.byline,
      status: 'ready-to-publish',
      leadPhoto: local.leadPhoto,
      createdAt: local.createdAt,
    });
    expect(JSON.stringify(taken.body)).toContain('Dockworkers returned on Monday.');
  });

  it('keeps the local CMS slug when the CMS copy has none', () => {
    expect(articleFromRemote(local, { ...remote, cmsSlug: 'الكرملين-يؤكد' }, local.body).cmsSlug).toBe('الكرملين-يؤكد');
    expect(articleFromRemote(local, { ...remote, cmsSlug: ' ' }, local.body).cmsSlug).toBe(local.cmsSlug);
  });

  it('gives a photo back its size and lead mark from here, and its credit as the site printed it', () => {
    const fromSite = body(
      photo(BODY_FILE, { altText: 'Cranes at dawn' }),
      paragraph('Between the photos.'),
      photo(BODY_FILE),
      photo(OTHER_FILE),
    );
    const merged = withLocalPhotoDetails(fromSite, local, new Map([[BODY_FILE, 'Reuters/Amr Dalsh']])).root.children as SerializedPhotoNode[];
    expect(merged[0]).toMatchObject({ file: BODY_FILE, width: 640, height: 400, credit: 'Reuters/Amr Dalsh', altText: 'Cranes at dawn', isLead: true });
    // The same photo twice: one of them at most is the lead.
    expect(merged[2]).toMatchObject({ file: BODY_FILE, isLead: false });
    expect(merged[3]).toMatchObject({ file: OTHER_FILE, width: null, credit: '', isLead: false });
    const withoutPrintedCredit = withLocalPhotoDetails(body(photo(BODY_FILE)), local, new Map()).root.children[0] as SerializedPhotoNode;
    expect(withoutPrintedCredit.credit).toBe('Reuters');
  });
});
