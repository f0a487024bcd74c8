import { expect } from '@playwright/test';
import type { WordPressSite } from '../support/wordpress.mjs';

/** A post as the REST API gives it in the edit context. */
export interface WpPost {
  id: number;
  slug: string;
  status: string;
  link: string;
  modified_gmt: string;
  title: { raw: string };
  excerpt: { raw: string };
  content: { raw: string };
  categories: number[];
  tags: number[];
  featured_media: number;
}

/** The test site's REST API, straight (not through any proxy), as the admin or as the editor. */
export function wordpressRest(site: () => WordPressSite) {
  async function wp<T>(route: string, options: { as?: 'admin' | 'editor'; method?: string; body?: unknown } = {}): Promise<T> {
    const user = options.as === 'editor' ? site().editor : site().admin;
    const response = await fetch(`${site().url}/wp-json${route}`, {
      method: options.method ?? 'GET',
      headers: {
        authorization: `Basic ${Buffer.from(`${user.username}:${user.applicationPassword}`).toString('base64')}`,
        ...(options.body ? { 'content-type': 'application/json' } : {}),
      },
      ...(options.body ? { body: JSON.stringify(options.body) } : {}),
    });
    expect(response.ok, `${options.method ?? 'GET'} ${route}: ${response.status}`).toBe(true);
    return (await response.json()) as T;
  }

  const postsWithSlug = (slug: string) => wp<WpPost[]>(`/wp/v2/posts?slug=${encodeURIComponent(slug)}&status=any&context=edit`);

  /**
   * Another editor changes the post on the site, and the post's modification time moves on.
   * WordPress stamps it to the second, so right after a send the edit is repeated until the stamp
   * differs from `since`, as it would for a colleague's edit made a few seconds later.
   */
  async function editOnSite(postId: number, fields: Record<string, string>, since: string): Promise<string> {
    let modified = since;
    await expect
      .poll(async () => (modified = (await wp<WpPost>(`/wp/v2/posts/${postId}?context=edit`, { as: 'editor', method: 'POST', body: fields })).modified_gmt), {
        intervals: [250],
      })
      .not.toBe(since);
    return modified;
  }

  return { wp, postsWithSlug, editOnSite };
}
