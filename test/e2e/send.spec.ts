import { randomUUID } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import type { IncomingMessage } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { startWordPress, type WordPressSite } from '../support/wordpress.mjs';
import { expect, test } from './fixtures.js';
import { restRoute, startGatedProxy, type GatedProxy } from './gated-proxy.js';
import { caretToEnd, type MastheadPage } from './pages/masthead-page.js';
import { OutboxRegion, TargetsSettings } from './pages/targets.js';
import { wordpressRest, type WpPost } from './wordpress-rest.js';

/**
 * Send to CMS against a real WordPress on loopback (Debian's packages, started once per worker),
 * driven through Settings › Targets, the article's Send to CMS and Check for CMS
 * changes buttons, and the Outbox; what arrived is read back through the site's REST API.
 * The app talks to the site through a small proxy that can hold a request (a photo upload), so a
 * send can be looked at, or cut off, at a known step.
 */

const SAMPLE_HEADLINE = 'Kremlin Reaffirms Readiness to Normalize Ties with Georgia';
const IMAGES = path.resolve(import.meta.dirname, '../fixtures/images');
const SHOTS = '/tmp/shots';

let site: WordPressSite;
let proxy: GatedProxy;

test.beforeAll(async () => {
  site = await startWordPress();
  proxy = await startGatedProxy(site.url);
});

test.afterAll(async () => {
  await proxy?.close();
  await site?.stop();
});

/** The site as the app sees it: through the proxy. Its target is named after this host. */
const login = (applicationPassword = site.admin.applicationPassword) => ({ siteUrl: proxy.url, username: site.admin.username, applicationPassword });
const targetName = () => new URL(proxy.url).host;

const { wp, postsWithSlug, editOnSite } = wordpressRest(() => site);
const mediaCount = async () => (await wp<unknown[]>('/wp/v2/media?per_page=100&context=edit')).length;
const isPhotoUpload = (request: IncomingMessage) => request.method === 'POST' && restRoute(request) === '/wp/v2/media';

/** Opens Settings and returns its Targets section. */
async function targetsSettings(masthead: MastheadPage): Promise<TargetsSettings> {
  return new TargetsSettings(await masthead.openSettings());
}

async function connectSite(masthead: MastheadPage): Promise<void> {
  const targets = await targetsSettings(masthead);
  await targets.addConnectedWordPress(login());
  await targets.dialog.getByRole('button', { name: 'Close', exact: true }).click();
}

async function newArticle(masthead: MastheadPage, headline: string, text: string): Promise<void> {
  await masthead.newArticle();
  await masthead.headline.fill(headline);
  await masthead.body.click();
  await masthead.page.keyboard.type(text);
  await masthead.expectSaved();
}

/**
 * A JPEG no test has sent before: the fixture photo with a comment naming it. Masthead finds a
 * photo already on the site by its content and does not upload it twice, and one site serves
 * every test of a worker, so each test brings its own photos.
 */
async function freshPhoto(name: string): Promise<{ name: string; mimeType: string; buffer: Buffer }> {
  const jpeg = await readFile(path.join(IMAGES, 'photo-640x400.jpg'));
  // The comment segment goes after SOI and the JFIF APP0 segment (whose length is at bytes 4–5).
  const afterApp0 = 4 + jpeg.readUInt16BE(4);
  const text = Buffer.from(`${name} ${randomUUID()}`);
  const comment = Buffer.alloc(4 + text.length);
  comment.writeUInt16BE(0xfffe, 0);
  comment.writeUInt16BE(2 + text.length, 2);
  text.copy(comment, 4);
  return { name: `${name}.jpg`, mimeType: 'image/jpeg', buffer: Buffer.concat([jpeg.subarray(0, afterApp0), comment, jpeg.subarray(afterApp0)]) };
}

/** The CMS slug Publish details shows (it follows the headline until edited). */
const cmsSlugOf = (masthead: MastheadPage) => masthead.region('Publish details').getByLabel('CMS slug').inputValue();

