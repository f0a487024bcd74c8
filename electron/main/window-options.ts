import type { BrowserWindowConstructorOptions, WebPreferences } from 'electron';

/** Our renderer is only ever loaded from this origin (see protocol.ts). */
export const APP_SCHEME = 'app';
export const APP_ORIGIN = `${APP_SCHEME}://masthead`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/** Same policy as the browser host: scripts only from our own packaged files. */
export const CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
  "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/** The Electron security checklist, as web preferences. Audited by test/unit/main. */
export function secureWebPreferences(preloadPath: string): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    spellcheck: true,
  };
}

export interface WindowBounds {
  x?: number;
  y?: number;
  width: number;
  height: number;
  maximized?: boolean;
}

export const DEFAULT_BOUNDS: WindowBounds = { width: 1280, height: 840 };

export function mainWindowOptions(preloadPath: string, bounds: WindowBounds): BrowserWindowConstructorOptions {
  return {
    ...(bounds.x !== undefined && bounds.y !== undefined ? { x: bounds.x, y: bounds.y } : {}),
    width: bounds.width,
    height: bounds.height,
    minWidth: 760,
    minHeight: 480,
    show: false,
    title: 'Masthead',
    backgroundColor: '#f7f7f5',
    webPreferences: secureWebPreferences(preloadPath),
  };
}

/**
 * The address a link a user clicks may open in the OS browser (http, https and mailto only), or
 * null when it may not leave the app. The parsed form is returned, and only it may be opened: the
 * URL parser drops tabs, newlines and surrounding spaces ("ht\ttps://…") that the OS's handler
 * need not drop, so what was checked is exactly what is opened.
 */
export function externalUrl(url: string): string | null {
  try {
    const parsed = new URL(url);
    return ['https:', 'http:', 'mailto:'].includes(parsed.protocol) ? parsed.href : null;
  } catch {
    return null;
  }
}

/** Whether a URL belongs to our renderer (IPC sender check and navigation guard). */
export function isAppUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return `${parsed.protocol}//${parsed.host}` === APP_ORIGIN;
  } catch {
    return false;
  }
}
