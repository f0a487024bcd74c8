import { countCharacters } from '../../../electron/common/rules/text.js';

/**
 * Copyfit targets, in characters (grapheme clusters, so Arabic with diacritics and emoji count as
 * a reader sees them):
 * - headline 70: fits two lines of a home-page card and what search results show of a title;
 * - SEO title 60: about what Google shows before it cuts a title off;
 * - meta description 155: about what search results show of a snippet;
 * - excerpt 200: two or three lines in a section listing;
 * - caption 200: two lines under a photo at article width.
 * They are guides, not limits: going over is shown, never refused.
 */
export const LENGTH_TARGETS = {
  headline: 70,
  seoTitle: 60,
  metaDescription: 155,
  excerpt: 200,
  caption: 200,
} as const;

export interface LengthStatus {
  count: number;
  target: number;
  /** Characters left before the target (0 when over). */
  left: number;
  /** Characters past the target (0 when within). */
  over: number;
  /** How full the bar is, 0–1. */
  fill: number;
}

export function lengthStatus(value: string, target: number): LengthStatus {
  const count = countCharacters(value.replace(/\r?\n/g, ' '));
  return {
    count,
    target,
    left: Math.max(0, target - count),
    over: Math.max(0, count - target),
    fill: target > 0 ? Math.min(1, count / target) : 1,
  };
}
