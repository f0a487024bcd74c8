import { createHash } from 'node:crypto';
import { lstat, readdir, readFile, readlink } from 'node:fs/promises';
import path from 'node:path';

/**
 * Every entry under `root` (relative path → what it is: a file's SHA-256, a link's target, a
 * folder or another kind), so a test can prove a request or a load left the disk exactly as it
 * was. Links are recorded, never followed; FIFOs are never opened (reading one would block).
 */
export async function snapshotTree(root: string, options: { skip?: ReadonlyArray<string> } = {}): Promise<Map<string, string>> {
  const skip = new Set(options.skip ?? []);
  const entries = new Map<string, string>();
  const visit = async (dir: string): Promise<void> => {
    for (const name of (await readdir(dir)).sort()) {
      const full = path.join(dir, name);
      const relative = path.relative(root, full);
      if (skip.has(relative)) continue;
      const info = await lstat(full);
      if (info.isSymbolicLink()) entries.set(relative, `link → ${await readlink(full)}`);
      else if (info.isDirectory()) {
        entries.set(relative, 'folder');
        await visit(full);
      } else if (info.isFile()) entries.set(relative, `file ${createHash('sha256').update(await readFile(full)).digest('hex')}`);
      else entries.set(relative, 'other');
    }
  };
  await visit(root);
  return entries;
}

/** Rejects when `promise` has not settled within `ms`: a hang fails the test with its name instead of stalling the run. */
export async function capped<T>(promise: Promise<T>, what: string, ms = 20_000): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const hang = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not finish within ${ms / 1000} s`)), ms);
  });
  try {
    return await Promise.race([promise, hang]);
  } finally {
    clearTimeout(timer);
  }
}
