import { describe, expect, it } from 'vitest';
import { compareArticles } from '../../../electron/common/rules/compare/compare.js';
import { paragraph, textNode, type SerializedBlockNode, type SerializedInlineNode } from '../../../electron/common/lexical-nodes.js';
import { changeTarget, listMarker, paneCells, type Cell } from '../../../renderer/features/review/pane-cells.js';
import { fieldKey } from '../../../renderer/features/review/review-text.js';
import { currentSide, parseSourceKey, sourceKey, type SourceRef } from '../../../renderer/features/review/sources.js';
import { article, list } from '../../../bench/drafts.js';

const P1 = 'Kremlin spokesman Dmitry Peskov stated that Russia remains open to restoring relations with Georgia.';
const P2 = 'He added that the decision rests with the government in Tbilisi and its voters.';
const P3 = 'Relations were severed after the war in August 2008 over South Ossetia.';

const keys = (cells: Cell[]) => cells.map((c) => c.key);
const blocks = (cells: Cell[]) => cells.filter((c): c is Extract<Cell, { kind: 'block' }> => c.kind === 'block');

describe('compare view panes', () => {
  it('give both panes and the merged one the same lines, so rows line up', () => {
    const left = { ...article([paragraph(P1), paragraph(P2)]), headline: 'Talks resume', tags: ['Georgia'] };
    const right = { ...article([paragraph(P1.replace('open to restoring', 'ready to restore')), paragraph(P3)]), headline: 'Talks resume soon', tags: ['Georgia', 'Russia'] };
    const comparison = compareArticles(left, right);
    const [l, r, m] = (['left', 'right', 'merged'] as const).map((side) => paneCells(comparison, side));
    expect(keys(l!)).toEqual(keys(r!));
    expect(keys(m!)).toEqual(keys(l!));
    expect(keys(l!).slice(0, 2)).toEqual(['headline', 'field:tags']);
    expect(l![0]).toMatchObject({ kind: 'headline', segments: [{ type: 'equal', text: 'Talks resume' }] });
    expect(r![0]).toMatchObject({ kind: 'headline', segments: [{ type: 'equal', text: 'Talks resume ' }, { type: 'insert', text: 'soon' }] });
    // A list field shows each side's items; the merged pane shows both.
    expect(l![1]).toMatchObject({ kind: 'list-field', items: [{ type: 'equal', text: 'Georgia' }] });
    expect(r![1]).toMatchObject({ kind: 'list-field', items: [{ type: 'equal', text: 'Georgia' }, { type: 'insert', text: 'Russia' }] });
    // A deleted paragraph leaves a gap on the right and is struck through on the left.
    const deleted = blocks(l!).find((c) => c.rowKind === 'deleted')!;
    expect(deleted.text).toEqual([{ type: 'delete', text: P2, pieces: [{ text: P2, format: 0, link: null }] }]);
    expect(blocks(r!).find((c) => c.key === deleted.key)!.block).toBeNull();
    expect(blocks(m!).find((c) => c.key === deleted.key)).toMatchObject({ from: 'left', text: [{ type: 'delete', text: P2 }] });
  });

  it('mark a move on both rows and show the merged text only where the paragraph now is', () => {
    const comparison = compareArticles(article([paragraph(P1), paragraph(P2), paragraph(P3)]), article([paragraph(P2), paragraph(P3), paragraph(P1)]));
    const moved = blocks(paneCells(comparison, 'merged')).filter((c) => c.moved);
    expect(moved.map((c) => [c.moved, c.text.length > 0])).toEqual([
      ['from', false],
      ['to', true],
    ]);
    const change = comparison.changes.find((c) => c.kind === 'block')!;
    expect(changeTarget(change)).toBe(moved[0]!.key);
  });

  it('draw each side in its own formats and links, and the merged pane its deletions in the left’s', () => {
    const para = (...children: SerializedInlineNode[]): SerializedBlockNode => ({ ...paragraph(''), children });
    const link = { type: 'link' as const, url: 'https://example.org/tass', children: [textNode('Tass')] };
    const left = article([para(textNode('Peskov', 1), textNode(' told '), link, textNode(' on Tuesday'))]);
    const right = article([para(textNode('Peskov told '), textNode('Reuters', 2), textNode(' on Tuesday, again'))]);
    const comparison = compareArticles(left, right);
    const looks = (side: 'left' | 'right' | 'merged') =>
      blocks(paneCells(comparison, side))[0]!.text.flatMap((s) => s.pieces.map((p) => [s.type, p.text, p.format, p.link]));
    expect(looks('left')).toEqual([
      ['equal', 'Peskov', 1, null],
      ['equal', ' told ', 0, null],
      ['delete', 'Tass', 0, 'https://example.org/tass'],
      ['equal', ' on Tuesday', 0, null],
    ]);
    expect(looks('right')).toEqual([
      ['equal', 'Peskov told ', 0, null],
      ['insert', 'Reuters', 2, null],
      ['equal', ' on Tuesday', 0, null],
      ['insert', ', again', 0, null],
    ]);
    // The merged pane follows the right text, and keeps the left's look on what the left lost.
    expect(looks('merged')).toEqual([
      ['equal', 'Peskov told ', 0, null],
      ['delete', 'Tass', 0, 'https://example.org/tass'],
      ['equal', ' ', 0, null],
      ['insert', 'Reuters', 2, null],
      ['equal', ' on Tuesday', 0, null],
      ['insert', ', again', 0, null],
    ]);
    expect(blocks(paneCells(comparison, 'merged'))[0]!.formatting).toEqual([{ type: 'mark', mark: 'bold', added: false, text: 'Peskov' }]);
  });

  it('number the items of a numbered list as the editor does, with their depth', () => {
    const numbered = { ...list(['One', 'Two']), listType: 'number' as const, tag: 'ol' as const };
    const body = article([numbered]).body;
    expect(listMarker(body, [0, 1])).toEqual({ marker: '2.', depth: 0 });
    expect(listMarker(article([list(['One'])]).body, [0, 0])).toEqual({ marker: '•', depth: 0 });
  });
});

describe('compare view sources', () => {
  it('write each source as a picker value and read it back', () => {
    const refs: SourceRef[] = [{ kind: 'current' }, { kind: 'version', versionId: '1a2b3c4d' }, { kind: 'cms', targetId: 't-1' }, { kind: 'article', folder: 'a:b' }];
    for (const ref of refs) expect(parseSourceKey(sourceKey(ref))).toEqual(ref);
    expect(parseSourceKey('version:')).toBeNull();
    expect(parseSourceKey('other:x')).toBeNull();
  });

  it('take changes into whichever side is the current article, and into neither when none is', () => {
    const version: SourceRef = { kind: 'version', versionId: '1a2b3c4d' };
    expect(currentSide(version, { kind: 'current' })).toBe('right');
    expect(currentSide({ kind: 'current' }, version)).toBe('left');
    expect(currentSide(version, { kind: 'article', folder: 'x' })).toBeNull();
  });

  it('name lead photo fields without dots, for the strings', () => {
    expect(fieldKey('leadPhoto.altText')).toBe('leadPhotoAltText');
    expect(fieldKey('byline')).toBe('byline');
  });
});
