import Store from 'electron-store';
import type { WorkspaceSettings } from '../core/app/workspace.js';
import { DEFAULT_BOUNDS, type WindowBounds } from './window-options.js';

interface SettingsShape {
  window: WindowBounds;
  lastLibrary: string | null;
  recentLibraries: string[];
}

/** The app's settings file (electron-store, in the user data folder). */
export class AppSettings implements WorkspaceSettings {
  private readonly store = new Store<SettingsShape>({
    name: 'settings',
    defaults: { window: DEFAULT_BOUNDS, lastLibrary: null, recentLibraries: [] },
  });

  lastLibrary(): string | null {
    return this.store.get('lastLibrary');
  }
  recentLibraries(): string[] {
    return this.store.get('recentLibraries');
  }
  rememberLibrary(dir: string, recent: string[]): void {
    this.store.set('lastLibrary', dir);
    this.store.set('recentLibraries', recent);
  }
  windowBounds(): WindowBounds {
    return this.store.get('window');
  }
  setWindowBounds(bounds: WindowBounds): void {
    this.store.set('window', bounds);
  }
}
