import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { expect } from 'vitest';
import type { Contributor, Priority } from '../../../electron/common/article.js';
import type { ImportedDocument } from '../../../electron/common/ipc.js';
import { importDocument } from '../../../electron/core/import/import-document.js';
import { splitLines } from '../../../electron/core/import/wire-copy.js';

/** What a fixture in test/fixtures/wire/<corpus>/ must import as: NAME.expected.json beside NAME(.txt|.xml). */
export interface Expected {
  headline: string;
  byline: Contributor[];
  dateline: string;
  sources: string[];
  language: 'en' | 'ar';
  tags?: string[];
  priority?: Priority | null;
  /** The import's notes (rights, items left out), when the fixture says. */
  notes?: string[];
  /** The story's paragraphs, without the dateline. */
  body: string[];
}

export interface Fixture {
  name: string;
  bytes: Buffer;
  expected: Expected;
}

export const WIRE_FIXTURES = path.resolve(import.meta.dirname, '../../fixtures/wire');

export async function loadCorpus(corpus: string): Promise<Fixture[]> {
  const dir = path.join(WIRE_FIXTURES, corpus);
  const names = (await readdir(dir)).filter((name) => !name.endsWith('.json') && name !== 'README.md' && !name.startsWith('refused-'));
  return Promise.all(
    names.sort().map(async (name) => ({
      name,
      bytes: await readFile(path.join(dir, name)),
      expected: JSON.parse(await readFile(path.join(dir, `${name.replace(/\.(?:txt|xml)$/, '')}.expected.json`), 'utf8')) as Expected,
    })),
  );
}

/** The body's paragraphs as text: tags dropped, the converters' numeric character references read. */
export function paragraphTexts(html: string): string[] {
  return html
    .split(/<\/(?:p|h[2-6]|li)>/)
    .map((block) => block.replace(/<[^>]*>/g, '').replace(/&#(\d+);/g, (_, code: string) => String.fromCharCode(Number(code))).replace(/&amp;/g, '&').trim())
    .filter((text) => text !== '');
}

const words = (text: string): string[] => text.split(/\s+/).filter(Boolean);

export interface Measure {
  /** The story's words found in the imported body, in order, over all its words. */
  storyWordsKept: number;
  storyWords: number;
  /** Lines of the file that are not the story's (chrome, credits, labels) but came across as a body paragraph. */
  chromeLinesKept: number;
  /** Lines of the file outside the story: what could have leaked. */
  chromeLines: number;
}

export function measure(fixture: Fixture, doc: ImportedDocument, sourceText: string): Measure {
  const body = paragraphTexts(doc.html);
  const kept = words(body.join(' '));
  const story = words(fixture.expected.body.join(' '));
  let at = 0;
  for (const word of kept) if (word === story[at]) at++;
  const storyLines = new Set(fixture.expected.body);
  const others = splitLines(sourceText).filter((line) => line !== '' && !storyLines.has(line) && !fixture.expected.body.some((p) => line.endsWith(p)));
  return {
    storyWordsKept: at,
    storyWords: story.length,
    chromeLinesKept: others.filter((line) => body.includes(line)).length,
    chromeLines: others.length,
  };
}

export async function importFixture(fixture: Fixture): Promise<ImportedDocument> {
  const doc = await importDocument(fixture.name, fixture.bytes);
  const { expected } = fixture;
  expect(doc.headline, fixture.name).toBe(expected.headline);
  expect(doc.byline, fixture.name).toEqual(expected.byline);
  expect(doc.dateline, fixture.name).toBe(expected.dateline);
  expect(doc.sources, fixture.name).toEqual(expected.sources);
  expect(doc.language, fixture.name).toBe(expected.language);
  if (expected.tags) expect(doc.tags, fixture.name).toEqual(expected.tags);
  if (expected.priority !== undefined) expect(doc.priority, fixture.name).toBe(expected.priority);
  if (expected.notes) expect(doc.warnings, fixture.name).toEqual(expected.notes);
  expect(paragraphTexts(doc.html), fixture.name).toEqual(expected.body);
  return doc;
}

/** One line per fixture and a total, for the README's figures. */
export function report(corpus: string, rows: Array<{ name: string; m: Measure }>): string {
  const sum = (key: keyof Measure) => rows.reduce((total, row) => total + row.m[key], 0);
  const lines = rows.map(({ name, m }) => `${name}: ${m.storyWordsKept}/${m.storyWords} story words kept, ${m.chromeLinesKept}/${m.chromeLines} other lines in the body`);
  lines.push(`${corpus}: ${rows.length} files, ${((sum('storyWordsKept') / sum('storyWords')) * 100).toFixed(1)}% of ${sum('storyWords')} story words kept, ${sum('chromeLinesKept')} of ${sum('chromeLines')} other lines in the body`);
  return lines.join('\n');
}
