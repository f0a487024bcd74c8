import type { TFunction } from 'i18next';
import type { BlockChange, BlockType, Change, FieldName, FormatChange, PhotoPart, Row } from '../../../electron/common/rules/compare/compare.js';
import type { VersionSummary } from '../../../electron/common/versions.js';

/**
 * What the compare view says, as pure functions: the name of each field and change in the
 * newsroom's words ("Byline", "Paragraph 3", "Photo 1: caption"), field values as the panels show
 * them (statuses and dates in the UI's language), and the names of versions.
 */

/** The date formatting this needs from i18n/format's Formatters (kept structural: the unit tests run it in Node). */
interface DateFormatters {
  dateTime(iso: string, timeZone?: string): string;
  saveTime(iso: string, now?: Date): string;
}

/** i18n keys cannot hold dots: "leadPhoto.caption" is "leadPhotoCaption" in the strings. */
export type FieldKey =
  | Exclude<FieldName, `leadPhoto.${string}`>
  | 'leadPhotoFile'
  | 'leadPhotoCaption'
  | 'leadPhotoCredit'
  | 'leadPhotoAltText';

export function fieldKey(field: FieldName): FieldKey {
  if (!field.startsWith('leadPhoto.')) return field as FieldKey;
  const part = field.slice('leadPhoto.'.length);
  return `leadPhoto${part[0]!.toUpperCase()}${part.slice(1)}` as FieldKey;
}

export function fieldLabel(t: TFunction, field: FieldName): string {
  return t(`review.fields.${fieldKey(field)}`);
}

/**
 * A metadata value in words: statuses, priorities and languages are translated, times are
 * written in the article's zone as Publish details shows them; null is a dash.
 */
export function fieldValue(t: TFunction, format: DateFormatters, field: FieldName, value: string | null, timeZone: string | null): string {
  if (value === null || value === '') return t('review.noValue');
  switch (field) {
    case 'status':
      return t(`articleStatus.${value as 'draft'}`, { defaultValue: value });
    case 'priority':
      return t(`publish.priorities.${value as 'normal'}`, { defaultValue: value });
    case 'language':
      return t(`publish.languages.${value as 'en'}`, { defaultValue: value });
    case 'publishAt':
    case 'embargoUntil':
      return format.dateTime(value, timeZone ?? undefined);
    default:
      return value;
  }
}

export function photoPartLabel(t: TFunction, part: PhotoPart): string {
  return t(`review.photoParts.${part}`);
}

function blockName(t: TFunction, change: BlockChange): string {
  return t(`review.blocks.${change.blockKind}`, { n: change.ordinal });
}

/** "Headline", "Paragraph 3", "Paragraph 5 added", "Photo 1: caption, credit", "Paragraph 2 moved". */
export function changeTitle(t: TFunction, change: Change, rows: readonly Row[]): string {
  if (change.kind === 'field') return fieldLabel(t, change.field);
  const block = blockName(t, change);
  switch (change.rowKind) {
    case 'inserted':
      return t('review.rowKinds.inserted', { block });
    case 'deleted':
      return t('review.rowKinds.deleted', { block });
    case 'moved':
      return t('review.rowKinds.moved', { block });
    case 'changed': {
      const parts = rows[change.rowIndex]?.photoParts ?? [];
      if (parts.length === 0) return block;
      return t('review.photoChanged', { block, parts: parts.map((p) => photoPartLabel(t, p.part)).join(t('review.partSeparator')) });
    }
  }
}

/** A block type as the strings name it: the heading's level, the list item's list type, else the kind. */
function typeKey(type: BlockType): 'paragraph' | 'h2' | 'h3' | 'h4' | 'quote' | 'bullet' | 'number' {
  if (type.kind === 'heading' || type.kind === 'listitem') return type.variant as 'h2' | 'bullet';
  return type.kind as 'paragraph' | 'quote';
}

/**
 * A formatting change in words: what happened ("Made bold", "Link changed to"), the address a
 * link now goes to, and the words it happened to (none for a block type: the whole block).
 */
export function formatChangeText(t: TFunction, change: FormatChange): { what: string; url: string | null; words: string | null } {
  switch (change.type) {
    case 'mark':
      return { what: t(`review.formatting.${change.added ? 'on' : 'off'}.${change.mark}`), url: null, words: change.text };
    case 'link': {
      const what = change.to === null ? 'linkRemoved' : change.from === null ? 'linkAdded' : 'linkChanged';
      return { what: t(`review.formatting.${what}`), url: change.to, words: change.text };
    }
    case 'block':
      return { what: t(`review.formatting.turnedInto.${typeKey(change.to)}`), url: null, words: null };
  }
}

/** A version in the Versions list and the pickers: its label, or why it was taken. */
export function versionName(t: TFunction, version: VersionSummary): string {
  return version.label?.trim() || t(`versions.reasons.${version.reason}`);
}

/** "Version 14:02 — Sent to copy desk". */
export function versionTitle(t: TFunction, format: DateFormatters, version: VersionSummary, now?: Date): string {
  return t('review.sources.version', { time: format.saveTime(version.createdAt, now), name: versionName(t, version) });
}

/**
 * A signature of a change that survives recomputing the comparison after a take (its id holds
 * block paths, which a take can shift): what it is and which words it marks.
 */
export function changeSignature(change: Change): string {
  const what = change.kind === 'field' ? change.field : `${change.rowKind}:${change.blockKind}:${change.excerpt}`;
  const formatting = change.kind === 'block' ? change.formatting : [];
  return JSON.stringify([what, change.deleted, change.inserted, formatting]);
}
