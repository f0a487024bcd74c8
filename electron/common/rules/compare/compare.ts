import type { Article } from '../../article.js';
import { alignBlocks, type RowKind } from './align.js';
import { articleBlocks, type Block, type BlockKind, type PhotoParts } from './blocks.js';
import { compareFields, type FieldDiff, type FieldName } from './fields.js';
import { formatChanges, type BlockType, type FormatChange } from './format.js';
import { countWords, wordsIn } from '../text.js';
import { diffWords, firstWords, normalizeText, type Segment, type WordDiff } from './words.js';

export type { Block, BlockKind, BlockType, FieldDiff, FieldName, FormatChange, RowKind, Segment, WordDiff };
export { FORMAT_BITS, type FormatMark, type InlineRun } from './blocks.js';

/** Left is usually the older draft (a version), right the article being edited. */
export type Side = 'left' | 'right';

export type PhotoPart = keyof PhotoParts;

export interface PhotoPartDiff {
  part: PhotoPart;
  left: string;
  right: string;
  /** Marked words for caption, credit and alt text; null for the file, which is one value. */
  diff: WordDiff | null;
}

/**
 * One line of the two-pane view. Rows are in reading order on both sides at once: the left
 * blocks appear in the rows in left order, the right blocks in right order.
 *
 * A move takes two rows: the one where the block was (left only, `movedTo` = the other row) and
 * the one where it now is (right only, `movedFrom`). Both carry the same `diff`/`photoParts`
 * when the moved text was also edited.
 */
export interface Row {
  kind: RowKind;
  left: Block | null;
  right: Block | null;
  /** Word marks for a changed text block, or an edited move; null when the words are the same. */
  diff: WordDiff | null;
  /** The parts that differ, for a changed or moved photo. */
  photoParts: PhotoPartDiff[];
  /** Formats, links and the block type changed on a changed or moved text block. */
  formatting: FormatChange[];
  movedTo: number | null;
  movedFrom: number | null;
}

interface ChangeBase {
  /** Stable within one comparison: pass it to takeChange. */
  id: string;
  /** First words of each deleted and inserted run (at most three runs), for the Changes list. */
  deleted: string[];
  inserted: string[];
}

export interface FieldChange extends ChangeBase {
  kind: 'field';
  field: FieldName;
}

export interface BlockChange extends ChangeBase {
  kind: 'block';
  rowKind: Exclude<RowKind, 'same'>;
  /** The block's kind and ordinal on the right when it is there, else on the left: "Paragraph 4". */
  blockKind: BlockKind;
  ordinal: number;
  /** The row to jump to; for a move, the row where the block was (left). */
  rowIndex: number;
  /** For a move, the row where the block now is (right); null otherwise. */
  otherRowIndex: number | null;
  /** The block's first words (a photo: its caption, or its file name). */
  excerpt: string;
  /** The row's formatting changes, described in the Changes list. */
  formatting: FormatChange[];
}

export type Change = FieldChange | BlockChange;

export interface Comparison {
  left: Article;
  right: Article;
  rows: Row[];
  fields: FieldDiff[];
  /** Fields first, in the metadata panel's order, then blocks in reading order. */
  changes: Change[];
  /** Words marked inserted and deleted in the headline, dek and body text (photos aside). */
  wordsAdded: number;
  wordsRemoved: number;
  /** Formatting changes in the body (formats, links, block types), a move's counted once. */
  formattingChanges: number;
}

const SUMMARY_WORDS = 6;
const SUMMARY_RUNS = 3;

function runs(segments: Segment[], type: Segment['type']): string[] {
  return segments
    .filter((s) => s.type === type && s.text.trim())
    .slice(0, SUMMARY_RUNS)
    .map((s) => firstWords(s.text, SUMMARY_WORDS));
}

function photoPartDiffs(left: PhotoParts, right: PhotoParts): PhotoPartDiff[] {
  return (['file', 'caption', 'credit', 'altText'] as const).flatMap((part) => {
    const [l, r] = [left[part], right[part]];
    if (normalizeText(l) === normalizeText(r)) return [];
    return [{ part, left: l, right: r, diff: part === 'file' ? null : diffWords(l, r) }];
  });
}

function blockDiff(left: Block, right: Block): Pick<Row, 'diff' | 'photoParts' | 'formatting'> {
  if (left.photo && right.photo) return { diff: null, photoParts: photoPartDiffs(left.photo, right.photo), formatting: [] };
  const diff = diffWords(left.text, right.text);
  // A block that only changed its type or formatting (a paragraph made a quote) has no words to mark.
  const marked = diff.left.some((s) => s.type !== 'equal') || diff.right.some((s) => s.type !== 'equal');
  return { diff: marked ? diff : null, photoParts: [], formatting: formatChanges(left, right) };
}

function buildRows(left: Article, right: Article): Row[] {
  const aligned = alignBlocks(articleBlocks(left.body), articleBlocks(right.body));
  const rows: Row[] = aligned.map(({ kind, left: l, right: r }) => ({
    kind,
    left: l,
    right: r,
    diff: null,
    photoParts: [],
    formatting: [],
    movedTo: null,
    movedFrom: null,
  }));
  aligned.forEach((a, index) => {
    const row = rows[index]!;
    if (a.kind === 'changed') {
      Object.assign(row, blockDiff(a.left!, a.right!));
      // Formatting nobody can see (spacing inside a bold run) is no change.
      if (!row.diff && row.photoParts.length === 0 && row.formatting.length === 0) row.kind = 'same';
    }
    if (a.kind === 'moved' && a.left) {
      const target = rows[a.partner!]!;
      const marks = blockDiff(a.left, target.right!);
      Object.assign(row, marks, { movedTo: a.partner });
      Object.assign(target, marks, { movedFrom: index });
    }
  });
  return rows;
}

