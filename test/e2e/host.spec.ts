import { expect, test, TRANSPORT } from './fixtures.js';

test.skip(TRANSPORT !== 'browser', 'the browser host only runs when Electron is not installed');

test('the browser host refuses API calls without the token or from another origin', async ({ startApp }) => {
  const { hostUrl } = await startApp();
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
    body: JSON.stringify({ slug: '../../etc' }),
  });
  const refused = (await escape.json()) as { ok: boolean; error: { code: string } };
  expect(refused).toMatchObject({ ok: false, error: { code: 'INVALID_REQUEST' } });
});
