// `npm run bench`: builds what the benchmark measures into .bench-build/ (the renderer, a bare
// Lexical editor as the typing reference, and core compiled by tsc), never touching out/, then
// runs bench/run.ts. Prints a table and writes bench/results.json.
import { execFileSync } from 'node:child_process';

const run = (cmd, args) => execFileSync(cmd, args, { stdio: 'inherit', shell: process.platform === 'win32' });
run('npx', ['vite', 'build', '--outDir', '../.bench-build/renderer', '--emptyOutDir', '--logLevel', 'warn']);
run('npx', ['vite', 'build', '-c', 'bench/bare-editor/vite.config.ts', '--logLevel', 'warn']);
run('npx', ['tsc', '-p', 'tsconfig.bench.json']);
run('node', ['.bench-build/bench/run.js', ...process.argv.slice(2)]);
