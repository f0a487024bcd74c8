import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { startWordPress, type WordPressSite } from '../support/wordpress.mjs';
import { expect, test } from './fixtures.js';
import { caretToEnd } from './pages/masthead-page.js';
import { OutboxRegion, TargetsSettings } from './pages/targets.js';

/**
 * A WordPress application password goes in once, in Settings, and from then on never comes back
 * out: not in any answer or event the page receives, not in the page or its storage, not in the
 * library's files or the exports, not in what the app's process prints, not in any error shown.
 * Sent against a real WordPress with the right password, a wrong one (sign-in errors) and the site
 * stopped (network errors); every sink is searched for each password in every form it could take.
 */

let site: WordPressSite;

test.beforeAll(async () => {
  site = await startWordPress();
});

test.afterAll(async () => {
  await site?.stop();
});

const WRONG_PASSWORD = 'wXyZ 1234 aBcD 5678 eFgH 9012';

/** Each password as it could leak: typed, without its spaces, URL-encoded, and as Basic auth. */
function secretForms(username: string, password: string): Array<{ form: string; text: string }> {
  const compact = password.replace(/\s+/g, '');
  return [
    { form: 'as typed', text: password },
    { form: 'without spaces', text: compact },
    { form: 'URL-encoded', text: encodeURIComponent(password) },
    { form: 'Basic auth', text: Buffer.from(`${username}:${compact}`).toString('base64') },
    { form: 'Basic auth with spaces', text: Buffer.from(`${username}:${password}`).toString('base64') },
  ];
}

/**
 * Records what the page receives from now on: every HTTP answer's body and every Server-Sent
 * Event. The page is loaded again from a blank one, so nothing it received escapes the record.
 */
async function recordWhatThePageReceives(page: Page, url: string) {
  await page.goto('about:blank');
  const answers: Array<{ url: string; body: Buffer }> = [];
  const reading: Array<Promise<void>> = [];
  const events: string[] = [];
  page.on('response', (response) => {
    const streaming = (response.headers()['content-type'] ?? '').startsWith('text/event-stream');
    if (streaming || (response.status() >= 300 && response.status() < 400)) return;
    reading.push(response.body().then((body) => void answers.push({ url: response.url(), body })));
  });
  // The event stream never ends, so its messages are read from the browser's network log.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  cdp.on('Network.eventSourceMessageReceived', (message) => void events.push(message.data));
  await page.goto(url);
  return { answers, events, settled: () => Promise.all(reading) };
}

/** What a person could see or a script could read in the page (the page's own expression: no DOM types here). */
const PAGE_STATE = `({
  html: document.documentElement.outerHTML,
  fields: [...document.querySelectorAll('input, textarea')].map((field) => field.value),
  local: { ...localStorage },
  session: { ...sessionStorage },
})`;

async function filesUnder(dir: string): Promise<Array<{ file: string; bytes: Buffer }>> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = entries.filter((entry) => entry.isFile()).map((entry) => path.join(entry.parentPath, entry.name));
  return Promise.all(files.map(async (file) => ({ file: path.relative(dir, file), bytes: await readFile(file) })));
}

