import { createHash } from 'node:crypto';
import { decodeHTML } from 'entities';
import { CmsError, describeNetworkFailure, siteLabel } from '../cms-error.js';

/**
 * A small client for the WordPress REST API (wp/v2) with an application password. It knows only
 * what sending an article needs. Every failure becomes a CmsError whose kind decides what the
 * outbox does; messages name the site, never the credentials.
 */

export interface WordPressCredentials {
  siteUrl: string;
  username: string;
  password: string;
}

export interface WpTerm {
  id: number;
  name: string;
}

export interface WpMedia {
  id: number;
  source_url: string;
}

/** A post as read with context=edit: raw fields, exactly as stored. */
export interface WpPost {
  id: number;
  link: string;
  slug: string;
  status: string;
  date_gmt: string | null;
  modified_gmt: string;
  title: { raw: string };
  content: { raw: string };
  excerpt: { raw: string };
  categories: number[];
  tags: number[];
  featured_media: number;
}

/**
 * Identifies the post's text: two edits within one second share a modified_gmt, so a change is
 * told by this as well.
 */
export function postFingerprint(post: Pick<WpPost, 'title' | 'content' | 'excerpt'>): string {
  return createHash('sha256').update(JSON.stringify([post.title.raw, post.content.raw, post.excerpt.raw])).digest('hex');
}

export interface WpPostFields {
  title: string;
  content: string;
  excerpt: string;
  slug: string;
  status: 'draft' | 'pending' | 'future' | 'publish';
  date_gmt?: string;
  categories: number[];
  tags: number[];
  featured_media: number;
  author?: number;
}

export interface MediaFields {
  title: string;
  caption: string;
  alt_text: string;
}

const DEFAULT_TIMEOUT_MS = 20_000;
const UPLOAD_TIMEOUT_MS = 120_000;
const MAX_PAGES = 50;
const POST_FIELDS = 'id,link,slug,status,date_gmt,modified_gmt,title,content,excerpt,categories,tags,featured_media';

type Query = Record<string, string | number>;

interface RequestOptions {
  query?: Query;
  json?: unknown;
  body?: Uint8Array;
  headers?: Record<string, string>;
  timeoutMs?: number;
}

interface Answer<T> {
  data: T;
  headers: Headers;
}

/** The site's own message in a WordPress error body ({code, message}), if it sent one. */
function wpMessage(body: unknown): { code: string | null; message: string | null } {
  if (body && typeof body === 'object') {
    const { code, message } = body as { code?: unknown; message?: unknown };
    return {
      code: typeof code === 'string' ? code : null,
      message: typeof message === 'string' ? decodeHTML(message.replace(/<[^>]*>/g, '')).trim() : null,
    };
  }
  return { code: null, message: null };
}

export class WordPressClient {
  private readonly site: URL;
  private readonly authorization: string;
  /** The password and the header in every form a site could echo back into an error message. */
  private readonly credentialForms: string[];
  /** Pretty permalinks (`/wp-json/`) or the `?rest_route=` form, found on first use. */
  private restBase: Promise<'pretty' | 'plain'> | null = null;

  constructor(credentials: WordPressCredentials) {
    this.site = new URL(credentials.siteUrl.replace(/\/+$/, '') + '/');
    // WordPress shows application passwords in groups of four; the spaces are not part of it.
    const password = credentials.password.replace(/\s+/g, '');
    const basic = Buffer.from(`${credentials.username}:${password}`, 'utf8').toString('base64');
    this.authorization = `Basic ${basic}`;
    this.credentialForms = [basic, credentials.password.trim(), password].filter((form) => form.length > 0);
  }

  get label(): string {
    return siteLabel(this.site.href);
  }

  /** The user the password belongs to: proves the credentials. */
  async me(): Promise<{ id: number; name: string }> {
    const { data } = await this.request<{ id: number; name: string }>('GET', '/wp/v2/users/me', { query: { context: 'edit', _fields: 'id,name' } });
    return { id: data.id, name: decodeHTML(data.name) };
  }

  async terms(taxonomy: 'categories' | 'tags'): Promise<WpTerm[]> {
    const terms: WpTerm[] = [];
    for (let page = 1; page <= MAX_PAGES; page++) {
      const { data, headers } = await this.request<WpTerm[]>('GET', `/wp/v2/${taxonomy}`, {
        query: { per_page: 100, page, _fields: 'id,name', hide_empty: 'false' },
      });
      terms.push(...data.map((term) => ({ id: term.id, name: decodeHTML(term.name) })));
      if (page >= Number(headers.get('x-wp-totalpages') ?? 1)) break;
    }
    return terms;
  }

