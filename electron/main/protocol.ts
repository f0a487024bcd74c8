import { net, protocol } from 'electron';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { isInside } from '../core/library/bundle-paths.js';
import { MEDIA_ROUTE_PREFIX, parseMediaPath, type MediaResolver } from '../core/media/media-route.js';
import { mimeOfMediaFile } from '../core/media/photo-types.js';
import { APP_SCHEME, CONTENT_SECURITY_POLICY } from './window-options.js';

/** Must run before app 'ready': app:// behaves like a secure, standard origin. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

const notFound = (): Response => new Response('Not found', { status: 404 });

/**
 * Serves the packaged renderer files, and nothing outside them, with our CSP; and the open
 * library's photos at `app://masthead/media/<folder>/<file>`, resolved by the library store.
 */
export function serveRenderer(rendererDir: string, media: MediaResolver): void {
  const root = path.resolve(rendererDir);
  protocol.handle(APP_SCHEME, async (request) => {
    const { pathname } = new URL(request.url);
    if (pathname.startsWith(MEDIA_ROUTE_PREFIX)) return serveMedia(pathname, media);
    const file = path.resolve(root, '.' + decodeURIComponent(pathname === '/' ? '/index.html' : pathname));
    if (!isInside(root, file)) return notFound();
    const response = await net.fetch(pathToFileURL(file).toString());
    const headers = new Headers(response.headers);
    headers.set('content-security-policy', CONTENT_SECURITY_POLICY);
    headers.set('x-content-type-options', 'nosniff');
    return new Response(response.body, { status: response.status, headers });
  });
}

async function serveMedia(pathname: string, media: MediaResolver): Promise<Response> {
  const named = parseMediaPath(pathname);
  const file = named ? await media(named.folder, named.file).catch(() => null) : null;
  const mime = named ? mimeOfMediaFile(named.file) : null;
  if (!file || !mime) return notFound();
  try {
    return new Response(await readFile(file), {
      headers: { 'content-type': mime, 'x-content-type-options': 'nosniff', 'cache-control': 'no-store' },
    });
  } catch {
    return notFound();
  }
}
