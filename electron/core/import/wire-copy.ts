import type { Contributor } from '../../common/article.js';
import { wallClockToZonedIso, type WallClock } from '../../common/rules/zoned-time.js';
import { addSource, agencyCredit, chromeKind, isLabel, knownAgency, readDateline, SENTENCE_END, wordCount } from './wire-chrome.js';

/**
 * Plain wire copy as it is copied off a news site's page or an agency's feed. Two layouts:
 *
 * - The sample site's (test/fixtures/seed-article.txt): masthead, menu and ad lines, the headline,
 *   a date line (`Tue 15 Apr 2025 | 08:18 AM`), the lead photo's alt text and caption, the byline,
 *   then one paragraph per line.
 * - Any other page: site chrome above the headline (menus, the site's name), the headline (the
 *   first line of four words or more above the story), bylines, time stamps and photo labels
 *   between it and the story, the story (from its first full sentence on), and chrome, related
 *   headlines, credits and footers among and after its paragraphs. A text without a full sentence
 *   is read simply: its first line is the headline, an optional "By" line, every further line a
 *   paragraph.
 *
 * Both take the dateline off the first paragraph ("CAIRO, April 15 (Reuters) -"), the agency
 * credits ("(Reporting by …; Editing by …)", "© Reuters", "— AFP") out of the body into the
 * byline and sources, and drop the chrome lines wire-chrome.ts knows, and only those.
 */
export interface WireCopy {
  headline: string;
  /** Only when the text has the sample site's date line. */
  published: { publishAt: string; timeZone: string } | null;
  /** The lead photo's texts; the copy never carries the image itself. */
  photo: { altText: string; caption: string } | null;
  /** From the "By" line and the agency credits. */
  byline: Contributor[];
  /** "CAIRO", from the first paragraph's dateline; '' when it has none. */
  dateline: string;
  /** Agencies named by the dateline, a sign-off or a copyright line. */
  sources: string[];
  paragraphs: string[];
  /** Lines that are neither chrome nor story (photo captions, labels), left out for the user to check. */
  leftOut: string[];
}

/** The sample site prints Cairo time. */
export const WIRE_TIME_ZONE = 'Africa/Cairo';
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const DATE_LINE = new RegExp(
  `^(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?\\s+(\\d{1,2})\\s+(${MONTHS.join('|')})[a-z]*\\.?\\s+(\\d{4})\\s*\\|\\s*(\\d{1,2}):(\\d{2})\\s*([ap]m)$`,
  'i',
);

/** Alt text, caption and byline: at most this many short lines sit between the date and the body. */
const MAX_HEADER_LINES = 3;
/** The story starts with its first sentence of at least this many words (or with a dateline). */
const MIN_LEAD_WORDS = 10;
/** A headline has at least this many words; a site's name or a menu item has fewer. */
const MIN_HEADLINE_WORDS = 4;
const MAX_BYLINE_WORDS = 14;
const MAX_LABEL_WORDS = 12;
const BYLINE_PREFIX = /^(?:by\s+|كتب(?:ت|ه)?\s*[:：\-–]?\s*|بقلم\s*[:：\-–]?\s*)/iu;
/** A line naming an outlet or a desk, printed after a byline: "BBC News, Cairo", "Reuters", "مراسل الجزيرة". */
const AFFILIATION =
  /\b(?:news|press|reuters|afp|agence|associated|bbc|cnn|al jazeera|bloomberg|times|post|journal|correspondent|reporter|editor|staff)\b|الجزيرة|رويترز|بي بي سي|وكالة|مراسل|محرر/iu;

/** null for text without a single non-empty line. The headline is empty when nothing stands above the date line. */
export function parseWireCopy(text: string): WireCopy | null {
  const lines = splitLines(text);
  const dateIndex = lines.findIndex((line) => DATE_LINE.test(line));
  const top = dateIndex >= 0 ? readDatedTop(lines, dateIndex) : readTop(lines.filter((line) => line !== ''));
  if (!top) return null;
  const story = readStory(top.body);
  return {
    headline: top.headline,
    published: top.published,
    photo: top.photo,
    byline: mergeContributors(top.byline, story.credits, story.dateline && knownAgency(story.sources[0] ?? '') ? story.sources[0]! : ''),
    dateline: story.dateline,
    sources: story.sources,
    paragraphs: story.paragraphs,
    leftOut: top.leftOut,
  };
}

export function splitLines(text: string): string[] {
  return text.split(/\r\n|\r|\n|\u2028|\u2029/).map((line) => line.replace(/\s+/gu, ' ').trim());
}

interface Top {
  headline: string;
  published: WireCopy['published'];
  photo: WireCopy['photo'];
  byline: Contributor[];
  body: string[];
  leftOut: string[];
}

function readDatedTop(lines: string[], dateIndex: number): Top {
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
    byline: bylineLine === undefined ? [] : bylineContributors(bylineLine),
    body: rest.slice(headerCount),
    leftOut: [],
  };
}

