import { readdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Article } from '../../../../electron/common/article.js';
import { paragraph, textNode, type SerializedBlockNode } from '../../../../electron/common/lexical-nodes.js';
import type { JobState, OutboxJob } from '../../../../electron/common/send.js';
import { ArticleService } from '../../../../electron/core/articles/article-service.js';
import { VersionStore } from '../../../../electron/core/versions/version-store.js';
import { LibraryStore } from '../../../../electron/core/library/library-store.js';
import { Sending } from '../../../../electron/core/send/sending.js';
import { MemorySecretStore } from '../../../../electron/core/send/secrets.js';
import type { WpPost } from '../../../../electron/core/send/wordpress/client.js';
import { startWordPress, type WordPressSite } from '../../../support/wordpress.mjs';
import { makeTempDir } from '../temp-dir.js';

/*
 * The sending services against a real WordPress on loopback (MariaDB + PHP from Debian's
 * packages, started here): what arrives on the site is read back through its REST API.
 */

const SEED = path.resolve('test/fixtures/seed-article.txt');
const LEAD_JPG = path.resolve('test/fixtures/images/photo-640x400.jpg');
const BODY_PNG = path.resolve('test/fixtures/images/cairo-skyline.png');

let site: WordPressSite;
const opened: Array<{ sending: Sending; library: LibraryStore }> = [];

beforeAll(async () => {
  site = await startWordPress();
}, 120_000);

afterAll(async () => {
  await site?.stop();
});

afterEach(async () => {
  for (const { sending, library } of opened.splice(0)) {
    await sending.stop();
    await library.close();
  }
  // A test that stopped the web server must not leave it down for the next one.
  await site.startWebServer();
});

type Auth = { username: string; applicationPassword: string };

