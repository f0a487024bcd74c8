import { describe, expect, it } from 'vitest';
import { ApiFailure, rethrowAsApiFailure, toApiFailure } from '../../../electron/core/errors.js';

const fsError = (code: string) =>
  Object.assign(new Error(`${code}: operation failed, open '/home/nada/Library/secret-draft.article/article.json'`), { code });

describe('toApiFailure', () => {
  it.each([
    ['ENOSPC', 'DISK_FULL', /^Could not save "kremlin-ties": there is no space left on the disk/],
    ['EDQUOT', 'DISK_FULL', /no space left on the disk/],
    ['EACCES', 'PERMISSION_DENIED', /^Permission denied: could not save "kremlin-ties"/],
    ['EPERM', 'PERMISSION_DENIED', /^Permission denied/],
    ['EROFS', 'PERMISSION_DENIED', /read-only/],
    ['ENOENT', 'NOT_FOUND', /no longer exists/],
    ['EIO', 'IO_ERROR', /^Could not save "kremlin-ties" \(system error EIO\)/],
  ])('maps %s to %s with a message that says what failed', (code, expected, message) => {
    const failure = toApiFailure(fsError(code), 'save "kremlin-ties"');
    expect(failure).toBeInstanceOf(ApiFailure);
    expect(failure.code).toBe(expected);
    expect(failure.message).toMatch(message);
    // The system message (with its full path) stays out of what the user sees.
    expect(failure.message).not.toContain('/home/nada');
  });

  it('passes an ApiFailure through and calls anything else unexpected', () => {
    const conflict = new ApiFailure('CONFLICT', 'changed elsewhere');
    expect(toApiFailure(conflict, 'save')).toBe(conflict);
    expect(toApiFailure(new TypeError('x is undefined'), 'save "a"')).toMatchObject({ code: 'INTERNAL' });
  });
});

describe('rethrowAsApiFailure', () => {
  it('turns file system errors into failures and leaves programming errors as they are, stack included', () => {
    expect(() => rethrowAsApiFailure(fsError('ENOSPC'), 'save')).toThrow(ApiFailure);
    const bug = new TypeError('x is undefined');
    expect(() => rethrowAsApiFailure(bug, 'save')).toThrow(bug);
  });
});