test('the seed article with a lead photo and a body photo reaches WordPress, with a progress bar on the way', async ({ startApp }) => {
  const { masthead, page } = await startApp();
  const targets = await targetsSettings(masthead);
  const target = await targets.addConnectedWordPress(login());
  await expect(target).toContainText('Connected as Test Admin · 1 category, 0 tags');
  await expect(target).toContainText('Kept until you quit: this computer offers no keyring');
  await expect(target.getByRole('button', { name: `Remove ${targetName()}`, exact: true })).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/settings-target-en.png` });
  await targets.dialog.getByRole('button', { name: 'Close', exact: true }).click();

  await masthead.open(SAMPLE_HEADLINE);
  const lead = masthead.region('Lead photo');
  await masthead.chooseLeadPhoto(await freshPhoto('kremlin'));
  await lead.getByLabel('Lead photo credit').fill('Reuters');
  await lead.getByLabel('Lead photo alt text').fill('The red walls and towers of the Kremlin');
  await caretToEnd(masthead.body);
  await masthead.insertPhoto(await freshPhoto('tbilisi'));
  const photo = masthead.photos().first();
  await photo.getByRole('textbox', { name: 'Caption' }).fill('Tbilisi at dusk');
  await photo.getByLabel('Alt text').fill('Rooftops of Tbilisi under an evening sky');
  const details = masthead.region('Publish details');
  const excerpt = 'Kremlin spokesman Dmitry Peskov said Russia remains open to normalizing relations with Georgia.';
  await details.getByLabel('Excerpt').fill(excerpt);
  await details.getByLabel('Section').selectOption('Politics');
  await details.getByLabel('Tags').fill('Russia, Georgia,');
  const cmsSlug = await cmsSlugOf(masthead);

  // The first photo upload is held on the wire: the job shows the step it is at.
  const upload = proxy.hold(isPhotoUpload);
  await masthead.button('Send to CMS').click();
  await upload.reached;
  const outbox = new OutboxRegion(page);
  const job = outbox.job(SAMPLE_HEADLINE, targetName());
  await expect(job).toContainText('Sending');
  const progress = job.getByRole('progressbar', { name: 'Uploading photo 1 of 2' });
  await expect(progress).toBeVisible();
  const value = Number(await progress.getAttribute('aria-valuenow'));
  expect(value).toBeGreaterThanOrEqual(0);
  expect(value).toBeLessThan(100);
  await page.screenshot({ path: `${SHOTS}/outbox-sending-en.png` });
  upload.release();
  await expect(job).toContainText('Sent');
  await expect(job.getByRole('progressbar')).toHaveCount(0);
  await page.screenshot({ path: `${SHOTS}/outbox-sent-en.png` });

  const [post, ...others] = await postsWithSlug(cmsSlug);
  expect(others).toEqual([]);
  expect(post!.title.raw).toBe(SAMPLE_HEADLINE);
  expect(post!.excerpt.raw).toBe(excerpt);
  expect(post!.slug).toBe(cmsSlug);
  await expect(job.getByRole('link', { name: 'Open post' })).toHaveAttribute('href', post!.link);
  const category = await wp<{ name: string }>(`/wp/v2/categories/${post!.categories[0]}`);
  expect(post!.categories).toHaveLength(1);
  expect(category.name).toBe('Politics');
  const tags = await Promise.all(post!.tags.map((id) => wp<{ name: string }>(`/wp/v2/tags/${id}`)));
  expect(tags.map((t) => t.name).sort()).toEqual(['Georgia', 'Russia']);
  const featured = await wp<{ alt_text: string; caption: { raw: string } }>(`/wp/v2/media/${post!.featured_media}?context=edit`);
  expect(featured.alt_text).toBe('The red walls and towers of the Kremlin');
  expect(featured.caption.raw).toContain('The Russian Kremlin headquarters');
  expect(featured.caption.raw).toContain('Reuters');
  expect(post!.content.raw).toContain('Tbilisi at dusk');
  expect(post!.content.raw).toContain('alt="Rooftops of Tbilisi under an evening sky"');

  // The same, in the Arabic interface.
  const settings = await masthead.openSettings();
  await settings.getByLabel('Language').selectOption('ar');
  const arabicTargets = settings.getByRole('region', { name: 'وجهات الإرسال', exact: true });
  await expect(arabicTargets.getByRole('listitem', { name: targetName() })).toContainText('متصل باسم Test Admin');
  await expect(arabicTargets.getByRole('button', { name: 'إضافة موقع ووردبريس', exact: true })).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/settings-target-ar.png` });
  await settings.getByRole('button', { name: 'إغلاق', exact: true }).click();
  const arabicJob = new OutboxRegion(page, 'صندوق الصادر').job(SAMPLE_HEADLINE, targetName(), '←');
  await expect(arabicJob).toContainText('أُرسل');
  await expect(arabicJob.getByRole('link', { name: 'فتح المنشور' })).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/outbox-sent-ar.png` });
});

test('an Arabic article cut off mid-send waits for the network and completes once the site is back, with one post and one copy of each photo', async ({
  startApp,
}) => {
  const { masthead, page } = await startApp();
  await connectSite(masthead);
  const headline = 'الكرملين يؤكد استعداده لتطبيع العلاقات مع جورجيا';
  await masthead.newArticle();
  await masthead.headline.fill(headline);
  await masthead.region('Publish details').getByLabel('Language', { exact: true }).selectOption('ar');
  await masthead.body.click();
  await page.keyboard.type('قال المتحدث باسم الكرملين إن روسيا منفتحة على تطبيع العلاقات مع جورجيا.');
  await masthead.insertPhoto(await freshPhoto('moscow'), await freshPhoto('tbilisi'));
  await expect(masthead.photos()).toHaveCount(2);
  await masthead.expectSaved();
  const cmsSlug = await cmsSlugOf(masthead);
  const mediaBefore = await mediaCount();

  // In the Arabic interface from here on.
  const settings = await masthead.openSettings();
  await settings.getByLabel('Language').selectOption('ar');
  await settings.getByRole('button', { name: 'إغلاق', exact: true }).click();

  // The second photo's upload is on the wire when the web server stops.
  const upload = proxy.hold(isPhotoUpload, 2);
  await page.getByRole('button', { name: 'إرسال إلى نظام إدارة المحتوى', exact: true }).click();
  await upload.reached;
  const job = new OutboxRegion(page, 'صندوق الصادر').job(headline, targetName(), '←');
  await expect(job.getByRole('progressbar', { name: /^جارٍ رفع الصورة/ })).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/outbox-sending-ar.png` });
  await site.stopWebServer();
  upload.release();
  await expect(job).toContainText('بانتظار الشبكة');
  await expect(job.getByRole('button', { name: 'أعد المحاولة الآن', exact: true })).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/outbox-waiting-ar.png` });

  // The site is back; the window hears the network come back and every waiting job goes at once.
  await site.startWebServer();
  await page.evaluate(() => (globalThis as unknown as { dispatchEvent(event: Event): boolean }).dispatchEvent(new Event('online')));
  await expect(job).toContainText('أُرسل');

  const posts = await postsWithSlug(cmsSlug);
  expect(posts).toHaveLength(1);
  expect(posts[0]!.title.raw).toBe(headline);
  // WordPress keeps at most 200 bytes of a slug, percent-encoded: an Arabic CMS slug loses its end.
  expect(cmsSlug.startsWith(decodeURIComponent(posts[0]!.slug))).toBe(true);
  expect(await mediaCount()).toBe(mediaBefore + 2);
});

test('a wrong application password leaves the job waiting for sign-in with nothing lost; the right one in Settings sends it', async ({ startApp }) => {
  const { masthead, page } = await startApp();
  const targets = await targetsSettings(masthead);
  await targets.addWordPress(login('abcd EFGH ijkl MNOP qrst UVWX'));
  await expect(targets.region.getByRole('alert')).toContainText('Sign-in needed');
  await targets.region.getByRole('alert').scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SHOTS}/settings-wrong-password-en.png` });
  await targets.region.getByRole('button', { name: 'Cancel', exact: true }).click();
  const target = targets.target(targetName());
  await expect(target).toContainText('Not connected yet');
  await targets.dialog.getByRole('button', { name: 'Close', exact: true }).click();

  const headline = 'Budget vote delayed again';
  const text = 'Parliament postponed the budget vote for a second week.';
  await newArticle(masthead, headline, text);
  const cmsSlug = await cmsSlugOf(masthead);
  await masthead.button('Send to CMS').click();
  const job = new OutboxRegion(page).job(headline, targetName());
  await expect(job).toContainText('Needs sign-in');
  await page.screenshot({ path: `${SHOTS}/outbox-needs-sign-in-en.png` });
  await expect(job.getByRole('button', { name: 'Retry now', exact: true })).toBeVisible();
  await expect(masthead.headline).toHaveValue(headline);
  await expect(masthead.body).toHaveText(text);
  await masthead.expectSaved();
  expect(await postsWithSlug(cmsSlug)).toEqual([]);

  await job.getByRole('button', { name: 'Open Settings', exact: true }).click();
  const again = new TargetsSettings(page.getByRole('dialog', { name: 'Settings' }));
  await again.target(targetName()).getByRole('button', { name: `Edit ${targetName()}`, exact: true }).click();
  await expect(again.region.getByLabel('Application password')).toHaveValue('');
  await again.fillAndConnect({ applicationPassword: site.admin.applicationPassword });
  await expect(again.target(targetName())).toContainText('Connected as Test Admin');
  await again.dialog.getByRole('button', { name: 'Close', exact: true }).click();
  await expect(job).toContainText('Sent');
  expect(await postsWithSlug(cmsSlug)).toHaveLength(1);
});

