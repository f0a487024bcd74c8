import { diffArrays } from 'diff';
import type { Block, BlockKind } from './blocks.js';
import { normalizeText, wordsOf } from './words.js';

/**
 * Lines the blocks of two drafts up into rows, in three passes:
 * 1. an exact diff of the blocks (by kind and normalized text) anchors everything unchanged;
 * 2. between two anchors, deleted and inserted blocks that share most of their words are paired
 *    as one changed block (a Myers diff again, with "similar" as its equality);
 * 3. a block left deleted in one place and inserted nearly identically in another is a move.
 * Exact matches come first so that a changed paragraph next to an unchanged one it resembles is
 * never paired with the wrong neighbour.
 */
export type RowKind = 'same' | 'changed' | 'inserted' | 'deleted' | 'moved';

export interface AlignedRow {
  kind: RowKind;
  left: Block | null;
  right: Block | null;
  /** For a move: the index of the row holding the block on the other side. */
  partner: number | null;
}

/** Two blocks are one block changed when more than half of their words are shared. */
const PAIR_SIMILARITY = 0.5;
/** A move is recognised only when the text is nearly the same; a rewrite elsewhere is not a move. */
const MOVE_SIMILARITY = 0.75;
/**
 * Pairing costs (blocks on both sides) × (blocks left unpaired) similarity checks. Two unrelated
 * articles of thousands of blocks would take seconds, so past this many checks the stretch is
 * shown as deleted and inserted blocks instead; real edits stay far below it.
 */
const PAIRING_BUDGET = 2_000_000;

/**
 * Blocks pair only within a family. Paragraphs, headings, quotes and list items are all text and
 * the editor turns one into another with the block type menu; a photo is no text at all, so
 * replacing one by text would not be one editor action.
 */
function family(kind: BlockKind): string {
  return kind === 'photo' ? 'photo' : 'text';
}

function contentKey(block: Block): string {
  const photo = block.photo;
  const parts = photo ? [photo.file, photo.caption, photo.credit, photo.altText] : [block.text];
  return [block.kind, block.variant, ...parts.map(normalizeText), block.formatKey].join('\u0000');
}

/** Shared-word similarity of blocks, from each block's words as sorted ids (a multiset). */
class Similarity {
  private readonly bags = new Map<Block, Int32Array>();
  private readonly ids = new Map<string, number>();

  /** Built when a block is first compared: unchanged blocks never need one. */
  private bag(block: Block): Int32Array {
    const known = this.bags.get(block);
    if (known) return known;
    const ids = wordsOf(block.text).map((word) => {
      const key = word.normalize('NFC').toLowerCase();
      let id = this.ids.get(key);
      if (id === undefined) {
        id = this.ids.size;
        this.ids.set(key, id);
      }
      return id;
    });
    const bag = Int32Array.from(ids).sort();
    this.bags.set(block, bag);
    return bag;
  }

  /**
   * Shared words over the longer block's word count, or 0 when that cannot exceed `floor`. The
   * length check first makes the common "clearly different" answer cheap. A photo is the same
   * photo when its file is; otherwise its caption decides.
   */
  exceeds(a: Block, b: Block, floor: number): number {
    if (family(a.kind) !== family(b.kind)) return 0;
    if (a.photo && b.photo && a.photo.file === b.photo.file) return 1;
    const x = this.bag(a);
    const y = this.bag(b);
    const longer = Math.max(x.length, y.length);
    if (longer === 0 || Math.min(x.length, y.length) / longer <= floor) return 0;
    let shared = 0;
    for (let i = 0, j = 0; i < x.length && j < y.length; ) {
      if (x[i] === y[j]) {
        shared++;
        i++;
        j++;
      } else if (x[i]! < y[j]!) i++;
      else j++;
    }
    const score = shared / longer;
    return score > floor ? score : 0;
  }
}

