import { vi } from 'vitest';
import type { MenuItem } from './electron-stand-in.js';

export type Electron = typeof import('./electron-stand-in.js');

/**
 * Boots the real main process (index.ts) on the recording stand-in for `electron`: a fresh
 * module graph, so each boot has its own stand-in, settings and index.ts. `library` becomes
 * MASTHEAD_LIBRARY, `documents` the Documents folder (where the default library lives). The
 * boot itself runs when the test calls `ready()` on what this returns.
 */
export async function bootMain(options: { library: string; documents?: string }): Promise<Electron> {
  vi.resetModules();
  vi.doMock('electron', () => import('./electron-stand-in.js'));
  vi.doMock('electron-store', async () => ({ default: (await import('./electron-stand-in.js')).MemoryStore }));
  process.env.MASTHEAD_LIBRARY = options.library;
  const standIn = await import('./electron-stand-in.js');
  if (options.documents) standIn.app.setPath('documents', options.documents);
  await import('../../../electron/main/index.js');
  return standIn;
}

/** Quits as the OS does (will-quit) and resolves with the exit code. */
export async function quit(electron: Electron): Promise<number> {
  const [willQuit] = electron.recorded.appHandlers.get('will-quit') ?? [];
  if (!willQuit) throw new Error('the main process registered no will-quit handler');
  willQuit({ preventDefault: () => undefined });
  return electron.exited;
}

/** The item of the application menu at `labels` (File › Open Recent › …). */
export function menuItem(electron: Electron, labels: string[]): MenuItem {
  let items = electron.recorded.menu?.template ?? [];
  let found: MenuItem | undefined;
  for (const label of labels) {
    found = items.find((item) => item.label === label);
    if (!found) throw new Error(`no menu item "${label}" among ${JSON.stringify(items.map((item) => item.label ?? item.role))}`);
    items = found.submenu ?? [];
  }
  return found!;
}

/** Clicks a menu item and resolves once the main process has done with it (it sets the menu again). */
export async function clickMenu(electron: Electron, labels: string[]): Promise<void> {
  const done = electron.menuSet();
  menuItem(electron, labels).click!();
  await done;
}