function fieldChange(f: FieldDiff): FieldChange {
  const base = { id: `field:${f.field}`, kind: 'field' as const, field: f.field };
  switch (f.shape) {
    case 'text':
      return { ...base, deleted: runs(f.diff.left, 'delete'), inserted: runs(f.diff.right, 'insert') };
    case 'list':
      return { ...base, deleted: runs(f.items, 'delete'), inserted: runs(f.items, 'insert') };
    case 'value':
      return { ...base, deleted: f.left === null ? [] : [f.left], inserted: f.right === null ? [] : [f.right] };
  }
}

function marksOf(row: Row): Pick<ChangeBase, 'deleted' | 'inserted'> {
  if (row.diff) return { deleted: runs(row.diff.left, 'delete'), inserted: runs(row.diff.right, 'insert') };
  const parts = row.photoParts;
  return {
    deleted: parts.flatMap((p) => (p.diff ? runs(p.diff.left, 'delete') : [p.left])).slice(0, SUMMARY_RUNS),
    inserted: parts.flatMap((p) => (p.diff ? runs(p.diff.right, 'insert') : [p.right])).slice(0, SUMMARY_RUNS),
  };
}

function blockChanges(rows: Row[]): BlockChange[] {
  const changes: BlockChange[] = [];
  rows.forEach((row, index) => {
    if (row.kind === 'same') return;
    // A move is one change, listed where it first appears in reading order.
    const leftRow = row.movedFrom ?? index;
    const rightRow = row.movedTo ?? index;
    if (row.kind === 'moved' && index !== Math.min(leftRow, rightRow)) return;
    const left = rows[leftRow]!.left;
    const right = rows[rightRow]!.right;
    const shown = (right ?? left)!;
    changes.push({
      id: `block:${left?.key ?? ''}>${right?.key ?? ''}`,
      kind: 'block',
      rowKind: row.kind,
      blockKind: shown.kind,
      ordinal: shown.ordinal,
      rowIndex: leftRow,
      otherRowIndex: row.kind === 'moved' ? rightRow : null,
      excerpt: firstWords(shown.text || (shown.photo?.file ?? ''), SUMMARY_WORDS),
      formatting: row.formatting,
      ...marksOf(row),
    });
  });
  return changes;
}

/** Words marked in the story's text: the headline, the dek and the body's text blocks. */
function markedWords(rows: Row[], fields: FieldDiff[]): { added: number; removed: number } {
  let added = 0;
  let removed = 0;
  for (const f of fields) {
    if (f.shape === 'text' && (f.field === 'headline' || f.field === 'dek')) {
      added += f.diff.added;
      removed += f.diff.removed;
    }
  }
  for (const row of rows) {
    if (row.left?.photo || row.right?.photo) continue;
    if (row.kind === 'inserted') added += countWords(row.right!.text);
    if (row.kind === 'deleted') removed += countWords(row.left!.text);
    // A move's marks are on both of its rows: count them once.
    if (row.diff && row.movedTo === null) {
      added += row.diff.added;
      removed += row.diff.removed;
    }
  }
  return { added, removed };
}

export function compareArticles(left: Article, right: Article): Comparison {
  const rows = buildRows(left, right);
  const fields = compareFields(left, right);
  const { added, removed } = markedWords(rows, fields);
  const blocks = blockChanges(rows);
  return {
    left,
    right,
    rows,
    fields,
    changes: [...fields.map(fieldChange), ...blocks],
    wordsAdded: added,
    wordsRemoved: removed,
    formattingChanges: blocks.reduce((n, change) => n + change.formatting.length, 0),
  };
}

/** Punctuation at a word's ends ("grain," is the word "grain" for the bag). */
const EDGE_PUNCTUATION = /^\p{P}+|\p{P}+$/gu;

function storyWords(article: Article): string[] {
  const texts = [article.headline, article.dek, ...articleBlocks(article.body).flatMap((b) => (b.photo ? [] : [b.text]))];
  return texts.flatMap((text) => wordsIn(text).map((word) => word.normalize('NFC').replace(EDGE_PUNCTUATION, '')));
}

/**
 * Words added and removed between two versions, for the Versions list ("+12 −3 words"), without
 * aligning anything: the words of the headline, dek and body are counted as a bag. It equals the
 * compare view's counts except when the same word is removed in one place and added in another,
 * which the bag nets out.
 */
export function wordDelta(left: Article, right: Article): { added: number; removed: number } {
  const unmatched = new Map<string, number>();
  for (const word of storyWords(left)) unmatched.set(word, (unmatched.get(word) ?? 0) + 1);
  let added = 0;
  for (const word of storyWords(right)) {
    const n = unmatched.get(word) ?? 0;
    if (n > 0) unmatched.set(word, n - 1);
    else added++;
  }
  let removed = 0;
  for (const n of unmatched.values()) removed += n;
  return { added, removed };
}
