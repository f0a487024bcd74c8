import { isSafeMediaName } from '../library/bundle-paths.js';

/**
 * The address a bundle's photo is served at on both transports: `/media/<folder>/<file>` (under
 * app://masthead in Electron, under the host with its token in a browser). The renderer builds it
 * with `api.mediaUrl`; the transports read it back with `parseMediaPath`.
 */
export const MEDIA_ROUTE_PREFIX = '/media/';

/** Where a media file lives on disk, or null when the request names no existing photo. */
export type MediaResolver = (folder: string, file: string) => Promise<string | null>;

/** The folder and file a URL path names, or null unless both are safe names (the library's own check). */
export function parseMediaPath(pathname: string): { folder: string; file: string } | null {
  if (!pathname.startsWith(MEDIA_ROUTE_PREFIX)) return null;
  const parts = pathname.slice(MEDIA_ROUTE_PREFIX.length).split('/');
  if (parts.length !== 2) return null;
  let folder: string;
  try {
    folder = decodeURIComponent(parts[0]!);
  } catch {
    return null;
  }
  const file = parts[1]!;
  return isSafeMediaName(folder, file) ? { folder, file } : null;
}
