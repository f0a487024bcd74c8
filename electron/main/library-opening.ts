import { dialog, type BrowserWindow, type MessageBoxOptions } from 'electron';
import { LibraryMissing, type Workspace } from '../core/app/workspace.js';
import { t } from './strings.js';

/** What opening a library from the menu or at start-up needs from the app. */
export interface LibraryOpeningDeps {
  workspace: Workspace;
  recentLibraries(): string[];
  /** The folder dialog (File › Open Library…); null when cancelled. */
  chooseFolder(): Promise<string | null>;
  /** The window dialogs belong to, once there is one. */
  window(): BrowserWindow | null;
}

/** Shows a native message box and resolves with the index of the button chosen. */
async function ask(deps: LibraryOpeningDeps, options: MessageBoxOptions): Promise<number> {
  const parent = deps.window();
  const { response } = parent ? await dialog.showMessageBox(parent, options) : await dialog.showMessageBox(options);
  return response;
}

const message = (err: unknown): string => (err instanceof Error ? err.message : String(err));

/**
 * File › Open Library… and File › Open Recent. A folder that is missing (a drive not plugged in)
 * is never created: the user is told, and may take it off the recent list. Any other failure is
 * shown as it is, and the library that was open stays open.
 */
export async function openFromMenu(deps: LibraryOpeningDeps, dir: string): Promise<void> {
  try {
    await deps.workspace.openLibrary(dir, { mustExist: true });
  } catch (err) {
    if (!(err instanceof LibraryMissing) || !deps.recentLibraries().includes(dir)) {
      dialog.showErrorBox(t('libraryFailed'), message(err));
      return;
    }
    const buttons = [t('removeFromRecent'), t('keepInRecent')];
    const detail = t('libraryMissingRecent');
    const response = await ask(deps, { type: 'warning', title: t('libraryMissingTitle'), message: t('libraryMissing', { path: dir }), detail, buttons, defaultId: 1, cancelId: 1, noLink: true });
    if (response === 0) deps.workspace.forgetLibrary(dir);
  }
}

/**
 * Start-up: the library asked for (MASTHEAD_LIBRARY, or the last one open), else the default
 * library, which alone is created when missing (a first run). When the one asked for is missing,
 * the editor is told and chooses: Try Again (after plugging the drive in), Choose Another
 * Library…, or Open Default Library (also what closing the message does). The missing folder
 * stays on the recent list. Any other failure is thrown: the boot says why and quits.
 */
export async function openAtStart(deps: LibraryOpeningDeps, requested: string | null, defaultLibrary: string): Promise<void> {
  let dir = requested ?? defaultLibrary;
  for (;;) {
    try {
      await deps.workspace.openLibrary(dir, { mustExist: dir !== defaultLibrary });
      return;
    } catch (err) {
      if (!(err instanceof LibraryMissing)) throw err;
      const buttons = [t('tryAgain'), t('chooseAnotherLibrary'), t('openDefaultLibrary')];
      const detail = t('libraryMissingAtStart');
      const response = await ask(deps, { type: 'warning', title: t('libraryMissingTitle'), message: t('libraryMissing', { path: dir }), detail, buttons, defaultId: 0, cancelId: 2, noLink: true });
      if (response === 1) dir = (await deps.chooseFolder()) ?? dir;
      else if (response === 2) dir = defaultLibrary;
    }
  }
}
