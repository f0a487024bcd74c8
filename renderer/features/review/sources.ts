import type { Article } from '../../../electron/common/article.js';
import type { VersionSummary } from '../../../electron/common/versions.js';

/**
 * What a pane of the compare view shows: the article open in the editor, one of its versions,
 * its copy on a CMS, or another article of the library. A picker's option value is the source
 * written as a string ("version:1a2b3c4d"), so the two pickers and the review's state agree.
 */
export type SourceRef =
  | { kind: 'current' }
  | { kind: 'version'; versionId: string }
  | { kind: 'cms'; targetId: string }
  | { kind: 'article'; folder: string };

/** A source loaded: its article, and where its photos are served from. */
export interface LoadedSource {
  article: Article;
  /** The bundle whose media/ holds the photos (versions and CMS copies share the article's). */
  mediaFolder: string;
  /** For a CMS copy: what cms:markTaken needs to record it as the common ground. */
  remote: { targetId: string; modifiedAt: string; fingerprint: string } | null;
}

export const CURRENT: SourceRef = { kind: 'current' };

export function sourceKey(ref: SourceRef): string {
  switch (ref.kind) {
    case 'current':
      return 'current';
    case 'version':
      return `version:${ref.versionId}`;
    case 'cms':
      return `cms:${ref.targetId}`;
    case 'article':
      return `article:${ref.folder}`;
  }
}

export function parseSourceKey(key: string): SourceRef | null {
  if (key === 'current') return CURRENT;
  const colon = key.indexOf(':');
  const [kind, rest] = [key.slice(0, colon), key.slice(colon + 1)];
  if (colon < 0 || !rest) return null;
  if (kind === 'version') return { kind, versionId: rest };
  if (kind === 'cms') return { kind, targetId: rest };
  if (kind === 'article') return { kind, folder: rest };
  return null;
}

/** Which side holds the article being edited, the one takes are written to; null for neither. */
export function currentSide(left: SourceRef, right: SourceRef): 'left' | 'right' | null {
  if (right.kind === 'current') return 'right';
  if (left.kind === 'current') return 'left';
  return null;
}

/** The version a pane shows, when it shows one that is still in the list. */
export function versionOf(ref: SourceRef, versions: readonly VersionSummary[]): VersionSummary | null {
  return ref.kind === 'version' ? (versions.find((v) => v.id === ref.versionId) ?? null) : null;
}
