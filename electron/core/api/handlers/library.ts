import { stat } from 'node:fs/promises';
import path from 'node:path';
import type { LibraryInfo } from '../../../common/ipc.js';
import type { Workspace } from '../../app/workspace.js';
import { ApiFailure } from '../../errors.js';
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
    'library:open': async ({ path: dir }) => workspace.open(await existingFolder(dir)),
    'library:choose': async (): Promise<LibraryInfo | null> => {
      const dir = await port.chooseFolder();
      return dir ? workspace.open(dir) : null;
    },
    'library:list': async ({ first, slugs }) => workspace.library.list({ first, slugs }),
    'library:suggestions': async () => workspace.library.suggestions(),
    'library:settings': async () => workspace.library.settings(),
    'library:updateSettings': async ({ sections }) => workspace.library.updateSettings({ sections }),
  };
}

/**
 * A folder to open as the library must already exist and be named by its full path: a relative
 * path depends on where the app was started, and a missing folder (a drive not plugged in) must
 * not silently become a new, empty library.
 */
async function existingFolder(dir: string): Promise<string> {
  const shown = dir.slice(0, 200);
  if (dir.includes('\0') || !path.isAbsolute(dir)) throw new ApiFailure('INVALID_REQUEST', `"${shown}" is not the full path of a folder.`);
  const info = await stat(dir).catch(() => null);
  if (!info) throw new ApiFailure('NOT_FOUND', `There is no folder "${shown}".`);
  if (!info.isDirectory()) throw new ApiFailure('INVALID_REQUEST', `"${shown}" is a file, not a folder, so it cannot be a library.`);
  return dir;
}
