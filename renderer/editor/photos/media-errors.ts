import i18next, { type TFunction } from 'i18next';
import type { ApiError } from '../../../electron/common/ipc.js';
import { describeError } from '../../i18n/errors';

/**
 * describeError (i18n/errors.ts) for the media and import codes too. For UNSUPPORTED_MEDIA and
 * TOO_LARGE the service's own sentence says it best ("broken.docx could not be read as a Word
 * document…"), after our translated sentence naming the file; it is isolated in the Arabic UI.
 * Without one, a translated line of this feature's strings stands in.
 */
export function describeMediaError(t: TFunction, error: ApiError): string {
  if (error.code !== 'UNSUPPORTED_MEDIA' && error.code !== 'TOO_LARGE') return describeError(t, error);
  if (!error.message) return t(`mediaErrors.${error.code}`);
  return i18next.dir() === 'rtl' ? `\u2068${error.message}\u2069` : error.message;
}
