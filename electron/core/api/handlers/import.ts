import { importDocument } from '../../import/import-document.js';
import type { HandlerSet } from '../dispatcher.js';

export function importHandlers(): Pick<HandlerSet, 'import:convert'> {
  return {
    // Converting writes nothing: the renderer makes the article from the result after cleaning it.
    'import:convert': async ({ name, data }) => importDocument(name, Buffer.from(data, 'base64')),
  };
}
