import { sizeInMegabytes } from '../../common/rules/limits.js';

/** How a user's file is named and measured in the messages they read. */

const MEGABYTE = 1024 * 1024;

/** The name as the user knows it, quoted; control characters dropped and long names shortened. */
export function quotedFileName(name: string): string {
  const clean = name.replace(/[\u0000-\u001f\u007f]/g, '');
  return `"${clean.length > 120 ? `${clean.slice(0, 117)}…` : clean}"`;
}

/** `31.2 MB`, rounded up (sizeInMegabytes). */
export function megabytes(bytes: number): string {
  return `${sizeInMegabytes(bytes).toFixed(1)} MB`;
}

/** `25 MB` for a limit that is a whole number of megabytes. */
export function megabyteLimit(bytes: number): string {
  return `${Math.round(bytes / MEGABYTE)} MB`;
}
