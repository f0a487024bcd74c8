import { ApiFailure } from '../errors.js';
import { quotedFileName } from '../fs/describe-file.js';
import { FRAME_CONTROLS, isIptc7901 } from './iptc-7901.js';

/** C0 control characters no text file has (tab, line feed, form feed and carriage return are fine). */
const BINARY = /[\u0000-\u0008\u000b\u000e-\u001f]/;

/**
 * The text of a .txt, .md, .html or .xml file: UTF-8 (with or without a byte order mark) or UTF-16
 * with one. Anything else, or bytes that are binary data under a text name, is refused by name;
 * an IPTC 7901 transmission's frame characters (SOH, STX, ETX, EOT, SYN) are the one exception.
 */
export function decodeTextFile(name: string, bytes: Uint8Array): string {
  const utf16 = utf16Encoding(bytes);
  // NUL bytes say "binary" at once (a renamed picture or program); only UTF-16 text has them.
  if (!utf16 && bytes.includes(0)) throw binary(name);
  let text: string;
  try {
    text = new TextDecoder(utf16 ?? 'utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new ApiFailure(
      'UNSUPPORTED_MEDIA',
      `${quotedFileName(name)} is not text Masthead can read: save it as UTF-8 text and import it again.`,
    );
  }
  if (BINARY.test(isIptc7901(text) ? text.replace(FRAME_CONTROLS, '') : text)) throw binary(name);
  return text;
}

function binary(name: string): ApiFailure {
  return new ApiFailure('UNSUPPORTED_MEDIA', `${quotedFileName(name)} holds binary data, not text, so it cannot be imported.`);
}

function utf16Encoding(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}
