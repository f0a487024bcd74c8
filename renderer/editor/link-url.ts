import { formatUrl } from '@lexical/link';

/**
 * Links may point only to the web or to an email address. Anything else (javascript:, file:,
 * data:, custom app schemes) is refused when typed, when pasted, and again by every exporter.
 */
const ALLOWED_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);

export function isAllowedLinkUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (!ALLOWED_PROTOCOLS.has(parsed.protocol)) return false;
  return parsed.protocol === 'mailto:' ? parsed.pathname.length > 0 : parsed.hostname.length > 0;
}

/** What the editor typed, completed the way people expect: `example.com` → `https://example.com`. */
export function completeLinkUrl(typed: string): string {
  const trimmed = typed.trim();
  return trimmed ? formatUrl(trimmed) : '';
}
