import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHANNEL_NAMES, EVENT_NAMES } from '../../../electron/common/channels.js';
import { CONTENT_SECURITY_POLICY as HOST_CSP } from '../../../electron/host/server.js';
import { APP_ENTRY_URL, CONTENT_SECURITY_POLICY, externalUrl, isAppUrl } from '../../../electron/main/window-options.js';
import { bootMain, quit, type Electron } from './boot-main.js';

/**
 * The Electron hardening audit: the security posture of the README (Architecture › Security), item by item, checked against the
 * real main-process code. Electron cannot run on this machine, so `electron` is replaced by a
 * recorder (electron-stand-in.ts, booted by boot-main.ts): the real index.ts boots on it, with a real temp library, and
 * the test calls the handlers it registered — navigation, window open, permissions, the app://
 * protocol, every IPC channel — with real inputs, the way Electron would.
 */

type Handler = (...args: unknown[]) => unknown;

const ROOT = path.resolve(import.meta.dirname, '../../..');
let electron: Electron;
let tempDir: string;
let library: string;
/** What had been handed to Electron before app 'ready'. */
let beforeReady: string[];
const savedLibraryEnv = process.env.MASTHEAD_LIBRARY;

beforeAll(async () => {
  tempDir = await mkdtemp(path.join(os.tmpdir(), 'masthead-audit-'));
  library = path.join(tempDir, 'Library');
  await mkdir(library);
  electron = await bootMain({ library, documents: path.join(tempDir, 'Documents') });
  beforeReady = [...electron.recorded.calls];
  electron.ready();
  await electron.appHandlerRegistered('will-quit');
});

afterAll(async () => {
  expect(await quit(electron)).toBe(0);
  process.env.MASTHEAD_LIBRARY = savedLibraryEnv;
  await rm(tempDir, { recursive: true, force: true });
});

/** A web contents as Electron hands it to 'web-contents-created', recording what gets attached. */
function guardedContents() {
  const handlers = new Map<string, Handler>();
  let openHandler: Handler | null = null;
  const contents = {
    on: (event: string, handler: Handler) => void handlers.set(event, handler),
    setWindowOpenHandler: (handler: Handler) => void (openHandler = handler),
  };
  for (const created of electron.recorded.appHandlers.get('web-contents-created') ?? []) created({}, contents);
  /** Fires an event the way Electron does; true when the handler called preventDefault. */
  const prevented = (event: string, url?: string): boolean => {
    const handler = handlers.get(event);
    if (!handler) throw new Error(`no ${event} handler`);
    let stopped = false;
    handler({ preventDefault: () => (stopped = true) }, url);
    return stopped;
  };
  return { prevented, open: (url: string) => openHandler!({ url, frameName: '', features: '', disposition: 'foreground-tab' }) };
}

/** `directive → sources` of a CSP string. */
function directives(csp: string): Map<string, string[]> {
  return new Map(
    csp
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0])
      .map(([name, ...sources]) => [name!.toLowerCase(), sources]),
  );
}

/** The policy the README's Security section states: scripts only from our own files, no plugins, no <base> tricks. */
function expectLockedDownCsp(csp: string): void {
  const policy = directives(csp);
  expect(policy.get('script-src')).toEqual(["'self'"]);
  expect(policy.get('default-src')).toEqual(["'self'"]);
  expect(policy.get('object-src')).toEqual(["'none'"]);
  expect(policy.get('base-uri')).toEqual(["'none'"]);
  expect(csp).not.toMatch(/unsafe-eval|wasm-unsafe-eval|strict-dynamic/);
  for (const [name, sources] of policy) {
    if (name !== 'style-src') expect(sources, name).not.toContain("'unsafe-inline'");
    expect(sources, name).not.toContain('*');
  }
}

const metaCsp = (html: string): string => {
  const match = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]+)"/i.exec(html);
  if (!match) throw new Error('no Content-Security-Policy meta tag');
  return match[1]!;
};

describe('the main window', () => {
  it('is created with exactly the checklist web preferences, the sandboxed preload, and loads our own origin', () => {
    const [window, ...others] = electron.recorded.windows;
    expect(others).toEqual([]);
    const prefs = window!.options.webPreferences as Record<string, unknown>;
    // Exact: a new preference has to be added here on purpose, after a look at what it allows.
    expect(prefs).toEqual({
      preload: path.join(ROOT, 'out', 'electron', 'preload', 'index.cjs'),
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
    });
    expect(window!.loadedUrl).toBe(APP_ENTRY_URL);
    expect(isAppUrl(window!.loadedUrl!)).toBe(true);
  });

  it('exists only after the session denies permissions and the app:// protocol serves our files', () => {
    const calls = electron.recorded.calls;
    const windowAt = calls.indexOf('new BrowserWindow');
    for (const call of ['session.setPermissionRequestHandler', 'session.setPermissionCheckHandler', 'protocol.handle']) {
      expect(calls.indexOf(call), call).toBeGreaterThanOrEqual(0);
      expect(calls.indexOf(call), call).toBeLessThan(windowAt);
    }
  });
});

