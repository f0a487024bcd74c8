import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

/**
 * A stand-in for the `electron` module, for the tests that boot the real main process
 * (boot-main.ts: the hardening audit, the library menu and start-up).
 *
 * Electron cannot run on this machine: its runtime binary is not installed (it is downloaded on
 * first use, and there is no internet access), so `require('electron')` fails. The audit still
 * runs the real main-process modules (index.ts, security.ts, protocol.ts, ipc.ts, window.ts,
 * menu.ts, the preload): this stand-in only records what they hand to Electron — app and session
 * handlers, window options, protocol handlers, IPC handlers, what the preload exposes — so the
 * test can call those real handlers with real inputs. It holds no logic of its own beyond that,
 * except `net.fetch` of file: URLs (what protocol.ts asks Electron to read from the packaged files).
 * Dialogs are answered by the test: message boxes by the label of a button (as a user clicks
 * one), the folder dialog with the folders queued in `openDialogAnswers` (cancelled when none).
 */

type Handler = (...args: unknown[]) => unknown;
interface MessageBoxOptions {
  title?: string;
  message: string;
  detail?: string;
  buttons: string[];
}
export interface MenuItem {
  label?: string;
  role?: string;
  submenu?: MenuItem[];
  click?: () => void;
}

/** Everything the main process and the preload handed to Electron, in order. */
export const recorded = {
  calls: [] as string[],
  appHandlers: new Map<string, Handler[]>(),
  privilegedSchemes: [] as Array<{ scheme: string; privileges: Record<string, boolean> }>,
  protocolHandlers: new Map<string, (request: Request) => Promise<Response>>(),
  permissionRequestHandler: null as Handler | null,
  permissionCheckHandler: null as Handler | null,
  ipcHandlers: new Map<string, Handler>(),
  windows: [] as BrowserWindow[],
  openedExternally: [] as string[],
  errorBoxes: [] as Array<{ title: string; content: string }>,
  messageBoxes: [] as MessageBoxOptions[],
  /** The application menu last set (Menu.setApplicationMenu). */
  menu: null as { template: MenuItem[] } | null,
  exposedInMainWorld: new Map<string, unknown>(),
  invoked: [] as Array<{ channel: string; payload: unknown }>,
  rendererListeners: new Map<string, Handler[]>(),
};

let markReady!: () => void;
const whenReady = new Promise<void>((resolve) => (markReady = resolve));
/** Fires app 'ready': index.ts boots. */
export function ready(): void {
  recorded.calls.push('ready');
  markReady();
}

let markExited!: (code: number) => void;
/** Resolves with the code of app.exit(). */
export const exited = new Promise<number>((resolve) => (markExited = resolve));

const waiters = new Map<string, () => void>();
/** Resolves once the main process has registered an app handler for `event`. */
export function appHandlerRegistered(event: string): Promise<void> {
  if (recorded.appHandlers.has(event)) return Promise.resolve();
  return new Promise((resolve) => waiters.set(event, resolve));
}

const appPaths = new Map<string, string>();

export const app = {
  name: 'Masthead',
  isPackaged: false,
  getAppPath: (): string => fileURLToPath(new URL('../../..', import.meta.url)),
  getLocale: (): string => 'en-US',
  getVersion: (): string => '0.0.0-audit',
  /** Only the paths a test set with setPath, as Electron's own setPath does: nothing of the real home folder. */
  getPath: (name: string): string => {
    const dir = appPaths.get(name);
    if (!dir) throw new Error(`app.getPath(${name}) was not set by the test`);
    return dir;
  },
  setPath: (name: string, dir: string): void => void appPaths.set(name, dir),
  enableSandbox: (): void => void recorded.calls.push('app.enableSandbox'),
  requestSingleInstanceLock: (): boolean => true,
  whenReady: (): Promise<void> => whenReady,
  on(event: string, handler: Handler): void {
    recorded.calls.push(`app.on(${event})`);
    recorded.appHandlers.set(event, [...(recorded.appHandlers.get(event) ?? []), handler]);
    waiters.get(event)?.();
  },
  quit: (): void => void recorded.calls.push('app.quit'),
  exit: (code: number): void => markExited(code),
};

export const session = {
  defaultSession: {
    availableSpellCheckerLanguages: ['en-US'],
    setSpellCheckerLanguages: (): void => undefined,
    setPermissionRequestHandler(handler: Handler): void {
      recorded.calls.push('session.setPermissionRequestHandler');
      recorded.permissionRequestHandler = handler;
    },
    setPermissionCheckHandler(handler: Handler): void {
      recorded.calls.push('session.setPermissionCheckHandler');
      recorded.permissionCheckHandler = handler;
    },
  },
};

