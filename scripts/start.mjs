// `npm start`: the Electron app when its runtime is installed, otherwise the browser host.
import { spawn } from 'node:child_process';
import { findElectronRuntime } from './electron-runtime.mjs';

const electron = findElectronRuntime();
const [command, args] = electron
  ? [electron, ['.', ...process.argv.slice(2)]]
  : [process.execPath, ['out/electron/host/cli.js', ...process.argv.slice(2)]];
if (!electron) {
  console.log('The Electron runtime is not installed (it could not be downloaded), so Masthead starts in your browser instead.');
}
const child = spawn(command, args, { stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
