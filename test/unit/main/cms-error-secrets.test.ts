import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CmsError } from '../../../electron/core/send/cms-error.js';
import { WordPressClient } from '../../../electron/core/send/wordpress/client.js';
import { startWordPress, type WordPressSite } from '../../support/wordpress.mjs';

/**
 * The errors the main process builds from failed WordPress answers (CmsError, and the ApiFailure
 * the renderer gets from it) never carry the application password or the Authorization header:
 * not with a real WordPress refusing it, and not with a site that echoes the header back.
 */

const PASSWORD = 'abcd EFGH ijkl MNOP qrst UVWX';
const COMPACT = PASSWORD.replace(/\s+/g, '');
const USER = 'desk';
const BASIC = Buffer.from(`${USER}:${COMPACT}`).toString('base64');

function expectNoSecret(err: unknown): void {
  expect(err).toBeInstanceOf(CmsError);
  const error = err as CmsError;
  for (const text of [error.message, error.toApiFailure().message, JSON.stringify(error), String(error.stack)]) {
    for (const secret of [PASSWORD, COMPACT, BASIC, `Basic ${BASIC}`]) expect(text).not.toContain(secret);
  }
}

describe('a real WordPress refusing the password', () => {
  let site: WordPressSite;
  beforeAll(async () => {
    site = await startWordPress();
  }, 120_000);
  afterAll(async () => site?.stop());

  it('gives a sign-in error that names the site, not the password', async () => {
    const client = new WordPressClient({ siteUrl: site.url, username: site.admin.username, password: PASSWORD });
    const err = await client.me().catch((e: unknown) => e);
    expect((err as CmsError).kind).toBe('sign-in');
    expectNoSecret(err);
  });
});

describe('a site that echoes the Authorization header in its errors', () => {
  let server: http.Server;
  let url: string;
  beforeAll(async () => {
    server = http.createServer((request, response) => {
      if (request.url === '/wp-json/') return void response.writeHead(200, { 'content-type': 'application/json' }).end('{"routes":{}}');
      const status = Number(/status=(\d+)/.exec(decodeURIComponent(request.url ?? ''))?.[1] ?? 400);
      const echoed = `${request.headers.authorization} (${Buffer.from(BASIC, 'base64').toString()})`;
      response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify({ code: 'echo', message: `Refused: ${echoed}` }));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it.each([401, 403, 400, 404, 409, 500])('keeps the credentials out of the error for a %i', async (status) => {
    const client = new WordPressClient({ siteUrl: url, username: USER, password: PASSWORD });
    expectNoSecret(await client.searchPosts(`status=${status}`).catch((e: unknown) => e));
  });
});
