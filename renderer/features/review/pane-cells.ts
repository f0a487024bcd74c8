import type { Article } from '../../../electron/common/article.js';
import type { Block, Comparison, FieldDiff, FieldName, FormatChange, InlineRun, PhotoPart, Row, Segment } from '../../../electron/common/rules/compare/compare.js';

/**
 * What each line of a pane shows, as data: the compare view draws the left pane, the right pane
 * or the merged track-changes pane from the same comparison, line for line, so the panes line
 * up row by row (the headline, each differing metadata field, then each body row).
 */
export type PaneSide = 'left' | 'right' | 'merged';

const plain = (text: string): Segment[] => [{ type: 'equal', text }];
const whole = (type: Segment['type'], text: string): Segment[] => (text ? [{ type, text }] : []);

export interface PhotoShown {
  file: string;
  /** The photo file itself was swapped: shown inserted or deleted as a whole. */
  fileMark: Segment['type'];
  caption: Segment[];
  credit: Segment[];
  altText: Segment[];
}

/** A run of a word diff in the formats and links of the text it comes from. */
export interface StyledSegment {
  type: Segment['type'];
  text: string;
  pieces: InlineRun[];
}

/**
 * Reads a block's runs along a text made of its words: the segments of its own side, or the
 * merged view's equal and inserted runs, which follow the right text but may keep a space the
 * right text does not have (the left's, where a word was deleted at the end).
 */
class RunReader {
  private run = 0;
  private at = 0;
  /** The look of the last character read, for a space the block does not have. */
  private previous: InlineRun | null = null;

  constructor(private readonly runs: readonly InlineRun[]) {}

  private get current(): InlineRun {
    return this.runs[Math.min(this.run, this.runs.length - 1)] ?? { text: '', format: 0, link: null };
  }

  read(text: string): InlineRun[] {
    const pieces: InlineRun[] = [];
    const push = (chunk: string, look: InlineRun) => {
      this.previous = look;
      const last = pieces[pieces.length - 1];
      if (last && last.format === look.format && last.link === look.link) last.text += chunk;
      else pieces.push({ text: chunk, format: look.format, link: look.link });
    };
    let k = 0;
    while (k < text.length) {
      while (this.run < this.runs.length - 1 && this.at >= this.current.text.length) {
        this.run++;
        this.at = 0;
      }
      const run = this.current;
      const source = run.text;
      let n = 0;
      while (k + n < text.length && this.at + n < source.length && text[k + n] === source[this.at + n]) n++;
      if (n > 0) {
        push(text.slice(k, k + n), run);
        k += n;
        this.at += n;
      } else if (this.at < source.length && /\s/u.test(source[this.at]!) && !/\s/u.test(text[k]!)) {
        // A space the shown text does not have.
        this.at++;
      } else {
        // A space the block does not have, or text past its end: shown in the look before it.
        push(text[k]!, this.previous ?? run);
        k++;
      }
    }
    return pieces;
  }
}

const styled = (segments: readonly Segment[], runs: readonly InlineRun[]): StyledSegment[] => {
  const reader = new RunReader(runs);
  return segments.map((s) => ({ ...s, pieces: reader.read(s.text) }));
};

/**
 * The merged view's runs in the looks of the texts they come from: equal and inserted from the
 * right block, deleted from the left, whose deleted runs are the left side's, one for one.
 */
function styledMerged(row: Row, left: Block, right: Block): StyledSegment[] {
  const diff = row.diff!;
  const deleted = styled(diff.left, left.runs).filter((s) => s.type === 'delete');
  const reader = new RunReader(right.runs);
  let d = 0;
  return diff.merged.map((s) => {
    if (s.type !== 'delete') return { ...s, pieces: reader.read(s.text) };
    const from = deleted[d++];
    return { ...s, pieces: from?.text === s.text ? from.pieces : [{ text: s.text, format: 0, link: null }] };
  });
}

export type FieldValueShown = { value: string | null; mark: Segment['type'] };

export type Cell =
  | { kind: 'headline'; key: 'headline'; segments: Segment[] }
  | { kind: 'text-field'; key: string; field: FieldName; segments: Segment[] }
  | { kind: 'list-field'; key: string; field: FieldName; items: Segment[] }
  | { kind: 'value-field'; key: string; field: FieldName; values: FieldValueShown[] }
  /** A body row; `block` is null where this side has nothing on this row (the other side's insert). */
  | {
      kind: 'block';
      key: string;
      rowKind: Row['kind'];
      block: Block | null;
      /** Which compared article the block is in (the merged pane shows blocks of both). */
      from: 'left' | 'right';
      text: StyledSegment[];
      photo: PhotoShown | null;
      moved: 'from' | 'to' | null;
      /** The track-changes pane tells what changed in the block's look, having no other side to show it. */
      formatting: FormatChange[];
    };

export const rowKey = (index: number): string => `row:${index}`;
export const fieldKey = (field: FieldName): string => (field === 'headline' ? 'headline' : `field:${field}`);

