import { app, dialog, Menu, session } from 'electron';
import { readFile } from 'node:fs/promises';
import { userInfo } from 'node:os';
import path from 'node:path';
import type { EventName, EventTypes } from '../common/ipc.js';
import { createApi } from '../core/api/index.js';
import { Workspace } from '../core/app/workspace.js';
import { registerIpc } from './ipc.js';
import { openAtStart, openFromMenu, type LibraryOpeningDeps } from './library-opening.js';
import { buildMenu } from './menu.js';
import { registerAppScheme, serveRenderer } from './protocol.js';
import { hardenApp, hardenSession } from './security.js';
import { createSecretStore } from './secrets.js';
import { AppSettings } from './settings.js';
import { spellcheckerLanguages } from './spellcheck-languages.js';
import { initStrings, t } from './strings.js';
import { MainWindow } from './window.js';

/**
 * Composition root. Boot, in order: strings, the session's guards, settings, the workspace with
 * its library (its services start in order, see Workspace.openLibrary), the app:// protocol,
 * the API over IPC, the menu, the window. Shutdown: the window saves before it closes
 * (SaveBeforeClose), then the library's services stop, last started first; one that fails to
 * stop is logged and the exit code is 1.
 */
const root = app.getAppPath();
const paths = {
  renderer: path.join(root, 'out', 'renderer'),
  preload: path.join(root, 'out', 'electron', 'preload', 'index.cjs'),
  sample: path.join(root, 'assets', 'sample', 'seed-article.txt'),
};

registerAppScheme();
app.enableSandbox();
hardenApp();
if (!app.requestSingleInstanceLock()) app.quit();

let mainWindow: MainWindow | null = null;
const emit = <E extends EventName>(event: E, payload: EventTypes[E]): void => mainWindow?.send(event, payload);

async function boot(): Promise<void> {
  await initStrings(app.getLocale());
  hardenSession();
  const settings = new AppSettings();
  const workspace = new Workspace(settings, await readFile(paths.sample, 'utf8'), emit, createSecretStore(), userInfo().username);
  const chooseFolder = async (): Promise<string | null> => {
    const options = { title: t('chooseLibrary'), buttonLabel: t('chooseLibraryButton'), properties: ['openDirectory' as const, 'createDirectory' as const] };
    const result = mainWindow ? await dialog.showOpenDialog(mainWindow.window, options) : await dialog.showOpenDialog(options);
    return result.canceled ? null : (result.filePaths[0] ?? null);
  };
  const opening: LibraryOpeningDeps = { workspace, recentLibraries: () => settings.recentLibraries(), chooseFolder, window: () => mainWindow?.window ?? null };
  // Tests and power users can point the app at a library with MASTHEAD_LIBRARY.
  await openAtStart(opening, process.env.MASTHEAD_LIBRARY ?? settings.lastLibrary(), path.join(app.getPath('documents'), 'Masthead Library'));
  serveRenderer(paths.renderer, (folder, file) => workspace.library.mediaFile(folder, file));

  const refreshMenu = (): void => Menu.setApplicationMenu(buildMenu(menuActions));
  const openLibrary = async (dir: string | null): Promise<void> => {
    if (!dir) return;
    await openFromMenu(opening, dir);
    refreshMenu();
  };
  const menuActions = {
    command: (command: EventTypes['menu:command']['command']) => emit('menu:command', { command }),
    openLibrary: () => void chooseFolder().then(openLibrary),
    openRecent: (dir: string) => void openLibrary(dir),
    recentLibraries: () => settings.recentLibraries(),
    libraryPath: () => workspace.info().path,
  };

  registerIpc(
    createApi(workspace, {
      app: {
        info: { version: app.getVersion(), transport: 'electron', platform: process.platform },
        closeReady: () => mainWindow?.closeReady(),
        setSpellcheckLanguages: (languages) => {
          const codes = spellcheckerLanguages(languages, session.defaultSession.availableSpellCheckerLanguages);
          // None available (macOS uses the system's checker; a dictionary may be missing): keep what is set.
          if (codes.length > 0) session.defaultSession.setSpellCheckerLanguages(codes);
        },
      },
      library: { chooseFolder },
    }),
  );
  refreshMenu();
  mainWindow = new MainWindow(paths.preload, settings);
  mainWindow.window.on('closed', () => (mainWindow = null));

  app.on('second-instance', () => mainWindow?.window.focus());
  app.on('activate', () => {
    if (!mainWindow) {
      mainWindow = new MainWindow(paths.preload, settings);
      mainWindow.window.on('closed', () => (mainWindow = null));
    }
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('will-quit', (event) => {
    event.preventDefault();
    void workspace.closeLibrary().then((failed) => app.exit(failed.length > 0 ? 1 : 0));
  });
}

// A failed boot (the library cannot be opened, say) must not leave a running app with no window.
app.whenReady().then(boot).catch((err: unknown) => {
  dialog.showErrorBox('Masthead', err instanceof Error ? err.message : String(err));
  app.exit(1);
});