test('an application password never leaves Settings: not to the page, the files, the exports, the logs or an error message', async ({ startApp, library }) => {
  test.setTimeout(180_000);
  const exportDir = await mkdtemp(path.join(os.tmpdir(), 'masthead-secrets-export-'));
  try {
    const { username, applicationPassword } = site.admin;
    const forms = [...secretForms(username, applicationPassword), ...secretForms(username, WRONG_PASSWORD)];
    const leaks: string[] = [];
    const search = (where: string, haystack: Buffer | string): void => {
      const bytes = typeof haystack === 'string' ? Buffer.from(haystack) : haystack;
      for (const { form, text } of forms) if (bytes.includes(Buffer.from(text))) leaks.push(`${where}: the password ${form}`);
    };

    const app = await startApp(library, 'browser');
    const { masthead, page } = app;
    const received = await recordWhatThePageReceives(page, app.hostUrl!);
    const consoleMessages: string[] = [];
    page.on('console', (message) => void consoleMessages.push(message.text()));
    const shown: string[] = [];
    /** The page, its storage and every field's value, at a moment worth looking at. */
    const lookAtThePage = async (moment: string): Promise<void> => {
      const state = await page.evaluate<{ html: string; fields: string[]; local: object; session: object }>(PAGE_STATE);
      search(`the page (${moment})`, state.html);
      search(`a field's value (${moment})`, JSON.stringify(state.fields));
      search(`localStorage (${moment})`, JSON.stringify(state.local));
      search(`sessionStorage (${moment})`, JSON.stringify(state.session));
    };
    const target = new URL(site.url).host;
    const outboxJob = (headline: string) => new OutboxRegion(page).job(headline, target);

    // The right password, saved and connected; Settings as it looks after saving, and the form reopened.
    const targets = new TargetsSettings(await masthead.openSettings());
    await targets.addConnectedWordPress({ siteUrl: site.url, username, applicationPassword });
    await lookAtThePage('Settings after saving');
    await targets.target(target).getByRole('button', { name: `Edit ${target}`, exact: true }).click();
    await expect(targets.region.getByLabel('Application password')).toHaveValue('');
    await lookAtThePage('the target reopened for editing');
    await targets.region.getByRole('button', { name: 'Cancel', exact: true }).click();
    await targets.dialog.getByRole('button', { name: 'Close', exact: true }).click();

    // An article sent with it.
    const headline = 'Water rationing extended';
    await masthead.newArticle();
    await masthead.headline.fill(headline);
    await masthead.body.click();
    await page.keyboard.type('The water authority extended rationing for another month.');
    await masthead.expectSaved();
    await masthead.button('Send to CMS').click();
    await expect(outboxJob(headline)).toContainText('Sent');
    await lookAtThePage('sent');
    await outboxJob(headline).getByRole('button', { name: 'Remove', exact: true }).click();
    await expect(page.getByRole('region', { name: 'Outbox' })).toHaveCount(0);

    // A wrong password: Connect fails, then a send is refused by WordPress.
    const again = new TargetsSettings(await masthead.openSettings());
    await again.target(target).getByRole('button', { name: `Edit ${target}`, exact: true }).click();
    await again.fillAndConnect({ applicationPassword: WRONG_PASSWORD });
    const signInAlert = again.region.getByRole('alert');
    await expect(signInAlert).toContainText('Sign-in needed');
    shown.push(await signInAlert.innerText());
    await again.region.getByRole('button', { name: 'Cancel', exact: true }).click();
    await lookAtThePage('after the wrong password');
    await again.dialog.getByRole('button', { name: 'Close', exact: true }).click();
    await caretToEnd(masthead.body);
    await page.keyboard.type(' Tankers will serve the eastern districts.');
    await masthead.expectSaved();
    await masthead.button('Send to CMS').click();
    await expect(outboxJob(headline)).toContainText('Needs sign-in');
    shown.push(await outboxJob(headline).innerText());
    await lookAtThePage('needs sign-in');

    // The article exported in every format.
    for (const format of ['HTML', 'Markdown', 'IPTC ninjs', 'NITF XML']) {
      await masthead.button('Export…').click();
      const dialog = page.getByRole('dialog', { name: 'Export' });
      await dialog.getByRole('radiogroup', { name: 'Format' }).getByRole('radio', { name: format, exact: true }).check();
      const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Export', exact: true }).click()]);
      await download.saveAs(path.join(exportDir, download.suggestedFilename()));
      await expect(dialog).toBeHidden();
    }

    // The site stops answering: the right password goes back in, Connect fails, the job waits.
    await site.stopWebServer();
    const third = new TargetsSettings(await masthead.openSettings());
    await third.target(target).getByRole('button', { name: `Edit ${target}`, exact: true }).click();
    await third.fillAndConnect({ applicationPassword });
    const networkAlert = third.region.getByRole('alert');
    await expect(networkAlert).toContainText('Could not reach');
    shown.push(await networkAlert.innerText());
    await third.region.getByRole('button', { name: 'Cancel', exact: true }).click();
    await third.dialog.getByRole('button', { name: 'Close', exact: true }).click();
    await expect(outboxJob(headline)).toContainText('Waiting for network');
    shown.push(await outboxJob(headline).innerText());
    await lookAtThePage('waiting for network');

    // Back up: the job goes.
    await site.startWebServer();
    await outboxJob(headline).getByRole('button', { name: 'Retry now', exact: true }).click();
    await expect(outboxJob(headline)).toContainText('Sent');
    await lookAtThePage('sent again');
    await received.settled();
    await app.stop();

    // What was looked at is what was meant: the error paths ran, the sinks hold the article.
    expect(shown.join('\n')).toMatch(/Sign-in needed[\s\S]*Needs sign-in[\s\S]*Could not reach[\s\S]*Waiting for network/);
    expect(received.events.some((data) => data.includes(headline))).toBe(true);
    expect(received.answers.some(({ url, body }) => url.includes('/api/targets') && body.includes(username))).toBe(true);
    const libraryFiles = await filesUnder(library);
    const exportFiles = await filesUnder(exportDir);
    expect(exportFiles.map(({ file }) => path.extname(file)).sort()).toEqual(['.html', '.json', '.md', '.xml']);
    for (const { bytes } of exportFiles) expect(bytes.includes(Buffer.from(headline))).toBe(true);
    expect(libraryFiles.find(({ file }) => file === path.join('.masthead', 'targets.json'))!.bytes.includes(Buffer.from(username))).toBe(true);
    expect(libraryFiles.some(({ file }) => file.includes('revisions'))).toBe(true);
    expect(app.hostOutput()).toContain('MASTHEAD_URL=');

    for (const { url, body } of received.answers) search(`the answer to ${new URL(url).pathname}`, body);
    for (const data of received.events) search('a server-sent event', data);
    for (const text of shown) search('an error shown', text);
    for (const message of consoleMessages) search('the page console', message);
    for (const { file, bytes } of libraryFiles) search(`the library file ${file}`, bytes);
    for (const { file, bytes } of exportFiles) search(`the export ${file}`, bytes);
    search("the app process's stdout and stderr", app.hostOutput());
    expect(leaks).toEqual([]);
  } finally {
    await rm(exportDir, { recursive: true, force: true });
  }
});
