/**
 * The inverted index behind search: for every term, the documents and fields it occurs in and
 * how often, scored with BM25+ the way MiniSearch scores (k 1.2, b 0.7, d 0.5; a prefix match
 * weighs 0.375, less the more letters it adds; a document's score is multiplied by the number of
 * query terms, which must all match).
 *
 * Built for a library of years in the main process's memory. MiniSearch keeps one Map per term
 * and field, some 48 bytes for every (term, article) pair: 2.4 million pairs in 10,000 articles,
 * over 100 MB that the main process held for as long as the library was open. Here the index has
 * two parts:
 * - the packed part, where most of it lives: the terms sorted in one array, and their postings in
 *   typed arrays (a posting is 6 bytes: document and field in 4, frequency in 2), found by binary
 *   search, which also gives prefix matches as one run of terms;
 * - the recent part, a Map from term to its postings as plain numbers, where added documents go.
 * A removed document is only marked dead; its postings are skipped until `compact` rewrites the
 * packed part with the recent part merged in and the dead postings left out. `compact` yields
 * between slices of the work, and must not run alongside `add` or `remove` (the search index runs
 * them one at a time); queries may run meanwhile and see the index as it was.
 */

export interface TermIndexOptions {
  /** Names of the fields, in the order `add` receives their text. At most 8. */
  fields: readonly string[];
  /** The words of a text. */
  tokenize(text: string): string[];
  /** The terms a word is indexed under (none for a word that is all marks). */
  termsOf(word: string): string[];
}

export interface TermQuery {
  /** The query's terms, already normalised; a document must have all of them. */
  terms: readonly string[];
  /** Whether the last term also matches longer terms that start with it. */
  prefixLast: boolean;
  /** A weight per field, in the order of `fields`. */
  boosts: readonly number[];
}

export interface TermMatch {
  id: string;
  score: number;
  /** The document's terms that matched (for highlighting). */
  terms: string[];
  /** How many of the query's terms matched (all of them). */
  queryTerms: number;
}

/** The packed part and the documents, as `snapshot` gives them and `fromSnapshot` takes them. */
export interface TermIndexSnapshot {
  /** The documents' ids, in document number order. */
  ids: string[];
  /** Unique words per document and field: `lengths[doc * fields + field]`. */
  lengths: Uint32Array;
  /** Sorted, without repeats. */
  terms: string[];
  /** Term i's postings are `starts[i]` to `starts[i + 1]`. */
  starts: Uint32Array;
  /** A posting's document number times 8, plus its field. */
  keys: Uint32Array;
  /** A posting's frequency (capped at 65,535). */
  freqs: Uint16Array;
}

const K = 1.2;
const B = 0.7;
const D = 0.5;
const PREFIX_WEIGHT = 0.375;
const FIELD_BITS = 3;
const MAX_FIELDS = 1 << FIELD_BITS;
const MAX_FREQ = 0xffff;
/** Postings copied by `compact` between two pauses. */
const COMPACT_SLICE = 100_000;

interface Derived {
  term: string;
  weight: number;
}

interface Scored {
  score: number;
  terms: Set<string>;
}

export class TermIndex {
  private readonly fieldCount: number;
  /** Document number → id; null once removed. */
  private ids: Array<string | null> = [];
  private readonly numbers = new Map<string, number>();
  private lengths: Uint32Array = new Uint32Array(0);
  private readonly totals: Float64Array;
  private live = 0;
  private dead = 0;

  private terms: string[] = [];
  private starts: Uint32Array = new Uint32Array(1);
  private keys: Uint32Array = new Uint32Array(0);
  private freqs: Uint16Array = new Uint16Array(0);

  /** Term → (key, frequency) pairs of documents added since the last compaction. */
  private recent = new Map<string, number[]>();
  private recentPostings = 0;

  constructor(private readonly options: TermIndexOptions) {
    if (options.fields.length > MAX_FIELDS) throw new Error(`at most ${MAX_FIELDS} fields`);
    this.fieldCount = options.fields.length;
    this.totals = new Float64Array(this.fieldCount);
  }

