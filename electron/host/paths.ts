import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project (or unpacked app) root: out/electron/host/ is three levels below it. */
export const APP_ROOT = fileURLToPath(new URL('../../../', import.meta.url));
export const RENDERER_DIR = path.join(APP_ROOT, 'out', 'renderer');
export const SAMPLE_TEXT_FILE = path.join(APP_ROOT, 'assets', 'sample', 'seed-article.txt');

/** Same default as the Electron app: "Masthead Library" in the user's Documents folder. */
export function defaultLibraryPath(): string {
  return path.join(os.homedir(), 'Documents', 'Masthead Library');
}
