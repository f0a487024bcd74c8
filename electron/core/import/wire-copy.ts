import { wallClockToZonedIso, type WallClock } from '../../common/rules/zoned-time.js';

/**
 * Plain wire copy as it is copied off a news site page (test/fixtures/seed-article.txt): site
 * masthead, menu and ad lines, the headline, a date line (`Tue 15 Apr 2025 | 08:18 AM`), the lead
 * photo's alt text and caption, the byline, then one paragraph per line. Text without a date line
 * is read more simply: its first line is the headline, every further line a paragraph.
 */
export interface WireCopy {
  headline: string;
  /** Only when the text has a date line. */
  published: { publishAt: string; timeZone: string } | null;
  /** The lead photo's texts; the copy never carries the image itself. */
  photo: { altText: string; caption: string } | null;
  /** Contributor names, without "By". */
  byline: string[];
  paragraphs: string[];
}

/** The site the newsroom copies from prints Cairo time. */
export const WIRE_TIME_ZONE = 'Africa/Cairo';
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const DATE_LINE = new RegExp(
  `^(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?\\s+(\\d{1,2})\\s+(${MONTHS.join('|')})[a-z]*\\.?\\s+(\\d{4})\\s*\\|\\s*(\\d{1,2}):(\\d{2})\\s*([ap]m)$`,
  'i',
);

/** Alt text, caption and byline: at most this many short lines sit between the date and the body. */
const MAX_HEADER_LINES = 3;
/** A line this short that does not end a sentence is a label (caption, byline), not a paragraph. */
const MAX_LABEL_WORDS = 12;
const SENTENCE_END = /[.!?؟…"”'’:»]$/u;
const BYLINE_PREFIX = /^(?:by\s+|كتب(?:ت)?\s*[:：]?\s*|بقلم\s*[:：]?\s*)/iu;

/** null for text without a single non-empty line. The headline is empty when nothing stands above the date line. */
export function parseWireCopy(text: string): WireCopy | null {
  const lines = splitLines(text);
  const dateIndex = lines.findIndex((line) => DATE_LINE.test(line));
  return dateIndex >= 0 ? parseDated(lines, dateIndex) : parseUndated(lines);
}

function splitLines(text: string): string[] {
  return text.split(/\r\n|\r|\n|\u2028|\u2029/).map((line) => line.trim());
}

function parseDated(lines: string[], dateIndex: number): WireCopy {
  // Everything above the headline is the site's masthead, menu and ads.
  const headline = lines.slice(0, dateIndex).findLast((line) => line !== '') ?? '';
  const rest = lines.slice(dateIndex + 1).filter((line) => line !== '');
  let headerCount = 0;
  while (headerCount < Math.min(MAX_HEADER_LINES, rest.length - 1) && isLabel(rest[headerCount]!)) headerCount++;
  const header = rest.slice(0, headerCount);
  // The byline comes last, just above the body; the caption (and the alt text before it) above that.
  const bylineLine = header.pop();
  const caption = header.pop();
  const altText = header.pop() ?? caption;
  const publishAt = wallClockToZonedIso(parseDateLine(lines[dateIndex]!), WIRE_TIME_ZONE);
  return {
    headline,
    published: publishAt ? { publishAt, timeZone: WIRE_TIME_ZONE } : null,
    photo: caption === undefined ? null : { altText: altText!, caption },
    byline: bylineLine === undefined ? [] : bylineNames(bylineLine),
    paragraphs: rest.slice(headerCount),
  };
}

function parseUndated(lines: string[]): WireCopy | null {
  const [headline, ...rest] = lines.filter((line) => line !== '');
  if (headline === undefined) return null;
  const hasByline = rest.length > 1 && BYLINE_PREFIX.test(rest[0]!) && isLabel(rest[0]!);
  return {
    headline,
    published: null,
    photo: null,
    byline: hasByline ? bylineNames(rest[0]!) : [],
    paragraphs: hasByline ? rest.slice(1) : rest,
  };
}

function isLabel(line: string): boolean {
  return line.split(/\s+/).length <= MAX_LABEL_WORDS && !SENTENCE_END.test(line);
}

/** `By Nada Mustafa and Omar Ali` → both names; Arabic `كتب: …` loses its prefix. */
function bylineNames(line: string): string[] {
  return line
    .replace(BYLINE_PREFIX, '')
    .split(/\s*,\s*|\s+and\s+|\s*&\s*/i)
    .map((name) => name.trim())
    .filter((name) => name !== '');
}

function parseDateLine(line: string): WallClock {
  const [, day, month, year, hour, minute, meridiem] = DATE_LINE.exec(line)!;
  const hour12 = Number(hour) % 12;
  return {
    year: Number(year),
    month: MONTHS.indexOf(month!.toLowerCase()) + 1,
    day: Number(day),
    hour: meridiem!.toLowerCase() === 'pm' ? hour12 + 12 : hour12,
    minute: Number(minute),
  };
}
