import { BrowserWindow, screen } from 'electron';
import type { EventName, EventTypes } from '../common/ipc.js';
import { SaveBeforeClose } from '../core/app/save-before-close.js';
import type { AppSettings } from './settings.js';
import { APP_ENTRY_URL, mainWindowOptions, type WindowBounds } from './window-options.js';

/** Keeps remembered bounds only when they are still on one of the displays. */
function visibleBounds(bounds: WindowBounds): WindowBounds {
  if (bounds.x === undefined || bounds.y === undefined) return bounds;
  const { x, y } = bounds;
  const onScreen = screen.getAllDisplays().some(({ workArea: a }) => x >= a.x && y >= a.y && x < a.x + a.width && y < a.y + a.height);
  return onScreen ? bounds : { width: bounds.width, height: bounds.height };
}

/**
 * The main window. Closing asks the renderer to save first (app:beforeClose → app:closeReady)
 * and remembers size and position.
 */
export class MainWindow {
  readonly window: BrowserWindow;
  private closeConfirmed = false;
  private readonly saveBeforeClose = new SaveBeforeClose(() => this.send('app:beforeClose', {}));

  constructor(preloadPath: string, private readonly settings: AppSettings) {
    const bounds = visibleBounds(settings.windowBounds());
    this.window = new BrowserWindow(mainWindowOptions(preloadPath, bounds));
    if (bounds.maximized) this.window.maximize();
    this.window.once('ready-to-show', () => this.window.show());
    this.window.on('close', (event) => {
      this.rememberBounds();
      if (this.closeConfirmed) return;
      event.preventDefault();
      void this.saveThenClose();
    });
    void this.window.loadURL(APP_ENTRY_URL);
  }

  send<E extends EventName>(event: E, payload: EventTypes[E]): void {
    if (!this.window.isDestroyed()) this.window.webContents.send(event, payload);
  }

  /** Called by app:closeReady once the renderer has saved. */
  closeReady(): void {
    this.saveBeforeClose.ready();
  }

  private async saveThenClose(): Promise<void> {
    await this.saveBeforeClose.run();
    this.closeConfirmed = true;
    if (!this.window.isDestroyed()) this.window.close();
  }

  private rememberBounds(): void {
    if (this.window.isDestroyed()) return;
    const { x, y, width, height } = this.window.getNormalBounds();
    this.settings.setWindowBounds({ x, y, width, height, maximized: this.window.isMaximized() });
  }
}