  /** The term with this name, created when the site has none (a concurrent create is taken as found). */
  async ensureTerm(taxonomy: 'categories' | 'tags', name: string): Promise<WpTerm> {
    const wanted = name.trim().toLocaleLowerCase();
    const { data } = await this.request<WpTerm[]>('GET', `/wp/v2/${taxonomy}`, { query: { search: name, per_page: 100, _fields: 'id,name' } });
    const found = data.find((term) => decodeHTML(term.name).trim().toLocaleLowerCase() === wanted);
    if (found) return { id: found.id, name: decodeHTML(found.name) };
    try {
      const created = await this.request<WpTerm>('POST', `/wp/v2/${taxonomy}`, { json: { name } });
      return { id: created.data.id, name: decodeHTML(created.data.name) };
    } catch (err) {
      const existing = err instanceof CmsError && err.wpCode === 'term_exists' ? err.termId : null;
      if (existing !== null) return { id: existing, name };
      throw err;
    }
  }

  /** A user whose display name, login or slug is `name`, when the password may list users. */
  async findUser(name: string): Promise<number | null> {
    const wanted = name.trim().toLocaleLowerCase();
    try {
      const { data } = await this.request<Array<{ id: number; name: string; slug: string; username?: string }>>('GET', '/wp/v2/users', {
        query: { search: name, context: 'edit', per_page: 20, _fields: 'id,name,slug,username' },
      });
      const match = data.find((user) => [user.name, user.slug, user.username].some((n) => typeof n === 'string' && decodeHTML(n).toLocaleLowerCase() === wanted));
      return match?.id ?? null;
    } catch (err) {
      // Authors and editors may not list users: the post keeps the sender as its author.
      if (err instanceof CmsError && (err.kind === 'sign-in' || err.kind === 'rejected')) return null;
      throw err;
    }
  }

  /** Media whose title is exactly `title` (photos are titled by their content hash). */
  async findMediaByTitle(title: string): Promise<WpMedia | null> {
    const { data } = await this.request<Array<WpMedia & { title: { raw: string } }>>('GET', '/wp/v2/media', {
      query: { search: title, context: 'edit', per_page: 20, _fields: 'id,source_url,title' },
    });
    const match = data.find((media) => media.title.raw === title);
    return match ? { id: match.id, source_url: match.source_url } : null;
  }

  /** Uploads a photo with its title, caption and alt text in one request (WordPress reads them from the query). */
  async uploadMedia(bytes: Uint8Array, fileName: string, mime: string, fields: MediaFields): Promise<WpMedia> {
    const { data } = await this.request<WpMedia>('POST', '/wp/v2/media', {
      query: { ...fields },
      body: bytes,
      headers: { 'content-type': mime, 'content-disposition': `attachment; filename="${fileName}"` },
      timeoutMs: UPLOAD_TIMEOUT_MS,
    });
    return { id: data.id, source_url: data.source_url };
  }

  async updateMedia(id: number, fields: Omit<MediaFields, 'title'>): Promise<WpMedia> {
    const { data } = await this.request<WpMedia>('POST', `/wp/v2/media/${id}`, { json: fields });
    return { id: data.id, source_url: data.source_url };
  }

  /** The post, or null when it no longer exists (deleted for good). */
  async getPost(id: number): Promise<WpPost | null> {
    try {
      return (await this.request<WpPost>('GET', `/wp/v2/posts/${id}`, { query: { context: 'edit', _fields: POST_FIELDS } })).data;
    } catch (err) {
      if (err instanceof CmsError && err.status === 404) return null;
      throw err;
    }
  }

  /** Posts in any status whose text holds `needle` (the article's id in Masthead's marker). */
  async searchPosts(needle: string): Promise<WpPost[]> {
    const { data } = await this.request<WpPost[]>('GET', '/wp/v2/posts', {
      query: { search: needle, status: 'any', context: 'edit', per_page: 20, _fields: POST_FIELDS },
    });
    return data;
  }

  async createPost(fields: WpPostFields): Promise<WpPost> {
    return (await this.request<WpPost>('POST', '/wp/v2/posts', { json: fields, query: { context: 'edit', _fields: POST_FIELDS } })).data;
  }

