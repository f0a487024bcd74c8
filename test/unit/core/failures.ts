import { expect } from 'vitest';
import type { ErrorCode } from '../../../electron/common/ipc.js';
import { ApiFailure } from '../../../electron/core/errors.js';

/** The ApiFailure `promise` rejects with; fails the test when it resolves or throws anything else. */
export async function failure(promise: Promise<unknown>): Promise<ApiFailure> {
  try {
    await promise;
  } catch (err) {
    if (err instanceof ApiFailure) return err;
    throw err;
  }
  throw new Error('expected the call to fail');
}

export async function expectFailure(promise: Promise<unknown>, code: ErrorCode, message?: RegExp | string): Promise<ApiFailure> {
  const err = await failure(promise);
  expect(err.code, err.message).toBe(code);
  if (typeof message === 'string') expect(err.message).toBe(message);
  else if (message) expect(err.message).toMatch(message);
  return err;
}
