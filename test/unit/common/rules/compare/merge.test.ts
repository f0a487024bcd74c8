import { describe, expect, it } from 'vitest';
import { Article } from '../../../../../electron/common/article.js';
import { compareArticles, type Side } from '../../../../../electron/common/rules/compare/compare.js';
import { takeAll, takeChange } from '../../../../../electron/common/rules/compare/merge.js';
import { paragraph } from '../../../../../electron/common/lexical-nodes.js';
import { article, editedDraft, heading, list, longDraft, photo, randomBody, randomlyEdited, seeded, texts } from '../../../../../bench/drafts.js';

const P1 = 'Kremlin spokesman Dmitry Peskov stated that Russia remains open to restoring relations.';
const P2 = 'He added that the decision rests with the government in Tbilisi.';
const P3 = 'Relations were severed after the war in August 2008.';
const P4 = 'Trade between the two countries has grown every year since 2013.';

/** Takes the first change between left and right from `from` into `base`, and checks the result is a valid article. */
function take(left: Article, right: Article, base: Side, from: Side): Article {
  const comparison = compareArticles(left, right);
  const change = comparison.changes[0];
  expect(change).toBeDefined();
  const result = takeChange(comparison[base], comparison, change!.id, from);
  expect(() => Article.parse(result)).not.toThrow();
  return result;
}

const other = (side: Side): Side => (side === 'left' ? 'right' : 'left');

/**
 * Takes changes from `from` one at a time (the first listed, or one picked by `choose`), comparing
 * again after each, until none is left; returns the result and how many takes it needed.
 */
function takeEverything(
  left: Article,
  right: Article,
  from: Side,
  choose: (count: number) => number = () => 0,
): { result: Article; takes: number } {
  let current = { left, right };
  let takes = 0;
  for (;;) {
    const comparison = compareArticles(current.left, current.right);
    const change = comparison.changes[choose(comparison.changes.length)];
    if (!change) return { result: current[other(from)], takes };
    const merged = takeChange(comparison[other(from)], comparison, change.id, from);
    Article.parse(merged);
    current = { ...current, [other(from)]: merged };
    takes++;
    if (takes > 500) throw new Error('taking changes one by one does not converge');
  }
}

describe('takeChange', () => {
  const left = article([paragraph(P1), paragraph(P2), paragraph(P3)]);

  /** Each of these edits is one change: taking it makes the base the other draft, body and all. */
  const takesWhole = (right: Article) => {
    expect(compareArticles(left, right).changes).toHaveLength(1);
    expect(take(left, right, 'right', 'left')).toEqual({ ...right, body: left.body });
    expect(take(left, right, 'left', 'right')).toEqual({ ...left, body: right.body });
  };

  it('takes a word change from either side', () => {
    takesWhole(article([paragraph(P1.replace('open to restoring', 'ready to restore')), paragraph(P2), paragraph(P3)]));
  });

  it('takes an inserted paragraph in, or leaves it out', () => {
    takesWhole(article([paragraph(P1), paragraph(P2), paragraph(P4), paragraph(P3)]));
  });

  it('takes a deleted paragraph out, or back in where it was', () => {
    takesWhole(article([paragraph(P1), paragraph(P3)]));
  });

  it('takes a moved paragraph to where the other side has it', () => {
    const right = article([paragraph(P2), paragraph(P3), paragraph(P1)]);
    expect(compareArticles(left, right).changes).toEqual([expect.objectContaining({ rowKind: 'moved' })]);
    takesWhole(right);
  });

  it('takes a moved and edited paragraph with its edits', () => {
    takesWhole(article([paragraph(P2), paragraph(P3), paragraph(P1.replace('restoring', 'resuming'))]));
  });

  it('takes a field from either side and leaves everything else', () => {
    const right = article([paragraph(P1), paragraph(P2), paragraph(P3)], { headline: 'Kremlin Says It Is Ready', tags: ['Caucasus'] });
    const comparison = compareArticles(left, right);
    const result = takeChange(right, comparison, 'field:headline', 'left');
    expect(result).toEqual({ ...right, headline: left.headline });
    expect(takeChange(left, comparison, 'field:tags', 'right')).toEqual({ ...left, tags: ['Caucasus'] });
  });

  it('takes a lead photo caption into an article without a lead photo', () => {
    const withPhoto = article([], { leadPhoto: { file: null, caption: 'The Kremlin', credit: '', altText: '' } });
    const without = article([], { leadPhoto: null });
    const comparison = compareArticles(withPhoto, without);
    const result = takeChange(without, comparison, 'field:leadPhoto.caption', 'left');
    expect(Article.parse(result).leadPhoto).toEqual({ file: null, caption: 'The Kremlin', credit: '', altText: '' });
    expect(takeChange(withPhoto, comparison, 'field:leadPhoto.caption', 'right').leadPhoto).toBeNull();
  });

  it('takes a photo caption, credit and alt text together', () => {
    const before = article([photo('The Kremlin'), paragraph(P1)]);
    const after = article([photo('The Kremlin at dusk', { credit: 'Reuters', altText: 'Red walls' }), paragraph(P1)]);
    const result = take(before, after, 'left', 'right');
    expect(result.body.root.children[0]).toMatchObject({ type: 'photo', credit: 'Reuters', altText: 'Red walls' });
    expect(compareArticles(after, result).changes).toEqual([]);
  });

  it('returns the base itself when the base side is taken, and refuses an article changed since the comparison', () => {
    const right = article([paragraph(P1), paragraph(P3)]);
    const comparison = compareArticles(left, right);
    const id = comparison.changes[0]!.id;
    expect(takeChange(right, comparison, id, 'right')).toBe(right);
    const edited = { ...right, headline: 'Edited since' };
    expect(() => takeChange(edited, comparison, id, 'left')).toThrow(/compare again/);
    expect(() => takeChange(right, comparison, 'block:nowhere', 'left')).toThrow(/No change/);
  });
});

