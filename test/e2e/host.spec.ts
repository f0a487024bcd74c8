import { spawnSync } from 'node:child_process';
import { access, mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from './fixtures.js';

// The browser host is started whether or not Electron is installed: it is the same API over HTTP.

test('the browser host refuses API calls without the token or from another origin', async ({ startApp }) => {
  const { hostUrl } = await startApp(undefined, 'browser');
  const url = new URL(hostUrl!);
  const token = new URLSearchParams(url.hash.slice(1)).get('token')!;
  const api = `${url.origin}/api/library:list`;
  const call = (headers: Record<string, string>) =>
    fetch(api, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: '{}' });

  expect((await call({})).status).toBe(401);
  expect((await call({ authorization: 'Bearer wrong' })).status).toBe(401);
  expect((await call({ authorization: `Bearer ${token}`, origin: 'http://evil.example' })).status).toBe(401);
  const ok = await call({ authorization: `Bearer ${token}` });
  expect(ok.status).toBe(200);
  const body = (await ok.json()) as { ok: boolean; value: Array<{ headline: string }> };
  expect(body.ok).toBe(true);
  expect(body.value.map((a) => a.headline)).toContain('Kremlin Reaffirms Readiness to Normalize Ties with Georgia');

  const escape = await fetch(`${url.origin}/api/article:open`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ folder: '../../etc' }),
  });
  const refused = (await escape.json()) as { ok: boolean; error: { code: string } };
  expect(refused).toMatchObject({ ok: false, error: { code: 'INVALID_REQUEST' } });
});

test("the browser host serves an article's photos only with the token", async ({ startApp }) => {
  const { hostUrl, page } = await startApp(undefined, 'browser');
  const url = new URL(hostUrl!);
  const token = new URLSearchParams(url.hash.slice(1)).get('token')!;
  const post = async <T>(channel: string, body: unknown): Promise<T> => {
    const response = await fetch(`${url.origin}/api/${channel}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify(body),
    });
    const result = (await response.json()) as { ok: true; value: T };
    expect(result.ok, JSON.stringify(result)).toBe(true);
    return result.value;
  };
  const photo = await readFile(new URL('../fixtures/images/photo-640x400.jpg', import.meta.url));
  const [sample] = await post<Array<{ folder: string }>>('library:list', {});
  const added = await post<{ file: string }>('media:add', { folder: sample!.folder, name: 'photo.jpg', data: photo.toString('base64') });
  expect(added).toMatchObject({ mime: 'image/jpeg', width: 640, height: 400 });

  const address = `/media/${encodeURIComponent(sample!.folder)}/${added.file}`;
  const served = await fetch(`${url.origin}${address}?token=${encodeURIComponent(token)}`);
  expect(served.status).toBe(200);
  expect(served.headers.get('content-type')).toBe('image/jpeg');
  expect(Buffer.from(await served.arrayBuffer()).equals(photo)).toBe(true);

  expect((await fetch(`${url.origin}${address}`)).status).toBe(401);
  expect((await fetch(`${url.origin}${address}?token=wrong`)).status).toBe(401);
  const fromElsewhere = await fetch(`${url.origin}${address}?token=${token}`, { headers: { origin: 'http://evil.example' } });
  expect(fromElsewhere.status).toBe(401);
  for (const missing of [`/media/${sample!.folder}/${'0'.repeat(32)}.jpg`, `/media/${sample!.folder}/article.json`, `/media/..%2F..%2Fetc/passwd`]) {
    expect((await fetch(`${url.origin}${missing}?token=${token}`)).status, missing).toBe(404);
  }

  // The page loads it as an <img> does, within its content security policy.
  const size = await page.evaluate(async (src) => {
    // The specs compile without the DOM library; this is the one browser class the check needs.
    type Picture = { src: string; naturalWidth: number; naturalHeight: number; decode(): Promise<void> };
    const img = new (globalThis as unknown as { Image: new () => Picture }).Image();
    img.src = src;
    await img.decode();
    return [img.naturalWidth, img.naturalHeight];
  }, `${address}?token=${encodeURIComponent(token)}`);
  expect(size).toEqual([640, 400]);
});

test('the browser host refuses a --library folder that is missing, and creates nothing there', async () => {
  const root = await mkdtemp(path.join(os.tmpdir(), 'masthead-e2e-missing-'));
  try {
    const missing = path.join(root, 'Unplugged drive', 'Desk');
    const cli = path.resolve(import.meta.dirname, '../../out/electron/host/cli.js');
    const run = spawnSync(process.execPath, [cli, '--library', missing, '--port', '0', '--no-open'], { encoding: 'utf8', timeout: 30_000 });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`There is no library folder "${missing}".`);
    expect(run.stdout).not.toContain('MASTHEAD_URL=');
    await expect(access(path.join(root, 'Unplugged drive'))).rejects.toThrow();
  } finally {
    await rm(root, { recursive: true, force: true });
  }
});
