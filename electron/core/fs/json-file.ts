import { readFile, rename } from 'node:fs/promises';
import type { z } from 'zod';
import { errnoCode } from '../errors.js';
import { writeFileAtomic } from './atomic-write.js';

export type JsonFileState<T> = { kind: 'missing' } | { kind: 'ok'; value: T } | { kind: 'damaged'; reason: string };

/** A small JSON file of the publishing services (targets, outbox, sync records), checked by its schema. */
export async function readJsonFile<S extends z.ZodType>(file: string, schema: S): Promise<JsonFileState<z.infer<S>>> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    if (errnoCode(err) === 'ENOENT') return { kind: 'missing' };
    throw err;
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { kind: 'damaged', reason: 'not valid JSON' };
  }
  const parsed = schema.safeParse(data);
  return parsed.success ? { kind: 'ok', value: parsed.data } : { kind: 'damaged', reason: parsed.error.issues[0]?.message ?? 'unexpected content' };
}

export function writeJsonFile(file: string, value: unknown): Promise<void> {
  return writeFileAtomic(file, `${JSON.stringify(value, null, 2)}\n`);
}

/** Keeps a damaged file byte-identical under a new name, so a fresh one can start. */
export async function setAsideDamaged(file: string, now: Date): Promise<string> {
  const aside = `${file.replace(/\.json$/, '')}.damaged-${now.toISOString().replace(/[:.]/g, '-')}.json`;
  await rename(file, aside);
  return aside;
}
