import { describe, expect, it } from 'vitest';
import { Article } from '../../../../../electron/common/article.js';
import { compareArticles, type BlockChange, type Side } from '../../../../../electron/common/rules/compare/compare.js';
import { takeChange } from '../../../../../electron/common/rules/compare/merge.js';
import {
  paragraph,
  textNode,
  type SerializedBlockNode,
  type SerializedInlineNode,
  type SerializedLinkNode,
} from '../../../../../electron/common/lexical-nodes.js';
import { article, heading, list, quote, texts } from '../../../../../bench/drafts.js';

/**
 * Changes to how the body looks, not to its words: formats, links and block types are listed as
 * changes, described, counted, and taken from either side with the side's look.
 */

const BOLD = 1;
const ITALIC = 2;
const STRIKE = 4;
const UNDERLINE = 8;
const BEFORE = 'Kremlin spokesman ';
const NAME = 'Dmitry Peskov';
const AFTER = ' said Russia remains open to restoring relations.';
const P2 = 'He added that the decision rests with the government in Tbilisi.';
const URL_A = 'https://example.org/peskov';
const URL_B = 'https://example.org/kremlin';

const para = (...children: SerializedInlineNode[]): SerializedBlockNode => ({ ...paragraph(''), children });
const link = (url: string, text: string, format = 0): SerializedLinkNode => ({
  type: 'link',
  version: 1,
  url,
  rel: null,
  target: null,
  title: null,
  children: [textNode(text, format)],
});
/** The first paragraph with the name in `format`, or in a link. */
const named = (name: SerializedInlineNode): Article => article([para(textNode(BEFORE), name, textNode(AFTER)), paragraph(P2)]);
const plainName = named(textNode(NAME));

const blockChanges = (left: Article, right: Article) =>
  compareArticles(left, right).changes.filter((c): c is BlockChange => c.kind === 'block');

/** Takes the only change from `from` into the other side; the result is a valid article. */
function takeOnly(left: Article, right: Article, from: Side): Article {
  const comparison = compareArticles(left, right);
  expect(comparison.changes).toHaveLength(1);
  const base = from === 'left' ? right : left;
  const result = takeChange(base, comparison, comparison.changes[0]!.id, from);
  expect(() => Article.parse(result)).not.toThrow();
  return result;
}

/** The one change is taken whole either way: each side ends with the other's body, look and all. */
function takesBothWays(left: Article, right: Article): void {
  expect(takeOnly(left, right, 'left')).toEqual({ ...right, body: left.body });
  expect(takeOnly(left, right, 'right')).toEqual({ ...left, body: right.body });
}

describe('formatting changes', () => {
  it.each([
    ['bold', BOLD],
    ['italic', ITALIC],
    ['underline', UNDERLINE],
    ['strikethrough', STRIKE],
  ] as const)('lists a name made %s as one change, describes it and counts it, with no words marked', (mark, bit) => {
    const right = named(textNode(NAME, bit));
    const comparison = compareArticles(plainName, right);
    expect(comparison.rows.map((r) => r.kind)).toEqual(['changed', 'same']);
    expect(comparison.rows[0]!.diff).toBeNull();
    expect(comparison.changes).toEqual([
      expect.objectContaining({ kind: 'block', rowKind: 'changed', blockKind: 'paragraph', formatting: [{ type: 'mark', mark, added: true, text: NAME }] }),
    ]);
    expect(comparison.formattingChanges).toBe(1);
    expect([comparison.wordsAdded, comparison.wordsRemoved]).toEqual([0, 0]);
    // The other way round, the format is removed.
    expect(blockChanges(right, plainName)[0]!.formatting).toEqual([{ type: 'mark', mark, added: false, text: NAME }]);
    takesBothWays(plainName, right);
  });

  it('tells each format that changed on the same words', () => {
    const right = named(textNode(NAME, BOLD | ITALIC));
    const left = named(textNode(NAME, ITALIC | UNDERLINE));
    expect(blockChanges(left, right)[0]!.formatting).toEqual([
      { type: 'mark', mark: 'bold', added: true, text: NAME },
      { type: 'mark', mark: 'underline', added: false, text: NAME },
    ]);
    takesBothWays(left, right);
  });

  it('lists a link added, removed and pointed elsewhere, with its address', () => {
    const linked = named(link(URL_A, NAME));
    expect(blockChanges(plainName, linked)[0]!.formatting).toEqual([{ type: 'link', from: null, to: URL_A, text: NAME }]);
    expect(blockChanges(linked, plainName)[0]!.formatting).toEqual([{ type: 'link', from: URL_A, to: null, text: NAME }]);
    const moved = named(link(URL_B, NAME));
    expect(blockChanges(linked, moved)[0]!.formatting).toEqual([{ type: 'link', from: URL_A, to: URL_B, text: NAME }]);
    takesBothWays(linked, plainName);
    takesBothWays(linked, moved);
  });

  it('reads bold inside a link and the link apart', () => {
    const left = named(link(URL_A, NAME));
    const right = named(link(URL_A, NAME, BOLD));
    expect(blockChanges(left, right)[0]!.formatting).toEqual([{ type: 'mark', mark: 'bold', added: true, text: NAME }]);
    takesBothWays(left, right);
  });

  it('marks reworded words as words and formatting only on the words both sides share', () => {
    const left = article([para(textNode(`${BEFORE}${NAME}${AFTER}`)), paragraph(P2)]);
    const right = article([para(textNode('Kremlin spokesman '), textNode(NAME, BOLD), textNode(' said Russia remains ready to restore relations.')), paragraph(P2)]);
    const [change] = blockChanges(left, right);
    expect(change).toMatchObject({ deleted: ['open', 'restoring'], inserted: ['ready', 'restore'] });
    expect(change!.formatting).toEqual([{ type: 'mark', mark: 'bold', added: true, text: NAME }]);
    takesBothWays(left, right);
  });

  it('sees no change in spacing inside a bold run, nor in formatting the same words in other nodes', () => {
    const left = named(textNode('Dmitry  Peskov', BOLD));
    const right = article([para(textNode(BEFORE), textNode('Dmitry ', BOLD), textNode('Peskov', BOLD), textNode(AFTER)), paragraph(P2)]);
    expect(compareArticles(left, right).changes).toEqual([]);
    expect(compareArticles(named(textNode(NAME, BOLD)), right).changes).toEqual([]);
  });

  it('names two formatted stretches of one paragraph apart', () => {
    const left = article([para(textNode('Peskov spoke in Moscow and Tbilisi answered.'))]);
    const right = article([para(textNode('Peskov', BOLD), textNode(' spoke in Moscow and '), textNode('Tbilisi', ITALIC), textNode(' answered.'))]);
    expect(blockChanges(left, right)[0]!.formatting).toEqual([
      { type: 'mark', mark: 'bold', added: true, text: 'Peskov' },
      { type: 'mark', mark: 'italic', added: true, text: 'Tbilisi' },
    ]);
    expect(compareArticles(left, right).formattingChanges).toBe(2);
  });
});