describe('before the app is ready', () => {
  it('turns the sandbox on for every renderer, guards every web contents, and registers app:// as a secure standard scheme', () => {
    expect(beforeReady).toContain('app.enableSandbox');
    expect(beforeReady).toContain('app.on(web-contents-created)');
    expect(beforeReady).toContain('protocol.registerSchemesAsPrivileged');
    expect(beforeReady).not.toContain('new BrowserWindow');
    // Exactly these privileges: no bypassCSP, no corsEnabled, no service workers, no streaming tricks.
    expect(electron.recorded.privilegedSchemes).toEqual([{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
  });
});

describe('navigation and new windows', () => {
  const hostile = [
    'https://evil.example/phish',
    'http://127.0.0.1:8080/',
    'file:///etc/passwd',
    'javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'app://other/index.html',
    'app://masthead.evil.example/index.html',
    'about:blank',
    'chrome://settings',
    'devtools://devtools/bundled/inspector.html',
    'not a url',
  ];

  it('blocks will-navigate and will-redirect to anything but our own origin', () => {
    const contents = guardedContents();
    for (const url of hostile) {
      expect(contents.prevented('will-navigate', url), url).toBe(true);
      expect(contents.prevented('will-redirect', url), url).toBe(true);
    }
    expect(contents.prevented('will-navigate', APP_ENTRY_URL)).toBe(false);
    expect(contents.prevented('will-redirect', APP_ENTRY_URL)).toBe(false);
  });

  it('refuses to attach any webview', () => {
    expect(guardedContents().prevented('will-attach-webview')).toBe(true);
  });

  it('denies every new window, and hands only http, https and mailto links to the OS browser, in their parsed form', () => {
    const contents = guardedContents();
    const refused = [
      'javascript:alert(document.domain)',
      'JavaScript:alert(1)',
      'JAVASCRIPT:alert(1)',
      ' javascript:alert(1)',
      '\tjavascript:alert(1)',
      'java\nscript:alert(1)',
      'java\tscript:alert(1)',
      'javascript&colon;alert(1)',
      'jav&#x09;ascript:alert(1)',
      'vbscript:msgbox(1)',
      'file:///etc/passwd',
      'FILE:///C:/Windows/System32/calc.exe',
      'file://attacker.example/share/payload.exe',
      'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
      'blob:app://masthead/0b1e8e8e-0000-4000-8000-000000000000',
      'smb://attacker.example/share',
      '\\\\attacker.example\\share\\payload.exe',
      'ms-msdt:/id PCWDiagnostic /skip force',
      'search-ms:query=invoice&crumb=location:\\\\attacker.example\\share',
      'ms-officecmd:{"id":1}',
      'steam://run/1',
      'x-github-client://openRepo/https://github.com/x/y',
      'app://masthead/index.html',
      'about:blank',
      '//evil.example/',
      'https:',
      '',
    ];
    for (const url of refused) expect(contents.open(url), JSON.stringify(url)).toEqual({ action: 'deny' });
    expect(electron.recorded.openedExternally).toEqual([]);

    const allowed: Array<[string, string]> = [
      ['https://example.com/story', 'https://example.com/story'],
      ['http://example.com/', 'http://example.com/'],
      ['mailto:desk@example.com', 'mailto:desk@example.com'],
      ['HTTPS://Example.COM/Story', 'https://example.com/Story'],
      ['  https://example.com/padded  ', 'https://example.com/padded'],
      // The raw string, tab included, never reaches the OS: only what was checked is opened.
      ['ht\ttps://example.com/tab', 'https://example.com/tab'],
    ];
    for (const [url] of allowed) expect(contents.open(url), JSON.stringify(url)).toEqual({ action: 'deny' });
    expect(electron.recorded.openedExternally).toEqual(allowed.map(([, opened]) => opened));
  });

  it('checks external links with the same function the window open handler uses', () => {
    expect(externalUrl('https://example.com/a b')).toBe('https://example.com/a%20b');
    expect(externalUrl('javascript:alert(1)')).toBeNull();
    expect(externalUrl('\u0000https://example.com/')).toBe('https://example.com/');
  });
});

describe('permissions', () => {
  const permissions = [
    'media',
    'geolocation',
    'notifications',
    'midi',
    'midiSysex',
    'pointerLock',
    'fullscreen',
    'openExternal',
    'clipboard-read',
    'clipboard-sanitized-write',
    'display-capture',
    'mediaKeySystem',
    'idle-detection',
    'window-management',
    'hid',
    'serial',
    'usb',
    'storage-access',
    'unknown',
  ];

  it('every permission request is answered no, from any origin including ours', () => {
    const request = electron.recorded.permissionRequestHandler as Handler;
    for (const permission of permissions) {
      const answers: boolean[] = [];
      request({}, permission, (granted: boolean) => answers.push(granted), { requestingUrl: APP_ENTRY_URL, isMainFrame: true });
      expect(answers, permission).toEqual([false]);
    }
  });

  it('every permission check is answered no', () => {
    const check = electron.recorded.permissionCheckHandler as Handler;
    for (const permission of permissions) {
      expect(check({}, permission, 'app://masthead', { requestingUrl: APP_ENTRY_URL, isMainFrame: true }), permission).toBe(false);
    }
  });
});

describe('content security policy', () => {
  it('is locked down in Electron, in the browser host, and in the renderer page itself', async () => {
    expectLockedDownCsp(CONTENT_SECURITY_POLICY);
    expectLockedDownCsp(HOST_CSP);
    expectLockedDownCsp(metaCsp(await readFile(path.join(ROOT, 'renderer', 'index.html'), 'utf8')));
  });

  it('is sent by the app:// protocol the app registered, with every file it serves', async () => {
    const serve = electron.recorded.protocolHandlers.get('app')!;
    for (const url of [APP_ENTRY_URL, 'app://masthead/', 'app://masthead/assets/missing.js']) {
      const response = await serve(new Request(url));
      expect(response.headers.get('content-security-policy'), url).toBe(CONTENT_SECURITY_POLICY);
      expect(response.headers.get('x-content-type-options'), url).toBe('nosniff');
    }
  });

  it('the page has no inline script that the policy would have to allow', async () => {
    const html = await readFile(path.join(ROOT, 'renderer', 'index.html'), 'utf8');
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)];
    expect(scripts.length).toBeGreaterThan(0);
    for (const [, attributes, body] of scripts) {
      expect(attributes).toMatch(/\bsrc=/);
      expect(body!.trim()).toBe('');
    }
    expect(html).not.toMatch(/\son[a-z]+\s*=/i);
  });
});

describe('the app:// protocol', () => {
  it('serves renderer files and nothing outside them', async () => {
    const { serveRenderer } = await import('../../../electron/main/protocol.js');
    serveRenderer(path.join(ROOT, 'renderer'), async () => null);
    const serve = electron.recorded.protocolHandlers.get('app')!;
    const page = await serve(new Request(APP_ENTRY_URL));
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<div id="root">');
    for (const escape of ['app://masthead/..%2Fpackage.json', 'app://masthead/%2E%2E/package.json', 'app://masthead/assets/..%2F..%2Fpackage.json', 'app://masthead/%2Fetc%2Fpasswd', 'app://masthead/media/..%2F..%2Fpackage.json']) {
      expect((await serve(new Request(escape))).status, escape).toBe(404);
    }
  });
});

describe('IPC', () => {
  const topFrame = { url: APP_ENTRY_URL };
  const trusted = { sender: { mainFrame: topFrame }, senderFrame: topFrame };
  const strangers: Array<[string, unknown]> = [
    ['a subframe of our page', { sender: { mainFrame: topFrame }, senderFrame: { url: APP_ENTRY_URL } }],
    ['a top frame on another site', { sender: { mainFrame: { url: 'https://evil.example/' } }, senderFrame: null }],
    ['a top frame on a file', ((frame) => ({ sender: { mainFrame: frame }, senderFrame: frame }))({ url: 'file:///tmp/evil.html' })],
    ['a top frame on another app:// host', ((frame) => ({ sender: { mainFrame: frame }, senderFrame: frame }))({ url: 'app://other/index.html' })],
    ['a frame already gone', { sender: { mainFrame: topFrame }, senderFrame: null }],
  ];
  const articles = async () => (await readdir(library)).filter((name) => name.endsWith('.article')).sort();

  it('has a handler for exactly the API channels', () => {
    expect([...electron.recorded.ipcHandlers.keys()].sort()).toEqual([...CHANNEL_NAMES].sort());
  });

  it('answers our own top frame through the shared dispatcher', async () => {
    const info = electron.recorded.ipcHandlers.get('app:info') as Handler;
    expect(await info(trusted, {})).toEqual({ ok: true, value: { version: '0.0.0-audit', transport: 'electron', platform: process.platform } });
  });

  it('refuses every other sender on every channel, before any handler runs', async () => {
    const before = await articles();
    expect(before.length).toBeGreaterThan(0);
    for (const [who, event] of strangers) {
      for (const channel of CHANNEL_NAMES) {
        const handler = electron.recorded.ipcHandlers.get(channel) as Handler;
        const answer = (await handler(event, channel === 'article:create' ? { headline: 'Planted by a stranger' } : {})) as { ok: boolean; error?: { code: string } };
        expect(answer, `${who} → ${channel}`).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
      }
    }
    expect(await articles()).toEqual(before);
  });
});

describe('the preload', () => {
  it('exposes only window.masthead: one function per channel, the media URL and our events, never ipcRenderer', async () => {
    await import('../../../electron/preload/index.js');
    const exposed = electron.recorded.exposedInMainWorld;
    expect([...exposed.keys()]).toEqual(['masthead']);
    const api = exposed.get('masthead') as Record<string, Record<string, unknown>>;
    const namespaces = new Set(CHANNEL_NAMES.map((channel) => channel.split(':')[0]!));
    expect(Object.keys(api).sort()).toEqual([...namespaces, 'mediaUrl', 'events'].sort());
    for (const namespace of namespaces) {
      const verbs = CHANNEL_NAMES.filter((c) => c.startsWith(`${namespace}:`)).map((c) => c.split(':')[1]);
      expect(Object.keys(api[namespace]!).sort(), namespace).toEqual(verbs.sort());
      for (const fn of Object.values(api[namespace]!)) expect(typeof fn).toBe('function');
    }
    // Nothing reachable from window.masthead is ipcRenderer or one of its functions.
    const reachable = (value: unknown): unknown[] =>
      value !== null && typeof value === 'object' ? [value, ...Object.values(value).flatMap(reachable)] : [value];
    const raw = [electron.ipcRenderer, ...Object.values(electron.ipcRenderer)];
    for (const value of reachable(api)) expect(raw).not.toContain(value);

    await (api.article!.save as (r: unknown) => Promise<unknown>)({ folder: 'x' });
    expect(electron.recorded.invoked).toEqual([{ channel: 'article:save', payload: { folder: 'x' } }]);
  });

  it('subscribes only to our event names and hands listeners the payload alone, not the IPC event', async () => {
    const { events } = electron.recorded.exposedInMainWorld.get('masthead') as { events: { on(name: string, listener: Handler): () => void } };
    expect(() => events.on('ELECTRON_BROWSER_WINDOW_ALERT', () => undefined)).toThrow(/Unknown event/);
    const received: unknown[][] = [];
    const stop = events.on(EVENT_NAMES[0], (...args) => void received.push(args));
    const ipcEvent = { sender: { send: () => undefined }, senderFrame: null };
    for (const listener of electron.recorded.rendererListeners.get(EVENT_NAMES[0])!) listener(ipcEvent, { path: '/library' });
    expect(received).toEqual([[{ path: '/library' }]]);
    stop();
    expect(electron.recorded.rendererListeners.get(EVENT_NAMES[0])).toEqual([]);
  });

  it('builds photo URLs on our own origin whatever the folder and file name', async () => {
    const { mediaUrl } = electron.recorded.exposedInMainWorld.get('masthead') as { mediaUrl(folder: string, file: string): string };
    for (const [folder, file] of [['../../etc', 'passwd'], ['a/b', '..%2F..'], ['x', 'https://evil.example/p.jpg']]) {
      const url = mediaUrl(folder!, file!);
      expect(isAppUrl(url), url).toBe(true);
      expect(new URL(url).pathname.split('/').slice(1, 2)).toEqual(['media']);
      expect(new URL(url).pathname.split('/')).toHaveLength(4);
    }
  });
});

describe('the menu', () => {
  it('offers the developer tools only outside the packaged app', async () => {
    const { buildMenu } = await import('../../../electron/main/menu.js');
    const roles = (): string[] => {
      const menu = buildMenu({ command: () => undefined, openLibrary: () => undefined, openRecent: () => undefined, recentLibraries: () => [], libraryPath: () => null }) as unknown as {
        template: Array<{ role?: string; submenu?: unknown }>;
      };
      const walk = (items: Array<{ role?: string; submenu?: unknown }>): string[] =>
        items.flatMap((item) => [item.role ?? '', ...(Array.isArray(item.submenu) ? walk(item.submenu) : [])]);
      return walk(menu.template);
    };
    electron.app.isPackaged = true;
    expect(roles()).not.toContain('toggleDevTools');
    electron.app.isPackaged = false;
    expect(roles()).toContain('toggleDevTools');
  });
});

describe('a boot that fails', () => {
  it('says why and quits instead of running on with no window', async () => {
    const notAFolder = path.join(tempDir, 'a-file');
    await writeFile(notAFolder, 'not a library');
    const failing = await bootMain({ library: notAFolder, documents: path.join(tempDir, 'Documents') });
    failing.ready();
    expect(await failing.exited).toBe(1);
    expect(failing.recorded.errorBoxes).toHaveLength(1);
    expect(failing.recorded.windows).toEqual([]);
  });
});
