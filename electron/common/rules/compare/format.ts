import { diffArrays } from 'diff';
import { FORMAT_BITS, type Block, type BlockKind, type FormatMark, type InlineRun } from './blocks.js';
import { firstWords, tokenize } from './words.js';

/**
 * What changed in how a block looks, beside its words: a format made or unmade on some words
 * (bold, italic, underline, strikethrough), a link added, removed or pointed elsewhere, or the
 * block turned into another type (a paragraph into a quote, a bulleted item into a numbered one).
 * Words are matched as the word diff matches them, so a word both reworded and made bold is
 * marked as a word change, and formatting is read only on the words the two sides share.
 */
export interface BlockType {
  kind: BlockKind;
  variant: string;
}

export type FormatChange =
  | { type: 'mark'; mark: FormatMark; added: boolean; text: string }
  | { type: 'link'; from: string | null; to: string | null; text: string }
  | { type: 'block'; from: BlockType; to: BlockType };

const MARKS = Object.keys(FORMAT_BITS) as FormatMark[];
/** How many words of the formatted text a change quotes ("Made bold: “Dmitry Peskov”"). */
const QUOTED_WORDS = 6;

interface StyledTokens {
  keys: string[];
  /** Each token's start in the text, its end, and the run its first character is in. */
  starts: number[];
  ends: number[];
  runs: InlineRun[];
}

/** The block's tokens other than whitespace, each with the run its first character is in. */
function styledTokens(block: Block): StyledTokens {
  const out: StyledTokens = { keys: [], starts: [], ends: [], runs: [] };
  let run = 0;
  let runEnd = block.runs[0]?.text.length ?? 0;
  let at = 0;
  for (const token of tokenize(block.text)) {
    while (at >= runEnd && run < block.runs.length - 1) runEnd += block.runs[++run]!.text.length;
    if (token.trim()) {
      out.keys.push(token.normalize('NFC'));
      out.starts.push(at);
      out.ends.push(at + token.length);
      out.runs.push(block.runs[run]!);
    }
    at += token.length;
  }
  return out;
}

const sameLook = (a: InlineRun, b: InlineRun) => a.format === b.format && a.link === b.link;

/** The changes one stretch of shared words went through, going from the `from` look to `to`. */
function lookChanges(from: InlineRun, to: InlineRun, text: string): FormatChange[] {
  const changes: FormatChange[] = [];
  for (const mark of MARKS) {
    const bit = FORMAT_BITS[mark];
    if ((from.format & bit) !== (to.format & bit)) changes.push({ type: 'mark', mark, added: (to.format & bit) !== 0, text });
  }
  if (from.link !== to.link) changes.push({ type: 'link', from: from.link, to: to.link, text });
  return changes;
}

export function formatChanges(left: Block, right: Block): FormatChange[] {
  const changes: FormatChange[] = [];
  if (left.kind !== right.kind || left.variant !== right.variant) {
    changes.push({ type: 'block', from: { kind: left.kind, variant: left.variant }, to: { kind: right.kind, variant: right.variant } });
  }
  // Blocks without any formatting on either side need no word matching.
  if (left.photo || right.photo || (left.formatKey === '' && right.formatKey === '')) return changes;
  const a = styledTokens(left);
  const b = styledTokens(right);
  // A stretch of shared words whose look changed the same way: [first, last] right token.
  let stretch: { first: number; last: number; from: InlineRun; to: InlineRun } | null = null;
  const close = () => {
    if (!stretch) return;
    const text = firstWords(right.text.slice(b.starts[stretch.first], b.ends[stretch.last]), QUOTED_WORDS);
    changes.push(...lookChanges(stretch.from, stretch.to, text));
    stretch = null;
  };
  let i = 0;
  let j = 0;
  for (const change of diffArrays(a.keys, b.keys)) {
    if (change.removed) i += change.count;
    else if (change.added) j += change.count;
    else {
      for (let k = 0; k < change.count; k++, i++, j++) {
        const from = a.runs[i]!;
        const to = b.runs[j]!;
        if (sameLook(from, to)) close();
        else if (stretch && sameLook(stretch.from, from) && sameLook(stretch.to, to)) stretch.last = j;
        else {
          close();
          stretch = { first: j, last: j, from, to };
        }
      }
    }
    // Shared words on either side of a word change are two stretches.
    if (change.removed || change.added) close();
  }
  close();
  return changes;
}
