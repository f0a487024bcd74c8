import { Workspace } from '../electron/core/app/workspace.js';
import { MemorySecretStore } from '../electron/core/send/secrets.js';

/**
 * Run as its own process by library-search.ts: opens the library given as argument the way the
 * main process does (a Workspace: list, search index, outbox), lists it as the window would (its
 * first screen, then the whole list), waits for the index, then idles and prints its memory as
 * JSON: resident set size and the JavaScript heap in use, in MB. Without an argument it prints a
 * bare Node process's memory, the reference.
 */
const IDLE_MS = 5000;
const dir = process.argv[2];
if (dir) {
  const settings = { lastLibrary: () => null, recentLibraries: () => [], rememberLibrary: () => undefined };
  const workspace = new Workspace(settings, null, () => undefined, new MemorySecretStore(), 'bench');
  await workspace.openLibrary(dir, { mustExist: true });
  await workspace.library.list({ first: 100 });
  await workspace.library.list();
  await workspace.search.idle();
}
await new Promise((resolve) => setTimeout(resolve, IDLE_MS));
const { rss, heapUsed } = process.memoryUsage();
console.log(JSON.stringify({ rss: rss / 2 ** 20, heapUsed: heapUsed / 2 ** 20 }));
process.exit(0);
