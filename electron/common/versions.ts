/** Why a version was taken: shown in the Versions list next to its time. */
export const VERSION_REASONS = ['auto', 'manual', 'before-send', 'before-take-remote', 'before-restore'] as const;
export type VersionReason = (typeof VERSION_REASONS)[number];

/** One row of the Versions list. */
export interface VersionSummary {
  id: string;
  createdAt: string;
  /** "Sent to copy desk"; labelled versions are never thinned out. */
  label: string | null;
  reason: VersionReason;
  /** Who took it (the computer's user name). */
  author: string;
  headline: string;
  /** Words added and removed since the version before it. */
  wordsAdded: number;
  wordsRemoved: number;
}
