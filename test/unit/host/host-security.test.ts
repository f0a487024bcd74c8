import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, realpath, rm, symlink, writeFile } from 'node:fs/promises';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_REQUEST_BYTES } from '../../../electron/core/api/dispatcher.js';
import { createApi } from '../../../electron/core/api/index.js';
import { Workspace } from '../../../electron/core/app/workspace.js';
import { serializeArticle } from '../../../electron/core/library/serialize.js';
import { MemorySecretStore } from '../../../electron/core/send/secrets.js';
import { COUNTERS_ROUTE, startHostServer, type HostServer } from '../../../electron/host/server.js';
import { sampleArticle } from '../core/article-fixtures.js';
import { snapshotTree } from '../core/fuzz/tree-snapshot.js';
import { TINY_IMAGES } from '../core/tiny-images.js';

/**
 * The browser host over real HTTP on loopback: only a page holding the per-launch token, from the
 * host's own origin and under its own Host name, reaches the API, the event stream or a photo.
 * Everything else is refused with its status and changes nothing on disk; no request, however
 * malformed, brings the host down.
 */

const FOLDER = 'kremlin-ties';
const PHOTO = `${createHash('sha256').update(TINY_IMAGES.png).digest('hex').slice(0, 32)}.png`;
const LINKED_PHOTO = `${'cd34'.repeat(8)}.png`;

let root = '';
let library = '';
let outside = '';
let workspace: Workspace;
let server: HostServer;
let origin = '';

beforeAll(async () => {
  root = await realpath(await mkdtemp(path.join(os.tmpdir(), 'masthead-host-')));
  library = path.join(root, 'library');
  outside = path.join(root, 'outside');
  const renderer = path.join(root, 'renderer');
  await mkdir(renderer);
  await writeFile(path.join(renderer, 'index.html'), '<!doctype html><title>Masthead</title>');
  await mkdir(path.join(outside, 'victim.article', 'media'), { recursive: true });
  await writeFile(path.join(outside, 'secret.png'), TINY_IMAGES.png);
  await writeFile(path.join(outside, 'victim.article', 'article.json'), serializeArticle(sampleArticle({ headline: 'Not in the library' })));
  await writeFile(path.join(outside, 'victim.article', 'media', PHOTO), TINY_IMAGES.png);

  const bundle = path.join(library, `${FOLDER}.article`);
  await mkdir(path.join(bundle, 'media'), { recursive: true });
  await writeFile(path.join(bundle, 'article.json'), serializeArticle(sampleArticle()));
  await writeFile(path.join(bundle, 'media', PHOTO), TINY_IMAGES.png);
  await symlink(path.join(outside, 'secret.png'), path.join(bundle, 'media', LINKED_PHOTO));
  await symlink(path.join(outside, 'victim.article'), path.join(library, 'escape.article'));

  workspace = new Workspace({ lastLibrary: () => null, recentLibraries: () => [], rememberLibrary: () => undefined }, null, (event, payload) => server?.emit(event, payload), new MemorySecretStore(), 'tester');
  await workspace.openLibrary(library, { mustExist: true });
  const dispatch = createApi(workspace, {
    app: { info: { version: 'test', transport: 'browser', platform: process.platform }, closeReady: () => undefined, setSpellcheckLanguages: () => undefined },
    library: { chooseFolder: async () => null },
  });
  server = await startHostServer({ rendererDir: renderer, dispatch, media: (folder, file) => workspace.library.mediaFile(folder, file) });
  origin = `http://127.0.0.1:${server.port}`;
});

afterAll(async () => {
  await server.close();
  await workspace.closeLibrary();
  await rm(root, { recursive: true, force: true });
});

interface Reply {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** One HTTP request with exactly these headers (fetch would add Host and Origin of its own). */
function request(method: string, target: string, headers: Record<string, string | undefined>, body?: Buffer | string): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port: server.port, method, path: target, headers: { connection: 'close', ...stripUndefined(headers) }, setHost: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
    });
    // The host answers a too-large body before reading all of it and may close the connection under us.
    req.on('error', (err) => (err.message.includes('EPIPE') || 'code' in err ? undefined : reject(err)));
    req.end(body);
  });
}

function stripUndefined(headers: Record<string, string | undefined>): Record<string, string> {
  return Object.fromEntries(Object.entries(headers).filter((entry): entry is [string, string] => entry[1] !== undefined));
}

/** The raw bytes of a request, for targets no HTTP client would send; resolves with the status line. */
function raw(text: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(server.port, '127.0.0.1', () => socket.write(text));
    let reply = '';
    socket.on('data', (chunk) => (reply += chunk.toString('latin1')));
    socket.on('close', () => resolve(reply.split('\r\n')[0] ?? ''));
    socket.on('error', reject);
  });
}

