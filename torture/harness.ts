import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { diskFull } from './disk-full.js';
import { Ledger } from './ledger.js';
import { MESSAGE_PREFIX, type ChildMessage } from './protocol.js';
import { seeded as seededRandom } from '../bench/drafts.js';
import { verifyAfterKill } from './verify.js';

/*
 * `npm run torture [-- --short] [--seed N] [--kills N] [--keep]`: kills a child running the real
 * library store, version store and outbox with SIGKILL at random moments, restarts it on the same
 * library and checks everything on disk after each kill (verify.ts); then fills a small tmpfs
 * (disk-full.ts). Prints the figures; exits 1 on any violation.
 */

const args = process.argv.slice(2);
const option = (name: string): string | undefined => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
};
const short = args.includes('--short');
const kills = Number(option('--kills') ?? (short ? 30 : 300));
const seed = Number(option('--seed') ?? 1);
const keep = args.includes('--keep');
const CHILD = path.join(import.meta.dirname, 'child.js');
/** Most kills land while the child saves, within this long after it said it is ready. */
const MAX_RUN_MS = 400;
/** One kill in ten lands while the child is still starting (opening the library, creating articles). */
const DURING_STARTUP = 0.1;

interface Life {
  messages: number;
  ready: boolean;
  readyAfterMs: number | null;
}

/** Runs one life of the child and kills it `killAfter` ms after it is ready (or after spawn, during startup). */
async function live(library: string, drop: string, life: number, ledger: Ledger, kill: { afterReady: boolean; ms: number }): Promise<Life> {
  const started = performance.now();
  const child = spawn(process.execPath, [CHILD, library, drop, String(seed), String(life)], { stdio: ['ignore', 'pipe', 'pipe'] });
  const result: Life = { messages: 0, ready: false, readyAfterMs: null };
  let timer: NodeJS.Timeout | null = null;
  const killNow = () => child.kill('SIGKILL');
  if (!kill.afterReady) timer = setTimeout(killNow, kill.ms);
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const lines = createInterface({ input: child.stdout });
  lines.on('line', (line) => {
    if (!line.startsWith(MESSAGE_PREFIX)) return;
    const message = JSON.parse(line.slice(MESSAGE_PREFIX.length)) as ChildMessage;
    result.messages++;
    ledger.record(message, life);
    if (message.t === 'ready') {
      result.ready = true;
      result.readyAfterMs = performance.now() - started;
      if (kill.afterReady) timer = setTimeout(killNow, kill.ms);
    }
  });
  const [code, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((resolve) => child.once('close', (c, s) => resolve([c, s])));
  if (timer) clearTimeout(timer);
  if (signal !== 'SIGKILL') ledger.violation(`life ${life}: the child exited by itself (code ${code}, signal ${signal})${stderr ? `:\n${stderr.trim()}` : ''}`);
  return result;
}

async function main(): Promise<void> {
  const began = performance.now();
  const root = await mkdtemp(path.join(os.tmpdir(), 'masthead-torture-'));
  const library = path.join(root, 'library');
  const drop = path.join(root, 'drop');
  await mkdir(drop, { recursive: true });
  const ledger = new Ledger();
  const random = seededRandom(seed);
  let tempFilesAfterKills = 0;
  let readyAfterMs = 300;
  console.log(`torture: ${kills} kills, seed ${seed}, library ${library}`);
  try {
    for (let life = 1; life <= kills && ledger.violations.length === 0; life++) {
      const duringStartup = random() < DURING_STARTUP;
      const kill = duringStartup ? { afterReady: false, ms: random() * readyAfterMs } : { afterReady: true, ms: random() * MAX_RUN_MS };
      const lived = await live(library, drop, life, ledger, kill);
      if (lived.readyAfterMs !== null) readyAfterMs = lived.readyAfterMs;
      ledger.figures.kills++;
      if (!lived.ready) ledger.figures.killsBeforeReady++;
      tempFilesAfterKills += (await verifyAfterKill(library, drop, ledger, life)).tempFilesAfterKill;
      ledger.endOfLife();
      if (life % 50 === 0) console.log(`  ${life} kills, ${ledger.figures.savesAcked} saves acknowledged`);
    }
    const full = ledger.violations.length === 0 ? await diskFull() : null;
    if (full) ledger.violations.push(...full.violations);

    const f = ledger.figures;
    const seconds = ((performance.now() - began) / 1000).toFixed(1);
    console.log('');
    console.log(`kills survived:                 ${f.kills} (${f.killsBeforeReady} while starting up)`);
    console.log(`saves acknowledged:             ${f.savesAcked}`);
    console.log(`saves verified:                 ${f.savesAcked + f.inFlightSavesFoundWritten} (acknowledged, or in flight and found written; each article's newest checked after every kill)`);
    console.log(`saves in flight at a kill:      ${f.inFlightSavesFoundWritten} found written, ${f.inFlightSavesFoundNotWritten} found not written`);
    console.log(`articles checked:               ${f.articleChecks}`);
    console.log(`versions acknowledged:          ${f.versionsAcked} (${f.versionFilesChecked} reads of version files, all parsed)`);
    console.log(`jobs acknowledged:              ${f.jobsAcked} (${f.jobsDurablySent} recorded as sent)`);
    console.log(`deliveries to the drop folder:  ${f.deliveries} (${f.redeliveriesAfterInterruption} again after a kill cut them off before "sent" was written)`);
    console.log(`temp files left by kills:       ${tempFilesAfterKills} (all swept on reopening)`);
    if (full) console.log(`disk full:                      ${full.summary}`);
    console.log(`time:                           ${seconds} s`);
    console.log(`TORTURE_FIGURES=${JSON.stringify({ ...f, tempFilesAfterKills, diskFullChecks: full?.checks ?? 0, seconds: Number(seconds) })}`);
  } finally {
    if (!keep && ledger.violations.length === 0) await rm(root, { recursive: true, force: true });
  }
  if (ledger.violations.length) {
    console.error(`\nTORTURE FAILED (${ledger.violations.length} violation${ledger.violations.length > 1 ? 's' : ''}; library kept in ${root}):`);
    for (const v of ledger.violations.slice(0, 20)) console.error(`  - ${v}`);
    process.exitCode = 1;
  } else {
    console.log('TORTURE PASSED');
  }
}

await main();