  /** An index with a snapshot's documents and postings, after checking that they fit together; throws if they do not. */
  static fromSnapshot(options: TermIndexOptions, snapshot: TermIndexSnapshot): TermIndex {
    const index = new TermIndex(options);
    const { ids, lengths, terms, starts, keys, freqs } = snapshot;
    const fields = index.fieldCount;
    if (lengths.length !== ids.length * fields) throw new Error('the field lengths do not match the documents');
    if (starts.length !== terms.length + 1 || starts[0] !== 0 || starts[terms.length] !== keys.length || freqs.length !== keys.length) {
      throw new Error('the postings do not match the terms');
    }
    for (let i = 0; i < terms.length; i++) {
      if (starts[i]! >= starts[i + 1]!) throw new Error('a term without postings');
      if (i > 0 && !(terms[i - 1]! < terms[i]!)) throw new Error('the terms are not in order');
    }
    const limit = ids.length << FIELD_BITS;
    for (let p = 0; p < keys.length; p++) {
      if (keys[p]! >= limit || (keys[p]! & (MAX_FIELDS - 1)) >= fields) throw new Error('a posting names no document or field');
    }
    ids.forEach((id, doc) => {
      if (index.numbers.has(id)) throw new Error(`document ${id} appears twice`);
      index.numbers.set(id, doc);
    });
    index.ids = ids.slice();
    index.lengths = lengths;
    for (let doc = 0; doc < ids.length; doc++) for (let f = 0; f < fields; f++) index.totals[f] = index.totals[f]! + lengths[doc * fields + f]!;
    index.live = ids.length;
    Object.assign(index, { terms, starts, keys, freqs });
    return index;
  }

  get size(): number {
    return this.live;
  }

  /** Indexes a document's fields (in the order of `fields`), replacing what was indexed under its id. */
  add(id: string, texts: readonly string[]): void {
    this.remove(id);
    const doc = this.ids.length;
    this.ids.push(id);
    this.numbers.set(id, doc);
    this.live++;
    const fields = this.fieldCount;
    if (this.lengths.length < (doc + 1) * fields) {
      const grown = new Uint32Array(Math.max(64, doc * 2) * fields);
      grown.set(this.lengths);
      this.lengths = grown;
    }
    for (let f = 0; f < fields; f++) {
      const words = this.options.tokenize(texts[f] ?? '');
      const length = new Set(words).size;
      this.lengths[doc * fields + f] = length;
      this.totals[f] = this.totals[f]! + length;
      const counts = new Map<string, number>();
      for (const word of words) {
        for (const term of this.options.termsOf(word)) if (term) counts.set(term, (counts.get(term) ?? 0) + 1);
      }
      const key = (doc << FIELD_BITS) | f;
      for (const [term, count] of counts) {
        let postings = this.recent.get(term);
        if (!postings) this.recent.set(term, (postings = []));
        postings.push(key, Math.min(count, MAX_FREQ));
        this.recentPostings++;
      }
    }
  }

  /** Forgets a document (its postings are skipped until the next compaction). */
  remove(id: string): void {
    const doc = this.numbers.get(id);
    if (doc === undefined) return;
    this.numbers.delete(id);
    this.ids[doc] = null;
    for (let f = 0; f < this.fieldCount; f++) this.totals[f] = this.totals[f]! - this.lengths[doc * this.fieldCount + f]!;
    this.live--;
    this.dead++;
  }

  /** Whether enough was added or removed since the last compaction to make one worth its copying. */
  get wantsCompaction(): boolean {
    const packed = this.keys.length;
    return this.recentPostings > Math.max(100_000, Math.min(packed / 2, 500_000)) || this.dead > Math.max(256, this.live / 4);
  }

  /** Whether everything is in the packed part (so `snapshot` has it all). */
  get compacted(): boolean {
    return this.recent.size === 0 && this.dead === 0;
  }