test('Check for CMS changes takes a version edited on the site; edited on both sides, sending stops with a conflict and the site’s edit survives', async ({
  startApp,
}) => {
  const { masthead, page } = await startApp();
  await connectSite(masthead);
  const headline = 'Port strike ends';
  const text = 'Dockworkers returned to work on Monday.';
  await newArticle(masthead, headline, text);
  const cmsSlug = await cmsSlugOf(masthead);
  await masthead.button('Send to CMS').click();
  const outbox = new OutboxRegion(page);
  await expect(outbox.job(headline, targetName())).toContainText('Sent');
  const [post] = await postsWithSlug(cmsSlug);

  // Another editor changes the headline and the excerpt on the site.
  const remoteHeadline = 'Port strike ends after three weeks';
  const taken = await editOnSite(post!.id, { title: remoteHeadline, excerpt: 'Ships are being unloaded again.' }, post!.modified_gmt);

  await masthead.button('Check for CMS changes').click();
  const dialog = page.getByRole('dialog', { name: 'CMS changes' });
  const check = dialog.getByRole('listitem', { name: targetName() });
  await expect(check).toContainText('Changed on the site since the last send, not here.');
  await page.screenshot({ path: `${SHOTS}/cms-check-en.png` });
  await check.getByRole('button', { name: 'Take CMS version', exact: true }).click();
  await expect(dialog.getByRole('status')).toHaveText(`The article now holds the CMS version from ${targetName()}.`);
  await expect(check).toContainText('Up to date');
  await dialog.getByRole('button', { name: 'Close', exact: true }).click();
  await expect(masthead.headline).toHaveValue(remoteHeadline);
  await expect(masthead.body).toHaveText(text);
  await expect(masthead.region('Publish details').getByLabel('Excerpt')).toHaveValue('Ships are being unloaded again.');

  // Both sides change: the send stops at a conflict, and the site keeps its editor's words.
  const siteHeadline = 'Port strike ends; ships queue off the coast';
  await editOnSite(post!.id, { title: siteHeadline }, taken);
  await caretToEnd(masthead.body);
  await page.keyboard.type(' Forty ships wait to dock.');
  await masthead.button('Send to CMS').click();
  const conflicted = outbox.job(remoteHeadline, targetName());
  await expect(conflicted.filter({ hasText: 'Conflict' })).toHaveCount(1);
  await page.screenshot({ path: `${SHOTS}/outbox-conflict-en.png` });
  expect((await wp<WpPost>(`/wp/v2/posts/${post!.id}?context=edit`)).title.raw).toBe(siteHeadline);
});

