import type { Article } from '../../common/article.js';
import { BY_ROLES, HOUSE_BYLINE_STYLES, joinNames, printedByline, type PrintedByline } from '../../common/rules/byline.js';

/** What every format prints above the body, worked out once. */
export interface ArticleParts {
  byline: PrintedByline;
  /** publishAt as the reader sees it, in the article's language and the zone it was set in. */
  publishedText: string | null;
}

export function articleParts(article: Article): ArticleParts {
  return {
    byline: printedByline(article.byline, HOUSE_BYLINE_STYLES[article.language]),
    publishedText: article.publishAt ? wallClockText(article.publishAt, article.language) : null,
  };
}

/** The names printed after "By", joined as the byline joins them, without the "By" or affiliations. */
export function bylineNames(article: Article): string | null {
  const names = article.byline.filter((c) => BY_ROLES.has(c.role) && c.name.trim()).map((c) => c.name.trim());
  return names.length ? joinNames(names, HOUSE_BYLINE_STYLES[article.language]) : null;
}

const STAMP = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/i;

/**
 * A stored time ("2025-04-15T08:18:00+02:00") already holds the wall-clock time of the zone it
 * was set in, so it is printed as written, with no time-zone database involved:
 * "15 April 2025, 08:18" or "١٥ أبريل ٢٠٢٥، ٠٨:١٨".
 */
export function wallClockText(stamp: string, language: Article['language']): string {
  const m = STAMP.exec(stamp);
  if (!m) return stamp;
  const [, y, mo, d, h, mi] = m;
  const utc = new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi)));
  return new Intl.DateTimeFormat(language === 'ar' ? 'ar-EG' : 'en-GB', {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: 'UTC',
  }).format(utc);
}

/** ISO 8601 basic format for NITF's `norm` attributes: 20250415T081800+0200. */
export function basicIsoStamp(stamp: string): string | null {
  const m = STAMP.exec(stamp);
  if (!m) return null;
  const [, y, mo, d, h, mi, s, zone] = m;
  const offset = !zone || zone.toUpperCase() === 'Z' ? 'Z' : zone.replace(':', '');
  return `${y}${mo}${d}T${h}${mi}${s ?? '00'}${offset}`;
}

/** IPTC urgency (1 most urgent … 9 least, 5 normal), also NITF's ed-urg scale. */
export function urgencyOf(priority: Article['priority']): number {
  return priority === 'breaking' ? 1 : priority === 'urgent' ? 3 : 5;
}
