import { execFileSync } from 'node:child_process';
import { mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { afterEach } from 'vitest';
// Imported first so its clean-up hook is registered first: after-hooks run last-registered first,
// so a mount is gone before the temp folder holding it is removed.
import './temp-dir.js';

/** What the system error of a library made by libraryWithBrokenOutbox reads as. */
export const BROKEN_OUTBOX_ERROR = 'system error EBUSY';

const mounted: string[] = [];

afterEach(() => {
  for (const point of mounted.splice(0)) unmount(point);
});

function unmount(point: string): void {
  execFileSync('umount', [point], { stdio: 'pipe' });
}

/**
 * Makes the library in `dir` one whose sending cannot start, on a real disk: its outbox file is
 * a folder (damaged) that cannot be set aside either, because it is a mount point (renaming it
 * fails with EBUSY). Mounting needs root, as in CI. Returns a function that puts the disk right.
 */
export async function breakOutbox(dir: string): Promise<() => Promise<void>> {
  const point = path.join(dir, '.masthead', 'outbox.json');
  await mkdir(point, { recursive: true });
  execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', point], { stdio: 'pipe' });
  mounted.push(point);
  return async () => {
    mounted.splice(mounted.indexOf(point), 1);
    unmount(point);
    await rm(point, { recursive: true });
  };
}
