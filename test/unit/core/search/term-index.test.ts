import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import MiniSearch from 'minisearch';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { seeded } from '../../../../bench/drafts.js';
import { readIndexFile, writeIndexFile } from '../../../../electron/core/search/index-file.js';
import { indexTerms, queryTerm, tokenize } from '../../../../electron/core/search/normalize.js';
import { TermIndex, type TermIndexOptions, type TermMatch } from '../../../../electron/core/search/term-index.js';
import { makeTempDir } from '../temp-dir.js';

const FIELDS = ['headline', 'dek', 'body'] as const;
const OPTIONS: TermIndexOptions = { fields: FIELDS, tokenize, termsOf: indexTerms };
const BOOSTS = [4, 2, 1];

const WORDS =
  'pipeline pipelines piper harbour harbours ceasefire court courts minister ministers budget budgets ' +
  'المستشفى مستشفيات والحكومة الحكومة للحكومة الميزانية ميزانية البرلمان برلمان نواب ' +
  'talks trade desert river ferry timetable quayside inflation currency';
const VOCABULARY = WORDS.split(' ');

type Doc = { id: string; headline: string; dek: string; body: string };

function corpus(count: number, seed: number, vocabulary = VOCABULARY, bodyWords = 30): Doc[] {
  const random = seeded(seed);
  const text = (n: number) => Array.from({ length: n }, () => vocabulary[Math.floor(random() * vocabulary.length)]).join(' ');
  return Array.from({ length: count }, (_, i) => ({ id: `doc-${seed}-${i}`, headline: text(1 + Math.floor(random() * 5)), dek: text(Math.floor(random() * 8)), body: text(bodyWords) }));
}

/** The library's search until now: MiniSearch with the same words, terms and weights. */
function reference(docs: Doc[]) {
  const mini = new MiniSearch<Doc>({ fields: [...FIELDS], storeFields: [], tokenize, processTerm: (term) => indexTerms(term).filter(Boolean) });
  mini.addAll(docs);
  return mini;
}

const texts = (doc: Doc) => FIELDS.map((field) => doc[field]);
const ranked = (matches: Array<{ id: string; score: number }>) =>
  matches.map(({ id, score }) => ({ id, score })).sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1));

function expectSameRanking(ours: TermMatch[], theirs: Array<{ id: string; score: number }>) {
  const a = ranked(ours);
  const b = ranked(theirs);
  expect(a.map((m) => m.id)).toEqual(b.map((m) => m.id));
  a.forEach((m, i) => expect(m.score).toBeCloseTo(b[i]!.score, 6));
}

const QUERIES: Array<{ text: string; prefix: boolean }> = [
  { text: 'pipeline', prefix: false },
  { text: 'pipe', prefix: true },
  { text: 'court minister', prefix: false },
  { text: 'harbour min', prefix: true },
  { text: 'الحكومة', prefix: false },
  { text: 'مستشفي', prefix: true },
  { text: 'ميزانيه نواب', prefix: false },
  { text: 'nothing-like-this', prefix: false },
];

function search(index: TermIndex, { text, prefix }: { text: string; prefix: boolean }) {
  return index.search({ terms: tokenize(text).map(queryTerm), prefixLast: prefix, boosts: BOOSTS });
}

function searchReference(mini: MiniSearch<Doc>, { text, prefix }: { text: string; prefix: boolean }) {
  return mini.search(text, {
    boost: { headline: 4, dek: 2, body: 1 },
    processTerm: (term) => queryTerm(term) || null,
    prefix: (_term, i, terms) => prefix && i === terms.length - 1,
    combineWith: 'AND',
  }) as Array<{ id: string; score: number }>;
}

