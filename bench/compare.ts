import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { compareArticles } from '../electron/common/rules/compare/compare.js';
import { editedDraft, longDraft, texts } from './drafts.js';
import { figure, medianMs, type Figure } from './report.js';

/**
 * Compare: two 10,000-word drafts (English and Arabic paragraphs) differing in 5% of their words,
 * against `git diff --no-index --word-diff` on the same two texts as plain files.
 */
export function compareFigures(): Figure[] {
  const left = longDraft(10_000, 1);
  const right = editedDraft(left, 0.05, 2);
  const value = medianMs(() => compareArticles(left, right), 30);

  const dir = mkdtempSync(path.join(os.tmpdir(), 'masthead-bench-compare-'));
  try {
    const [a, b] = [path.join(dir, 'left.txt'), path.join(dir, 'right.txt')];
    writeFileSync(a, texts(left).join('\n\n'));
    writeFileSync(b, texts(right).join('\n\n'));
    const reference = medianMs(() => {
      // Exit status 1 means "the files differ", which they do.
      const result = spawnSync('git', ['diff', '--no-index', '--word-diff', a, b], { encoding: 'utf8' });
      if (result.status !== 1) throw new Error(`git diff failed: ${result.stderr}`);
    }, 15, 2);
    return [figure('compare', value, reference, 'git diff --no-index --word-diff')];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
