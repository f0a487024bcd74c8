import { describe, expect, it } from 'vitest';
import { bodyFromPostContent, hasArticleMarker, postContent, postStatusAndDate } from '../../../../electron/core/send/wordpress/post-content.js';
import { englishArticle, BODY_PHOTO_FILE, PHOTO_FILE, linkNode } from '../export-fixtures.js';
import { paragraph } from '../../../../electron/common/lexical-nodes.js';

const NOW = new Date('2025-04-15T12:00:00Z');

describe('WordPress status and date', () => {
  it('keeps drafts as drafts and sends copy in the desk\'s hands as pending', () => {
    expect(postStatusAndDate(englishArticle({ status: 'draft', embargoUntil: null }), NOW).status).toBe('draft');
    expect(postStatusAndDate(englishArticle({ status: 'ready-for-edit' }), NOW).status).toBe('pending');
    expect(postStatusAndDate(englishArticle({ status: 'edited' }), NOW).status).toBe('pending');
  });

  it('publishes a ready article whose time has passed, and schedules one whose time is ahead, in GMT', () => {
    const past = englishArticle({ status: 'ready-to-publish', publishAt: '2025-04-15T08:18:00+02:00', embargoUntil: null });
    expect(postStatusAndDate(past, NOW)).toEqual({ status: 'publish', date_gmt: '2025-04-15T06:18:00' });
    const ahead = englishArticle({ status: 'ready-to-publish', publishAt: '2025-04-16T08:00:00+02:00', embargoUntil: null });
    expect(postStatusAndDate(ahead, NOW)).toEqual({ status: 'future', date_gmt: '2025-04-16T06:00:00' });
  });

  it('never goes live before the embargo lifts', () => {
    const embargoed = englishArticle({ status: 'published', publishAt: '2025-04-15T08:00:00Z', embargoUntil: '2025-04-15T18:00:00Z' });
    expect(postStatusAndDate(embargoed, NOW)).toEqual({ status: 'future', date_gmt: '2025-04-15T18:00:00' });
  });
});

describe('post content', () => {
  const urls: Record<string, string> = {
    [PHOTO_FILE]: 'https://news.example/wp-content/uploads/2025/04/lead.jpg',
    [BODY_PHOTO_FILE]: 'https://news.example/wp-content/uploads/2025/04/body.png',
  };
  const site = (file: string) => ({ url: urls[file]!, id: file === PHOTO_FILE ? 11 : 12 });

  it('starts with the article id, then byline and dateline, and points photos at their uploads', () => {
    const article = englishArticle();
    const html = postContent(article, site);
    expect(hasArticleMarker(html, article.id)).toBe(true);
    expect(html.startsWith('<!-- wp:group {"className":"masthead-header"} -->\n<div id="masthead-article-0b9c3a58-54d2-4c6b-9d47-6b1f8f6e3a10" class="wp-block-group masthead-header">')).toBe(true);
    expect(html.indexOf('By Nada Mustafa')).toBeLessThan(html.indexOf('<p dir="ltr">MOSCOW</p>'));
    expect(html).toContain(`<!-- wp:image {"id":12,"sizeSlug":"full","linkDestination":"none"} -->\n<figure class="wp-block-image size-full"><img src="${urls[BODY_PHOTO_FILE]}" alt="Lights along the river in Tbilisi" class="wp-image-12"/>`);
    expect(html).toContain(`src="${urls[BODY_PHOTO_FILE]}"`);
    expect(html).not.toContain('src="media/');
  });

  it('writes no link whose scheme is not http, https or mailto', () => {
    const article = englishArticle();
    const hostile = ['javascript:alert(1)', ' JaVaScRiPt:alert(1)', 'data:text/html,<script>alert(1)</script>', 'vbscript:msgbox(1)', 'java\tscript:alert(1)'];
    const body = { root: { ...article.body.root, children: hostile.map((url) => ({ ...paragraph(''), children: [linkNode(url, 'click')] })) } };
    const html = postContent({ ...article, body }, site);
    expect(html).not.toMatch(/javascript|vbscript|data:/i);
    expect(html.match(/click/g)).toHaveLength(hostile.length);
  });

  it('reads the body back without Masthead\'s header, its photos pointing at the local files again', () => {
    const article = englishArticle();
    const html = postContent(article, site);
    const byUrl = new Map(Object.entries(urls).map(([file, url]) => [url, file]));
    const body = bodyFromPostContent(html, (url) => byUrl.get(url) ?? null);
    expect(body).not.toMatch(/masthead-article|masthead-header|By Nada Mustafa|MOSCOW/);
    expect(body).toContain(`data-masthead-file="${BODY_PHOTO_FILE}" src="media/${BODY_PHOTO_FILE}"`);
    // A photo someone added on the site stays a web address (the editor leaves web images out with a notice).
    const added = bodyFromPostContent('<p>x</p><figure><img src="https://elsewhere.example/a.jpg" alt=""></figure>', () => null);
    expect(added).toContain('src="https://elsewhere.example/a.jpg"');
    // A post sent before the content was block markup loses its old header just the same.
    const legacy = bodyFromPostContent('<!-- masthead:article x -->\n<div class="masthead-header" dir="ltr">\n<p class="masthead-byline">By A</p>\n</div>\n<p>Body</p>', () => null);
    expect(legacy).toBe('<p>Body</p>');
    expect(hasArticleMarker('<!-- masthead:article x -->\n<p>Body</p>', 'x')).toBe(true);
  });
});
