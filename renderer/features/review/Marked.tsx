import { Fragment, type ReactNode } from 'react';
import { FORMAT_BITS, type InlineRun, type Segment } from '../../../electron/common/rules/compare/compare.js';
import { textDirection, type TextDirection } from '../../../electron/common/rules/direction.js';
import type { StyledSegment } from './pane-cells';

/**
 * Text with its marked runs as real `ins` and `del` elements. Each run is one text node: the
 * engine cuts only between words, so Arabic letters and their marks are never split apart.
 */
export function Marked({ segments }: { segments: readonly Segment[] }) {
  return (
    <>
      {segments.map((segment, i) => (
        <Mark key={i} type={segment.type}>
          {segment.text}
        </Mark>
      ))}
    </>
  );
}

function Mark({ type, dir, children }: { type: Segment['type']; dir?: 'auto'; children: ReactNode }) {
  if (type === 'insert') return <ins dir={dir}>{children}</ins>;
  if (type === 'delete') return <del dir={dir}>{children}</del>;
  return <>{children}</>;
}

/** The editor's formats as the elements that say them, innermost first. */
const LOOKS = [
  [FORMAT_BITS.strikethrough, 's'],
  [FORMAT_BITS.underline, 'u'],
  [FORMAT_BITS.italic, 'em'],
  [FORMAT_BITS.bold, 'strong'],
] as const;

function Piece({ piece }: { piece: InlineRun }) {
  let node: ReactNode = piece.text;
  for (const [bit, Tag] of LOOKS) if (piece.format & bit) node = <Tag>{node}</Tag>;
  if (piece.link === null) return node;
  return (
    <a className="review-link" href={piece.link} title={piece.link} target="_blank" rel="noreferrer noopener">
      {node}
    </a>
  );
}

/**
 * A block's text with its marks, formats and links. A marked run of the other script (an English
 * name deleted in Arabic copy) is isolated, so a deletion and the insertion after it keep the
 * block's reading order and their own punctuation.
 */
export function StyledMarked({ segments, dir }: { segments: readonly StyledSegment[]; dir: TextDirection }) {
  return (
    <>
      {segments.map((segment, i) => {
        const isolate = segment.type !== 'equal' && (textDirection(segment.text) ?? dir) !== dir;
        return (
          <Mark key={i} type={segment.type} dir={isolate ? 'auto' : undefined}>
            {segment.pieces.map((piece, p) => (
              <Fragment key={p}>
                <Piece piece={piece} />
              </Fragment>
            ))}
          </Mark>
        );
      })}
    </>
  );
}
