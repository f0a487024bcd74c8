import type { Workspace } from '../../app/workspace.js';
import type { HandlerSet } from '../dispatcher.js';

export function trashHandlers(workspace: Workspace): Pick<HandlerSet, 'trash:list' | 'trash:restore' | 'trash:empty'> {
  return {
    'trash:list': async () => workspace.library.listTrash(),
    'trash:restore': async ({ trashId }) => workspace.library.restoreFromTrash(trashId),
    'trash:empty': async () => workspace.library.emptyTrash(),
  };
}