  async updatePost(id: number, fields: WpPostFields): Promise<WpPost> {
    return (await this.request<WpPost>('POST', `/wp/v2/posts/${id}`, { json: fields, query: { context: 'edit', _fields: POST_FIELDS } })).data;
  }

  private async base(): Promise<'pretty' | 'plain'> {
    this.restBase ??= this.discover().catch((err: unknown) => {
      this.restBase = null;
      throw err;
    });
    return this.restBase;
  }

  /** `/wp-json/` answers on sites with pretty permalinks; every site answers `?rest_route=/`. */
  private async discover(): Promise<'pretty' | 'plain'> {
    const pretty = await this.fetchJson('GET', new URL('wp-json/', this.site), {}).catch((err: unknown) => {
      if (err instanceof CmsError && (err.kind === 'rejected' || err.kind === 'not-found')) return null;
      throw err;
    });
    if (pretty && typeof pretty.data === 'object' && pretty.data !== null && 'routes' in pretty.data) return 'pretty';
    const plain = await this.fetchJson('GET', this.url('plain', '/', {}), {}).catch((err: unknown) => {
      if (err instanceof CmsError && (err.kind === 'rejected' || err.kind === 'not-found')) return null;
      throw err;
    });
    if (plain && typeof plain.data === 'object' && plain.data !== null && 'routes' in plain.data) return 'plain';
    throw new CmsError('rejected', `${this.label} does not look like a WordPress site: it has no REST API at /wp-json/.`, { status: 404 });
  }

  private url(base: 'pretty' | 'plain', route: string, query: Query): URL {
    const url = base === 'pretty' ? new URL(`wp-json${route}`, this.site) : new URL(this.site);
    if (base === 'plain') url.searchParams.set('rest_route', route);
    for (const [key, value] of Object.entries(query)) url.searchParams.set(key, String(value));
    return url;
  }

  private async request<T>(method: 'GET' | 'POST', route: string, options: RequestOptions): Promise<Answer<T>> {
    return this.fetchJson<T>(method, this.url(await this.base(), route, options.query ?? {}), options);
  }

  private async fetchJson<T>(method: 'GET' | 'POST', url: URL, options: RequestOptions): Promise<Answer<T>> {
    const headers: Record<string, string> = { accept: 'application/json', authorization: this.authorization, ...options.headers };
    let body: string | Uint8Array | undefined;
    if (options.json !== undefined) {
      headers['content-type'] = 'application/json; charset=utf-8';
      body = JSON.stringify(options.json);
    } else if (options.body) {
      body = options.body;
    }
    let response: Response;
    try {
      response = await fetch(url, { method, headers, body, redirect: 'follow', signal: AbortSignal.timeout(options.timeoutMs ?? DEFAULT_TIMEOUT_MS) });
    } catch (err) {
      throw new CmsError('offline', describeNetworkFailure(this.label, err));
    }
    const text = await response.text().catch(() => '');
    let data: unknown = null;
    try {
      data = text ? JSON.parse(text) : null;
    } catch {
      data = null;
    }
    if (response.ok) {
      if (data === null) throw new CmsError('rejected', `${this.label} answered with something that is not WordPress's JSON.`, { status: response.status });
      return { data: data as T, headers: response.headers };
    }
    const { code, message } = wpMessage(data);
    const termId = code === 'term_exists' ? Number((data as { data?: { term_id?: unknown } }).data?.term_id) : NaN;
    // The site's words reach the user and the outbox file: never with the credentials in them.
    const detail = this.credentialForms.reduce((text, form) => text.split(form).join('…'), message ?? `${response.status} ${response.statusText}`.trim());
    const extra = { status: response.status, wpCode: code, termId: Number.isInteger(termId) ? termId : null };
    if (response.status === 401 || response.status === 403) {
      throw new CmsError('sign-in', `${this.label} refused the user name or application password: ${detail}`, extra);
    }
    if (response.status >= 500 || response.status === 429 || response.status === 408) {
      throw new CmsError('offline', `${this.label} is not answering properly (${response.status} ${response.statusText}).`.replace(' )', ')'), extra);
    }
    if (response.status === 404 && code === null) throw new CmsError('not-found', `${this.label} has no ${url.pathname}.`, extra);
    throw new CmsError('rejected', `${this.label} refused it: ${detail}`, extra);
  }
}
