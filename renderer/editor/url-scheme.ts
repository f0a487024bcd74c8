/**
 * Links may point only to the web or to an email address. Anything else (javascript:, vbscript:,
 * file:, data:, custom app schemes) is refused when typed, when pasted or imported, and again by
 * every exporter. Pure, so the paste pipeline, the caption and the unit tests share one rule.
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
