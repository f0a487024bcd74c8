import { MAX_IMPORT_BYTES } from '../../../electron/common/rules/limits.js';

/**
 * Which files can become an article: Word, HTML, Markdown, plain text (wire copy, IPTC 7901) and
 * NewsML-G2 XML, recognised by name; agencies also deliver IPTC 7901 copy in files without an
 * extension, which are let through for the core to sniff (it reads the content and refuses what
 * it cannot parse). Pure, unit-tested.
 */

export const IMPORT_EXTENSIONS = ['.docx', '.html', '.htm', '.md', '.markdown', '.txt', '.xml'] as const;

/** For `<input type="file" accept>`. */
export const IMPORT_ACCEPT = IMPORT_EXTENSIONS.join(',');

export function isImportableName(name: string): boolean {
  const lower = name.toLowerCase();
  if (!lower.includes('.')) return lower.trim() !== '';
  return IMPORT_EXTENSIONS.some((ext) => lower.endsWith(ext) && lower.length > ext.length);
}

export type ImportProblem = { kind: 'unsupported' } | { kind: 'tooLarge'; bytes: number } | { kind: 'empty' };

export function importProblem(name: string, size: number): ImportProblem | null {
  if (!isImportableName(name)) return { kind: 'unsupported' };
  if (size === 0) return { kind: 'empty' };
  if (size > MAX_IMPORT_BYTES) return { kind: 'tooLarge', bytes: size };
  return null;
}