describe('takeChange in lists', () => {
  it('puts an inserted item into its list, between the same neighbours', () => {
    const left = article([list(['Peskov spoke', 'Tbilisi was silent'])]);
    const right = article([list(['Peskov spoke', 'Washington welcomed it', 'Tbilisi was silent'])]);
    const result = take(left, right, 'left', 'right');
    expect(result.body.root.children).toHaveLength(1);
    expect(texts(result)).toEqual(['Peskov spoke', 'Washington welcomed it', 'Tbilisi was silent']);
  });

  it('splits a list for a paragraph inserted inside it, and joins it again when the paragraph is taken out', () => {
    const left = article([list(['Peskov spoke', 'Tbilisi was silent'])]);
    const right = article([list(['Peskov spoke']), paragraph('Meanwhile, in Brussels:'), list(['Tbilisi was silent'])]);
    const split = take(left, right, 'left', 'right');
    expect(split.body.root.children.map((c) => c.type)).toEqual(['list', 'paragraph', 'list']);
    expect(compareArticles(right, split).changes).toEqual([]);
    const joined = take(left, right, 'right', 'left');
    expect(joined.body.root.children.map((c) => c.type)).toEqual(['list']);
    expect(texts(joined)).toEqual(['Peskov spoke', 'Tbilisi was silent']);
  });

  it('removes a list whose last item is taken out, and starts a list for an item that had none', () => {
    const left = article([paragraph(P1), list(['A lone item'])]);
    const right = article([paragraph(P1)]);
    expect(take(left, right, 'left', 'right').body.root.children.map((c) => c.type)).toEqual(['paragraph']);
    const restored = take(left, right, 'right', 'left');
    expect(restored.body.root.children).toMatchObject([
      { type: 'paragraph' },
      { type: 'list', listType: 'bullet', children: [{ type: 'listitem' }] },
    ]);
  });

  it('empties the body when its last block is taken out, as the side taken from is empty', () => {
    const emptied = take(article([]), article([paragraph(P1)]), 'right', 'left');
    expect(emptied.body.root.children).toEqual([]);
  });
});

describe('takeAll and taking changes one by one', () => {
  const left = article(
    [heading('Background'), paragraph(P1), list(['Peskov spoke', 'Tbilisi was silent']), photo('The Kremlin'), paragraph(P2)],
    { status: 'edited', tags: ['Russia'] },
  );
  const right = article(
    [
      paragraph(P2),
      heading('Context'),
      paragraph(P1.replace('Russia', 'Moscow')),
      list(['Peskov spoke', 'Washington welcomed it']),
      paragraph(P4),
    ],
    { id: '7f3c1d2e-9a8b-4c5d-8e6f-1a2b3c4d5e6f', headline: 'Kremlin Says It Is Ready', createdAt: '2025-05-01T00:00:00.000Z' },
  );

  it('takeAll from the left gives an article with no difference left, under the base identity', () => {
    const comparison = compareArticles(left, right);
    const result = takeAll(right, comparison, 'left');
    expect(Article.parse(result)).toEqual(result);
    expect(compareArticles(left, result).changes).toEqual([]);
    expect([result.id, result.createdAt]).toEqual([right.id, right.createdAt]);
    expect(takeAll(right, comparison, 'right')).toBe(right);
  });

  for (const from of ['left', 'right'] as const) {
    it(`taking every change from the ${from}, one at a time, ends with no difference`, () => {
      const { result, takes } = takeEverything(left, right, from);
      expect(takes).toBeGreaterThan(3);
      expect(texts(result)).toEqual(texts(from === 'left' ? left : right));
    });
  }

  it('taking every change one at a time converges on long English and Arabic drafts too', () => {
    const long = longDraft(3000, 11);
    const edited = editedDraft(long, 0.05, 12);
    const blocks = edited.body.root.children;
    const moved = { ...edited, body: { root: { ...edited.body.root, children: [...blocks.slice(3), ...blocks.slice(0, 3)] } } };
    const { result } = takeEverything(long, moved, 'left');
    expect(texts(result)).toEqual(texts(long));
  });

  it('taking changes one at a time in any order converges on random bodies with nested lists and photos', () => {
    for (let seed = 1; seed <= 150; seed++) {
      const random = seeded(seed);
      const left = article(randomBody(random));
      const right = article(randomlyEdited(left.body.root.children, random));
      for (const from of ['left', 'right'] as const) {
        const { result } = takeEverything(left, right, from, (count) => Math.floor(random() * count));
        const whole = takeAll(from === 'left' ? right : left, compareArticles(left, right), from);
        expect(compareArticles(result, whole).changes, `seed ${seed}, from the ${from}`).toEqual([]);
      }
    }
  });
});