  /**
   * Rewrites the packed part with the recent postings merged in and the removed documents left
   * out, renumbering the documents; `pause` is awaited between slices of the work.
   */
  async compact(pause: () => Promise<unknown>): Promise<void> {
    if (this.compacted) return;
    const fields = this.fieldCount;
    const renumber = new Int32Array(this.ids.length).fill(-1);
    const ids: string[] = [];
    this.ids.forEach((id, doc) => {
      if (id !== null) renumber[doc] = ids.push(id) - 1;
    });
    const lengths = new Uint32Array(ids.length * fields);
    this.ids.forEach((id, doc) => {
      if (id !== null) lengths.set(this.lengths.subarray(doc * fields, (doc + 1) * fields), renumber[doc]! * fields);
    });

    // The merged terms in order, each with how many of its postings are still live.
    const recentTerms = [...this.recent.keys()].sort(byCodeUnit);
    const merged: Array<{ term: string; packed: number; recent: number[] | undefined; count: number }> = [];
    let total = 0;
    let sinceBreak = 0;
    for (let i = 0, j = 0; i < this.terms.length || j < recentTerms.length; ) {
      const a = this.terms[i];
      const b = recentTerms[j];
      const term = b === undefined || (a !== undefined && a < b) ? a! : b;
      const packed = a === term ? i++ : -1;
      const recent = b === term ? this.recent.get(recentTerms[j++]!) : undefined;
      let count = 0;
      if (packed >= 0) for (let p = this.starts[packed]!; p < this.starts[packed + 1]!; p++) count += renumber[this.keys[p]! >>> FIELD_BITS]! >= 0 ? 1 : 0;
      if (recent) for (let p = 0; p < recent.length; p += 2) count += renumber[recent[p]! >>> FIELD_BITS]! >= 0 ? 1 : 0;
      if (count > 0) merged.push({ term, packed, recent, count });
      total += count;
      if ((sinceBreak += count) > COMPACT_SLICE) {
        sinceBreak = 0;
        await pause();
      }
    }

    const terms = new Array<string>(merged.length);
    const starts = new Uint32Array(merged.length + 1);
    const keys = new Uint32Array(total);
    const freqs = new Uint16Array(total);
    let at = 0;
    sinceBreak = 0;
    for (let t = 0; t < merged.length; t++) {
      const { term, packed, recent, count } = merged[t]!;
      terms[t] = term;
      starts[t] = at;
      // Packed documents all come before recent ones, so the postings stay in document order.
      if (packed >= 0) {
        for (let p = this.starts[packed]!; p < this.starts[packed + 1]!; p++) {
          const doc = renumber[this.keys[p]! >>> FIELD_BITS]!;
          if (doc < 0) continue;
          keys[at] = (doc << FIELD_BITS) | (this.keys[p]! & (MAX_FIELDS - 1));
          freqs[at++] = this.freqs[p]!;
        }
      }
      if (recent) {
        for (let p = 0; p < recent.length; p += 2) {
          const doc = renumber[recent[p]! >>> FIELD_BITS]!;
          if (doc < 0) continue;
          keys[at] = (doc << FIELD_BITS) | (recent[p]! & (MAX_FIELDS - 1));
          freqs[at++] = recent[p + 1]!;
        }
      }
      if ((sinceBreak += count) > COMPACT_SLICE) {
        sinceBreak = 0;
        await pause();
      }
    }
    starts[merged.length] = at;

    this.ids = ids;
    this.numbers.clear();
    ids.forEach((id, doc) => this.numbers.set(id, doc));
    Object.assign(this, { lengths, terms, starts, keys, freqs, recent: new Map(), recentPostings: 0, dead: 0 });
  }

  /** The packed part and the documents; only complete after `compact`. */
  snapshot(): TermIndexSnapshot {
    if (!this.compacted) throw new Error('compact the index before taking a snapshot');
    const { terms, starts, keys, freqs } = this;
    return { ids: this.ids as string[], lengths: this.lengths.subarray(0, this.ids.length * this.fieldCount), terms, starts, keys, freqs };
  }

