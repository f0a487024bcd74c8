import { describe, expect, it } from 'vitest';
import { articleBlocks } from '../../../../../electron/common/rules/compare/blocks.js';
import { compareArticles, wordDelta, type BlockChange, type Row } from '../../../../../electron/common/rules/compare/compare.js';
import { paragraph } from '../../../../../electron/common/lexical-nodes.js';
import { article, editedDraft, heading, list, longDraft, OTHER_PHOTO_FILE, photo, PHOTO_FILE } from '../../../../../bench/drafts.js';

const P1 = 'Kremlin spokesman Dmitry Peskov stated that Russia remains open to restoring relations with Georgia.';
const P2 = 'He added that the decision rests with the government in Tbilisi and its voters.';
const P3 = 'Relations were severed after the war in August 2008 over South Ossetia.';
const P4 = 'Trade between the two countries has nevertheless grown every year since 2013.';
const AR = 'قال المتحدث باسم الكرملين، دميتري بيسكوف، إن روسيا «منفتحة» على استعادة العلاقات مع جورجيا؟';

const kinds = (rows: Row[]) => rows.map((r) => r.kind);
const marks = (row: Row | undefined, side: 'left' | 'right') =>
  row!.diff![side].filter((s) => s.type !== 'equal').map((s) => s.text);
const blockChanges = (changes: ReturnType<typeof compareArticles>['changes']) =>
  changes.filter((c): c is BlockChange => c.kind === 'block');