export const protocol = {
  registerSchemesAsPrivileged(schemes: Array<{ scheme: string; privileges: Record<string, boolean> }>): void {
    recorded.calls.push('protocol.registerSchemesAsPrivileged');
    recorded.privilegedSchemes.push(...schemes);
  },
  handle(scheme: string, handler: (request: Request) => Promise<Response>): void {
    recorded.calls.push('protocol.handle');
    recorded.protocolHandlers.set(scheme, handler);
  },
};

export const net = {
  async fetch(url: string): Promise<Response> {
    try {
      return new Response(await readFile(fileURLToPath(url)), { headers: { 'content-type': 'text/html' } });
    } catch {
      return new Response('', { status: 404 });
    }
  },
};

export const shell = {
  openExternal: async (url: string): Promise<void> => void recorded.openedExternally.push(url),
  openPath: async (): Promise<string> => '',
};

export const ipcMain = {
  handle: (channel: string, handler: Handler): void => void recorded.ipcHandlers.set(channel, handler),
};

export const safeStorage = {
  isEncryptionAvailable: (): boolean => false,
  getSelectedStorageBackend: (): string => 'basic_text',
};

/** A message box on screen, waiting for the test to click one of its buttons. */
export interface ShownMessageBox {
  options: MessageBoxOptions;
  click(label: string): void;
}
const shownBoxes: ShownMessageBox[] = [];
let boxShown: (() => void) | null = null;
/** Resolves with the next message box the main process shows (or one already waiting). */
export async function messageBox(): Promise<ShownMessageBox> {
  while (shownBoxes.length === 0) await new Promise<void>((resolve) => (boxShown = resolve));
  return shownBoxes.shift()!;
}

/** Folders the folder dialog answers with, one per time it is shown. */
export const openDialogAnswers: string[] = [];

export const dialog = {
  showErrorBox: (title: string, content: string): void => void recorded.errorBoxes.push({ title, content }),
  showOpenDialog: async (): Promise<{ canceled: boolean; filePaths: string[] }> => {
    const answer = openDialogAnswers.shift();
    return answer ? { canceled: false, filePaths: [answer] } : { canceled: true, filePaths: [] };
  },
  showMessageBox(...args: unknown[]): Promise<{ response: number }> {
    // Electron takes (options) or (window, options).
    const options = args[args.length - 1] as MessageBoxOptions;
    recorded.messageBoxes.push(options);
    return new Promise((resolve) => {
      shownBoxes.push({
        options,
        click: (label) => {
          const response = options.buttons.indexOf(label);
          if (response < 0) throw new Error(`no button "${label}" in ${JSON.stringify(options.buttons)}`);
          resolve({ response });
        },
      });
      boxShown?.();
    });
  },
};

let menuWaiters: Array<() => void> = [];
/** Resolves when the main process next sets the application menu. */
export function menuSet(): Promise<void> {
  return new Promise((resolve) => menuWaiters.push(resolve));
}

export const Menu = {
  buildFromTemplate: (template: MenuItem[]): { template: MenuItem[] } => ({ template }),
  setApplicationMenu(menu: { template: MenuItem[] }): void {
    recorded.menu = menu;
    for (const done of menuWaiters) done();
    menuWaiters = [];
  },
};

export const screen = { getAllDisplays: (): unknown[] => [] };

export class BrowserWindow {
  loadedUrl: string | null = null;
  readonly webContents = { send: (): void => undefined };

  constructor(readonly options: Record<string, unknown>) {
    recorded.calls.push('new BrowserWindow');
    recorded.windows.push(this);
  }
  loadURL(url: string): Promise<void> {
    this.loadedUrl = url;
    return Promise.resolve();
  }
  once(): void {}
  on(): void {}
  maximize(): void {}
  isDestroyed(): boolean {
    return false;
  }
}

export const contextBridge = {
  exposeInMainWorld: (key: string, api: unknown): void => void recorded.exposedInMainWorld.set(key, api),
};

export const ipcRenderer = {
  invoke: async (channel: string, payload: unknown): Promise<void> => void recorded.invoked.push({ channel, payload }),
  on(channel: string, listener: Handler): void {
    recorded.rendererListeners.set(channel, [...(recorded.rendererListeners.get(channel) ?? []), listener]);
  },
  removeListener(channel: string, listener: Handler): void {
    recorded.rendererListeners.set(channel, (recorded.rendererListeners.get(channel) ?? []).filter((l) => l !== listener));
  },
};

/** electron-store (it needs Electron's app paths): the settings kept in memory. */
export class MemoryStore<T extends Record<string, unknown>> {
  private readonly values: T;
  constructor(options: { defaults: T }) {
    this.values = structuredClone(options.defaults);
  }
  get<K extends keyof T>(key: K): T[K] {
    return this.values[key];
  }
  set<K extends keyof T>(key: K, value: T[K]): void {
    this.values[key] = value;
  }
}
