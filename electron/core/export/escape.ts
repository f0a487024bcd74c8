/**
 * Escaping for the text formats the exporters write. Every piece of article text goes through one
 * of these; none of the exporters builds markup from unescaped input.
 */

/**
 * Characters XML 1.0 does not allow at all (most C0 controls, lone surrogates, U+FFFE/U+FFFF).
 * HTML forbids the same controls, so both formats drop them.
 */
const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

export function stripInvalidChars(text: string): string {
  return text.replace(NOT_XML_CHAR, '');
}

/** Text content for HTML or XML: `&`, `<`, `>` escaped (`>` for `]]>`), invalid characters dropped. */
export function escapeText(text: string): string {
  return stripInvalidChars(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** An attribute value in double quotes; newlines and tabs kept as character references. */
export function escapeAttr(text: string): string {
  return escapeText(text).replace(/"/g, '&quot;').replace(/'/g, '&#39;').replace(/\n/g, '&#10;').replace(/\r/g, '&#13;').replace(/\t/g, '&#9;');
}

/** Builds `name="value"` pairs, leaving out null, undefined and empty values. */
export function attrs(values: Record<string, string | number | null | undefined | false>): string {
  let out = '';
  for (const [name, value] of Object.entries(values)) {
    if (value === null || value === undefined || value === false || value === '') continue;
    out += ` ${name}="${escapeAttr(String(value))}"`;
  }
  return out;
}
