import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import http from 'node:http';
import path from 'node:path';
import type { EventName, EventTypes } from '../common/ipc.js';
import { MAX_REQUEST_BYTES, type Dispatch } from '../core/api/dispatcher.js';
import { isInside } from '../core/library/bundle-paths.js';
import { MEDIA_ROUTE_PREFIX, parseMediaPath, type MediaResolver } from '../core/media/media-route.js';
import { mimeOfMediaFile } from '../core/media/photo-types.js';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.map': 'application/json; charset=utf-8',
};

/** Same policy as the Electron protocol handler: scripts only from our own files. */
export const CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
  "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/**
 * `GET /host/counters`: how many library:list requests without `folders` (the whole list, or its
 * first screen) this host has answered. Read-only and behind the token like every route; the
 * end-to-end spec reads it to see that a save lists nothing but its own row.
 */
export const COUNTERS_ROUTE = '/host/counters';

export interface HostCounters {
  libraryListsWithoutFolders: number;
}

const SECURITY_HEADERS = {
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cache-control': 'no-store',
};

export interface HostServer {
  url: string;
  token: string;
  port: number;
  emit<E extends EventName>(event: E, payload: EventTypes[E]): void;
  /** How many renderer pages are connected to the event stream. */
  clientCount(): number;
  close(): Promise<void>;
}

function sameToken(given: string, token: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

function sendJson(res: http.ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { ...SECURITY_HEADERS, 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(body));
}

/** A URL path decoded, or null when it is not valid percent-encoding (a request must not crash the host). */
function decodePath(text: string): string | null {
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
}

async function readBody(req: http.IncomingMessage): Promise<string | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_REQUEST_BYTES) return null;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

export interface HostServerOptions {
  rendererDir: string;
  dispatch: Dispatch;
  /** Finds an article's photo in the open library for `GET /media/<folder>/<file>`. */
  media: MediaResolver;
  port?: number;
}

export async function startHostServer(options: HostServerOptions): Promise<HostServer> {
  const token = randomBytes(32).toString('base64url');
  const rendererDir = path.resolve(options.rendererDir);
  const streams = new Set<http.ServerResponse>();
  let origin = '';
  const counters: HostCounters = { libraryListsWithoutFolders: 0 };

  const authorised = (req: http.IncomingMessage, url: URL): boolean => {
    // The Host header guards against DNS rebinding; the Origin header against other sites' pages.
    if (req.headers.host !== new URL(origin).host) return false;
    if (req.headers.origin !== undefined && req.headers.origin !== origin) return false;
    const header = req.headers.authorization ?? '';
    const given = header.startsWith('Bearer ') ? header.slice(7) : (url.searchParams.get('token') ?? '');
    return sameToken(given, token);
  };

  const serveStatic = async (url: URL, res: http.ServerResponse): Promise<void> => {
    const relative = decodePath(url.pathname === '/' ? '/index.html' : url.pathname);
    const file = relative === null ? null : path.resolve(rendererDir, '.' + relative);
    if (!file || !isInside(rendererDir, file)) return sendJson(res, 404, { error: 'not found' });
    try {
      const info = await stat(file);
      if (!info.isFile()) return sendJson(res, 404, { error: 'not found' });
      res.writeHead(200, {
        ...SECURITY_HEADERS,
        'content-type': CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream',
        'content-length': info.size,
      });
      createReadStream(file).pipe(res);
    } catch {
      sendJson(res, 404, { error: 'not found' });
    }
  };

  /** Photos need the token like the API, in the query: an <img> cannot send an Authorization header. */
  const serveMedia = async (url: URL, res: http.ServerResponse): Promise<void> => {
    const named = parseMediaPath(url.pathname);
    const file = named ? await options.media(named.folder, named.file).catch(() => null) : null;
    const mime = named ? mimeOfMediaFile(named.file) : null;
    if (!file || !mime) return sendJson(res, 404, { error: 'not found' });
    try {
      const info = await stat(file);
      res.writeHead(200, { ...SECURITY_HEADERS, 'content-type': mime, 'content-length': info.size });
      createReadStream(file).pipe(res);
    } catch {
      sendJson(res, 404, { error: 'not found' });
    }
  };

  const server = http.createServer((req, res) => {
    let url: URL;
    try {
      url = new URL(req.url ?? '/', origin);
    } catch {
      return sendJson(res, 400, { error: 'bad request' });
    }
    if (url.pathname.startsWith(MEDIA_ROUTE_PREFIX)) {
      if (req.method !== 'GET' && req.method !== 'HEAD') return sendJson(res, 405, { error: 'method not allowed' });
      if (!authorised(req, url)) return sendJson(res, 401, { error: 'missing or wrong token' });
      void serveMedia(url, res);
      return;
    }
    if (url.pathname === COUNTERS_ROUTE) {
      if (req.method !== 'GET') return sendJson(res, 405, { error: 'method not allowed' });
      if (!authorised(req, url)) return sendJson(res, 401, { error: 'missing or wrong token' });
      return sendJson(res, 200, counters);
    }
    if (!url.pathname.startsWith('/api/')) {
      if (req.method !== 'GET' && req.method !== 'HEAD') return sendJson(res, 405, { error: 'method not allowed' });
      void serveStatic(url, res);
      return;
    }
    if (!authorised(req, url)) return sendJson(res, 401, { ok: false, error: { code: 'FORBIDDEN', message: 'Missing or wrong token' } });
    if (url.pathname === '/api/events' && req.method === 'GET') {
      res.writeHead(200, { ...SECURITY_HEADERS, 'content-type': 'text/event-stream; charset=utf-8', connection: 'keep-alive' });
      res.write(': connected\n\n');
      streams.add(res);
      req.on('close', () => streams.delete(res));
      return;
    }
    if (req.method !== 'POST') return sendJson(res, 405, { ok: false, error: { code: 'INVALID_REQUEST', message: 'Use POST' } });
    if (!(req.headers['content-type'] ?? '').startsWith('application/json')) {
      return sendJson(res, 415, { ok: false, error: { code: 'INVALID_REQUEST', message: 'Send JSON' } });
    }
    const channel = decodePath(url.pathname.slice('/api/'.length));
    if (channel === null) return sendJson(res, 400, { ok: false, error: { code: 'INVALID_REQUEST', message: 'Unknown channel' } });
    void (async () => {
      const body = await readBody(req);
      if (body === null) return sendJson(res, 413, { ok: false, error: { code: 'INVALID_REQUEST', message: 'Request too large' } });
      let payload: unknown;
      try {
        payload = body ? JSON.parse(body) : {};
      } catch {
        return sendJson(res, 400, { ok: false, error: { code: 'INVALID_REQUEST', message: 'Request body is not valid JSON' } });
      }
      const result = await options.dispatch(channel, payload);
      if (channel === 'library:list' && result.ok && !(typeof payload === 'object' && payload !== null && 'folders' in payload)) counters.libraryListsWithoutFolders++;
      sendJson(res, 200, result);
    })();
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const port = (server.address() as { port: number }).port;
  origin = `http://127.0.0.1:${port}`;
  const keepAlive = setInterval(() => {
    for (const res of streams) res.write(': ping\n\n');
  }, 15_000);
  keepAlive.unref();

  return {
    url: `${origin}/#token=${token}`,
    token,
    port,
    emit(event, payload) {
      const frame = `event: ${event}\ndata: ${JSON.stringify(payload)}\n\n`;
      for (const res of streams) res.write(frame);
    },
    clientCount: () => streams.size,
    close: async () => {
      clearInterval(keepAlive);
      for (const res of streams) res.end();
      streams.clear();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
