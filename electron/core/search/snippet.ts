import type { SnippetSegment } from '../../common/search.js';
import { indexTerms, WORD_PATTERN } from './normalize.js';

/** Words in a snippet: enough for a line or two of the sidebar. */
const WINDOW_WORDS = 24;
/** Words shown before the first match, so the passage does not start on the match itself. */
const LEAD_IN_WORDS = 4;
/** A very long article is only scanned this far for its best passage. */
const MAX_SCANNED_WORDS = 5000;

/**
 * The passage of `text` with the most of the matched words (index terms, already normalised),
 * cut to a window of words, as plain and highlighted pieces; the scan stops at a window with
 * `wanted` distinct matched words. null when no word of `text` matches.
 */
export function snippet(text: string, matched: ReadonlySet<string>, wanted = matched.size): SnippetSegment[] | null {
  // Words are found and normalised only as far as the scan goes: it usually stops at the first good window.
  const words = new RegExp(WORD_PATTERN);
  const spans: Array<{ start: number; end: number; word: string }> = [];
  let exhausted = false;
  const spanAt = (i: number) => {
    while (!exhausted && spans.length <= i && spans.length < MAX_SCANNED_WORDS) {
      // exec starts over at the beginning once it has found the last word: stop there.
      const m = words.exec(text);
      if (m) spans.push({ start: m.index, end: m.index + m[0].length, word: m[0] });
      else exhausted = true;
    }
    return spans[i];
  };
  const terms: Array<string | null> = [];
  const termAt = (i: number): string | null | undefined => {
    const span = spanAt(i);
    if (!span) return undefined;
    return (terms[i] ??= indexTerms(span.word).find((term) => matched.has(term)) ?? null);
  };
  const best = bestWindow(termAt, wanted);
  if (best === null) return null;

  const first = Math.max(0, best - LEAD_IN_WORDS);
  let last = first;
  while (last + 1 < first + WINDOW_WORDS && spanAt(last + 1)) last++;
  const segments: SnippetSegment[] = [];
  const push = (piece: string, match: boolean) => {
    if (piece === '') return;
    const previous = segments.at(-1);
    if (previous && !previous.match && !match) previous.text += piece;
    else segments.push({ text: piece, match });
  };
  if (first > 0) push('… ', false);
  let cursor = spans[first]!.start;
  for (let i = first; i <= last; i++) {
    const span = spans[i]!;
    push(text.slice(cursor, span.start).replace(/\s+/g, ' '), false);
    push(span.word, termAt(i) !== null);
    cursor = span.end;
  }
  if (spanAt(last + 1)) push(' …', false);
  else push(text.slice(cursor).replace(/\s+/g, ' ').trimEnd(), false);
  return segments;
}

/** Where the window with the most distinct matched terms starts; null when nothing matches. */
function bestWindow(termAt: (i: number) => string | null | undefined, wanted: number): number | null {
  let best: number | null = null;
  let bestCount = 0;
  for (let start = 0; termAt(start) !== undefined && bestCount < wanted; start++) {
    if (termAt(start) === null) continue;
    const seen = new Set<string>();
    for (let i = start; i < start + WINDOW_WORDS - LEAD_IN_WORDS; i++) {
      const term = termAt(i);
      if (term === undefined) break;
      if (term !== null) seen.add(term);
    }
    if (seen.size > bestCount) {
      best = start;
      bestCount = seen.size;
    }
  }
  return best;
}
