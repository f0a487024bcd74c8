// `npm run torture [-- --short] [--seed N] [--kills N] [--keep]`: compiles core and the harness
// with tsc into .torture-build/ (never out/, which `npm run build` owns), then runs
// torture/harness.ts. See the header of that file for what it does.
import { execFileSync, spawnSync } from 'node:child_process';

execFileSync('npx', ['tsc', '-p', 'tsconfig.torture.json'], { stdio: 'inherit', shell: process.platform === 'win32' });
const run = spawnSync(process.execPath, ['.torture-build/torture/harness.js', ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(run.status ?? 1);
