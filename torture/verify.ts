import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { Article } from '../electron/common/article.js';
import { JOB_STATES } from '../electron/common/send.js';
import { isTempFileName } from '../electron/core/fs/atomic-write.js';
import { ARTICLE_FILE, BACKUP_FILE, BUNDLE_EXT, HOUSEKEEPING_DIR, REVISIONS_DIR } from '../electron/core/library/layout.js';
import { LibraryStore } from '../electron/core/library/library-store.js';
import { OUTBOX_DIR, OUTBOX_FILE } from '../electron/core/send/outbox.js';
import { expectedMeaning, identify, meaning } from './content.js';
import type { Ledger } from './ledger.js';

/*
 * The checks after every kill, on the files as the dead child left them, then on reopening the
 * library with the real store (as the app does on its next start).
 */

const VERSION_FILE = /^\d{8}T\d{9}Z-([0-9a-f]{8})\.json$/;
const StoredVersion = z.object({ id: z.string(), label: z.string().nullable(), article: Article });
const StoredOutbox = z.object({ jobs: z.array(z.object({ id: z.string(), articleId: z.string(), state: z.enum(JOB_STATES) })) });

type Parsed<T> = { ok: true; value: T } | { ok: false; reason: string };

async function readChecked<S extends z.ZodType>(file: string, schema: S): Promise<Parsed<z.infer<S>> | null> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw err;
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    return { ok: false, reason: `not JSON (${(err as Error).message}; ${text.length} characters)` };
  }
  const parsed = schema.safeParse(data);
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, reason: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ') };
}

async function tempFilesUnder(dir: string): Promise<string[]> {
  const found: string[] = [];
  const walk = async (folder: string): Promise<void> => {
    for (const entry of await readdir(folder, { withFileTypes: true }).catch(() => [])) {
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) await walk(full);
      else if (isTempFileName(entry.name)) found.push(full);
    }
  };
  await walk(dir);
  return found;
}

export interface KillReport {
  tempFilesAfterKill: number;
}