async function rest<T>(route: string, init: { method?: string; body?: unknown; as?: Auth } = {}): Promise<T> {
  const who = init.as ?? site.admin;
  const response = await fetch(`${site.url}/wp-json${route}`, {
    method: init.method ?? 'GET',
    headers: {
      authorization: `Basic ${Buffer.from(`${who.username}:${who.applicationPassword}`).toString('base64')}`,
      ...(init.body ? { 'content-type': 'application/json' } : {}),
    },
    body: init.body ? JSON.stringify(init.body) : null,
  });
  if (!response.ok) throw new Error(`${route}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

interface Fixture {
  library: LibraryStore;
  sending: Sending;
  secrets: MemorySecretStore;
  folder: string;
  jobs: () => OutboxJob[];
  waitFor(state: JobState, where?: (job: OutboxJob) => boolean): Promise<OutboxJob>;
}

/** A library holding the seed article, with sending started on it. */
async function openLibrary(dir?: string, secrets = new MemorySecretStore()): Promise<Fixture> {
  const root = dir ?? (await makeTempDir());
  const library = await LibraryStore.open(root, { sampleText: await readFile(SEED, 'utf8'), watch: false });
  let latest: OutboxJob[] = [];
  const waiters = new Set<() => void>();
  const sending = await Sending.start({
    articles: new ArticleService(library, new VersionStore({ author: 'test' })),
    secrets,
    retryDelayMs: () => 300,
    onOutboxChange: (jobs) => {
      latest = jobs;
      for (const wake of [...waiters]) wake();
    },
  });
  latest = sending.outbox.list();
  opened.push({ sending, library });
  const [summary] = await library.list();
  const waitFor = (state: JobState, where: (job: OutboxJob) => boolean = () => true) =>
    new Promise<OutboxJob>((resolve, reject) => {
      const timeout = setTimeout(() => reject(new Error(`no job reached "${state}"; jobs: ${JSON.stringify(latest.map((j) => [j.state, j.message]))}`)), 20_000);
      const check = () => {
        const job = latest.find((j) => j.state === state && where(j));
        if (job) {
          clearTimeout(timeout);
          waiters.delete(check);
          resolve(job);
        }
      };
      waiters.add(check);
      check();
    });
  return { library, sending, secrets, folder: summary!.folder, jobs: () => latest, waitFor };
}

async function addWordPress(fixture: Fixture, password = site.admin.applicationPassword): Promise<string> {
  const target = await fixture.sending.targets.addWordPress({ siteUrl: site.url, username: site.admin.username, applicationPassword: password });
  return target.id;
}

/** Edits the saved article the way the editor does (open, change, save with the base it started from). */
async function edit(fixture: Fixture, change: (article: Article) => Article): Promise<Article> {
  const { article } = await fixture.library.open(fixture.folder);
  const next = change(article);
  await fixture.library.save(fixture.folder, next, article.updatedAt);
  return (await fixture.library.open(fixture.folder)).article;
}

function photoNode(file: string, caption: string, credit: string, altText: string): SerializedBlockNode {
  return {
    type: 'photo',
    version: 1,
    file,
    width: null,
    height: null,
    caption: { root: { type: 'root', version: 1, direction: null, format: '', indent: 0, children: [paragraph(caption)] } },
    credit,
    altText,
    isLead: false,
  };
}

/** The seed article made ready: a lead photo, a photo in the body, section, tags, CMS slug, excerpt, Arabic headline. */
async function prepareSeed(fixture: Fixture, overrides: Partial<Article> = {}): Promise<Article> {
  const lead = await fixture.library.addMedia(fixture.folder, 'kremlin.jpg', await readFile(LEAD_JPG));
  const body = await fixture.library.addMedia(fixture.folder, 'tbilisi.png', await readFile(BODY_PNG));
  return edit(fixture, (article) => ({
    ...article,
    headline: 'الكرملين يؤكد استعداده لتطبيع العلاقات مع جورجيا',
    cmsSlug: 'kremlin-georgia-ties',
    excerpt: 'Russia remains open to normalizing relations with Georgia.',
    section: 'World',
    tags: ['Russia', 'جورجيا'],
    dateline: 'MOSCOW',
    status: 'draft',
    leadPhoto: { file: lead.file, caption: 'The Kremlin at dusk', credit: 'AFP', altText: 'Red walls of the Kremlin' },
    body: {
      root: {
        ...article.body.root,
        children: [
          ...article.body.root.children.slice(0, 2),
          photoNode(body.file, 'Tbilisi by night', 'Reuters', 'Lights along the river in Tbilisi'),
          ...article.body.root.children.slice(2),
          { ...paragraph(''), children: [textNode('Read '), { type: 'link', url: 'javascript:alert(1)', rel: null, target: null, title: null, children: [textNode('this')], version: 1, direction: null, format: '', indent: 0 }] },
        ],
      },
    },
    ...overrides,
  }));
}

async function filesContaining(dir: string, needle: string): Promise<string[]> {
  const found: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    // A file removed while we look (a sent job's copy) holds nothing.
    const text = await readFile(file, 'latin1').catch(() => '');
    if (text.includes(needle)) found.push(file);
  }
  return found;
}


const postsFor = (articleId: string) => rest<WpPost[]>(`/wp/v2/posts?search=${articleId}&status=any&context=edit&per_page=50`);
const mediaTitled = async (title: string) => (await rest<Array<{ id: number; title: { raw: string } }>>(`/wp/v2/media?search=${title}&context=edit&per_page=50`)).filter((m) => m.title.raw === title);

describe('WordPress targets', () => {
  it('connects with an application password and caches the categories and tags', async () => {
    const fixture = await openLibrary();
    const id = await addWordPress(fixture);
    const connected = await fixture.sending.connect(id);
    const me = await rest<{ name: string }>('/wp/v2/users/me');
    expect(connected.kind === 'wordpress' && connected.connection?.userName).toBe(me.name);
    expect(connected.kind === 'wordpress' && connected.connection?.categories.map((c) => c.name)).toContain('Uncategorized');
    // The library keeps the list for offline use, never the password.
    const stored = await readFile(path.join(fixture.library.housekeeping, 'targets.json'), 'utf8');
    expect(stored).toContain('Uncategorized');
    expect(stored).not.toContain(site.admin.applicationPassword);
  });

  it('refuses a wrong application password with the site\'s reason, as NEEDS_SIGN_IN', async () => {
    const fixture = await openLibrary();
    const id = await addWordPress(fixture, 'abcd efgh ijkl mnop qrst uvwx');
    await expect(fixture.sending.connect(id)).rejects.toMatchObject({ code: 'NEEDS_SIGN_IN' });
    await expect(fixture.sending.connect(id)).rejects.not.toThrow(/abcd/);
  });
});

describe('sending to WordPress', () => {
  it('sends the seed article with its photos, terms, CMS slug, excerpt, Arabic headline and author', async () => {
    const fixture = await openLibrary();
    const article = await prepareSeed(fixture);
    const writer = article.byline.find((c) => c.role === 'writer')!;
    const author = await rest<{ id: number }>('/wp/v2/users', {
      method: 'POST',
      body: { username: `writer${Date.now()}`, name: writer.name, email: `writer${Date.now()}@example.test`, password: 'A long password 2026!', roles: ['author'] },
    });
    await addWordPress(fixture);
    await fixture.sending.outbox.enqueue(fixture.folder);
    const sent = await fixture.waitFor('sent');

    const [post, ...others] = await postsFor(article.id);
    expect(others).toHaveLength(0);
    expect(sent.sentTo).toContain(site.url);
    expect(post!.title.raw).toBe('الكرملين يؤكد استعداده لتطبيع العلاقات مع جورجيا');
    expect(post!.slug).toBe('kremlin-georgia-ties');
    expect(post!.excerpt.raw).toBe('Russia remains open to normalizing relations with Georgia.');
    expect(post!.status).toBe('draft');
    expect((await rest<{ author: number }>(`/wp/v2/posts/${post!.id}?context=edit`)).author).toBe(author.id);

    const category = await rest<{ name: string }>(`/wp/v2/categories/${post!.categories[0]}`);
    expect(category.name).toBe('World');
    const tags = await Promise.all(post!.tags.map((id) => rest<{ name: string }>(`/wp/v2/tags/${id}`)));
    expect(tags.map((t) => t.name).sort()).toEqual(['Russia', 'جورجيا'].sort());

    const featured = await rest<{ alt_text: string; caption: { raw: string }; source_url: string }>(`/wp/v2/media/${post!.featured_media}?context=edit`);
    expect(featured.alt_text).toBe('Red walls of the Kremlin');
    expect(featured.caption.raw).toBe('The Kremlin at dusk — AFP');
    expect((await fetch(featured.source_url)).headers.get('content-type')).toBe('image/jpeg');

    // The body photo points at its uploaded copy; byline and dateline lead the content.
    const content = post!.content.raw;
    const bodyPhoto = article.body.root.children.find((b) => b.type === 'photo') as { file: string };
    const [uploaded] = await mediaTitled(path.basename(bodyPhoto.file, '.png'));
    const bodyMedia = await rest<{ source_url: string; alt_text: string }>(`/wp/v2/media/${uploaded!.id}?context=edit`);
    expect(content).toContain(`src="${bodyMedia.source_url}"`);
    expect(bodyMedia.alt_text).toBe('Lights along the river in Tbilisi');
    expect(content).toContain(`<figcaption class="wp-element-caption">Tbilisi by night<br>Reuters</figcaption>`);
    expect(content).toMatch(/^<!-- wp:group \{"className":"masthead-header"\} -->\n<div id="masthead-article-[^"]+" class="wp-block-group masthead-header"><!-- wp:paragraph \{"direction":"ltr"\} -->\n<p dir="ltr">By /);
    expect(content).toContain('<p dir="ltr">MOSCOW</p>');
    // A link with a script address is written as its text only.
    expect(content).not.toMatch(/javascript:/i);
    expect(content).toContain('Read this');
  });

  it('waits when the site goes down mid-send and ends with one post and one copy of each photo', async () => {
    const fixture = await openLibrary();
    const article = await prepareSeed(fixture);
    await addWordPress(fixture);
    await fixture.sending.outbox.enqueue(fixture.folder);
    // The first photo is on the site: the web server stops before the second one.
    await fixture.waitFor('sending', (job) => job.progress?.step === 'uploading-photo' && job.progress.current === 2);
    await site.stopWebServer();
    const waiting = await fixture.waitFor('waiting-network');
    expect(waiting.message).toMatch(/Could not reach 127\.0\.0\.1:\d+/);
    expect(waiting.nextAttemptAt).not.toBeNull();

    await site.startWebServer();
    await fixture.waitFor('sent');
    expect(await postsFor(article.id)).toHaveLength(1);
    const files = [article.leadPhoto!.file!, (article.body.root.children.find((b) => b.type === 'photo') as { file: string }).file];
    for (const file of files) expect(await mediaTitled(path.basename(file, path.extname(file)))).toHaveLength(1);
  });

  it('finds an interrupted create again by the article id instead of making a second post', async () => {
    const fixture = await openLibrary();
    const article = await prepareSeed(fixture);
    await addWordPress(fixture);
    await fixture.sending.outbox.enqueue(fixture.folder);
    const first = await fixture.waitFor('sent');
    // As if the app died after WordPress made the post but before anything was recorded.
    await rm(path.join(await fixture.library.bundleDirectory(fixture.folder), 'sync.json'));
    await fixture.sending.outbox.remove(first.id);
    await edit(fixture, (a) => ({ ...a, excerpt: 'A second send.' }));
    await fixture.sending.outbox.enqueue(fixture.folder);
    await fixture.waitFor('sent');
    const posts = await postsFor(article.id);
    expect(posts).toHaveLength(1);
    expect(posts[0]!.excerpt.raw).toBe('A second send.');
  });

  it('keeps a job whose password is refused as "needs sign-in", and sends it once the password is fixed', async () => {
    const fixture = await openLibrary();
    await prepareSeed(fixture);
    const before = await readFile(path.join(await fixture.library.bundleDirectory(fixture.folder), 'article.json'));
    const id = await addWordPress(fixture, 'wrong pass word here 1234');
    await fixture.sending.outbox.enqueue(fixture.folder);
    const job = await fixture.waitFor('needs-sign-in');
    expect(job.message).toMatch(/refused the user name or application password/);
    expect(job.message).not.toContain('wrong pass');
    expect(await readFile(path.join(await fixture.library.bundleDirectory(fixture.folder), 'article.json'))).toEqual(before);

    await fixture.sending.updateWordPress({ id, siteUrl: site.url, username: site.admin.username, applicationPassword: site.admin.applicationPassword });
    await fixture.waitFor('sent', (j) => j.id === job.id);
    // Neither password is anywhere in the library: targets, outbox, sync record, article.
    for (const secret of ['wrongpasswordhere1234', 'wrong pass word here 1234', site.admin.applicationPassword]) {
      expect(await filesContaining(fixture.library.path, secret)).toEqual([]);
    }
  });

  it('sends a job queued while the site was down after an app restart', async () => {
    const dir = await makeTempDir();
    const secrets = new MemorySecretStore();
    const first = await openLibrary(dir, secrets);
    const article = await prepareSeed(first);
    await addWordPress(first);
    await site.stopWebServer();
    await first.sending.outbox.enqueue(first.folder);
    await first.waitFor('waiting-network');
    await first.sending.stop();
    await first.library.close();
    opened.splice(0);

    await site.startWebServer();
    const second = await openLibrary(dir, secrets);
    await second.waitFor('sent');
    expect(await postsFor(article.id)).toHaveLength(1);
  });

  it('gives a scheduled article status future at its publish time', async () => {
    const fixture = await openLibrary();
    const at = new Date(Date.now() + 3 * 24 * 3600_000);
    at.setUTCSeconds(0, 0);
    const article = await prepareSeed(fixture, { status: 'ready-to-publish', publishAt: at.toISOString(), embargoUntil: null });
    await addWordPress(fixture);
    await fixture.sending.outbox.enqueue(fixture.folder);
    await fixture.waitFor('sent');
    const [post] = await postsFor(article.id);
    expect(post!.status).toBe('future');
    const read = await rest<{ date_gmt: string }>(`/wp/v2/posts/${post!.id}?context=edit`);
    expect(`${read.date_gmt}Z`).toBe(at.toISOString().replace('.000', ''));
  });
});

describe('CMS changes and conflicts', () => {
  it('stops with a conflict when the post and the article both changed, and the remote edit survives', async () => {
    const fixture = await openLibrary();
    const article = await prepareSeed(fixture);
    await addWordPress(fixture);
    await fixture.sending.outbox.enqueue(fixture.folder);
    await fixture.waitFor('sent');
    const [post] = await postsFor(article.id);

    await rest(`/wp/v2/posts/${post!.id}`, { method: 'POST', body: { title: 'Edited on the site by the desk' }, as: site.editor });
    await edit(fixture, (a) => ({ ...a, headline: 'Edited in Masthead' }));
    expect((await fixture.sending.check(fixture.folder))[0]!.state).toBe('conflict');

    await fixture.sending.outbox.enqueue(fixture.folder);
    const job = await fixture.waitFor('conflict');
    expect(job.message).toMatch(/changed|both/);
    const [after] = await postsFor(article.id);
    expect(after!.title.raw).toBe('Edited on the site by the desk');
    expect((await fixture.library.open(fixture.folder)).article.headline).toBe('Edited in Masthead');

    // Reviewed: the editor merges (the site's headline, the local body) and sends again.
    const remote = await fixture.sending.remote(fixture.folder, job.targetId);
    await edit(fixture, (a) => ({ ...a, headline: remote.headline }));
    await fixture.sending.markTaken(fixture.folder, job.targetId, remote.modifiedAt, remote.fingerprint);
    // The new send takes the conflicted job's place (with its post id, so no second post).
    const [resent] = await fixture.sending.outbox.enqueue(fixture.folder);
    expect(fixture.sending.outbox.list().map((j) => j.id)).not.toContain(job.id);
    await fixture.waitFor('sent', (j) => j.id === resent!.id);
    const merged = await postsFor(article.id);
    expect(merged).toHaveLength(1);
    expect(merged[0]!.title.raw).toBe('Edited on the site by the desk');
    // The conflicted job itself was sent: no second job for the same article and site.
    expect(fixture.jobs().map((j) => j.state)).toEqual(['sent', 'sent']);
  });

  it('offers a post changed only on the site as the CMS copy, which becomes the common ground once taken', async () => {
    const fixture = await openLibrary();
    const article = await prepareSeed(fixture);
    const id = await addWordPress(fixture);
    await fixture.sending.outbox.enqueue(fixture.folder);
    await fixture.waitFor('sent');
    expect((await fixture.sending.check(fixture.folder))[0]!.state).toBe('in-sync');

    const [post] = await postsFor(article.id);
    await rest(`/wp/v2/posts/${post!.id}`, { method: 'POST', body: { title: 'عنوان جديد من الموقع', excerpt: 'Changed on the site.' }, as: site.editor });
    const [check] = await fixture.sending.check(fixture.folder);
    expect(check!.state).toBe('remote-changed');

    const remote = await fixture.sending.remote(fixture.folder, id);
    expect(remote.headline).toBe('عنوان جديد من الموقع');
    expect(remote.excerpt).toBe('Changed on the site.');
    expect(remote.section).toBe('World');
    expect(remote.html).not.toContain('masthead:article');
    expect(remote.html).not.toContain('masthead-byline');
    const bodyPhoto = article.body.root.children.find((b) => b.type === 'photo') as { file: string };
    expect(remote.html).toContain(`data-masthead-file="${bodyPhoto.file}"`);

    await edit(fixture, (a) => ({ ...a, headline: remote.headline, excerpt: remote.excerpt }));
    await fixture.sending.markTaken(fixture.folder, id, remote.modifiedAt, remote.fingerprint);
    expect((await fixture.sending.check(fixture.folder))[0]!.state).toBe('in-sync');
  });
});

describe('folder drop targets', () => {
  it('writes each chosen format with the photos beside it', async () => {
    const fixture = await openLibrary();
    const article = await prepareSeed(fixture);
    const folder = await makeTempDir('masthead-drop-');
    await fixture.sending.targets.addFolder({ folder, formats: ['ninjs', 'nitf'] });
    await fixture.sending.outbox.enqueue(fixture.folder);
    const job = await fixture.waitFor('sent');
    expect(job.sentTo).toBe(folder);
    // Named by the CMS slug, as the site would name the page.
    const ninjs = JSON.parse(await readFile(path.join(folder, 'kremlin-georgia-ties.json'), 'utf8'));
    expect(ninjs.headlines[0].value).toBe(article.headline);
    expect(await readFile(path.join(folder, 'kremlin-georgia-ties.xml'), 'utf8')).toMatch(/^<\?xml/);
    expect(await readFile(path.join(folder, 'media', article.leadPhoto!.file!))).toEqual(await readFile(LEAD_JPG));
  });

  it('fails with the folder named when it is gone, and keeps the job', async () => {
    const fixture = await openLibrary();
    await prepareSeed(fixture);
    const folder = path.join(await makeTempDir('masthead-drop-'), 'unplugged');
    await fixture.sending.targets.addFolder({ folder, formats: ['html'] });
    await fixture.sending.outbox.enqueue(fixture.folder);
    const job = await fixture.waitFor('failed');
    expect(job.message).toContain(folder);
    expect(fixture.jobs()).toHaveLength(1);
  });
});
