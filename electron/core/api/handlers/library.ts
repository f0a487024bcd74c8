import type { LibraryInfo } from '../../../common/ipc.js';
import type { Workspace } from '../../app/workspace.js';
import type { HandlerSet } from '../dispatcher.js';

export interface LibraryPort {
  /** Asks the user for a library folder (a native dialog in Electron); null when cancelled or not offered. */
  chooseFolder(): Promise<string | null>;
}

type LibraryChannels =
  | 'library:info'
  | 'library:open'
  | 'library:choose'
  | 'library:list'
  | 'library:suggestions'
  | 'library:settings'
  | 'library:updateSettings';

export function libraryHandlers(workspace: Workspace, port: LibraryPort): Pick<HandlerSet, LibraryChannels> {
  return {
    'library:info': async () => workspace.info(),
    'library:open': async ({ path: dir }) => workspace.openLibrary(dir, { mustExist: true }),
    'library:choose': async (): Promise<LibraryInfo | null> => {
      const dir = await port.chooseFolder();
      return dir ? workspace.openLibrary(dir, { mustExist: true }) : null;
    },
    'library:list': async ({ first, folders }) => workspace.library.list({ first, folders }),
    'library:suggestions': async () => workspace.library.suggestions(),
    'library:settings': async () => workspace.library.settings(),
    'library:updateSettings': async ({ sections, arabicQuotes }) => workspace.library.updateSettings({ sections, arabicQuotes }),
  };
}
