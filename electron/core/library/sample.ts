import { randomUUID } from 'node:crypto';
import { Article, SCHEMA_VERSION } from '../../common/article.js';
import { paragraph } from '../../common/lexical-nodes.js';
import { zonedIsoString } from './zoned-time.js';

/** The seed article is a page copied from the newsroom's English site, in Cairo. */
const SAMPLE_TIME_ZONE = 'Africa/Cairo';
const DATE_LINE = /^(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?\s+(\d{1,2})\s+([a-z]{3})[a-z]*\.?\s+(\d{4})\s*\|\s*(\d{1,2}):(\d{2})\s*([ap]m)$/i;
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/**
 * The sample article a new library starts with, from a page copied off the site: masthead, menu
 * and ad lines, the headline, the date line (`Tue 15 Apr 2025 | 08:18 AM`), the photo's alt text
 * and caption, the byline, then the body paragraphs. Everything above the headline is site chrome.
 */
export function sampleArticleFromSeed(text: string, now: Date): Article {
  const lines = text.split(/\r?\n/).map((line) => line.trim());
  const dateIndex = lines.findIndex((line) => DATE_LINE.test(line));
  if (dateIndex < 0) {
    throw new Error('The sample article text has no date line like "Tue 15 Apr 2025 | 08:18 AM"');
  }
  const headline = lines.slice(0, dateIndex).findLast((line) => line !== '');
  if (!headline) throw new Error('The sample article text has no headline before its date line');

  const [altText, caption, byline, ...body] = lines.slice(dateIndex + 1).filter((line) => line !== '');
  if (altText === undefined || caption === undefined || byline === undefined) {
    throw new Error('The sample article text needs a photo alt text, a caption and a byline after its date line');
  }

  const stamp = now.toISOString();
  return Article.parse({
    schemaVersion: SCHEMA_VERSION,
    id: randomUUID(),
    headline,
    status: 'draft',
    language: 'en',
    byline: [{ name: byline, role: 'writer' }],
    publishAt: zonedIsoString(parseDateLine(lines[dateIndex]!), SAMPLE_TIME_ZONE),
    timeZone: SAMPLE_TIME_ZONE,
    leadPhoto: { file: null, caption, altText, credit: '' },
    body: {
      root: {
        type: 'root',
        version: 1,
        direction: 'ltr',
        format: '',
        indent: 0,
        children: body.map((line) => paragraph(line, 'ltr')),
      },
    },
    createdAt: stamp,
    updatedAt: stamp,
  });
}

function parseDateLine(line: string) {
  const [, day, month, year, hour, minute, meridiem] = DATE_LINE.exec(line)!;
  const monthIndex = MONTHS.indexOf(month!.toLowerCase());
  if (monthIndex < 0) throw new Error(`The sample article's date line has an unknown month: "${line}"`);
  const hour12 = Number(hour) % 12;
  return {
    year: Number(year),
    month: monthIndex + 1,
    day: Number(day),
    hour: meridiem!.toLowerCase() === 'pm' ? hour12 + 12 : hour12,
    minute: Number(minute),
  };
}
