import { spawn } from 'node:child_process';
import { chmod, mkdir, readdir, readFile, stat, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { cleanupStaleTempFiles, fsyncDir, isTempFileName, writeFileAtomic } from '../../../electron/core/fs/atomic-write.js';
import { makeTempDir } from './temp-dir.js';

const tempFiles = async (dir: string) => (await readdir(dir)).filter(isTempFileName);

describe('writeFileAtomic', () => {
  it('replaces the file and leaves no temp file behind', async () => {
    const dir = await makeTempDir();
    const file = path.join(dir, 'article.json');
    await writeFile(file, 'old');
    await writeFileAtomic(file, 'new');
    await writeFileAtomic(file, new TextEncoder().encode('newer'));
    expect(await readFile(file, 'utf8')).toBe('newer');
    expect(await readdir(dir)).toEqual(['article.json']);
  });

  it('has the complete new content synced in a temp file beside the untouched old file just before the rename', async () => {
    const dir = await makeTempDir();
    const file = path.join(dir, 'article.json');
    await writeFile(file, 'old');
    const crash = new Error('simulated crash');
    let seen: { target: string; temps: string[]; tempContent: string } | undefined;
    const write = writeFileAtomic(file, 'new content', {
      beforeRename: async () => {
        const temps = await tempFiles(dir);
        seen = { target: await readFile(file, 'utf8'), temps, tempContent: await readFile(path.join(dir, temps[0]!), 'utf8') };
        throw crash;
      },
    });
    await expect(write).rejects.toBe(crash);
    expect(seen).toEqual({ target: 'old', temps: [expect.stringMatching(/^\.article\.json\.[0-9a-f]{12}\.tmp$/)], tempContent: 'new content' });
    // The failed write cleans up after itself and the old version stays.
    expect(await readFile(file, 'utf8')).toBe('old');
    expect(await readdir(dir)).toEqual(['article.json']);
  });

  it.skipIf(process.platform === 'win32')('keeps the permissions of the file it replaces', async () => {
    const dir = await makeTempDir();
    const file = path.join(dir, 'article.json');
    await writeFile(file, 'old', { mode: 0o600 });
    await chmod(file, 0o600);
    await writeFileAtomic(file, 'new');
    expect((await stat(file)).mode & 0o777).toBe(0o600);
  });

  it('rethrows a failed write without leaving anything', async () => {
    const dir = await makeTempDir();
    await expect(writeFileAtomic(path.join(dir, 'missing-folder', 'article.json'), 'x')).rejects.toMatchObject({ code: 'ENOENT' });
    expect(await readdir(dir)).toEqual([]);
  });

  it('syncs a folder', async () => {
    await expect(fsyncDir(await makeTempDir())).resolves.toBeUndefined();
  });
});

describe('cleanupStaleTempFiles', () => {
  it('removes temp files left by a crash and nothing else', async () => {
    const dir = await makeTempDir();
    const keep = ['article.json', '.notes.tmp', 'draft.tmp', '.article.json.bak'];
    const stale = ['.article.json.0123456789ab.tmp', '.library.json.ffffffffffff.tmp'];
    for (const name of [...keep, ...stale]) await writeFile(path.join(dir, name), 'x');
    expect(await cleanupStaleTempFiles(dir)).toBe(2);
    expect((await readdir(dir)).sort()).toEqual([...keep].sort());
  });

  it('keeps temp files written since a given time (a write in progress)', async () => {
    const dir = await makeTempDir();
    const old = path.join(dir, '.article.json.0123456789ab.tmp');
    const fresh = path.join(dir, '.article.json.ffffffffffff.tmp');
    await writeFile(old, 'x');
    await writeFile(fresh, 'x');
    const cutoff = Date.now();
    await utimes(old, new Date(cutoff - 60_000), new Date(cutoff - 60_000));
    await utimes(fresh, new Date(cutoff + 1_000), new Date(cutoff + 1_000));
    expect(await cleanupStaleTempFiles(dir, cutoff)).toBe(1);
    expect(await readdir(dir)).toEqual([path.basename(fresh)]);
  });

  it('treats a missing folder as clean', async () => {
    expect(await cleanupStaleTempFiles(path.join(await makeTempDir(), 'nope'))).toBe(0);
  });
});

/**
 * The real thing: a child process writes two versions in a loop and is killed with SIGKILL at
 * random moments. The child runs the very module under test, compiled from TypeScript by the
 * compiler the project already uses (the module imports only node:*).
 */
describe('writeFileAtomic under SIGKILL', () => {
  const KILLS = 20;

  it('always leaves the old or the new version, never a torn file', async () => {
    const dir = await makeTempDir();
    const source = await readFile(new URL('../../../electron/core/fs/atomic-write.ts', import.meta.url), 'utf8');
    const compiled = ts.transpileModule(source, {
      compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
    }).outputText;
    await writeFile(path.join(dir, 'atomic-write.mjs'), compiled);
    await writeFile(
      path.join(dir, 'writer.mjs'),
      `import { readFileSync } from 'node:fs';
import { writeFileAtomic } from './atomic-write.mjs';
const [target, a, b] = process.argv.slice(2);
const versions = [readFileSync(a), readFileSync(b)];
process.stdout.write('ready\\n');
for (let i = 0; ; i++) await writeFileAtomic(target, versions[i % 2]);
`,
    );

    const work = path.join(dir, 'library');
    await mkdir(work);
    const target = path.join(work, 'article.json');
    // Big enough that a kill often lands mid-write.
    const version = (name: string) => `${JSON.stringify({ version: name, body: name.repeat(1 << 19) }, null, 2)}\n`;
    const [initial, a, b] = [version('0'), version('A'), version('B')];
    await writeFile(target, initial);
    await writeFile(path.join(dir, 'a.json'), a);
    await writeFile(path.join(dir, 'b.json'), b);

    const seen = new Set<string>();
    for (let i = 0; i < KILLS; i++) {
      await runAndKill(
        [path.join(dir, 'writer.mjs'), target, path.join(dir, 'a.json'), path.join(dir, 'b.json')],
        5 + Math.random() * 35,
      );
      const content = await readFile(target, 'utf8');
      expect([initial, a, b]).toContain(content);
      seen.add((JSON.parse(content) as { version: string }).version);
    }
    // The kills did interrupt a working writer, not one that never started.
    expect([...seen].some((v) => v !== '0')).toBe(true);

    await cleanupStaleTempFiles(work);
    expect(await readdir(work)).toEqual(['article.json']);
  });
});

function runAndKill(args: string[], delayMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'] });
    const failSafe = setTimeout(() => child.kill('SIGKILL'), 10_000);
    child.stdout.once('data', () => setTimeout(() => child.kill('SIGKILL'), delayMs));
    child.once('error', reject);
    child.once('exit', (code, signal) => {
      clearTimeout(failSafe);
      if (signal === 'SIGKILL') resolve();
      else reject(new Error(`writer exited by itself (code ${code})`));
    });
  });
}