/** Any other page: the story starts at its first full sentence, the headline is above it. */
function readTop(lines: string[]): Top | null {
  if (lines.length === 0) return null;
  const start = lines.findIndex((line, index) => index > 0 && !chromeKind(line) && isLead(line));
  if (start < 0) return readSimple(lines);
  const headlineAt = headlineIndex(lines.slice(0, start));
  const top: Top = { headline: lines[headlineAt] ?? '', published: null, photo: null, byline: [], body: [], leftOut: [] };
  const header = lines.slice(headlineAt + 1, start);
  for (let i = 0; i < header.length; i++) {
    const line = header[i]!;
    const next = header[i + 1];
    const kind = chromeKind(line);
    if (isByline(line) || (!kind && isName(line) && next !== undefined && isAffiliation(next))) {
      const people = isByline(line) ? bylineContributors(line) : [contributor(line, 'writer', '')];
      if (next !== undefined && isAffiliation(next)) {
        for (const person of people) person.affiliation ||= next.slice(0, 200);
        i++;
      }
      top.byline.push(...people);
    }
    // A short sentence between the headline and the lead (a standfirst) is the story's.
    else if (!kind && SENTENCE_END.test(line)) top.body.push(line);
    else if (!kind) top.leftOut.push(line);
  }
  top.body.push(...lines.slice(start));
  return top;
}

/**
 * The headline among the lines above the story: the last line of four words or more before the
 * first byline or time stamp (a site's tagline can stand above the headline), or else the first
 * such line (a site's name or menu items have fewer), or else the last line.
 */
function headlineIndex(above: string[]): number {
  const anchor = above.findIndex((line, index) => index > 0 && (isByline(line) || chromeKind(line) === 'time'));
  const candidates = above.map((line, index) => ({ line, index })).filter(({ line }) => !chromeKind(line) && !isByline(line));
  const long = candidates.filter(({ line }) => wordCount(line) >= MIN_HEADLINE_WORDS);
  const beforeAnchor = anchor < 0 ? [] : long.filter(({ index }) => index < anchor);
  return (beforeAnchor.at(-1) ?? long[0] ?? candidates.at(-1))?.index ?? -1;
}

