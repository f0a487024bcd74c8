import { mkdir, readFile, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { readJsonFile } from '../../../../electron/core/fs/json-file.js';
import { makeTempDir } from '../temp-dir.js';

const Note = z.object({ headline: z.string(), words: z.number().int() });

async function written(name: string, content: string | Buffer): Promise<string> {
  const file = path.join(await makeTempDir(), name);
  await writeFile(file, content);
  return file;
}

describe('reading a JSON file of ours', () => {
  it('gives the checked value and the exact bytes read', async () => {
    const text = '\uFEFF{"headline": "Budget vote", "words": 3}\n';
    const state = await readJsonFile(await written('note.json', text), Note);
    expect(state).toEqual({ kind: 'ok', value: { headline: 'Budget vote', words: 3 }, bytes: Buffer.from(text) });
  });

  it('tells a missing file from a damaged one', async () => {
    const dir = await makeTempDir();
    expect(await readJsonFile(path.join(dir, 'none.json'), Note)).toEqual({ kind: 'missing' });
    expect(await readJsonFile(path.join(dir, 'no-folder', 'none.json'), Note)).toEqual({ kind: 'missing' });
  });

  it('calls a link, a folder, a file too large and text that is not UTF-8 unreadable', async () => {
    const dir = await makeTempDir();
    await writeFile(path.join(dir, 'real.json'), '{"headline": "x", "words": 1}');
    await symlink(path.join(dir, 'real.json'), path.join(dir, 'link.json'));
    await mkdir(path.join(dir, 'folder.json'));
    await writeFile(path.join(dir, 'big.json'), `"${'x'.repeat(200)}"`);
    await writeFile(path.join(dir, 'latin1.json'), Buffer.from([0x22, 0xe9, 0x22]));
    const problem = async (name: string, options = {}) => {
      const state = await readJsonFile(path.join(dir, name), Note, options);
      return state.kind === 'damaged' ? [state.problem, state.reason] : state.kind;
    };
    expect(await problem('link.json')).toEqual(['unreadable', 'link.json is a link to another file, not a file']);
    expect(await problem('folder.json')).toEqual(['unreadable', 'folder.json is not a file']);
    expect(await problem('big.json', { maxBytes: 100, tooLarge: (n: number) => `${n} bytes, over the limit` })).toEqual(['unreadable', '202 bytes, over the limit']);
    expect(await problem('latin1.json')).toEqual(['unreadable', 'not valid UTF-8 text']);
  });

  it('tells text that is not JSON from JSON its schema refuses, and leaves both files as they were', async () => {
    const cutOff = Buffer.from('{"headline": "Budget');
    const wrong = Buffer.from('{"headline": 7, "words": 1}');
    const cutFile = await written('cut.json', cutOff);
    const wrongFile = await written('wrong.json', wrong);
    const cut = await readJsonFile(cutFile, Note);
    const refused = await readJsonFile(wrongFile, Note);
    expect(cut).toMatchObject({ kind: 'damaged', problem: 'unparsable', reason: expect.stringMatching(/^not valid JSON: /) });
    expect(refused).toMatchObject({ kind: 'damaged', problem: 'invalid', reason: expect.stringContaining('headline') });
    expect(await readFile(cutFile)).toEqual(cutOff);
    expect(await readFile(wrongFile)).toEqual(wrong);
  });

  it('words a refusal the way the file asks', async () => {
    const decoder = (data: unknown) => (Array.isArray(data) ? { ok: true as const, value: data } : { ok: false as const, reason: 'not a list of jobs' });
    expect(await readJsonFile(await written('jobs.json', '{}'), decoder)).toEqual({ kind: 'damaged', problem: 'invalid', reason: 'not a list of jobs' });
  });
});