describe('term index', () => {
  it('finds and ranks exactly as MiniSearch did, through adds, replacements, removals and compactions', async () => {
    let docs = corpus(400, 1);
    const index = new TermIndex(OPTIONS);
    docs.slice(0, 250).forEach((doc) => index.add(doc.id, texts(doc)));
    await index.compact(nextTurn);
    docs.slice(250).forEach((doc) => index.add(doc.id, texts(doc)));
    for (const query of QUERIES) expectSameRanking(search(index, query), searchReference(reference(docs), query));

    // Some replaced (in the packed part and in the recent one), some removed, some new.
    const random = seeded(2);
    const fresh = corpus(60, 3);
    const replaced = new Map(docs.filter(() => random() < 0.1).map((doc, i) => [doc.id, { ...fresh[i % fresh.length]!, id: doc.id }]));
    const removed = new Set(docs.filter((doc) => !replaced.has(doc.id) && random() < 0.15).map((doc) => doc.id));
    replaced.forEach((doc) => index.add(doc.id, texts(doc)));
    removed.forEach((id) => index.remove(id));
    const added = corpus(40, 4);
    added.forEach((doc) => index.add(doc.id, texts(doc)));
    docs = [...docs.filter((doc) => !removed.has(doc.id)).map((doc) => replaced.get(doc.id) ?? doc), ...added];
    expect(index.size).toBe(docs.length);
    for (const query of QUERIES) expectSameRanking(search(index, query), searchReference(reference(docs), query));

    await index.compact(nextTurn);
    expect(index.compacted).toBe(true);
    for (const query of QUERIES) expectSameRanking(search(index, query), searchReference(reference(docs), query));
    expect(search(index, { text: 'pipe', prefix: true }).flatMap((m) => m.terms)).toEqual(expect.arrayContaining(['pipeline', 'pipelines', 'piper']));
  });

  it('answers queries while it compacts, from the index as it was until the compaction is done', async () => {
    // Enough postings for the compaction to pause in between (it copies 100,000 between pauses).
    const vocabulary = Array.from({ length: 6000 }, (_, i) => `w${i.toString(36)}`);
    const docs = corpus(1200, 5, vocabulary, 150);
    const index = new TermIndex(OPTIONS);
    docs.forEach((doc) => index.add(doc.id, texts(doc)));
    const query = { text: docs[7]!.body.split(' ').slice(0, 2).join(' '), prefix: false };
    const before = search(index, query);
    expect(before.map((m) => m.id)).toContain(docs[7]!.id);

    const during: TermMatch[][] = [];
    await index.compact(async () => {
      during.push(search(index, query));
      await nextTurn();
    });
    expect(during.length).toBeGreaterThan(1);
    for (const result of [...during, search(index, query)]) expectSameRanking(result, before);
  });

  it('saves to a file and loads back the same index; a file whose parts do not fit together is refused', async () => {
    const docs = corpus(120, 6);
    const index = new TermIndex(OPTIONS);
    docs.forEach((doc) => index.add(doc.id, texts(doc)));
    index.remove(docs[0]!.id);
    await index.compact(nextTurn);
    const entries = new Map(docs.slice(1).map((doc) => [doc.id, { fingerprint: '1:1', meta: { headline: doc.headline, status: 'draft' as const, section: null, language: 'en' as const, contributors: [], tags: [], updatedAt: '2025-01-01T00:00:00.000Z', publishAt: null, wordCount: 1 } }]));
    const file = path.join(await makeTempDir(), 'search-index.bin');
    await writeIndexFile(file, entries, index.snapshot());

    const saved = await readIndexFile(file, FIELDS.length);
    const loaded = TermIndex.fromSnapshot(OPTIONS, saved!.index);
    expect(loaded.size).toBe(119);
    // The removed document is not found by its own headline.
    expect(search(loaded, { text: docs[0]!.headline, prefix: false }).map((m) => m.id)).not.toContain(docs[0]!.id);
    for (const query of QUERIES) expectSameRanking(search(loaded, query), search(index, query));
    // A loaded index takes changes like any other.
    loaded.add('late', ['Zanzibar ferry', '', '']);
    expect(search(loaded, { text: 'zanzi', prefix: true }).map((m) => m.id)).toEqual(['late']);

    const snapshot = index.snapshot();
    const swapped = [...snapshot.terms];
    [swapped[0], swapped[1]] = [swapped[1]!, swapped[0]!];
    expect(() => TermIndex.fromSnapshot(OPTIONS, { ...snapshot, terms: swapped })).toThrow(/not in order/);
    const keys = snapshot.keys.slice();
    keys[0] = 999_999 << 3;
    expect(() => TermIndex.fromSnapshot(OPTIONS, { ...snapshot, keys })).toThrow(/names no document/);
    expect(() => TermIndex.fromSnapshot(OPTIONS, { ...snapshot, ids: snapshot.ids.slice(1) })).toThrow(/field lengths/);

    // Cut short, or naming an article the entries do not know: not loaded (and so rebuilt).
    const bytes = await readFile(file);
    await writeFile(file, bytes.subarray(0, bytes.length - 3));
    expect(await readIndexFile(file, FIELDS.length)).toBeNull();
    entries.delete(docs[5]!.id);
    await writeIndexFile(file, entries, index.snapshot());
    expect(await readIndexFile(file, FIELDS.length)).toBeNull();
  });
});
