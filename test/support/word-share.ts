/**
 * How much of a text's words another keeps, in order: the measure of the paste and import
 * corpora (test/fixtures/clipboard, test/fixtures/docx).
 */

/** A word: a run of letters, marks and digits (Arabic's marks belong to their letters). */
export const words = (text: string): string[] => text.match(/[\p{L}\p{M}\p{N}]+/gu) ?? [];

/** How many of `source`'s words `result` holds in the same order (their longest common subsequence). */
export function wordsKeptInOrder(source: string[], result: string[]): number {
  let previous = new Array<number>(result.length + 1).fill(0);
  for (const word of source) {
    const row = [0];
    for (let j = 1; j <= result.length; j++) row[j] = word === result[j - 1] ? previous[j - 1]! + 1 : Math.max(previous[j]!, row[j - 1]!);
    previous = row;
  }
  return previous[result.length]!;
}

/** `12 of 12 words kept in order (100.0%)` */
export const shareLine = (kept: number, total: number): string => `${kept} of ${total} words kept in order (${((100 * kept) / total).toFixed(1)}%)`;