describe('block type changes', () => {
  const P1 = `${BEFORE}${NAME}${AFTER}`;

  it.each([
    ['a paragraph turned into a quote', paragraph(P1), quote(P1), { kind: 'paragraph', variant: '' }, { kind: 'quote', variant: '' }],
    ['a paragraph turned into a heading', paragraph(P1), heading(P1), { kind: 'paragraph', variant: '' }, { kind: 'heading', variant: 'h2' }],
    [
      'a heading turned into a subheading',
      heading(P1),
      { type: 'heading', tag: 'h3', version: 1, direction: 'ltr', children: [textNode(P1)] } as SerializedBlockNode,
      { kind: 'heading', variant: 'h2' },
      { kind: 'heading', variant: 'h3' },
    ],
  ])('lists %s, describes it and takes it either way', (_, before, after, from, to) => {
    const left = article([before, paragraph(P2)]);
    const right = article([after, paragraph(P2)]);
    const comparison = compareArticles(left, right);
    expect(comparison.changes).toEqual([expect.objectContaining({ rowKind: 'changed', formatting: [{ type: 'block', from, to }] })]);
    expect(comparison.formattingChanges).toBe(1);
    takesBothWays(left, right);
  });

  it('lists a paragraph turned into a list item as one change, and takes it into or out of the list', () => {
    const left = article([list(['Peskov spoke', 'Tbilisi was silent']), paragraph(P2), paragraph(`${NAME} left.`)]);
    const right = article([list(['Peskov spoke', 'Tbilisi was silent', P2]), paragraph(`${NAME} left.`)]);
    const [change] = blockChanges(left, right);
    expect(blockChanges(left, right)).toHaveLength(1);
    expect(change).toMatchObject({ rowKind: 'changed', blockKind: 'listitem', formatting: [{ type: 'block', from: { kind: 'paragraph' }, to: { kind: 'listitem', variant: 'bullet' } }] });
    takesBothWays(left, right);
  });

  it('lists a bulleted list made numbered item by item, and taking each item one by one gives one numbered list', () => {
    const items = ['Peskov spoke', 'Tbilisi was silent', 'Brussels welcomed the talks'];
    const left = article([paragraph(P2), list(items, 'bullet')]);
    const right = article([paragraph(P2), list(items, 'number')]);
    let current = left;
    for (let takes = 0; takes < items.length; takes++) {
      const comparison = compareArticles(current, right);
      expect(comparison.changes).toHaveLength(items.length - takes);
      expect(comparison.changes[0]).toMatchObject({ formatting: [{ type: 'block', from: { variant: 'bullet' }, to: { variant: 'number' } }] });
      current = takeChange(current, comparison, comparison.changes[0]!.id, 'right');
      Article.parse(current);
    }
    expect(compareArticles(current, right).changes).toEqual([]);
    expect(current.body.root.children.map((n) => (n.type === 'list' ? n.listType : n.type))).toEqual(['paragraph', 'number']);
    expect(texts(current)).toEqual([P2, ...items]);
  });

  it('keeps the items nested in a list item turned into a paragraph', () => {
    const nested = list(['Peskov spoke', 'Tbilisi was silent']);
    nested.children[0]!.children.push(list(['In Moscow', 'On Tuesday']));
    const left = article([nested]);
    const right = article([paragraph('Peskov spoke'), list(['In Moscow', 'On Tuesday', 'Tbilisi was silent'])]);
    const comparison = compareArticles(left, right);
    const first = comparison.changes.find((c) => c.kind === 'block' && c.formatting.some((f) => f.type === 'block'));
    expect(first).toBeDefined();
    const result = takeChange(left, comparison, first!.id, 'right');
    Article.parse(result);
    expect(texts(result)[0]).toBe('Peskov spoke');
    expect(JSON.stringify(result.body)).toContain('In Moscow');
  });
});
