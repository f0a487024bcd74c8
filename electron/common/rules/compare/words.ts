import { diffArrays } from 'diff';
import { scanWords } from '../text.js';

/**
 * Word-level diff for English and Arabic text.
 *
 * The diff's unit is finer than a word: a run of letters, digits and combining marks, joined by
 * apostrophes or hyphens, so a changed comma in "40,000" marks the comma and not the number. How
 * many words a change adds or removes counts the words (as countWords in ../text.ts reads them)
 * that hold a marked character, so "+12 words" here agrees with the status bar's word counter and
 * "40,000" → "42,500" is one word out and one in (a comma added after a word changes none). Arabic
 * diacritics (U+064B–U+065F, U+0670) are marks and tatweel (U+0640) is a letter, so a word is never
 * cut between a letter and its mark; ZWNJ/ZWJ shape letters inside a word and stay in it too.
 * Whitespace runs separate words; every other character (، ؛ ؟ « » and ASCII punctuation) is a
 * token of its own, so a changed comma marks the comma and not the word before it.
 */
const WORD_CHAR = '\\p{L}\\p{N}\\p{M}\\u200C\\u200D';
/**
 * A run longer than any word (1,000 letters, or 1,000 joined parts) is taken a piece at a time:
 * matching millions of letters at once overflows the regular expression engine's stack in text
 * that is not all Latin-1.
 */
const TOKEN = new RegExp(`[${WORD_CHAR}]{1,1000}(?:['’\\-][${WORD_CHAR}]{1,1000}){0,1000}|\\s+|[^]`, 'gu');
const STARTS_WORD = new RegExp(`^[${WORD_CHAR}]`, 'u');
const STARTS_SPACE = /^\s/u;

export type SegmentType = 'equal' | 'insert' | 'delete';

/** One run of a diff: text shown plain, or marked as inserted (`ins`) or deleted (`del`). */
export interface Segment {
  type: SegmentType;
  text: string;
}

export interface WordDiff {
  /** The left text as equal and deleted runs; their texts join to the left text exactly. */
  left: Segment[];
  /** The right text as equal and inserted runs; their texts join to the right text exactly. */
  right: Segment[];
  /** The track-changes view: the right text with the left's deleted runs in place. */
  merged: Segment[];
  /** Words (not punctuation) inserted and deleted. */
  added: number;
  removed: number;
}

/** Words, whitespace runs and single punctuation characters; they join to `text` exactly. */
export function tokenize(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

function isWord(token: string): boolean {
  return STARTS_WORD.test(token);
}

/** The words of a text, without whitespace or punctuation. */
export function wordsOf(text: string): string[] {
  return tokenize(text).filter(isWord);
}

/**
 * The first `count` words of a text and what lies between them, whitespace collapsed, with an
 * ellipsis when there is more. Reads no further than it needs: paragraphs can be long.
 */
export function firstWords(text: string, count: number): string {
  let out = '';
  let words = 0;
  for (const [token] of text.matchAll(TOKEN)) {
    if (isWord(token) && ++words > count) return `${out.trimEnd()}…`;
    out += STARTS_SPACE.test(token) ? ' ' : token;
  }
  return out.trim();
}

/**
 * The form two texts are compared in: canonical Unicode (the same Arabic word can be typed with
 * shadda before or after fatha) and whitespace collapsed, since a doubled space is not a change an
 * editor can see.
 */
export function normalizeText(text: string): string {
  return text.normalize('NFC').replace(/\s+/gu, ' ').trim();
}

/**
 * The text cut into units of one token plus the whitespace after it. Units are compared by their
 * token alone, so "hello" at the end of a paragraph still matches "hello " in the middle of one.
 */
interface Units {
  lead: string;
  keys: string[];
  tokens: string[];
  spaces: string[];
}

function toUnits(text: string): Units {
  const units: Units = { lead: '', keys: [], tokens: [], spaces: [] };
  for (const token of tokenize(text)) {
    if (STARTS_SPACE.test(token)) {
      const last = units.spaces.length - 1;
      if (last < 0) units.lead += token;
      else units.spaces[last] += token;
    } else {
      units.keys.push(token.normalize('NFC'));
      units.tokens.push(token);
      units.spaces.push('');
    }
  }
  return units;
}

/** Appends runs, joining a run to the one before it when they are of the same type. */
class Runs {
  readonly segments: Segment[] = [];

  push(type: SegmentType, text: string): void {
    if (!text) return;
    const last = this.segments[this.segments.length - 1];
    if (last?.type === type) last.text += text;
    else this.segments.push({ type, text });
  }

  /**
   * A marked run of units: the whitespace after its last unit stays unmarked, so a deleted word
   * is struck through without the space that follows it.
   */
  pushMarked(type: SegmentType, units: Units, from: number, count: number): void {
    let text = '';
    for (let k = from; k < from + count; k++) text += k < from + count - 1 ? units.tokens[k]! + units.spaces[k]! : units.tokens[k]!;
    this.push(type, text);
    this.push('equal', units.spaces[from + count - 1]!);
  }
}

export function diffWords(leftText: string, rightText: string): WordDiff {
  const a = toUnits(leftText);
  const b = toUnits(rightText);
  const left = new Runs();
  const right = new Runs();
  const merged = new Runs();
  left.push('equal', a.lead);
  right.push('equal', b.lead);
  merged.push('equal', b.lead || a.lead);
  let i = 0;
  let j = 0;
  for (const change of diffArrays(a.keys, b.keys)) {
    if (change.removed) {
      left.pushMarked('delete', a, i, change.count);
      merged.pushMarked('delete', a, i, change.count);
      i += change.count;
    } else if (change.added) {
      right.pushMarked('insert', b, j, change.count);
      merged.pushMarked('insert', b, j, change.count);
      j += change.count;
    } else {
      for (let k = 0; k < change.count; k++, i++, j++) {
        left.push('equal', a.tokens[i]! + a.spaces[i]!);
        right.push('equal', b.tokens[j]! + b.spaces[j]!);
        // The merged view follows the right text, but keeps the left's space where the right
        // has none, so a word deleted at the end does not stick to the word before it.
        merged.push('equal', b.tokens[j]! + (b.spaces[j] || a.spaces[i]!));
      }
    }
  }
  return {
    left: left.segments,
    right: right.segments,
    merged: merged.segments,
    added: wordsMarked(rightText, right.segments),
    removed: wordsMarked(leftText, left.segments),
  };
}

const WORD_MATTER = /[\p{L}\p{N}\p{S}]/u;

/**
 * How many words of `text` have a letter, digit or symbol in a marked run (`segments` join to
 * `text`): a comma added after a word changes no word.
 */
function wordsMarked(text: string, segments: readonly Segment[]): number {
  const marked: Array<[number, number]> = [];
  let offset = 0;
  for (const segment of segments) {
    if (segment.type !== 'equal') marked.push([offset, offset + segment.text.length]);
    offset += segment.text.length;
  }
  let n = 0;
  let k = 0;
  scanWords(text, (start, end) => {
    while (k < marked.length && marked[k]![1] <= start) k++;
    for (let m = k; m < marked.length && marked[m]![0] < end; m++) {
      if (WORD_MATTER.test(text.slice(Math.max(start, marked[m]![0]), Math.min(end, marked[m]![1])))) {
        n++;
        break;
      }
    }
  });
  return n;
}
