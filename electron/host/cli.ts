import { spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { userInfo } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createApi } from '../core/api/index.js';
import { SaveBeforeClose } from '../core/app/save-before-close.js';
import { Workspace, type WorkspaceSettings } from '../core/app/workspace.js';
import { MemorySecretStore } from '../core/send/secrets.js';
import { defaultLibraryPath, RENDERER_DIR, SAMPLE_TEXT_FILE } from './paths.js';
import { startHostServer, type HostServer } from './server.js';

/**
 * `npm run start:browser -- --library DIR [--port N] [--no-open]`: the app's API and renderer on
 * 127.0.0.1 for a browser. Prints `MASTHEAD_URL=…` when ready; SIGTERM/SIGINT let open pages
 * save, then stop. The library named by --library must exist; without it, the default library
 * is opened (and created on a first run).
 *
 * Boot: the workspace (the library's services, in order), the API, the HTTP server.
 * Shutdown, the reverse: pages save, the server closes, the library's services stop (a service
 * that fails to stop is logged and the exit code is 1).
 */

function openInBrowser(url: string): void {
  const command = process.platform === 'darwin' ? 'open' : process.platform === 'win32' ? 'explorer' : 'xdg-open';
  const child = spawn(command, [url], { detached: true, stdio: 'ignore' });
  child.on('error', () => console.log('Open the address above in a browser.'));
  child.unref();
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      library: { type: 'string' },
      port: { type: 'string' },
      'no-open': { type: 'boolean', default: false },
    },
    strict: true,
  });
  const port = values.port === undefined ? 0 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port must be a number from 0 to 65535, not "${values.port}"`);

  // The host keeps its settings and target passwords for its own lifetime only; the library comes from the command line.
  let recent: string[] = [];
  const settings: WorkspaceSettings = {
    lastLibrary: () => recent[0] ?? null,
    recentLibraries: () => recent,
    rememberLibrary: (_dir, list) => {
      recent = list;
    },
  };
  let server: HostServer | null = null;
  const saveBeforeClose = new SaveBeforeClose(() => server?.emit('app:beforeClose', {}));
  const sampleText = await readFile(SAMPLE_TEXT_FILE, 'utf8');
  const workspace = new Workspace(settings, sampleText, (event, payload) => server?.emit(event, payload), new MemorySecretStore(), userInfo().username);
  if (values.library === undefined) await workspace.openLibrary(defaultLibraryPath(), { mustExist: false });
  else await workspace.openLibrary(path.resolve(values.library), { mustExist: true });
  const dispatch = createApi(workspace, {
    app: {
      info: { version: process.env.npm_package_version ?? '0.0.0', transport: 'browser', platform: process.platform },
      closeReady: () => saveBeforeClose.ready(),
      setSpellcheckLanguages: () => undefined,
    },
    library: { chooseFolder: async () => null },
  });
  const media = (folder: string, file: string) => workspace.library.mediaFile(folder, file);
  server = await startHostServer({ rendererDir: RENDERER_DIR, dispatch, media, port });
  console.log(`MASTHEAD_URL=${server.url}`);
  if (!values['no-open']) openInBrowser(server.url);

  let stopping = false;
  const stop = async (): Promise<void> => {
    if (stopping || !server) return;
    stopping = true;
    if (server.clientCount() > 0) await saveBeforeClose.run();
    await server.close();
    const failed = await workspace.closeLibrary();
    process.exit(failed.length > 0 ? 1 : 0);
  };
  process.on('SIGTERM', () => void stop());
  process.on('SIGINT', () => void stop());
}

main().catch((err: unknown) => {
  console.error(`Masthead browser host could not start: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
