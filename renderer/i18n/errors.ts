import i18next, { type TFunction } from 'i18next';
import type { ApiError } from '../../electron/common/ipc.js';

/** First-strong isolate … pop isolate: the text keeps its own direction inside the sentence. */
const isolate = (text: string): string => `\u2068${text}\u2069`;

/**
 * An API error as one translated line: a stable, translated prefix for its code followed by the
 * specific message from the service ("Disk full: no space left writing article.json"). Service
 * messages are English; in the Arabic UI they are isolated so their punctuation stays put.
 */
export function describeError(t: TFunction, error: ApiError): string {
  const prefix = t(`errors.${error.code}`, { defaultValue: t('errors.INTERNAL') });
  if (!error.message) return prefix;
  const message = i18next.dir() === 'rtl' ? isolate(error.message) : error.message;
  return t('errors.format', { prefix, message });
}
