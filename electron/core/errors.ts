import type { ErrorCode } from '../common/ipc.js';

/** A failure the user can act on: its code is stable (the UI translates it), its message is shown as is. */
export class ApiFailure extends Error {
  constructor(
    public readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'ApiFailure';
  }
}

/** The `code` Node puts on file system errors (`ENOENT`, `ENOSPC`…), if `err` has one. */
export function errnoCode(err: unknown): string | undefined {
  if (err instanceof Error && 'code' in err && typeof err.code === 'string') return err.code;
  return undefined;
}

/**
 * Maps a Node file system error to the failure the user sees. `what` completes "could not …",
 * e.g. `save "kremlin-ties"`. The system message is left out on purpose: it carries full paths
 * and internals, and the code alone tells support what happened.
 */
export function toApiFailure(err: unknown, what: string): ApiFailure {
  if (err instanceof ApiFailure) return err;
  const code = errnoCode(err);
  switch (code) {
    case 'ENOSPC':
    case 'EDQUOT':
      return new ApiFailure('DISK_FULL', `Could not ${what}: there is no space left on the disk. Free some space and try again.`);
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return new ApiFailure(
        'PERMISSION_DENIED',
        `Permission denied: could not ${what}. Check that the library folder is not read-only and that you may write to it.`,
      );
    case 'ENOENT':
      return new ApiFailure('NOT_FOUND', `Could not ${what}: it no longer exists on disk.`);
    case undefined:
      return new ApiFailure('INTERNAL', `Could not ${what} because of an unexpected error.`);
    default:
      return new ApiFailure('IO_ERROR', `Could not ${what} (system error ${code}).`);
  }
}

/**
 * Rethrows file system errors as ApiFailure and anything else untouched, so a programming error
 * reaches the dispatcher's log with its stack instead of hiding behind a friendly message.
 */
export function rethrowAsApiFailure(err: unknown, what: string): never {
  if (err instanceof ApiFailure || errnoCode(err) !== undefined) throw toApiFailure(err, what);
  throw err;
}
