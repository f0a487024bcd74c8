// Builds everything the app and the browser host run: the renderer (Vite), the main process,
// core and host (tsc), and the sandboxed preload (Vite, one CommonJS file).
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';

const run = (cmd, args) => execFileSync(cmd, args, { stdio: 'inherit', shell: process.platform === 'win32' });
rmSync('out/electron', { recursive: true, force: true });
run('npx', ['vite', 'build', '--logLevel', 'warn']);
run('npx', ['tsc', '-p', 'tsconfig.build.json']);
run('npx', ['vite', 'build', '-c', 'vite.preload.config.ts', '--logLevel', 'warn']);