function pairHunk(left: Block[], right: Block[], similarity: Similarity): AlignedRow[] {
  const deleted = (block: Block): AlignedRow => ({ kind: 'deleted', left: block, right: null, partner: null });
  const inserted = (block: Block): AlignedRow => ({ kind: 'inserted', left: null, right: block, partner: null });
  if (left.length === 0 || right.length === 0) return [...left.map(deleted), ...right.map(inserted)];

  const changes = diffArrays(left, right, {
    comparator: (a, b) => similarity.exceeds(a, b, PAIR_SIMILARITY) > 0,
    maxEditLength: Math.ceil(PAIRING_BUDGET / (left.length + right.length)),
  });
  if (!changes) return [...left.map(deleted), ...right.map(inserted)];

  const rows: AlignedRow[] = [];
  let i = 0;
  let j = 0;
  for (const change of changes) {
    for (let k = 0; k < change.count; k++) {
      if (change.removed) rows.push(deleted(left[i++]!));
      else if (change.added) rows.push(inserted(right[j++]!));
      else rows.push({ kind: 'changed', left: left[i++]!, right: right[j++]!, partner: null });
    }
  }
  return rows;
}

/** Pairs deleted and inserted blocks that are nearly the same text, most similar first. */
function markMoves(rows: AlignedRow[], similarity: Similarity): void {
  const deleted = rows.flatMap((row, index) => (row.kind === 'deleted' ? [index] : []));
  const inserted = rows.flatMap((row, index) => (row.kind === 'inserted' ? [index] : []));
  const candidates: Array<{ from: number; to: number; score: number }> = [];
  for (const from of deleted) {
    for (const to of inserted) {
      const score = similarity.exceeds(rows[from]!.left!, rows[to]!.right!, MOVE_SIMILARITY);
      if (score > 0) candidates.push({ from, to, score });
    }
  }
  candidates.sort((a, b) => b.score - a.score || a.from - b.from || a.to - b.to);
  for (const { from, to } of candidates) {
    const source = rows[from]!;
    const target = rows[to]!;
    if (source.kind !== 'deleted' || target.kind !== 'inserted') continue;
    source.kind = 'moved';
    target.kind = 'moved';
    source.partner = to;
    target.partner = from;
  }
}

/**
 * The pairs of identical blocks, in order: a longest common subsequence by content. Blocks whose
 * content the other side does not have at all cannot be part of it, so they are set aside before
 * the diff (as GNU diff does with lines): two unrelated drafts then cost nothing here.
 */
function identicalPairs(left: Block[], right: Block[]): Array<[number, number]> {
  const leftKeys = left.map(contentKey);
  const rightKeys = right.map(contentKey);
  const inLeft = new Set(leftKeys);
  const inRight = new Set(rightKeys);
  const leftAt = leftKeys.flatMap((key, i) => (inRight.has(key) ? [i] : []));
  const rightAt = rightKeys.flatMap((key, j) => (inLeft.has(key) ? [j] : []));
  const pairs: Array<[number, number]> = [];
  let i = 0;
  let j = 0;
  for (const change of diffArrays(leftAt.map((k) => leftKeys[k]!), rightAt.map((k) => rightKeys[k]!))) {
    if (change.removed) i += change.count;
    else if (change.added) j += change.count;
    else for (let k = 0; k < change.count; k++) pairs.push([leftAt[i++]!, rightAt[j++]!]);
  }
  return pairs;
}

export function alignBlocks(left: Block[], right: Block[]): AlignedRow[] {
  const similarity = new Similarity();
  const rows: AlignedRow[] = [];
  let i = 0;
  let j = 0;
  for (const [pi, pj] of [...identicalPairs(left, right), [left.length, right.length] as const]) {
    rows.push(...pairHunk(left.slice(i, pi), right.slice(j, pj), similarity));
    if (pi < left.length) rows.push({ kind: 'same', left: left[pi]!, right: right[pj]!, partner: null });
    i = pi + 1;
    j = pj + 1;
  }
  markMoves(rows, similarity);
  return rows;
}