describe('compareArticles: body', () => {
  it('counts the words a change adds and removes as the status bar counts them', () => {
    const left = article([paragraph(`${P1} The U.S. sent 40,000 tonnes of grain by e-mail order.`), paragraph(P2)]);
    const right = article([paragraph(`${P1} The U.S. sent 42,500 tonnes of grain, see https://example.com/a/b`), paragraph(P2), paragraph('و الحكومة والحكومة')]);
    const comparison = compareArticles(left, right);
    // 40,000 → 42,500 is one word out and one in; "see" and the address two more in, "by e-mail
    // order." three out; the new paragraph is three words ("و" standing alone is one).
    expect(comparison.rows.map((row) => row.kind)).toEqual(['changed', 'same', 'inserted']);
    expect([comparison.wordsAdded, comparison.wordsRemoved]).toEqual([6, 4]);
    expect(wordDelta(left, right)).toEqual({ added: 6, removed: 4 });
  });

  it('finds nothing to list between identical articles', () => {
    const a = article([heading('Background'), paragraph(P1), list([P2, P3]), photo('The Kremlin'), paragraph(AR, 'rtl')]);
    const comparison = compareArticles(a, structuredClone(a));
    expect(comparison.changes).toEqual([]);
    expect(comparison.fields).toEqual([]);
    expect(kinds(comparison.rows)).toEqual(['same', 'same', 'same', 'same', 'same', 'same']);
    expect([comparison.wordsAdded, comparison.wordsRemoved]).toEqual([0, 0]);
  });

  it('marks exactly the changed words of a changed English paragraph', () => {
    const left = article([paragraph(P1), paragraph(P2)]);
    const right = article([paragraph(P1.replace('open to restoring', 'ready to restore')), paragraph(P2)]);
    const { rows, changes } = compareArticles(left, right);
    expect(kinds(rows)).toEqual(['changed', 'same']);
    // "to" is in both: it stays unmarked.
    expect(marks(rows[0], 'left')).toEqual(['open', 'restoring']);
    expect(marks(rows[0], 'right')).toEqual(['ready', 'restore']);
    expect(changes).toEqual([
      expect.objectContaining({
        kind: 'block',
        rowKind: 'changed',
        blockKind: 'paragraph',
        ordinal: 1,
        rowIndex: 0,
        deleted: ['open', 'restoring'],
        inserted: ['ready', 'restore'],
      }),
    ]);
  });

  it('marks exactly the changed words of an Arabic paragraph with diacritics and Arabic punctuation', () => {
    const edited = 'قال المتحدثُ باسم الكرملين، دميتري بيسكوف؛ إن روسيا «منفتحة» على استعادة العلاقات مع جورجيا؟';
    const { rows } = compareArticles(article([paragraph(AR, 'rtl')]), article([paragraph(edited, 'rtl')]));
    expect(rows[0]!.kind).toBe('changed');
    expect(rows[0]!.right!.direction).toBe('rtl');
    expect(marks(rows[0], 'left')).toEqual(['المتحدث', '،']);
    expect(marks(rows[0], 'right')).toEqual(['المتحدثُ', '؛']);
  });

  it('recognises a moved paragraph as a move, not a deletion and an insertion', () => {
    const left = article([paragraph(P1), paragraph(P2), paragraph(P3), paragraph(P4)]);
    const right = article([paragraph(P1), paragraph(P3), paragraph(P4), paragraph(P2)]);
    const { rows, changes, wordsAdded, wordsRemoved } = compareArticles(left, right);
    expect(kinds(rows)).toEqual(['same', 'moved', 'same', 'same', 'moved']);
    expect(rows[1]).toMatchObject({ left: { text: P2 }, right: null, movedTo: 4, movedFrom: null, diff: null });
    expect(rows[4]).toMatchObject({ left: null, right: { text: P2 }, movedTo: null, movedFrom: 1 });
    expect(blockChanges(changes)).toEqual([expect.objectContaining({ rowKind: 'moved', rowIndex: 1, otherRowIndex: 4 })]);
    expect([wordsAdded, wordsRemoved]).toEqual([0, 0]);
  });

  it('marks the edited words of a paragraph that was moved and touched up', () => {
    const left = article([paragraph(P1), paragraph(P2), paragraph(P3)]);
    const right = article([paragraph(P2.replace('its voters', 'the voters')), paragraph(P1), paragraph(P3)]);
    const { rows, changes } = compareArticles(left, right);
    expect(kinds(rows).filter((k) => k === 'moved')).toHaveLength(2);
    const arrived = rows.find((r) => r.kind === 'moved' && r.right)!;
    expect(marks(arrived, 'right')).toEqual(['the']);
    expect(blockChanges(changes)).toHaveLength(1);
  });

  it('lists inserted and deleted paragraphs where they are', () => {
    const left = article([paragraph(P1), paragraph(P2), paragraph(P3)]);
    const right = article([paragraph(P1), paragraph(P3), paragraph(P4)]);
    const { rows, changes, wordsAdded, wordsRemoved } = compareArticles(left, right);
    expect(kinds(rows)).toEqual(['same', 'deleted', 'same', 'inserted']);
    expect(blockChanges(changes).map((c) => [c.rowKind, c.rowIndex, c.excerpt])).toEqual([
      ['deleted', 1, 'He added that the decision rests…'],
      ['inserted', 3, 'Trade between the two countries has…'],
    ]);
    expect([wordsAdded, wordsRemoved]).toEqual([12, 14]);
  });

  it('pairs a changed paragraph with its own old text, not with a similar unchanged neighbour', () => {
    const similar = 'Kremlin spokesman Dmitry Peskov stated that Russia remains open to talks with Georgia.';
    const left = article([paragraph(P1), paragraph(similar)]);
    const right = article([paragraph(similar)]);
    expect(kinds(compareArticles(left, right).rows)).toEqual(['deleted', 'same']);
  });

  it('shows a paragraph turned into a heading as one changed block', () => {
    const { rows } = compareArticles(article([paragraph('Background')]), article([heading('Background')]));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ kind: 'changed', left: { kind: 'paragraph' }, right: { kind: 'heading' }, diff: null });
  });

  it('compares list items one by one', () => {
    const left = article([list(['Peskov spoke on Tuesday', 'Tbilisi has not answered', 'Talks may follow'])]);
    const right = article([list(['Peskov spoke on Wednesday', 'Tbilisi has not answered', 'A new item', 'Talks may follow'])]);
    const { rows } = compareArticles(left, right);
    expect(kinds(rows)).toEqual(['changed', 'same', 'inserted', 'same']);
    expect(rows[2]!.right).toMatchObject({ kind: 'listitem', path: [0, 2], key: '0.2' });
    expect(marks(rows[0], 'right')).toEqual(['Wednesday']);
  });

  it('detects changed photo captions, credits and alt text, and a replaced picture', () => {
    const left = article([photo('Peskov speaks in Moscow'), paragraph(P1)]);
    const edited = photo('Peskov speaks to reporters in Moscow', { credit: 'Reuters', altText: 'A man at a lectern' });
    const right = article([edited, paragraph(P1)]);
    const { rows, changes } = compareArticles(left, right);
    expect(rows[0]!.kind).toBe('changed');
    expect(rows[0]!.photoParts.map((p) => p.part)).toEqual(['caption', 'credit', 'altText']);
    expect(rows[0]!.photoParts[0]!.diff!.right.filter((s) => s.type === 'insert').map((s) => s.text)).toEqual(['to reporters']);
    expect(blockChanges(changes)).toEqual([
      expect.objectContaining({
        blockKind: 'photo',
        rowKind: 'changed',
        deleted: ['AFP', 'The Kremlin', 'dusk'],
        inserted: ['to reporters', 'Reuters', 'A man'],
      }),
    ]);

    const replaced = compareArticles(left, article([photo('Peskov speaks in Moscow', { file: OTHER_PHOTO_FILE }), paragraph(P1)]));
    expect(replaced.rows[0]!.photoParts).toEqual([{ part: 'file', left: PHOTO_FILE, right: OTHER_PHOTO_FILE, diff: null }]);
  });
});

