import { diffArrays } from 'diff';
import type { Article, Contributor, LeadPhoto } from '../../article.js';
import { diffWords, normalizeText, type Segment, type WordDiff } from './words.js';

/**
 * The article's metadata, compared field by field. Each field knows how it is shown (marked
 * words, a list of items, or two plain values), when two values are the same, and how to take
 * one side's value into an article, so compare and merge cannot disagree about a field.
 */
export const COMPARED_FIELDS = [
  'headline',
  'dek',
  'byline',
  'status',
  'language',
  'section',
  'tags',
  'publishAt',
  'timeZone',
  'cmsSlug',
  'excerpt',
  'dateline',
  'embargoUntil',
  'priority',
  'seoTitle',
  'metaDescription',
  'sources',
  'leadPhoto.file',
  'leadPhoto.caption',
  'leadPhoto.credit',
  'leadPhoto.altText',
] as const;
export type FieldName = (typeof COMPARED_FIELDS)[number];

export type FieldDiff =
  | { field: FieldName; shape: 'text'; left: string; right: string; diff: WordDiff }
  /** One segment per item: equal, deleted (left only) or inserted (right only). */
  | { field: FieldName; shape: 'list'; left: string[]; right: string[]; items: Segment[] }
  | { field: FieldName; shape: 'value'; left: string | null; right: string | null };

type LeadPart = 'file' | 'caption' | 'credit' | 'altText';
const NO_LEAD_PHOTO: LeadPhoto = { file: null, caption: '', credit: '', altText: '' };

/** "Nada Mustafa (writer)", with the affiliation when there is one: "Nada Mustafa, Reuters (writer)". */
function contributorLabel(c: Contributor): string {
  const name = c.affiliation.trim() ? `${c.name}, ${c.affiliation}` : c.name;
  return `${name} (${c.role})`;
}

/** A publish or embargo time: the same instant written with another offset is no change. */
function sameInstant(a: string | null, b: string | null): boolean {
  return a === b || (a !== null && b !== null && Date.parse(a) === Date.parse(b));
}

function leadPart(article: Article, part: LeadPart): string | null {
  return (article.leadPhoto ?? NO_LEAD_PHOTO)[part];
}

/**
 * Taking one part of the lead photo: a lead photo with nothing left in it is no lead photo, so
 * taking every part from an article without one gives null again.
 */
function withLeadPart(base: Article, source: Article, part: LeadPart): Article {
  const photo: LeadPhoto = { ...(base.leadPhoto ?? NO_LEAD_PHOTO), [part]: leadPart(source, part) };
  const empty = photo.file === null && !photo.caption && !photo.credit && !photo.altText;
  return { ...base, leadPhoto: empty ? null : photo };
}

type Field =
  | { shape: 'text'; read: (a: Article) => string }
  | { shape: 'list'; read: (a: Article) => string[] }
  | { shape: 'value'; read: (a: Article) => string | null; same?: (a: string | null, b: string | null) => boolean };

const FIELDS: Record<FieldName, Field> = {
  headline: { shape: 'text', read: (a) => a.headline },
  dek: { shape: 'text', read: (a) => a.dek },
  byline: { shape: 'list', read: (a) => a.byline.map(contributorLabel) },
  status: { shape: 'value', read: (a) => a.status },
  language: { shape: 'value', read: (a) => a.language },
  section: { shape: 'value', read: (a) => a.section },
  tags: { shape: 'list', read: (a) => a.tags },
  publishAt: { shape: 'value', read: (a) => a.publishAt, same: sameInstant },
  timeZone: { shape: 'value', read: (a) => a.timeZone },
  cmsSlug: { shape: 'value', read: (a) => a.cmsSlug },
  excerpt: { shape: 'text', read: (a) => a.excerpt },
  dateline: { shape: 'text', read: (a) => a.dateline },
  embargoUntil: { shape: 'value', read: (a) => a.embargoUntil, same: sameInstant },
  priority: { shape: 'value', read: (a) => a.priority },
  seoTitle: { shape: 'text', read: (a) => a.seoTitle },
  metaDescription: { shape: 'text', read: (a) => a.metaDescription },
  sources: { shape: 'list', read: (a) => a.sources },
  'leadPhoto.file': { shape: 'value', read: (a) => leadPart(a, 'file') },
  'leadPhoto.caption': { shape: 'text', read: (a) => leadPart(a, 'caption') ?? '' },
  'leadPhoto.credit': { shape: 'text', read: (a) => leadPart(a, 'credit') ?? '' },
  'leadPhoto.altText': { shape: 'text', read: (a) => leadPart(a, 'altText') ?? '' },
};

function diffField(field: FieldName, left: Article, right: Article): FieldDiff | null {
  const spec = FIELDS[field];
  switch (spec.shape) {
    case 'text': {
      const [l, r] = [spec.read(left), spec.read(right)];
      return normalizeText(l) === normalizeText(r) ? null : { field, shape: 'text', left: l, right: r, diff: diffWords(l, r) };
    }
    case 'list': {
      const [l, r] = [spec.read(left), spec.read(right)];
      const changes = diffArrays(l.map(normalizeText), r.map(normalizeText));
      if (changes.every((c) => !c.added && !c.removed)) return null;
      const items: Segment[] = [];
      let i = 0;
      let j = 0;
      for (const change of changes) {
        for (let k = 0; k < change.count; k++) {
          if (change.removed) items.push({ type: 'delete', text: l[i++]! });
          else if (change.added) items.push({ type: 'insert', text: r[j++]! });
          else {
            items.push({ type: 'equal', text: r[j]! });
            i++;
            j++;
          }
        }
      }
      return { field, shape: 'list', left: l, right: r, items };
    }
    case 'value': {
      const [l, r] = [spec.read(left), spec.read(right)];
      return (spec.same ?? Object.is)(l, r) ? null : { field, shape: 'value', left: l, right: r };
    }
  }
}

/** The fields that differ, in the order of the metadata panel. */
export function compareFields(left: Article, right: Article): FieldDiff[] {
  return COMPARED_FIELDS.flatMap((field) => diffField(field, left, right) ?? []);
}

/** `base` with one field taken from `source`. */
export function takeField(base: Article, source: Article, field: FieldName): Article {
  switch (field) {
    case 'leadPhoto.file':
    case 'leadPhoto.caption':
    case 'leadPhoto.credit':
    case 'leadPhoto.altText':
      return withLeadPart(base, source, field.slice('leadPhoto.'.length) as LeadPart);
    case 'byline':
      return { ...base, byline: source.byline.map((c) => ({ ...c })) };
    case 'tags':
    case 'sources':
      return { ...base, [field]: [...source[field]] };
    default:
      return { ...base, [field]: source[field] };
  }
}
