import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWordPress, type WordPressSite, type WordPressUser } from '../../support/wordpress.mjs';

/** The throwaway WordPress of test/support, checked through its real REST API. */
const PHOTO = path.resolve(import.meta.dirname, '../../fixtures/images/photo-640x400.jpg');

let site: WordPressSite;

beforeAll(async () => {
  site = await startWordPress();
}, 60_000);

afterAll(async () => {
  await site?.stop();
}, 30_000);

function basicAuth(username: string, password: string): string {
  return `Basic ${Buffer.from(`${username}:${password}`).toString('base64')}`;
}

function asUser(user: WordPressUser): Record<string, string> {
  return { Authorization: basicAuth(user.username, user.applicationPassword) };
}

/** The few response fields these tests read. */
interface RestRoot {
  namespaces: string[];
  authentication: Record<string, unknown>;
}
interface RestUser {
  id: number;
  name: string;
}
interface RestPost {
  id: number;
  author: number;
  title: { raw: string };
}
interface RestMedia {
  source_url: string;
  media_details: { width: number; sizes: Record<string, unknown> };
}

async function api<T>(route: string, init: RequestInit = {}): Promise<{ status: number; body: T }> {
  const response = await fetch(new URL(route, site.restUrl), init);
  return { status: response.status, body: (await response.json()) as T };
}

async function createPost(title: string, user: WordPressUser): Promise<number> {
  const created = await api<RestPost>('wp/v2/posts', {
    method: 'POST',
    headers: { ...asUser(user), 'Content-Type': 'application/json' },
    body: JSON.stringify({ title, content: '<p>Body</p>', status: 'draft' }),
  });
  expect(created.status).toBe(201);
  return created.body.id;
}

describe('the WordPress test site', () => {
  it('serves the REST API root on its loopback URL', async () => {
    expect(site.url).toBe(`http://127.0.0.1:${site.port}`);
    const root = await api<RestRoot>('');
    expect(root.status).toBe(200);
    expect(root.body.namespaces).toContain('wp/v2');
    expect(root.body.authentication).toHaveProperty('application-passwords');
  });

  it('accepts the admin application password over Basic auth', async () => {
    const me = await api<RestUser>('wp/v2/users/me', { headers: asUser(site.admin) });
    expect(me.status).toBe(200);
    expect(me.body.name).toBe(site.admin.name);
    expect(me.body.id).toBe(site.admin.id);
  });

  it('answers 401 to a wrong application password', async () => {
    const me = await api<RestUser>('wp/v2/users/me', { headers: { Authorization: basicAuth(site.admin.username, 'abcd efgh ijkl mnop qrst uvwx') } });
    expect(me.status).toBe(401);
  });

  it('stores an Arabic title and gives it back unchanged', async () => {
    const id = await createPost('عنوان تجريبي', site.admin);
    const post = await api<RestPost>(`wp/v2/posts/${id}?context=edit`, { headers: asUser(site.admin) });
    expect(post.status).toBe(200);
    expect(post.body.title.raw).toBe('عنوان تجريبي');
  });

  it('takes a media upload and serves the file back over HTTP', async () => {
    const photo = await readFile(PHOTO);
    const media = await api<RestMedia>('wp/v2/media', {
      method: 'POST',
      headers: { ...asUser(site.admin), 'Content-Type': 'image/jpeg', 'Content-Disposition': 'attachment; filename=photo.jpg' },
      body: photo,
    });
    expect(media.status).toBe(201);
    expect(media.body.media_details.width).toBe(640);
    // php-gd at work: WordPress made the smaller sizes.
    expect(media.body.media_details.sizes).toHaveProperty('thumbnail');

    const file = await fetch(media.body.source_url);
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toBe('image/jpeg');
    expect(Buffer.from(await file.arrayBuffer()).equals(photo)).toBe(true);
  });

  it("lets the editor edit the admin's post", async () => {
    const id = await createPost('Admin draft', site.admin);
    const edited = await api<RestPost>(`wp/v2/posts/${id}`, {
      method: 'POST',
      headers: { ...asUser(site.editor), 'Content-Type': 'application/json' },
      body: JSON.stringify({ title: 'Edited by the editor' }),
    });
    expect(edited.status).toBe(200);

    const post = await api<RestPost>(`wp/v2/posts/${id}?context=edit`, { headers: asUser(site.admin) });
    expect(post.body.title.raw).toBe('Edited by the editor');
    expect(post.body.author).toBe(site.admin.id);
  });

  it('goes down and comes back on the same port, data kept', async () => {
    const id = await createPost('Survives a restart', site.admin);

    await site.stopWebServer();
    await expect(fetch(site.restUrl)).rejects.toMatchObject({ cause: { code: 'ECONNREFUSED' } });

    await site.startWebServer();
    expect(site.url).toBe(`http://127.0.0.1:${site.port}`);
    const post = await api<RestPost>(`wp/v2/posts/${id}?context=edit`, { headers: asUser(site.admin) });
    expect(post.status).toBe(200);
    expect(post.body.title.raw).toBe('Survives a restart');
  });
});
