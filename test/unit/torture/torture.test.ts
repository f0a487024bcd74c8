import { spawn } from 'node:child_process';
import path from 'node:path';
import { expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../../..');

/** `npm run torture -- --short`, as a test: 30 kills of a child saving, versioning and sending, then a full disk. */
it('survives 30 kills at random moments and a full disk without losing or damaging anything', async () => {
  const child = spawn(process.execPath, ['scripts/torture.mjs', '--short'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const code = await new Promise<number | null>((resolve) => child.once('close', resolve));

  expect(output).toContain('TORTURE PASSED');
  expect(code, output).toBe(0);
  const figures = JSON.parse(/^TORTURE_FIGURES=(.*)$/m.exec(output)![1]!) as Record<string, number>;
  expect(figures.kills).toBe(30);
  expect(figures.articleChecks).toBe(30 * 20);
  expect(figures.savesAcked).toBeGreaterThan(30);
  expect(figures.versionsAcked).toBeGreaterThan(0);
  expect(figures.jobsAcked).toBeGreaterThan(0);
  expect(figures.deliveries).toBeGreaterThan(0);
  expect(figures.diskFullChecks).toBe(3);
}, 180_000);
