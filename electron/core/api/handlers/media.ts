import type { Workspace } from '../../app/workspace.js';
import type { HandlerSet } from '../dispatcher.js';

export function mediaHandlers(workspace: Workspace): Pick<HandlerSet, 'media:add' | 'media:missing'> {
  return {
    // The schema has checked `data` is base64, so decoding cannot fail; size and type are checked by content in core.
    'media:add': async ({ folder, name, data }) => workspace.library.addMedia(folder, name, Buffer.from(data, 'base64')),
    'media:missing': async ({ folder, files }) => workspace.library.missingMedia(folder, files),
  };
}
