import { ArticleService } from '../electron/core/articles/article-service.js';
import { LibraryStore } from '../electron/core/library/library-store.js';
import { Sending } from '../electron/core/send/sending.js';
import { MemorySecretStore } from '../electron/core/send/secrets.js';
import { VersionStore } from '../electron/core/versions/version-store.js';
import { articleAt, ARTICLES, headlineOf, identify } from './content.js';
import { encode, type ChildMessage } from './protocol.js';
import { seeded as seededRandom } from '../bench/drafts.js';

/*
 * The process the harness kills: the real library store, article service (saves with their
 * versions) and outbox (through Sending), wired as the app wires them, on one library,
 * autosaving edits to ARTICLES articles as fast as it can, taking labelled versions and sending
 * articles to a folder-drop target.
 * Usage: node child.js <library> <drop folder> <seed> <life>
 */

const [library, dropFolder, seedText, lifeText] = process.argv.slice(2);
if (!library || !dropFolder || !seedText || !lifeText) throw new Error('usage: child.js <library> <drop folder> <seed> <life>');
const life = Number(lifeText);
const random = seededRandom(Number(seedText) * 100_003 + life);

function tell(message: ChildMessage): void {
  process.stdout.write(encode(message));
}

interface Known {
  folder: string;
  counter: number;
  updatedAt: string;
}

async function main(): Promise<void> {
  const store = await LibraryStore.open(library!, { sampleText: null, watch: false });
  const articles = new ArticleService(store, new VersionStore({ author: 'torture' }));
  const delivered = new Set<string>();
  const sending = await Sending.start({
    articles,
    secrets: new MemorySecretStore(),
    onOutboxChange: (jobs) => {
      for (const job of jobs) {
        if (job.state === 'sending' && job.progress?.step === 'writing-file' && !delivered.has(`${job.id}:${job.attempts}`)) {
          delivered.add(`${job.id}:${job.attempts}`);
          tell({ t: 'deliver', job: job.id, attempts: job.attempts });
        }
        if (job.state === 'sent' && !delivered.has(`${job.id}:sent`)) {
          delivered.add(`${job.id}:sent`);
          tell({ t: 'sent', job: job.id });
        }
      }
    },
    log: (message) => process.stderr.write(`${message}\n`),
  });
  if (!(await sending.targets.all()).some((t) => t.kind === 'folder')) {
    await sending.targets.addFolder({ name: 'Drop', folder: dropFolder!, formats: ['ninjs'] });
  }

  const known = new Map<number, Known>();
  for (const summary of await store.list()) {
    if (summary.damaged) throw new Error(`the library reports ${summary.folder} as damaged: ${summary.damaged.reason}`);
    const { article } = await store.open(summary.folder);
    const which = identify(article);
    if (!which) continue;
    known.set(which.i, { folder: summary.folder, counter: which.counter, updatedAt: article.updatedAt });
    tell({ t: 'article', i: which.i, folder: summary.folder, id: article.id, counter: which.counter });
  }
  for (let i = 0; i < ARTICLES; i++) {
    if (known.has(i)) continue;
    tell({ t: 'create-start', i });
    const created = await store.create(headlineOf(i, 0));
    known.set(i, { folder: created.folder, counter: 0, updatedAt: created.article.updatedAt });
    tell({ t: 'create-ack', i, folder: created.folder, id: created.article.id });
  }
  tell({ t: 'ready' });

  for (let n = 0; ; n++) {
    const i = Math.floor(random() * ARTICLES);
    const current = known.get(i)!;
    const counter = current.counter + 1;
    const { article } = await store.open(current.folder);
    const next = articleAt(article, i, counter);
    tell({ t: 'save-start', i, counter });
    // As the app saves: with the automatic version (at most every 10 minutes) in the same transaction.
    const saved = await articles.save(current.folder, next, current.updatedAt);
    tell({ t: 'save-ack', i, counter });
    known.set(i, { folder: current.folder, counter, updatedAt: saved.updatedAt });

    const roll = random();
    if (roll < 0.12) {
      const label = `torture ${life}-${n}`;
      tell({ t: 'version-start', i, counter, label });
      const version = await articles.takeVersion(current.folder, 'manual', label);
      tell({ t: 'version-ack', i, counter, label, id: version!.id });
    } else if (roll < 0.27) {
      tell({ t: 'enqueue-start', i, counter });
      const jobs = await sending.outbox.enqueue(current.folder);
      tell({ t: 'enqueue-ack', i, counter, jobs: jobs.map((j) => j.id) });
    }
  }
}

main().catch((err: unknown) => {
  tell({ t: 'error', message: err instanceof Error ? (err.stack ?? err.message) : String(err) });
  process.exit(1);
});
