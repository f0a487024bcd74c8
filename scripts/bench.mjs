// `npm run bench`: builds what the benchmark measures into .bench-build/ (the renderer, a bare
// Lexical editor as the typing reference, and core compiled by tsc), never touching out/, then
// runs bench/run.ts. Prints a table and writes bench/results.json.
// `npm run bench -- --only typing` (or `--only typing,files`) runs those parts only. What the
// chosen parts need is checked first, so a missing tool stops the bench before it builds anything.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const onPath = (tool) => spawnSync(tool, ['--version'], { stdio: 'ignore', shell: process.platform === 'win32' }).status === 0;
const NEEDS = {
  chromium: { present: () => existsSync(chromium), fix: `Chromium is not at ${chromium}: apt-get install chromium, or set CHROMIUM_PATH` },
  rg: { present: () => onPath('rg'), fix: 'ripgrep (rg), the search reference, is not on the PATH: apt-get install ripgrep' },
  git: { present: () => onPath('git'), fix: 'git, the compare reference, is not on the PATH: apt-get install git' },
};
/** The parts of bench/run.ts, in the order they run, and what each one needs. */
const PARTS = { typing: ['chromium'], editor: ['chromium'], files: [], library: ['chromium', 'rg'], compare: ['git'] };

const args = process.argv.slice(2);
const only = args.indexOf('--only');
const parts = only >= 0 ? (args[only + 1] ?? '').split(',').filter(Boolean) : Object.keys(PARTS);
const unknown = parts.filter((part) => !(part in PARTS));
if (unknown.length > 0 || parts.length === 0) {
  console.error(`bench: unknown part ${unknown.join(', ') || '(none given)'}; the parts are ${Object.keys(PARTS).join(', ')}`);
  process.exit(2);
}
const missing = [...new Set(parts.flatMap((part) => PARTS[part]))].filter((need) => !NEEDS[need].present());
if (missing.length > 0) {
  for (const need of missing) console.error(`bench: ${NEEDS[need].fix}`);
  process.exit(1);
}

const run = (cmd, args) => execFileSync(cmd, args, { stdio: 'inherit', shell: process.platform === 'win32' });
run('npx', ['vite', 'build', '--outDir', '../.bench-build/renderer', '--emptyOutDir', '--logLevel', 'warn']);
run('npx', ['vite', 'build', '-c', 'bench/bare-editor/vite.config.ts', '--logLevel', 'warn']);
run('npx', ['tsc', '-p', 'tsconfig.bench.json']);
run('node', ['.bench-build/bench/run.js', '--only', parts.join(',')]);
