/**
 * How long comparing two long drafts takes: not a test (tests never assert wall-clock times),
 * a quick check to run by hand while working on the compare engine:
 *
 *   npx jiti test/unit/common/compare/timing.ts
 */
import { compareArticles, wordDelta } from '../../../../electron/common/compare/compare.js';
import { editedDraft, longDraft } from './drafts.js';

/** Wall-clock and CPU time per run: CPU time stays meaningful when other work shares the machine. */
function measure(label: string, run: () => unknown, times = 30): void {
  for (let i = 0; i < 5; i++) run();
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < times; i++) {
    const startCpu = process.cpuUsage();
    const start = performance.now();
    run();
    wall.push(performance.now() - start);
    const used = process.cpuUsage(startCpu);
    cpu.push((used.user + used.system) / 1000);
  }
  const median = (ms: number[]) => [...ms].sort((a, b) => a - b)[Math.floor(ms.length / 2)]!.toFixed(1);
  const max = (ms: number[]) => Math.max(...ms).toFixed(1);
  console.log(`${label.padEnd(52)} wall median ${median(wall)} ms (max ${max(wall)})   cpu median ${median(cpu)} ms (max ${max(cpu)})`);
}

const left = longDraft(10_000, 1);
const right = editedDraft(left, 0.05, 2);
const comparison = compareArticles(left, right);
console.log(
  `2 drafts of ${comparison.rows.length} rows: ${comparison.rows.filter((r) => r.kind === 'changed').length} changed, ` +
    `+${comparison.wordsAdded} −${comparison.wordsRemoved} words`,
);
measure('compareArticles, 10,000 words, 5% changed', () => compareArticles(left, right));
measure('wordDelta, same drafts', () => wordDelta(left, right));
const heavier = editedDraft(left, 0.2, 5);
measure('compareArticles, 10,000 words, 20% changed', () => compareArticles(left, heavier));
const unrelated = longDraft(10_000, 3);
measure('compareArticles, two unrelated 10,000-word drafts', () => compareArticles(left, unrelated), 10);
