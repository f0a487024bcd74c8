import { _electron, chromium, test as base, type Browser, type ElectronApplication, type Page } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
// @ts-expect-error -- a plain .mjs helper shared with scripts/start.mjs
import { findElectronRuntime } from '../../scripts/electron-runtime.mjs';
import { MastheadPage } from './pages/masthead-page.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const ELECTRON: string | null = findElectronRuntime();
export type Transport = 'electron' | 'browser';
/** What the specs drive by default: Electron when its runtime is installed, else the browser host. */
const TRANSPORT: Transport = ELECTRON ? 'electron' : 'browser';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
export const chromiumPath = (): string => process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** One running Masthead (Electron app, or browser host + Chromium page) on a library folder. */
export interface RunningApp {
  page: Page;
  masthead: MastheadPage;
  /** The browser host's address and token (browser transport only). */
  hostUrl: string | null;
  /** Everything the app's process (Electron's main process, or the browser host) printed so far, stdout and stderr. */
  hostOutput(): string;
  /** Quits the way a user does (the app saves first). */
  stop(): Promise<void>;
}

/** Keeps what a process prints, for specs that check its logs; its stderr still reaches the test output. */
function captureOutput(child: ChildProcess): () => string {
  const printed: Buffer[] = [];
  child.stdout?.on('data', (chunk: Buffer) => printed.push(chunk));
  child.stderr?.on('data', (chunk: Buffer) => {
    printed.push(chunk);
    process.stderr.write(chunk);
  });
  return () => Buffer.concat(printed).toString('utf8');
}

async function startHost(library: string): Promise<{ child: ChildProcess; url: string; output: () => string }> {
  const child = spawn(process.execPath, [path.join(ROOT, 'out/electron/host/cli.js'), '--library', library, '--port', '0', '--no-open'], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output = captureOutput(child);
  const lines = createInterface({ input: child.stdout! });
  const url = await new Promise<string>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`browser host exited with ${code} before it was ready`)));
    lines.on('line', (line) => {
      if (line.startsWith('MASTHEAD_URL=')) resolve(line.slice('MASTHEAD_URL='.length));
    });
  });
  return { child, url, output };
}

async function launch(library: string, browser: () => Promise<Browser>, transport: Transport): Promise<RunningApp> {
  // The app never creates a library folder it is pointed at (a missing one is an unplugged drive):
  // like a person, the spec makes the folder first. An empty folder gets the sample article.
  await mkdir(library, { recursive: true });
  if (transport === 'electron' && ELECTRON) {
    const app: ElectronApplication = await _electron.launch({
      executablePath: ELECTRON,
      args: [ROOT],
      env: { ...process.env, MASTHEAD_LIBRARY: library },
    });
    const printed = captureOutput(app.process());
    const page = await app.firstWindow();
    return { page, masthead: new MastheadPage(page), hostUrl: null, hostOutput: printed, stop: () => app.close() };
  }
  const { child, url, output } = await startHost(library);
  const context = await (await browser()).newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.goto(url);
  return {
    page,
    masthead: new MastheadPage(page),
    hostUrl: url,
    hostOutput: output,
    stop: async () => {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
      await context.close();
    },
  };
}

interface Fixtures {
  /** A fresh, empty library folder for this test. */
  library: string;
  /**
   * Starts Masthead on a library (default: this test's) over a transport (default: TRANSPORT;
   * the browser host runs on every machine); stopped automatically at the end.
   */
  startApp: (library?: string, transport?: Transport) => Promise<RunningApp>;
}

export const test = base.extend<Fixtures, { sharedBrowser: { get: () => Promise<Browser> } }>({
  sharedBrowser: [
    async ({}, use) => {
      const launched: { browser?: Promise<Browser> } = {};
      await use({
        get: () => (launched.browser ??= chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS })),
      });
      if (launched.browser) await (await launched.browser).close();
    },
    { scope: 'worker' },
  ],
  library: async ({}, use) => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'masthead-e2e-'));
    await use(path.join(dir, 'Masthead Library'));
    await rm(dir, { recursive: true, force: true });
  },
  startApp: async ({ library, sharedBrowser }, use) => {
    const running: RunningApp[] = [];
    await use(async (dir = library, transport = TRANSPORT) => {
      const app = await launch(dir, sharedBrowser.get, transport);
      const stop = app.stop;
      let stopped = false;
      app.stop = async () => {
        if (stopped) return;
        stopped = true;
        await stop();
      };
      running.push(app);
      return app;
    });
    for (const app of running) await app.stop();
  },
});

export { expect } from '@playwright/test';
