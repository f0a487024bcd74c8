import type { Contributor, Priority } from '../../common/article.js';
import { chromeKind } from './wire-chrome.js';
import { bylineContributors, isAffiliation, isByline, readStory, splitLines, type Story } from './wire-copy.js';

/**
 * IPTC 7901 (and its ANPA 1312 cousin), the agencies' old teleprinter format: SOH (0x01), a
 * header line (service identification and message number, priority, category, word count; ANPA
 * puts the keyword there too), an optional keyword (slugline) line, STX (0x02), the text — the
 * headline, a byline and paragraphs indented by a tab or spaces, lines wrapped inside them — ETX
 * (0x03) and, after it, the trailer (EOT 0x04 or a time stamp).
 *
 * The keyword becomes a tag (the CMS slug follows the headline in Masthead; the agency's slug
 * names the story for the desk); the priority becomes the article's; the category is not kept.
 */
export interface Transmission {
  service: string;
  messageNumber: string;
  priority: Priority | null;
  category: string;
  wordCount: number | null;
  keyword: string;
  headline: string;
  byline: Contributor[];
  story: Story;
}

/** SOH, then STX further on: a 7901 transmission (SYN padding may come first). */
const FRAME = /^[\s\u0016]*\u0001[^\u0002]*\u0002/;
/** The control characters of the frame: SOH, STX, ETX, EOT, SYN. */
export const FRAME_CONTROLS = /[\u0001-\u0004\u0016]/g;

export function isIptc7901(text: string): boolean {
  return FRAME.test(text);
}

/** IPTC 7901 priorities are 1 (flash) to 6; ANPA's are letters (f flash, b bulletin, u urgent, r routine, d deferred…). */
function priorityOf(code: string): Priority | null {
  const lower = code.toLowerCase();
  if (lower === '1' || lower === 'f' || lower === 'b') return 'breaking';
  if (lower === '2' || lower === '3' || lower === 'u') return 'urgent';
  if (/^[4-6rdas]$/.test(lower)) return 'normal';
  return null;
}

/** Lines of the text closing a take or a message: "(MORE)", "END", "NNNN", "-0-", "AP-WF-04-15-25 0832GMT". */
const TRAILER = /^(?:\(?more\)?|\(?ends?\)?|nnnn|-0-|#+|=+|[A-Z]{2,}(?:-[A-Z]{2,})?-\d\d-\d\d-\d\d \d{4}\s?(?:GMT|UTC|EDT|EST)?|\d{6}\s?(?:GMT|UTC)(?:\s\w{3}\s\d\d)?)$/i;
/** ANPA marks: `^` opens a headline or a paragraph, `<` ends a line set flush left. */
const ANPA_MARKS = /^\^|<$/g;

export function parseIptc7901(text: string): Transmission {
  const soh = text.indexOf('\u0001');
  const stx = text.indexOf('\u0002', soh);
  const etx = text.indexOf('\u0003', stx);
  const header = splitLines(text.slice(soh + 1, stx).replace(FRAME_CONTROLS, '')).filter((line) => line !== '');
  const body = text.slice(stx + 1, etx < 0 ? undefined : etx).replace(FRAME_CONTROLS, '');
  const fields = headerFields(header);

  const paragraphs = indentedParagraphs(body).filter((line) => !TRAILER.test(line) && line !== fields.keyword && line !== fields.rawKeyword);
  // The unindented lines before the first paragraph: the headline, then a byline.
  const headlineAt = paragraphs.findIndex((line) => !chromeKind(line));
  const headline = paragraphs[headlineAt] ?? '';
  let rest = paragraphs.slice(headlineAt + 1);
  const byline: Contributor[] = [];
  while (rest[0] !== undefined && isByline(rest[0])) {
    const people = bylineContributors(rest[0]);
    rest = rest.slice(1);
    // ANPA copy names the agency on the line after the byline ("Associated Press").
    if (rest[0] !== undefined && isAffiliation(rest[0])) {
      for (const person of people) person.affiliation ||= rest[0].slice(0, 200);
      rest = rest.slice(1);
    }
    byline.push(...people);
  }
  return { ...fields, headline, byline, story: readStory(rest) };
}

interface HeaderFields {
  service: string;
  messageNumber: string;
  priority: Priority | null;
  category: string;
  wordCount: number | null;
  keyword: string;
  /** The keyword as the header prints it ("BC-Egypt-Rates"), which the text may repeat. */
  rawKeyword: string;
}

/** `AFP0123 4 POL 0456` (IPTC 7901) or `a0123 r f BC-Egypt-Rates 04-15 0456` (ANPA); a second line is the keyword. */
function headerFields(header: string[]): HeaderFields {
  const tokens = (header[0] ?? '').split(/\s+/).filter(Boolean);
  const first = /^([A-Za-z]+)(\d*)$/.exec(tokens[0] ?? '');
  let at = first ? 1 : 0;
  const service = first?.[1] ?? '';
  let messageNumber = first?.[2] ?? '';
  if (!messageNumber && /^\d+$/.test(tokens[at] ?? '')) messageNumber = tokens[at++]!;
  const priorityToken = tokens[at] !== undefined && priorityOf(tokens[at]!) ? tokens[at++]! : '';
  const category = /^[A-Za-z]{1,3}$/.test(tokens[at] ?? '') ? tokens[at++]! : '';
  const anpaKeyword = tokens.slice(at).find((token) => /^[A-Z]{2}-\S/i.test(token)) ?? '';
  const last = tokens.at(-1);
  const wordCount = tokens.length > at && last !== undefined && /^\d{2,5}$/.test(last) ? Number(last) : null;
  const rawKeyword = (header[1] ?? anpaKeyword).replace(/,\d+$/, '').trim();
  return {
    service,
    messageNumber,
    priority: priorityToken ? priorityOf(priorityToken) : null,
    category,
    wordCount,
    keyword: rawKeyword.replace(/^(?:BC|AM|PM|WA)-/i, ''),
    rawKeyword,
  };
}

/**
 * One entry per paragraph: a line indented by a tab or two spaces (or after a blank line) opens
 * one, an unindented line after it continues it. The lines before the first indented one
 * (headline, byline) stand each on their own.
 */
function indentedParagraphs(body: string): string[] {
  const out: string[] = [];
  let open = false;
  for (const raw of body.split(/\r\n|\r|\n/)) {
    const line = raw.replace(ANPA_MARKS, '');
    const text = line.replace(/\s+/g, ' ').trim();
    if (text === '') {
      open = false;
      continue;
    }
    const indented = /^(?:\t| {2,})/.test(line);
    // A trailer or a bracketed note (Reuters' contact line) stands apart.
    if (open && !indented && !TRAILER.test(text) && !text.startsWith('(')) out[out.length - 1] += ` ${text}`;
    else out.push(text);
    if (indented) open = true;
  }
  return out;
}