export async function verifyAfterKill(library: string, dropFolder: string, ledger: Ledger, life: number): Promise<KillReport> {
  const fail = (text: string) => ledger.violation(`after kill ${life}: ${text}`);
  const tempFilesAfterKill = (await tempFilesUnder(library)).length;

  // Articles: each parses, validates, and holds the acknowledged save or the one in flight.
  for (const [i, a] of ledger.articles.entries()) {
    if (a.id === null || a.folder === null) {
      a.inFlight = null;
      continue;
    }
    const bundle = path.join(library, `${a.folder}${BUNDLE_EXT}`);
    const state = await readChecked(path.join(bundle, ARTICLE_FILE), Article);
    ledger.figures.articleChecks++;
    if (!state) {
      fail(`article ${i} (${a.folder}): article.json is missing`);
      continue;
    }
    if (!state.ok) {
      fail(`article ${i} (${a.folder}): article.json is damaged: ${state.reason}`);
      continue;
    }
    const found = identify(state.value);
    const allowed = a.inFlight === null ? [a.acked] : [a.acked, a.inFlight];
    if (state.value.id !== a.id) fail(`article ${i} (${a.folder}): id ${state.value.id}, expected ${a.id}`);
    if (!found || found.i !== i || !allowed.includes(found.counter)) {
      fail(`article ${i} (${a.folder}): holds ${found ? `save ${found.counter} of article ${found.i}` : 'an unknown text'}; expected save ${allowed.join(' or ')}`);
      continue;
    }
    if (meaning(state.value) !== expectedMeaning(i, found.counter)) fail(`article ${i} (${a.folder}): save ${found.counter} is on disk but its text differs from what was saved`);
    if (a.inFlight !== null) {
      if (found.counter === a.inFlight) ledger.figures.inFlightSavesFoundWritten++;
      else ledger.figures.inFlightSavesFoundNotWritten++;
    }
    a.acked = found.counter;
    a.inFlight = null;

    const backup = await readChecked(path.join(bundle, BACKUP_FILE), Article);
    if (backup && !backup.ok) fail(`article ${i} (${a.folder}): article.json.bak is damaged: ${backup.reason}`);
    if (backup?.ok) {
      const was = identify(backup.value);
      if (!was || was.i !== i || was.counter > found.counter || meaning(backup.value) !== expectedMeaning(i, was.counter)) {
        fail(`article ${i} (${a.folder}): article.json.bak does not hold an earlier save of this article`);
      }
    }

    // Versions: every file parses and validates; every acknowledged one is there.
    const revisions = path.join(bundle, REVISIONS_DIR);
    const names = await readdir(revisions).catch(() => [] as string[]);
    for (const name of names.filter((n) => VERSION_FILE.test(n))) {
      const version = await readChecked(path.join(revisions, name), StoredVersion);
      ledger.figures.versionFilesChecked++;
      if (!version?.ok) fail(`article ${i}: version ${name} is damaged: ${version ? version.reason : 'vanished'}`);
    }
  }
  for (const version of ledger.versions) {
    const a = ledger.articles[version.i]!;
    const revisions = path.join(library, `${a.folder}${BUNDLE_EXT}`, REVISIONS_DIR);
    const name = (await readdir(revisions).catch(() => [] as string[])).find((n) => VERSION_FILE.exec(n)?.[1] === version.id);
    const stored = name ? await readChecked(path.join(revisions, name), StoredVersion) : null;
    if (!stored?.ok) {
      fail(`article ${version.i}: acknowledged version "${version.label}" (${version.id}) is ${stored ? 'damaged' : 'missing'}`);
      continue;
    }
    if (stored.value.label !== version.label || meaning(stored.value.article) !== expectedMeaning(version.i, version.counter)) {
      fail(`article ${version.i}: version "${version.label}" does not hold save ${version.counter}`);
    }
  }

  // Outbox: no acknowledged job lost, every waiting job has its copy of the article.
  const housekeeping = path.join(library, HOUSEKEEPING_DIR);
  const outbox = await readChecked(path.join(housekeeping, OUTBOX_FILE), StoredOutbox);
  if (outbox && !outbox.ok) fail(`outbox.json is damaged: ${outbox.reason}`);
  const onDisk = new Map(outbox?.ok ? outbox.value.jobs.map((j) => [j.id, j]) : []);
  for (const [id, job] of ledger.jobs) {
    const stored = onDisk.get(id);
    if (!stored) {
      // Sent jobs beyond the newest 50 are cleared from the list, only after they were written as sent.
      if (job.reportedSent || job.durablySent) job.durablySent = true;
      else fail(`job ${id} (article ${job.i}, save ${job.counter}) was acknowledged but is not in outbox.json and was never sent`);
      continue;
    }
    if (stored.state === 'sent') {
      job.durablySent = true;
      continue;
    }
    if (stored.state !== 'queued' && stored.state !== 'sending') {
      fail(`job ${id} (article ${job.i}) is "${stored.state}" in outbox.json`);
      continue;
    }
    const snapshot = await readChecked(path.join(housekeeping, OUTBOX_DIR, `${id}.json`), Article);
    const which = snapshot?.ok ? identify(snapshot.value) : null;
    if (!which || which.i !== job.i || which.counter < job.counter) {
      fail(`job ${id} (article ${job.i}) waits in outbox.json but its copy of the article is ${snapshot ? (snapshot.ok ? `save ${which?.counter}, older than save ${job.counter}` : `damaged: ${snapshot.reason}`) : 'missing'}`);
    }
  }
  ledger.figures.jobsDurablySent = [...ledger.jobs.values()].filter((j) => j.durablySent).length;

  // The drop folder: an ingester never finds a torn file, and each article's file (named by its CMS
  // slug, which follows the headline) holds at least the save of its newest job recorded as sent (a
  // send never delivers an older copy than it acknowledged). Files are told apart by the dek.
  const dropped = new Map<number, number>();
  for (const name of await readdir(dropFolder).catch(() => [] as string[])) {
    if (isTempFileName(name) || !name.endsWith('.json')) continue;
    const text = await readFile(path.join(dropFolder, name), 'utf8');
    try {
      const ninjs = JSON.parse(text) as { headlines?: Array<{ role: string; value: string }> };
      const dek = ninjs.headlines?.find((h) => h.role === 'subheadline')?.value ?? '';
      const which = /^torture:(\d+):(\d+)$/.exec(dek);
      if (!which) continue;
      // A drop killed between writing the file under a new slug and removing the old one leaves
      // both until the job is sent again: the newer one counts.
      const i = Number(which[1]);
      dropped.set(i, Math.max(dropped.get(i) ?? -1, Number(which[2])));
    } catch {
      fail(`drop folder file ${name} is torn (${text.length} characters)`);
    }
  }
  for (const [id, job] of ledger.jobs) {
    if (job.durablySent && (dropped.get(job.i) ?? -1) < job.counter) {
      fail(`job ${id} (article ${job.i}) is recorded as sent with save ${job.counter}, but the drop folder holds ${dropped.has(job.i) ? `save ${dropped.get(job.i)}` : 'nothing'} for it`);
    }
  }

  // Reopening: nothing damaged, and the leftovers of the kill are swept away.
  const store = await LibraryStore.open(library, { sampleText: null, watch: false });
  try {
    for (const summary of await store.list()) if (summary.damaged) fail(`reopening reports ${summary.folder} as damaged: ${summary.damaged.reason}`);
    // The sweep of the bundles starts once the list was answered; close() waits for it.
    await new Promise((resolve) => setImmediate(resolve));
  } finally {
    await store.close();
  }
  const left = await tempFilesUnder(library);
  if (left.length) fail(`temp files left after reopening the library: ${left.map((f) => path.relative(library, f)).join(', ')}`);
  return { tempFilesAfterKill };
}
