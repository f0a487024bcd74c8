/**
 * The CMS slug rule: the same as slugify in electron/common/slug.ts, which the renderer may not
 * import at run time. The regexes and limits are repeated here; a unit test runs both on the same
 * headlines (English, Arabic, long, reserved names) so the two never drift apart.
 */
const MAX_SLUG_LENGTH = 100;
const MAX_SLUG_BYTES = 200;
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])$/i;

function utf8Length(text: string): number {
  let bytes = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    bytes += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
  }
  return bytes;
}

function truncate(text: string, maxLength: number, maxBytes: number): string {
  let out = '';
  let bytes = 0;
  for (const ch of text) {
    const size = utf8Length(ch);
    if (out.length + ch.length > maxLength || bytes + size > maxBytes) break;
    out += ch;
    bytes += size;
  }
  return out;
}

export function slugify(headline: string): string {
  const cleaned = headline
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]/gu, '')
    .replace(/[\p{M}]/gu, '')
    .replace(/['’]/gu, '')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  let slug = cleaned;
  if (slug.length > MAX_SLUG_LENGTH || utf8Length(slug) > MAX_SLUG_BYTES) {
    slug = truncate(slug, MAX_SLUG_LENGTH, MAX_SLUG_BYTES);
    const cut = slug.lastIndexOf('-');
    if (cut > slug.length / 2) slug = slug.slice(0, cut);
    slug = slug.replace(/-+$/, '');
  }
  if (!slug) return 'untitled';
  if (WINDOWS_RESERVED.test(slug)) return `${slug}-article`;
  return slug;
}

/**
 * The slug the CMS gets: the one set by hand (tidied by the same rule), or the headline's while
 * the article follows its headline (`slug` null or blank).
 */
export function effectiveSlug(slug: string | null, headline: string): string {
  return slug !== null && slug.trim() !== '' ? slugify(slug) : slugify(headline);
}
