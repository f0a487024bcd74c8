import { lstat, readFile, rename } from 'node:fs/promises';
import path from 'node:path';
import type { z } from 'zod';
import { describeSchemaError } from '../../common/article.js';
import { errnoCode } from '../errors.js';
import { writeFileAtomic } from './atomic-write.js';

/*
 * The one way to read a JSON file of ours (articles and their backups, versions, the library
 * marker, the list cache, the trash's notes, the sending files). A file is missing, or there
 * and damaged in one of three ways, or good:
 *   unreadable  there but not a text file we read: a link, a folder, too large, not UTF-8
 *   unparsable  text that is not JSON
 *   invalid     JSON that its schema refuses
 * A damaged file is never touched here: its caller keeps it byte-identical and reports `reason`.
 * Errors of the disk itself (permission denied, I/O) are thrown, for the caller's error message.
 */

export type JsonProblem = 'unreadable' | 'unparsable' | 'invalid';

export type JsonFileState<T> =
  | { kind: 'missing' }
  | { kind: 'ok'; value: T; bytes: Buffer }
  | { kind: 'damaged'; problem: JsonProblem; reason: string };

export type Decoded<T> = { ok: true; value: T } | { ok: false; reason: string };

/** Checks parsed JSON; a zod schema, or a function for files whose refusals need their own words (articles). */
export type JsonDecoder<T> = z.ZodType<T> | ((data: unknown) => Decoded<T>);

export interface JsonReadOptions {
  /** Larger files are unreadable, checked before reading so a huge file is never loaded. */
  maxBytes?: number;
  /** How a file over maxBytes is described (default: its size). */
  tooLarge?: (bytes: number) => string;
}

type Parsed<T> = { kind: 'ok'; value: T } | { kind: 'damaged'; problem: JsonProblem; reason: string };

/** Reads and checks one JSON file; damage is a state, not an error. Links are refused: one could point anywhere on the disk. */
export async function readJsonFile<T>(file: string, decoder: JsonDecoder<T>, options: JsonReadOptions = {}): Promise<JsonFileState<T>> {
  let stats;
  try {
    stats = await lstat(file);
  } catch (err) {
    if (errnoCode(err) === 'ENOENT' || errnoCode(err) === 'ENOTDIR') return { kind: 'missing' };
    throw err;
  }
  const name = path.basename(file);
  if (stats.isSymbolicLink()) return { kind: 'damaged', problem: 'unreadable', reason: `${name} is a link to another file, not a file` };
  if (!stats.isFile()) return { kind: 'damaged', problem: 'unreadable', reason: `${name} is not a file` };
  const tooLarge = checkSize(stats.size, options);
  if (tooLarge) return tooLarge;
  let bytes;
  try {
    bytes = await readFile(file);
  } catch (err) {
    // Renamed or removed (a rename in the library, another program) since it was looked at.
    if (errnoCode(err) === 'ENOENT') return { kind: 'missing' };
    throw err;
  }
  const parsed = parseJson(bytes, decoder, options);
  return parsed.kind === 'ok' ? { ...parsed, bytes } : parsed;
}

/** The checks of readJsonFile for content already in memory. */
export function parseJson<T>(input: string | Uint8Array, decoder: JsonDecoder<T>, options: JsonReadOptions = {}): Parsed<T> {
  const tooLarge = checkSize(typeof input === 'string' ? Buffer.byteLength(input) : input.byteLength, options);
  if (tooLarge) return tooLarge;
  let text: string;
  if (typeof input === 'string') {
    text = input.replace(/^\uFEFF/, '');
  } else {
    try {
      // Decoding also drops a byte order mark, which some Windows editors add.
      text = new TextDecoder('utf-8', { fatal: true }).decode(input);
    } catch {
      return { kind: 'damaged', problem: 'unreadable', reason: 'not valid UTF-8 text' };
    }
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    return { kind: 'damaged', problem: 'unparsable', reason: `not valid JSON: ${err instanceof Error ? err.message : String(err)}` };
  }
  const decoded = decode(decoder, data);
  return decoded.ok ? { kind: 'ok', value: decoded.value } : { kind: 'damaged', problem: 'invalid', reason: decoded.reason };
}

function decode<T>(decoder: JsonDecoder<T>, data: unknown): Decoded<T> {
  if (typeof decoder === 'function') return decoder(data);
  const parsed = decoder.safeParse(data);
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, reason: describeSchemaError(parsed.error) };
}

function checkSize(size: number, options: JsonReadOptions): { kind: 'damaged'; problem: JsonProblem; reason: string } | null {
  if (options.maxBytes === undefined || size <= options.maxBytes) return null;
  return { kind: 'damaged', problem: 'unreadable', reason: options.tooLarge?.(size) ?? `too large (${size} bytes)` };
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