  /** The documents with every term of the query, best first. */
  search(query: TermQuery): TermMatch[] {
    const wanted = [...new Set(query.terms)].filter(Boolean);
    if (wanted.length === 0 || this.live === 0) return [];
    let combined: Map<number, Scored> | null = null;
    for (let q = 0; q < wanted.length; q++) {
      const term = wanted[q]!;
      const derived = this.derivedTerms(term, query.prefixLast && q === wanted.length - 1);
      const found = new Map<number, Scored>();
      for (const { term: matched, weight } of derived) this.score(matched, weight, query.boosts, found);
      if (combined === null) combined = found;
      else {
        const next = new Map<number, Scored>();
        for (const [doc, hit] of found) {
          const before = combined.get(doc);
          if (!before) continue;
          hit.terms.forEach((t) => before.terms.add(t));
          next.set(doc, { score: before.score + hit.score, terms: before.terms });
        }
        combined = next;
      }
      if (combined.size === 0) return [];
    }
    const matches: TermMatch[] = [];
    for (const [doc, { score, terms }] of combined!) {
      matches.push({ id: this.ids[doc]!, score: score * wanted.length, terms: [...terms], queryTerms: wanted.length });
    }
    return matches.sort((a, b) => b.score - a.score);
  }

  /** The term itself, and with a prefix every longer term that starts with it (weighted down by the letters it adds). */
  private derivedTerms(term: string, prefix: boolean): Derived[] {
    const derived: Derived[] = [{ term, weight: 1 }];
    if (!prefix) return derived;
    const longer = new Set<string>();
    for (let i = lowerBound(this.terms, term); i < this.terms.length && this.terms[i]!.startsWith(term); i++) longer.add(this.terms[i]!);
    for (const candidate of this.recent.keys()) if (candidate.startsWith(term)) longer.add(candidate);
    longer.delete(term);
    for (const candidate of longer) {
      const distance = candidate.length - term.length;
      derived.push({ term: candidate, weight: (PREFIX_WEIGHT * candidate.length) / (candidate.length + 0.3 * distance) });
    }
    return derived;
  }

  /** Adds one term's BM25+ score to every live document it occurs in. */
  private score(term: string, weight: number, boosts: readonly number[], into: Map<number, Scored>): void {
    const packed = findTerm(this.terms, term);
    const from = packed < 0 ? 0 : this.starts[packed]!;
    const to = packed < 0 ? 0 : this.starts[packed + 1]!;
    const recent = this.recent.get(term);
    const fields = this.fieldCount;
    // Documents per field with the term, for its inverse document frequency.
    const matching = new Array<number>(fields).fill(0);
    const each = (visit: (key: number, freq: number) => void) => {
      for (let p = from; p < to; p++) visit(this.keys[p]!, this.freqs[p]!);
      if (recent) for (let p = 0; p < recent.length; p += 2) visit(recent[p]!, recent[p + 1]!);
    };
    each((key) => {
      if (this.ids[key >>> FIELD_BITS] !== null) matching[key & (MAX_FIELDS - 1)]! += 1;
    });
    each((key, freq) => {
      const doc = key >>> FIELD_BITS;
      if (this.ids[doc] === null) return;
      const field = key & (MAX_FIELDS - 1);
      const idf = Math.log(1 + (this.live - matching[field]! + 0.5) / (matching[field]! + 0.5));
      const average = this.totals[field]! / this.live;
      const length = this.lengths[doc * fields + field]!;
      const bm25 = idf * (D + (freq * (K + 1)) / (freq + K * (1 - B + (B * length) / (average || 1))));
      const score = weight * (boosts[field] ?? 1) * bm25;
      const hit = into.get(doc);
      if (hit) {
        hit.score += score;
        hit.terms.add(term);
      } else into.set(doc, { score, terms: new Set([term]) });
    });
  }
}

function byCodeUnit(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The first position in sorted `terms` not before `term`. */
function lowerBound(terms: readonly string[], term: string): number {
  let lo = 0;
  let hi = terms.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (terms[mid]! < term) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function findTerm(terms: readonly string[], term: string): number {
  const i = lowerBound(terms, term);
  return terms[i] === term ? i : -1;
}
