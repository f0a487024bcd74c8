import { writeFileSync } from 'node:fs';
import os from 'node:os';

/** One measured figure next to its reference, measured in the same run; both in ms (memory in MB). */
export interface Figure {
  name: string;
  value: number;
  unit: 'ms' | 'MB';
  reference: number;
  /** What the reference is, for the table (not in the JSON contract's required fields). */
  referenceName: string;
  ratio: number;
  /** Measured in alternating rounds: ratio is the median of the per-round ratios, spread their range. */
  rounds?: number;
  spread?: { min: number; max: number };
}

export function figure(name: string, value: number, reference: number, referenceName: string, unit: Figure['unit'] = 'ms'): Figure {
  return { name, value: round(value), unit, reference: round(reference), referenceName, ratio: round(value / reference) };
}

/**
 * A figure measured in rounds that alternate with its reference (ours[i] next to reference[i]):
 * value and reference are the medians of each side, ratio the median of the per-round ratios and
 * spread their smallest and largest.
 */
export function roundsFigure(name: string, ours: number[], reference: number[], referenceName: string): Figure {
  const ratios = ours.map((value, i) => value / reference[i]!);
  return {
    ...figure(name, median(ours), median(reference), referenceName),
    ratio: round(median(ratios)),
    rounds: ratios.length,
    spread: { min: round(Math.min(...ratios)), max: round(Math.max(...ratios)) },
  };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}

/**
 * Prints the table and writes `bench/results.json` ({date, machine: {cpu, cores}, figures}); a
 * figure measured in rounds also carries `rounds` and `spread: {min, max}` of the per-round ratios.
 */
export function report(figures: Figure[], file: string): void {
  const rows = figures.map((f) => [
    f.name,
    `${f.value} ${f.unit}`,
    `${f.reference} ${f.unit}`,
    f.referenceName,
    `${f.ratio}x`,
    f.spread ? `${f.spread.min}–${f.spread.max}x` : '',
  ]);
  const header = ['figure', 'Masthead', 'reference', 'reference is', 'ratio', 'spread (rounds)'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join('  ');
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const row of rows) console.log(line(row));
  const cpus = os.cpus();
  const results = {
    date: new Date().toISOString(),
    machine: { cpu: cpus[0]?.model ?? 'unknown', cores: cpus.length },
    figures: figures.map(({ name, value, unit, reference, ratio, rounds, spread }) => ({ name, value, unit, reference, ratio, ...(spread ? { rounds, spread } : {}) })),
  };
  writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
  console.log(`\nWritten to ${file}`);
}

/** The value at percentile `p` (0–100) of values sorted in ascending order. */
export function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/** The median of `runs` timed calls after a few warm-up calls. */
export function medianMs(run: () => unknown, runs: number, warmUp = 3): number {
  for (let i = 0; i < warmUp; i++) run();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}