/** Which segments of a word diff a pane shows: its own side, or the merged text. */
const pick = <T extends { left: Segment[]; right: Segment[]; merged: Segment[] }>(diff: T, side: PaneSide): Segment[] => diff[side];

function fieldCell(diff: FieldDiff, side: PaneSide): Cell {
  const key = fieldKey(diff.field);
  switch (diff.shape) {
    case 'text':
      return { kind: 'text-field', key, field: diff.field, segments: pick(diff.diff, side) };
    case 'list': {
      const hidden: Segment['type'] | null = side === 'left' ? 'insert' : side === 'right' ? 'delete' : null;
      return { kind: 'list-field', key, field: diff.field, items: diff.items.filter((item) => item.type !== hidden) };
    }
    case 'value': {
      const left: FieldValueShown = { value: diff.left, mark: 'delete' };
      const right: FieldValueShown = { value: diff.right, mark: 'insert' };
      const values = side === 'left' ? [left] : side === 'right' ? [right] : [left, right].filter((v) => v.value !== null);
      return { kind: 'value-field', key, field: diff.field, values };
    }
  }
}

const PARTS: readonly Exclude<PhotoPart, 'file'>[] = ['caption', 'credit', 'altText'];

function photoShown(row: Row, block: Block, side: PaneSide, wholeMark: Segment['type'] | null): PhotoShown {
  const parts = block.photo!;
  const shown: PhotoShown = { file: parts.file, fileMark: wholeMark ?? 'equal', caption: [], credit: [], altText: [] };
  for (const part of PARTS) {
    const changed = row.photoParts.find((p) => p.part === part);
    shown[part] = wholeMark ? whole(wholeMark, parts[part]) : changed?.diff ? pick(changed.diff, side) : plain(parts[part]);
  }
  if (!wholeMark && row.photoParts.some((p) => p.part === 'file')) shown.fileMark = side === 'left' ? 'delete' : 'insert';
  return shown;
}

function blockCell(rows: readonly Row[], index: number, side: PaneSide): Cell {
  const row = rows[index]!;
  const key = rowKey(index);
  const base = { kind: 'block' as const, key, rowKind: row.kind };
  // The merged pane reads like the right draft, with what the left lost put back as deleted.
  const from = side === 'merged' ? (row.right ? 'right' : 'left') : side;
  const block = row[from];
  if (!block) return { ...base, block: null, from, text: [], photo: null, moved: null, formatting: [] };
  const moved = row.kind !== 'moved' ? null : row.movedTo !== null ? 'from' : 'to';
  if (side === 'merged' && moved === 'from') return { ...base, block, from, text: [], photo: null, moved, formatting: [] };
  const wholeMark: Segment['type'] | null = row.kind === 'inserted' ? 'insert' : row.kind === 'deleted' ? 'delete' : null;
  const text = !row.diff || wholeMark
    ? styled(wholeMark ? whole(wholeMark, block.text) : plain(block.text), block.runs)
    : side === 'merged'
      ? styledMerged(row, row.left ?? rows[row.movedFrom!]!.left!, block)
      : styled(pick(row.diff, side), block.runs);
  const photo = block.photo ? photoShown(row, block, side, wholeMark) : null;
  return { ...base, block, from, text, photo, moved, formatting: side === 'merged' ? row.formatting : [] };
}

/** The lines of one pane, in order; every pane of one comparison has the same keys in the same order. */
export function paneCells(comparison: Comparison, side: PaneSide): Cell[] {
  const headline = comparison.fields.find((f) => f.field === 'headline');
  const source = side === 'left' ? comparison.left : comparison.right;
  const cells: Cell[] = [
    headline && headline.shape === 'text'
      ? { kind: 'headline', key: 'headline', segments: pick(headline.diff, side) }
      : { kind: 'headline', key: 'headline', segments: plain(source.headline) },
  ];
  for (const diff of comparison.fields) if (diff.field !== 'headline') cells.push(fieldCell(diff, side));
  comparison.rows.forEach((_, index) => cells.push(blockCell(comparison.rows, index, side)));
  return cells;
}

/** Where a change of the Changes list is shown: the key of its line. */
export function changeTarget(change: Comparison['changes'][number]): string {
  return change.kind === 'field' ? fieldKey(change.field) : rowKey(change.rowIndex);
}

interface TreeNode {
  type: string;
  listType?: string;
  start?: number;
  children?: TreeNode[];
}

/** A list item's marker as the editor prints it ("3." in a numbered list, "•" otherwise) and its depth. */
export function listMarker(body: Article['body'], path: readonly number[]): { marker: string; depth: number } {
  let node: TreeNode = body.root as unknown as TreeNode;
  let list: TreeNode | null = null;
  for (const index of path.slice(0, -1)) {
    node = node.children?.[index] ?? node;
    if (node.type === 'list') list = node;
  }
  const depth = Math.max(0, (path.length - 2) / 2);
  if (list?.listType !== 'number') return { marker: '•', depth };
  return { marker: `${(list.start ?? 1) + path.at(-1)!}.`, depth };
}
