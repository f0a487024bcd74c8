import type { Article } from '../../../electron/common/article.js';
import type { Block, Comparison, FieldDiff, FieldName, PhotoPart, Row, Segment } from '../../../electron/common/rules/compare/compare.js';

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
      text: Segment[];
      photo: PhotoShown | null;
      moved: 'from' | 'to' | null;
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

function blockCell(row: Row, index: number, side: PaneSide): Cell {
  const key = rowKey(index);
  const base = { kind: 'block' as const, key, rowKind: row.kind };
  // The merged pane reads like the right draft, with what the left lost put back as deleted.
  const from = side === 'merged' ? (row.right ? 'right' : 'left') : side;
  const block = row[from];
  if (!block) return { ...base, block: null, from, text: [], photo: null, moved: null };
  const moved = row.kind !== 'moved' ? null : row.movedTo !== null ? 'from' : 'to';
  if (side === 'merged' && moved === 'from') return { ...base, block, from, text: [], photo: null, moved };
  const wholeMark: Segment['type'] | null = row.kind === 'inserted' ? 'insert' : row.kind === 'deleted' ? 'delete' : null;
  const text = wholeMark ? whole(wholeMark, block.text) : row.diff ? pick(row.diff, side) : plain(block.text);
  const photo = block.photo ? photoShown(row, block, side, wholeMark) : null;
  return { ...base, block, from, text, photo, moved };
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
  comparison.rows.forEach((row, index) => cells.push(blockCell(row, index, side)));
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
