import { formatUrl } from '@lexical/link';

/** What the editor typed, completed the way people expect: `example.com` → `https://example.com`. */
export function completeLinkUrl(typed: string): string {
  const trimmed = typed.trim();
  return trimmed ? formatUrl(trimmed) : '';
}