const host = () => `127.0.0.1:${server.port}`;
const auth = () => ({ host: host(), authorization: `Bearer ${server.token}`, 'content-type': 'application/json' });
const post = (channel: string, headers: Record<string, string | undefined>, body: Buffer | string = '{}') => request('POST', `/api/${channel}`, headers, body);
const libraryTree = () => snapshotTree(library, { skip: ['.masthead/list-cache.json', '.masthead/search-index.bin'] });

describe('the browser host', () => {
  it('answers a request with the token, from its own origin and Host', async () => {
    const listed = await post('library:list', { ...auth(), origin });
    expect(listed.status).toBe(200);
    expect(JSON.parse(listed.body)).toMatchObject({ ok: true, value: [{ folder: FOLDER }] });
    expect((await post('library:list', auth())).status).toBe(200);
  });

  it('counts the library lists asked for without folders, and shows the count only with the token', async () => {
    const count = async () => JSON.parse((await request('GET', COUNTERS_ROUTE, auth())).body).libraryListsWithoutFolders as number;
    const before = await count();
    await post('library:list', auth());
    await post('library:list', auth(), JSON.stringify({ first: 10 }));
    await post('library:list', auth(), JSON.stringify({ folders: [FOLDER] }));
    await post('library:list', auth(), JSON.stringify({ folders: 'not a list' }));
    expect(await count()).toBe(before + 2);
    for (const headers of [{ host: host() }, { ...auth(), authorization: 'Bearer wrong' }, { ...auth(), origin: 'http://evil.example' }]) {
      expect((await request('GET', COUNTERS_ROUTE, headers)).status).toBe(401);
    }
    expect((await request('POST', COUNTERS_ROUTE, auth(), '{}')).status).toBe(405);
  });

  it('refuses a request without the right token, from another origin or for another Host, and nothing changes', async () => {
    const before = await libraryTree();
    const wrongToken = `${server.token.slice(0, -1)}${server.token.endsWith('A') ? 'B' : 'A'}`;
    const refusals: Array<[string, Record<string, string | undefined>]> = [
      ['no token', { ...auth(), authorization: undefined }],
      ['an empty token', { ...auth(), authorization: 'Bearer ' }],
      ['a wrong token of the same length', { ...auth(), authorization: `Bearer ${wrongToken}` }],
      ['a wrong short token', { ...auth(), authorization: 'Bearer x' }],
      ['the token as Basic credentials', { ...auth(), authorization: `Basic ${server.token}` }],
      ['the token in a cookie', { ...auth(), authorization: undefined, cookie: `token=${server.token}` }],
      ['another site', { ...auth(), origin: 'http://evil.example' }],
      ['a sandboxed page (Origin null)', { ...auth(), origin: 'null' }],
      ['localhost on another port', { ...auth(), origin: 'http://127.0.0.1:1' }],
      ['https of the same address', { ...auth(), origin: `https://${host()}` }],
      ['a rebound DNS name (Host)', { ...auth(), host: `evil.example:${server.port}` }],
      ['localhost as the Host', { ...auth(), host: `localhost:${server.port}` }],
      ['a Host without the port', { ...auth(), host: '127.0.0.1' }],
    ];
    for (const [what, headers] of refusals) {
      for (const channel of ['article:delete', 'trash:empty', 'library:list']) {
        const reply = await post(channel, headers, channel === 'article:delete' ? JSON.stringify({ folder: FOLDER }) : '{}');
        expect(reply.status, `${channel} with ${what}`).toBe(401);
        expect(JSON.parse(reply.body), what).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
        expect(reply.headers['access-control-allow-origin'], what).toBeUndefined();
      }
    }
    // HTTP/1.1 without a Host is refused by Node's parser before it reaches the host's own checks.
    const noHost = await post('article:delete', { ...auth(), host: undefined }, JSON.stringify({ folder: FOLDER }));
    expect(noHost.status).toBe(400);
    expect(await libraryTree()).toEqual(before);
  });

  it('refuses bodies that are too large, not JSON, or not sent by POST', async () => {
    const before = await libraryTree();
    const tooLarge = await post('article:create', auth(), Buffer.alloc(MAX_REQUEST_BYTES + 1, 0x20));
    expect(tooLarge.status).toBe(413);
    expect(JSON.parse(tooLarge.body)).toMatchObject({ ok: false, error: { code: 'INVALID_REQUEST', message: 'Request too large' } });
    expect((await post('article:create', { ...auth(), 'content-type': 'text/plain' }, '{"headline":"x"}')).status).toBe(415);
    expect((await post('article:create', { ...auth(), 'content-type': undefined }, '{"headline":"x"}')).status).toBe(415);
    expect((await post('article:create', { ...auth(), 'content-type': 'application/x-www-form-urlencoded' }, 'headline=x')).status).toBe(415);
    for (const body of ['{"headline":', 'headline=x', '\u0000', Buffer.from([0xff, 0xfe, 0x00])]) {
      const reply = await post('article:create', auth(), body);
      expect(reply.status, String(body)).toBe(400);
      expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'INVALID_REQUEST', message: 'Request body is not valid JSON' } });
    }
    for (const method of ['GET', 'PUT', 'DELETE', 'PATCH']) expect((await request(method, '/api/article:create', auth())).status, method).toBe(405);
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    expect(JSON.parse((await post('article:create', auth(), deep)).body)).toMatchObject({ ok: false, error: { code: 'INVALID_REQUEST' } });
    expect(await libraryTree()).toEqual(before);
  }, 60_000);

  it('streams events only to a page with the token, from its own origin', async () => {
    for (const headers of [{ host: host() }, { host: host(), authorization: 'Bearer wrong' }, { host: host(), authorization: `Bearer ${server.token}`, origin: 'http://evil.example' }, { host: `evil.example:${server.port}`, authorization: `Bearer ${server.token}` }]) {
      expect((await request('GET', '/api/events', headers)).status).toBe(401);
    }
    expect((await request('GET', `/api/events?token=wrong`, { host: host() })).status).toBe(401);
    expect(server.clientCount()).toBe(0);

    const received = new Promise<string>((resolve, reject) => {
      const req = http.get({ host: '127.0.0.1', port: server.port, path: `/api/events?token=${encodeURIComponent(server.token)}` }, (res) => {
        expect(res.statusCode).toBe(200);
        expect(res.headers['content-type']).toBe('text/event-stream; charset=utf-8');
        let text = '';
        res.on('data', (chunk: Buffer) => {
          text += chunk.toString('utf8');
          if (text.includes('event: library:changed')) {
            req.destroy();
            resolve(text);
          }
        });
      });
      req.on('error', (err) => (err.message === 'socket hang up' ? undefined : reject(err)));
    });
    await expect.poll(() => server.clientCount()).toBe(1);
    server.emit('library:changed', { path: library });
    expect(await received).toContain(`data: ${JSON.stringify({ path: library })}`);
  });

  it('serves photos of the library only, never through a link out of it', async () => {
    const token = encodeURIComponent(server.token);
    const served = await fetch(`${origin}/media/${FOLDER}/${PHOTO}?token=${token}`);
    expect(served.status).toBe(200);
    expect(Buffer.from(await served.arrayBuffer()).equals(TINY_IMAGES.png)).toBe(true);
    const refused: Array<[string, number]> = [
      [`/media/${FOLDER}/${PHOTO}`, 401],
      [`/media/${FOLDER}/${PHOTO}?token=wrong`, 401],
      [`/media/${FOLDER}/${LINKED_PHOTO}?token=${token}`, 404],
      [`/media/escape/${PHOTO}?token=${token}`, 404],
      [`/media/${FOLDER}/article.json?token=${token}`, 404],
      [`/media/..%2Foutside%2Fvictim/${PHOTO}?token=${token}`, 404],
      [`/media/${FOLDER}/..%2F..%2F..%2Foutside%2Fsecret.png?token=${token}`, 404],
      [`/media/${FOLDER}%00/${PHOTO}?token=${token}`, 404],
      [`/media/%E0%A4%A/${PHOTO}?token=${token}`, 404],
      [`/media/${FOLDER}/media/${PHOTO}?token=${token}`, 404],
    ];
    for (const [target, status] of refused) expect((await request('GET', target, { host: host() })).status, target).toBe(status);
    expect((await request('GET', `/media/${FOLDER}/${PHOTO}?token=${token}`, { host: host(), origin: 'http://evil.example' })).status).toBe(401);
    expect((await request('GET', `/media/${FOLDER}/${PHOTO}?token=${token}`, { host: `evil.example:${server.port}` })).status).toBe(401);
    expect((await request('POST', `/media/${FOLDER}/${PHOTO}?token=${token}`, { host: host() })).status).toBe(405);
  });

  it('serves its own page files only, and survives malformed addresses', async () => {
    expect((await request('GET', '/', { host: host() })).status).toBe(200);
    for (const target of ['/../outside/secret.png', '/%2e%2e/outside/secret.png', '/..%2Foutside%2Fsecret.png', '/%00', '/%E0%A4%A', '/library/kremlin-ties.article/article.json']) {
      expect(await raw(`GET ${target} HTTP/1.1\r\nHost: ${host()}\r\nConnection: close\r\n\r\n`), target).toMatch(/^HTTP\/1\.1 404/);
    }
    expect(await raw(`GET http://a:b:c/ HTTP/1.1\r\nHost: ${host()}\r\nConnection: close\r\n\r\n`)).toMatch(/^HTTP\/1\.1 400/);
    const body = '{}';
    const badChannel = `POST /api/%E0%A4%A HTTP/1.1\r\nHost: ${host()}\r\nAuthorization: Bearer ${server.token}\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\nConnection: close\r\n\r\n${body}`;
    expect(await raw(badChannel)).toMatch(/^HTTP\/1\.1 400/);
    expect(await raw('NOT-HTTP\r\n\r\n')).toMatch(/^HTTP\/1\.1 400|^$/);
    // Still up and answering.
    expect((await post('library:list', auth())).status).toBe(200);
  });
});
