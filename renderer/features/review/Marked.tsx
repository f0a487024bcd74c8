import { Fragment } from 'react';
import type { Segment } from '../../../electron/common/rules/compare/compare.js';

/**
 * Text with its marked runs as real `ins` and `del` elements. Each run is one text node: the
 * engine cuts only between words, so Arabic letters and their marks are never split apart.
 */
export function Marked({ segments }: { segments: readonly Segment[] }) {
  return (
    <>
      {segments.map((segment, i) =>
        segment.type === 'insert' ? (
          <ins key={i}>{segment.text}</ins>
        ) : segment.type === 'delete' ? (
          <del key={i}>{segment.text}</del>
        ) : (
          <Fragment key={i}>{segment.text}</Fragment>
        ),
      )}
    </>
  );
}

