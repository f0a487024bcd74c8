/**
 * Slugs name article bundles on disk (`<slug>.article/`), so they must be safe file names on
 * every desktop OS. Arabic stays Arabic: letters are kept, diacritics and tatweel are dropped.
 */
export const MAX_SLUG_LENGTH = 100;
/**
 * Linux file systems cap a name at 255 UTF-8 bytes, not characters: 100 CJK or Devanagari letters
 * would already be 300 bytes. 200 leaves room for `-NNN`, `.article` and the trash id prefix.
 */
export const MAX_SLUG_BYTES = 200;
/** Room for the `-2`, `-3`… that makes a slug unique within a library. */
export const SLUG_SUFFIX_ROOM = 4;
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])$/i;
/** A safe slug: lower-case letters/digits of any script joined by single hyphens. */
const SAFE_SLUG = /^[\p{Ll}\p{Lo}\p{Lm}\p{N}]+(?:-[\p{Ll}\p{Lo}\p{Lm}\p{N}]+)*$/u;

/** UTF-8 length without Buffer or TextEncoder, so this file stays plain ECMAScript. */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    bytes += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
  }
  return bytes;
}

/** The longest prefix within both limits, cut between code points so no surrogate pair is split. */
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
    // Arabic tashkeel, Quranic marks and tatweel are decoration, not letters.
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
 * `slug` with `-n` appended, shortened first when the suffix would break the length limits.
 * Used to make a slug unique (`kremlin-ties-2`).
 */
export function slugWithSuffix(slug: string, n: number): string {
  const suffix = `-${n}`;
  const base = truncate(slug, MAX_SLUG_LENGTH + SLUG_SUFFIX_ROOM - suffix.length, MAX_SLUG_BYTES + SLUG_SUFFIX_ROOM - suffix.length);
  return `${base.replace(/-+$/, '') || 'untitled'}${suffix}`;
}

/** Whether `slug` may name a bundle folder: checked on every request that carries one. */
export function isSafeSlug(slug: string): boolean {
  return (
    slug.length > 0 &&
    slug.length <= MAX_SLUG_LENGTH + SLUG_SUFFIX_ROOM &&
    utf8Length(slug) <= MAX_SLUG_BYTES + SLUG_SUFFIX_ROOM &&
    SAFE_SLUG.test(slug) &&
    !WINDOWS_RESERVED.test(slug)
  );
}

/**
 * The slug the CMS gets: the one set by hand (tidied by the same rule), or the headline's while
 * the article follows its headline (`slug` null or blank), as Publish details shows it.
 */
export function effectiveSlug(slug: string | null, headline: string): string {
  return slug !== null && slug.trim() !== '' ? slugify(slug) : slugify(headline);
}
