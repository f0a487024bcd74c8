import { mkdir, readdir, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, it } from 'vitest';
import { LibraryStore } from '../../../electron/core/library/library-store.js';
import { makeTempDir } from '../core/temp-dir.js';

it('reopening a library removes the temp files a killed process left in the outbox and in versions', async () => {
  const dir = await makeTempDir();
  const first = await LibraryStore.open(dir, { sampleText: null, watch: false });
  const { folder } = await first.create('Port strike enters its second week');
  await first.close();
  const outbox = path.join(dir, '.masthead', 'outbox');
  const revisions = path.join(dir, `${folder}.article`, 'revisions');
  await mkdir(outbox, { recursive: true });
  await mkdir(revisions, { recursive: true });
  // What writeFileAtomic leaves when the process dies before its rename.
  const leftovers = [path.join(outbox, '.job-1.json.0123456789ab.tmp'), path.join(revisions, '.20250101T000000000Z-0badf00d.json.ba9876543210.tmp')];
  await writeFile(leftovers[0]!, '{"schemaVer');
  await writeFile(leftovers[1]!, '{"id":');
  // From the killed session: older than the reopening (a temp file newer than it is a write of the new session).
  const earlier = new Date(Date.now() - 60_000);
  for (const file of leftovers) await utimes(file, earlier, earlier);

  const reopened = await LibraryStore.open(dir, { sampleText: null, watch: false });
  await reopened.list();
  await new Promise((resolve) => setImmediate(resolve));
  await reopened.close();

  expect(await readdir(outbox)).toEqual([]);
  expect(await readdir(revisions)).toEqual([]);
});