/** A name standing alone, as BBC pages print the byline: two to four capitalised words, or Arabic words. */
function isName(line: string): boolean {
  const words = line.split(' ');
  return words.length >= 2 && words.length <= 4 && words.every((word) => /^(?:\p{Lu}[\p{L}'’.-]*|\p{Script=Arabic}+)$/u.test(word));
}

export function isAffiliation(line: string): boolean {
  return isLabel(line, 6) && AFFILIATION.test(line) && !chromeKind(line);
}

function readSimple([headline, ...rest]: string[]): Top {
  const hasByline = rest.length > 1 && isByline(rest[0]!);
  return {
    headline: headline!,
    published: null,
    photo: null,
    byline: hasByline ? bylineContributors(rest[0]!) : [],
    body: hasByline ? rest.slice(1) : rest,
    leftOut: [],
  };
}

function isLead(line: string): boolean {
  return readDateline(line) !== null || (SENTENCE_END.test(line) && wordCount(line) >= MIN_LEAD_WORDS);
}

/** "By Nada Mustafa", "By SAMY MAGDY", "كتب: ندى مصطفى": a name follows the prefix, and no sentence ends. */
export function isByline(line: string): boolean {
  const prefix = BYLINE_PREFIX.exec(line);
  return (
    prefix !== null &&
    wordCount(line) <= MAX_BYLINE_WORDS &&
    !SENTENCE_END.test(line) &&
    /^(?:\p{Lu}|\p{Script=Arabic})/u.test(line.slice(prefix[0].length))
  );
}

export interface Story {
  paragraphs: string[];
  dateline: string;
  sources: string[];
  /** From the agency credit lines, with their roles. */
  credits: Contributor[];
}

/**
 * The story's lines, one paragraph each: chrome dropped (and, after a "Related"/"Read more" line,
 * the other stories' headlines up to the next sentence), credits and sign-offs taken out into
 * contributors and sources, the first paragraph's dateline taken off. Used for plain text and
 * for IPTC 7901 copy.
 */
export function readStory(lines: readonly string[]): Story {
  const story: Story = { paragraphs: [], dateline: '', sources: [], credits: [] };
  let inRelated = false;
  for (const line of lines) {
    if (line === '') continue;
    const kind = chromeKind(line);
    const agency = agencyCredit(line);
    const credits = creditContributors(line);
    const named = SOURCE_LINE.exec(line)?.[1];
    if (named) for (const source of named.split(/\s*(?:\+|,|،|\s&\s|\sand\s|\sو\s)\s*/u)) if (source) addSource(story.sources, source);
    if (agency) addSource(story.sources, agency);
    if (credits) story.credits.push(...credits);
    if (kind === 'related') inRelated = true;
    // Other stories' headlines: labels, or short questions ("Why is Egypt's economy struggling?").
    else if (inRelated && (isLabel(line, 20) || (/[?؟]$/u.test(line) && wordCount(line) <= MAX_LABEL_WORDS))) continue;
    else inRelated = false;
    if (kind || agency || credits || named) continue;
    if (story.paragraphs.length === 0 && isByline(line)) {
      story.credits.push(...bylineContributors(line));
      continue;
    }
    story.paragraphs.push(line);
  }
  const first = story.paragraphs[0] === undefined ? null : readDateline(story.paragraphs[0]);
  if (first) {
    story.paragraphs[0] = first.rest;
    story.dateline = first.place;
    if (first.source) addSource(story.sources, first.source, true);
  }
  return story;
}

/** "Source: Al Jazeera and news agencies", "المصدر : الجزيرة + وكالات". */
const SOURCE_LINE = /^(?:sources?|المصدر|المصادر)\s*[:：]\s*([^.!?؟]{1,80})$/iu;

/** `By Nada Mustafa and Omar Ali`, `By SAMY MAGDY, Associated Press`, `By Sally Nabil | BBC News`, `كتب: ندى مصطفى`. */
export function bylineContributors(line: string): Contributor[] {
  const parts = line.replace(BYLINE_PREFIX, '').split(/\s+[|/]\s+/u);
  const segments = parts[0]!.split(/\s*[,،]\s*/u);
  // Segments naming an outlet ("Associated Press", "BBC News") are the affiliation, not names.
  const outlet = [...segments.filter((s, i) => i > 0 && AFFILIATION.test(s)), ...parts.slice(1)].join(', ');
  const names = segments.filter((s, i) => i === 0 || !AFFILIATION.test(s)).flatMap(splitNames);
  return names.map((name) => contributor(name, 'writer', outlet));
}

function splitNames(names: string): string[] {
  return names
    .split(/\s+and\s+|\s*&\s*|\s+و\s+/iu)
    .map((name) => name.trim())
    .filter((name) => name !== '');
}

function contributor(name: string, role: Contributor['role'], affiliation: string): Contributor {
  return { name: name.slice(0, 200), role, affiliation: affiliation.slice(0, 200) };
}

/** "Reporting by", "Writing by", "Editing by", and Reuters' Arabic desk's "إعداد", "تحرير". */
const CREDIT_ROLES: ReadonlyArray<[RegExp, Contributor['role']]> = [
  [/^additional reporting by\s+/i, 'contributor'],
  [/^(?:reporting|reported) by\s+/i, 'reporter'],
  [/^(?:writing|written|compiled|compiling) by\s+/i, 'writer'],
  [/^(?:editing|edited) by\s+/i, 'editor'],
  [/^(?:شارك في التغطية|تغطية إضافية)\s*[:：]?\s*/u, 'contributor'],
  [/^(?:إعداد|كتابة)\s*[:：]?\s*/u, 'writer'],
  [/^(?:تحرير|مراجعة)\s*[:：]?\s*/u, 'editor'],
];
const MAX_CREDIT_WORDS = 40;
const MAX_NAME_WORDS = 4;

/**
 * A credit line standing alone, "(Reporting by Aidan Lewis in Cairo; Editing by Alex Richardson)"
 * or "(إعداد محمد أيسم للنشرة العربية - تحرير سها جادو)": its people with their roles, or null
 * when the line is anything else (every segment must be a credit).
 */
export function creditContributors(line: string): Contributor[] | null {
  if (wordCount(line) > MAX_CREDIT_WORDS) return null;
  const inner = line.replace(/^\(\s*/, '').replace(/\s*\)\.?$/, '');
  const segments = inner.split(/\s*[;؛]\s*|\s+[-–—]\s+/u).filter((s) => s !== '');
  const people: Contributor[] = [];
  for (const segment of segments) {
    const role = CREDIT_ROLES.find(([prefix]) => prefix.test(segment));
    if (!role) return null;
    // Each name may carry its place ("Aidan Lewis in Cairo"); Reuters' Arabic desk adds "للنشرة العربية".
    const names = splitNames(segment.replace(role[0], '')).map((name) => name.replace(/\s+(?:in|from)\s+\p{Lu}[\p{L} .'-]*$|\s+(?:في|من)\s+\S+$|\s+للنشرة العربية$/u, ''));
    // A sentence that starts like a credit ("Reporting by the state news agency said…") names no people.
    if (names.some((name) => wordCount(name) > MAX_NAME_WORDS || SENTENCE_END.test(name) || !/^(?:\p{Lu}|\p{Script=Arabic})/u.test(name))) return null;
    people.push(...names.map((name) => contributor(name, role[1], '')));
  }
  return people.length ? people : null;
}

/** The byline's people first, then the credits' (each once); with an agency's dateline, its people are the agency's. */
function mergeContributors(byline: Contributor[], credits: Contributor[], agency: string): Contributor[] {
  const all = [...byline];
  for (const person of credits) if (!all.some((other) => other.name === person.name)) all.push(person);
  return all.map((person) => ({ ...person, affiliation: person.affiliation || agency }));
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
