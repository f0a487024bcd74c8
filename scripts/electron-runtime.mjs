// Finds the installed Electron runtime WITHOUT triggering electron's download-on-first-use
// (which cannot succeed on machines without internet access). Returns null when it is missing.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

export function findElectronRuntime() {
  const require = createRequire(import.meta.url);
  let dir;
  try {
    dir = path.dirname(require.resolve('electron/package.json'));
  } catch {
    return null;
  }
  const pathFile = path.join(dir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const executable = readFileSync(pathFile, 'utf8').trim();
  const distDir = process.env.ELECTRON_OVERRIDE_DIST_PATH ?? path.join(dir, 'dist');
  const full = path.join(distDir, executable);
  return existsSync(full) ? full : null;
}
