import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

/**
 * A stand-in for the `electron` module, for the hardening audit (security-audit.test.ts) only.
 *
 * Electron cannot run on this machine: its runtime binary is not installed (it is downloaded on
 * first use, and there is no internet access), so `require('electron')` fails. The audit still
 * runs the real main-process modules (index.ts, security.ts, protocol.ts, ipc.ts, window.ts,
 * menu.ts, the preload): this stand-in only records what they hand to Electron — app and session
 * handlers, window options, protocol handlers, IPC handlers, what the preload exposes — so the
 * test can call those real handlers with real inputs. It holds no logic of its own beyond that,
 * except `net.fetch` of file: URLs (what protocol.ts asks Electron to read from the packaged files).
 */

type Handler = (...args: unknown[]) => unknown;

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

export const app = {
  name: 'Masthead',
  isPackaged: false,
  getAppPath: (): string => fileURLToPath(new URL('../../..', import.meta.url)),
  getLocale: (): string => 'en-US',
  getVersion: (): string => '0.0.0-audit',
  getPath: (name: string): string => {
    throw new Error(`app.getPath(${name}) is not expected in the audit`);
  },
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

export const dialog = {
  showErrorBox: (title: string, content: string): void => void recorded.errorBoxes.push({ title, content }),
  showOpenDialog: async (): Promise<{ canceled: boolean; filePaths: string[] }> => ({ canceled: true, filePaths: [] }),
};

export const Menu = {
  buildFromTemplate: (template: unknown[]): { template: unknown[] } => ({ template }),
  setApplicationMenu: (): void => undefined,
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