describe('compareArticles: metadata', () => {
  it('lists headline, byline, tags, status and publish time changes, in the panel order', () => {
    const left = article([paragraph(P1)]);
    const right = article([paragraph(P1)], {
      headline: 'Kremlin Says It Is Ready to Normalize Ties with Georgia',
      byline: [
        { name: 'Nada Mustafa', role: 'writer', affiliation: '' },
        { name: 'Omar Khaled', role: 'photographer', affiliation: 'AFP' },
      ],
      tags: ['Russia', 'Caucasus'],
      status: 'edited',
      publishAt: '2025-04-15T09:00:00+02:00',
    });
    const { changes, fields } = compareArticles(left, right);
    expect(changes.map((c) => c.id)).toEqual(['field:headline', 'field:byline', 'field:status', 'field:tags', 'field:publishAt']);
    expect(changes[0]).toMatchObject({ deleted: ['Reaffirms Readiness'], inserted: ['Says It Is Ready'] });
    expect(changes[1]).toMatchObject({ deleted: [], inserted: ['Omar Khaled, AFP (photographer)'] });
    expect(changes[2]).toMatchObject({ deleted: ['draft'], inserted: ['edited'] });
    expect(fields.find((f) => f.field === 'tags')).toMatchObject({
      shape: 'list',
      items: [
        { type: 'equal', text: 'Russia' },
        { type: 'delete', text: 'Georgia' },
        { type: 'insert', text: 'Caucasus' },
      ],
    });
  });

  it('treats one instant written with another offset as the same publish time', () => {
    const left = article([], { publishAt: '2025-04-15T08:18:00+02:00' });
    const right = article([], { publishAt: '2025-04-15T06:18:00Z' });
    expect(compareArticles(left, right).changes).toEqual([]);
  });

  it('compares the lead photo part by part, an empty lead photo being no lead photo', () => {
    const lead = { file: null, caption: 'The Kremlin at dusk', credit: 'AFP', altText: '' };
    const left = article([], { leadPhoto: lead });
    const right = article([], { leadPhoto: { ...lead, caption: 'The Kremlin at night', credit: 'Reuters' } });
    expect(compareArticles(left, right).changes.map((c) => c.id)).toEqual(['field:leadPhoto.caption', 'field:leadPhoto.credit']);
    const empty = { file: null, caption: '', credit: '', altText: '' };
    expect(compareArticles(article([], { leadPhoto: null }), article([], { leadPhoto: empty })).changes).toEqual([]);
  });
});

describe('word counts', () => {
  it('agree between the comparison and the cheap count for an edit in place', () => {
    const left = longDraft(2000, 7);
    const right = editedDraft(left, 0.05, 8);
    const comparison = compareArticles(left, right);
    expect(comparison.wordsAdded + comparison.wordsRemoved).toBeGreaterThan(0);
    const cheap = wordDelta(left, right);
    // The bag count nets out a word removed in one place and added in another: never more.
    expect(cheap.added).toBeLessThanOrEqual(comparison.wordsAdded);
    expect(cheap.removed).toBeLessThanOrEqual(comparison.wordsRemoved);
    expect(cheap.added - cheap.removed).toBe(comparison.wordsAdded - comparison.wordsRemoved);
  });

  it('count a moved paragraph as no words added or removed', () => {
    expect(wordDelta(article([paragraph(P1), paragraph(P2)]), article([paragraph(P2), paragraph(P1)]))).toEqual({ added: 0, removed: 0 });
  });

  it('count a headline edit and an inserted paragraph', () => {
    const left = article([paragraph(P1)]);
    const right = article([paragraph(P1), paragraph('Tbilisi did not comment.')], { headline: 'Kremlin Reaffirms Readiness' });
    expect(wordDelta(left, right)).toEqual({ added: 4, removed: 5 });
    const comparison = compareArticles(left, right);
    expect([comparison.wordsAdded, comparison.wordsRemoved]).toEqual([4, 5]);
  });
});

describe('compareArticles on long drafts', () => {
  it('pairs every edited paragraph of a 5% edit as changed, with no spurious inserts or deletes', () => {
    const left = longDraft(10_000, 1);
    const right = editedDraft(left, 0.05, 2);
    const { rows } = compareArticles(left, right);
    expect(rows.filter((r) => r.kind === 'changed').length).toBeGreaterThan(100);
    expect(rows.filter((r) => r.kind !== 'same' && r.kind !== 'changed')).toEqual([]);
  });

  it('keeps every block of both drafts in reading order, once', () => {
    const left = longDraft(6000, 3);
    const right = longDraft(6000, 4);
    const { rows } = compareArticles(left, right);
    expect(rows.flatMap((r) => (r.left ? [r.left.key] : []))).toEqual(articleBlocks(left.body).map((b) => b.key));
    expect(rows.flatMap((r) => (r.right ? [r.right.key] : []))).toEqual(articleBlocks(right.body).map((b) => b.key));
  });

  it('shows long runs of unrelated blocks as deleted then inserted', () => {
    const words = (prefix: string) => Array.from({ length: 800 }, (_, i) => paragraph(`${prefix}${i}`));
    const { rows } = compareArticles(article(words('left')), article(words('right')));
    expect(kinds(rows)).toEqual([...Array<string>(800).fill('deleted'), ...Array<string>(800).fill('inserted')]);
  });
});