test('with no target, Send to CMS says so and opens Settings', async ({ startApp }) => {
  const { masthead, page } = await startApp();
  await masthead.open(SAMPLE_HEADLINE);
  await masthead.button('Send to CMS').click();
  const notice = page.getByRole('region', { name: 'Notifications' });
  await expect(notice).toContainText('There are no targets yet');
  await notice.getByRole('button', { name: 'Open Settings', exact: true }).click();
  const targets = new TargetsSettings(page.getByRole('dialog', { name: 'Settings' }));
  await expect(targets.region).toContainText('No targets yet.');
  await expect(page.getByRole('region', { name: 'Outbox' })).toHaveCount(0);
});

test('a folder drop gets the article in the chosen formats, with its photos', async ({ startApp }) => {
  const folder = await mkdtemp(path.join(os.tmpdir(), 'masthead-drop-'));
  try {
    const { masthead, page } = await startApp();
    const targets = await targetsSettings(masthead);
    await targets.region.getByRole('button', { name: 'Add folder', exact: true }).click();
    await targets.region.getByLabel('Folder', { exact: true }).fill(folder);
    await targets.region.getByRole('checkbox', { name: 'HTML', exact: true }).check();
    await targets.region.getByRole('button', { name: 'Add folder', exact: true }).click();
    const name = path.basename(folder);
    await expect(targets.target(name)).toContainText('Formats: HTML and IPTC ninjs');
    await targets.dialog.getByRole('button', { name: 'Close', exact: true }).click();

    await masthead.open(SAMPLE_HEADLINE);
    // Send at once, while the photo may still be on its way in: Send waits for it.
    await masthead.chooseLeadPhoto(path.join(IMAGES, 'photo-640x400.jpg'));
    await masthead.button('Send to CMS').click();
    const job = new OutboxRegion(page).job(SAMPLE_HEADLINE, name);
    await expect(job).toContainText('Sent');
    await expect(job).toContainText('Written to');
    await expect(job).toContainText(folder);
    // Named by the article's CMS slug (it follows the headline here), never "untitled".
    const slug = 'kremlin-reaffirms-readiness-to-normalize-ties-with-georgia';
    expect((await readdir(folder)).filter((f) => f !== 'media').sort()).toEqual([`${slug}.html`, `${slug}.json`]);
    expect(await readdir(path.join(folder, 'media'))).toHaveLength(1);
    await job.getByRole('button', { name: 'Remove', exact: true }).click();
    await expect(page.getByRole('region', { name: 'Outbox' })).toHaveCount(0);
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
});

/** A block as the block editor holds it: its name, whether it matches its saved markup, its attributes. */
interface EditorBlock {
  name: string;
  isValid: boolean;
  attributes: Record<string, unknown>;
  innerBlocks: EditorBlock[];
}

test('a sent post opens in the WordPress block editor as its own blocks, none broken, each paragraph in its direction', async ({ startApp, sharedBrowser }) => {
  const { masthead, page } = await startApp();
  await connectSite(masthead);
  const headline = 'Block editor check';
  await newArticle(masthead, headline, 'Kremlin spokesman Dmitry Peskov spoke on Tuesday.');
  await page.keyboard.press('Enter');
  await masthead.tool('Heading 3').click();
  await page.keyboard.type('خلفية');
  await page.keyboard.press('Enter');
  await masthead.tool('Quote').click();
  await page.keyboard.type('“We are ready,” he said.');
  await page.keyboard.press('Enter');
  await masthead.tool('Bulleted list').click();
  await page.keyboard.type('أبخازيا');
  await page.keyboard.press('Enter');
  await page.keyboard.type('South Ossetia');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await page.keyboard.type('قال المتحدث إن روسيا منفتحة على الحوار.');
  await masthead.insertPhoto(await freshPhoto('block-editor'));
  await masthead.photos().first().getByRole('textbox', { name: 'Caption' }).fill('وفد جورجيا في موسكو');
  await masthead.expectSaved();
  const cmsSlug = await cmsSlugOf(masthead);
  await masthead.button('Send to CMS').click();
  await expect(new OutboxRegion(page).job(headline, targetName())).toContainText('Sent');
  const [post] = await postsWithSlug(cmsSlug);

  // The site's own block editor, logged in as the admin: it checks each block against the markup
  // its save function would write, says so on the console when one differs ("Block validation
  // failed"), and either marks it broken or rewrites it ("Updated Block"). Neither may happen.
  const editor = await (await sharedBrowser.get()).newPage();
  const complaints: string[] = [];
  editor.on('console', (message) => {
    if (/Block validation|Updated Block/.test(message.text())) complaints.push(message.text());
  });
  try {
    await editor.goto(`${site.url}/wp-login.php`);
    await editor.getByLabel('Username or Email Address').fill(site.admin.username);
    await editor.getByLabel('Password', { exact: true }).fill(site.admin.password);
    await editor.getByRole('button', { name: 'Log In' }).click();
    await editor.waitForURL(/\/wp-admin\//);
    await editor.goto(`${site.url}/wp-admin/post.php?post=${post!.id}&action=edit`);
    const handle = await editor.waitForFunction(() => {
      const wp = (globalThis as { wp?: { data?: { select(store: string): { getBlocks(): EditorBlock[] } | undefined } } }).wp;
      const blocks = wp?.data?.select('core/block-editor')?.getBlocks();
      const plain = (list: EditorBlock[]): EditorBlock[] =>
        list.map((b) => ({ name: b.name, isValid: b.isValid, attributes: { direction: b.attributes.direction ?? null }, innerBlocks: plain(b.innerBlocks) }));
      return blocks?.length ? plain(blocks) : null;
    });
    const blocks = (await handle.jsonValue()) as EditorBlock[];
    const flat = (list: EditorBlock[]): EditorBlock[] => list.flatMap((b) => [b, ...flat(b.innerBlocks)]);
    expect(flat(blocks).filter((b) => !b.isValid)).toEqual([]);
    expect(complaints).toEqual([]);
    const shape = (list: EditorBlock[]): unknown[] => list.map((b) => (b.innerBlocks.length ? [b.name, b.attributes.direction, shape(b.innerBlocks)] : [b.name, b.attributes.direction]));
    expect(shape(blocks)).toEqual([
      // The header, holding the article's id; a new article has no byline or dateline to put in it.
      ['core/group', null],
      ['core/paragraph', 'ltr'],
      ['core/heading', null],
      ['core/quote', null, [['core/paragraph', 'ltr']]],
      ['core/list', null, [['core/list-item', null], ['core/list-item', null]]],
      ['core/paragraph', 'rtl'],
      ['core/image', null],
      // The empty paragraph the editor keeps after a photo for the caret: no letters, the article's direction.
      ['core/paragraph', 'ltr'],
    ]);
    await editor.screenshot({ path: `${SHOTS}/wordpress-block-editor.png` });
  } finally {
    await editor.close();
  }
});
