import { MAX_IMPORT_BYTES } from '../../../electron/common/rules/limits.js';

/**
 * Which files can become an article: Word, HTML, Markdown and plain text, recognised by name (the
 * core converter reads the content and refuses what it cannot parse). Pure, unit-tested.
 */

export const IMPORT_EXTENSIONS = ['.docx', '.html', '.htm', '.md', '.markdown', '.txt'] as const;

/** For `<input type="file" accept>`. */
export const IMPORT_ACCEPT = IMPORT_EXTENSIONS.join(',');

export function isImportableName(name: string): boolean {
  const lower = name.toLowerCase();
  return IMPORT_EXTENSIONS.some((ext) => lower.endsWith(ext) && lower.length > ext.length);
}

export type ImportProblem = { kind: 'unsupported' } | { kind: 'tooLarge'; bytes: number } | { kind: 'empty' };

export function importProblem(name: string, size: number): ImportProblem | null {
  if (!isImportableName(name)) return { kind: 'unsupported' };
  if (size === 0) return { kind: 'empty' };
  if (size > MAX_IMPORT_BYTES) return { kind: 'tooLarge', bytes: size };
  return null;
}
