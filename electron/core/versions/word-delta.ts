import type { Article } from '../../common/article.js';
import { bodyPlainText, wordsOf } from '../../common/text.js';

function wordCounts(article: Article): Map<string, number> {
  const counts = new Map<string, number>();
  for (const word of wordsOf(`${article.headline}\n${article.dek}\n${bodyPlainText(article.body)}`)) {
    counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  return counts;
}

/**
 * Words added and removed from one version to the next, for the Versions list ("+12 −3"): a
 * count of words as a bag, cheap enough to run on every version taken. The compare view shows
 * where they are.
 */
export function wordDelta(before: Article, after: Article): { added: number; removed: number } {
  const old = wordCounts(before);
  const next = wordCounts(after);
  let added = 0;
  let removed = 0;
  for (const [word, count] of next) added += Math.max(0, count - (old.get(word) ?? 0));
  for (const [word, count] of old) removed += Math.max(0, count - (next.get(word) ?? 0));
  return { added, removed };
}
