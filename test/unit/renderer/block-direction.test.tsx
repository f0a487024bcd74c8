import { createHeadlessEditor } from '@lexical/headless';
import { $createListItemNode, $createListNode, registerList } from '@lexical/list';
import { $createHeadingNode, $createQuoteNode } from '@lexical/rich-text';
import { $createParagraphNode, $createTextNode, $getRoot, $isElementNode, $isTextNode, HISTORY_MERGE_TAG, type LexicalEditor, type LexicalNode } from 'lexical';
import { describe, expect, it } from 'vitest';
import { registerBlockDirections } from '../../../renderer/editor/block-direction.js';
import { BODY_NAMESPACE, BODY_NODES } from '../../../renderer/editor/nodes.js';

/**
 * The body editor stores each block's direction (headless, with the body's own node list): the
 * first strong letter decides, a block without letters takes the article's direction, a list
 * follows its items, and a change of the article's language moves only the blocks without letters.
 * (A .tsx test, compiled by tsconfig.web.json: the body's node list is typed with the DOM library.)
 */

function bodyEditor(): LexicalEditor {
  const editor = createHeadlessEditor({
    namespace: BODY_NAMESPACE,
    nodes: [...BODY_NODES],
    onError: (error) => {
      throw error;
    },
  });
  registerList(editor);
  return editor;
}

type Json = { type: string; direction?: string | null; children?: Json[]; text?: string };

/** "type:direction" per block, depth first, as article.json would hold them. */
function directions(editor: LexicalEditor): string[] {
  const out: string[] = [];
  const visit = (node: Json): void => {
    if (node.type !== 'text' && node.type !== 'root') out.push(`${node.type}:${node.direction ?? 'null'}`);
    for (const child of node.children ?? []) visit(child);
  };
  visit(editor.getEditorState().toJSON().root as unknown as Json);
  return out;
}

const text = (value: string) => $createTextNode(value);

function fill(editor: LexicalEditor, tag?: string): void {
  editor.update(
    () => {
      const root = $getRoot().clear();
      root.append(
        $createHeadingNode('h2').append(text('عنوان فرعي')),
        $createParagraphNode().append(text('“Hello,” she said in English.')),
        $createParagraphNode().append(text('2024 — 15%')),
        $createQuoteNode().append(text('“To be or not to be”')),
        $createListNode('bullet').append($createListItemNode().append(text('The first item')), $createListItemNode().append(text('البند الثاني')), $createListItemNode()),
        $createParagraphNode(),
      );
    },
    { discrete: true, ...(tag ? { tag } : {}) },
  );
}

describe('block directions', () => {
  it('stores each block’s direction from its first strong letter, the article’s when it has none', () => {
    const editor = bodyEditor();
    registerBlockDirections(editor, 'rtl');
    fill(editor);
    expect(directions(editor)).toEqual([
      'heading:rtl',
      'paragraph:ltr',
      'paragraph:rtl',
      'quote:ltr',
      'list:ltr',
      'listitem:ltr',
      'listitem:rtl',
      // An empty item is shown like its list.
      'listitem:ltr',
      'paragraph:rtl',
    ]);
  });

  it('follows typing: a block turns when its first letter changes script, and an emptied one takes the article’s', () => {
    const editor = bodyEditor();
    registerBlockDirections(editor, 'rtl');
    fill(editor);
    const firstParagraph = (): LexicalNode => $getRoot().getChildAtIndex(1)!;
    editor.update(
      () => {
        const block = firstParagraph();
        const first = $isElementNode(block) ? block.getFirstChild() : null;
        if ($isTextNode(first)) first.setTextContent('قالت: Hello');
      },
      { discrete: true },
    );
    expect(directions(editor)[1]).toBe('paragraph:rtl');
    editor.update(
      () => {
        const block = firstParagraph();
        if ($isElementNode(block)) block.clear();
      },
      { discrete: true },
    );
    expect(directions(editor)[1]).toBe('paragraph:rtl');
    editor.update(
      () => {
        const block = firstParagraph();
        if ($isElementNode(block)) block.append(text('English again'));
      },
      { discrete: true },
    );
    expect(directions(editor)[1]).toBe('paragraph:ltr');
  });

  it('gives an article saved without directions its directions on open, as a history merge (no edit to save)', async () => {
    const editor = bodyEditor();
    fill(editor);
    // Saved before directions were stored: every block null.
    editor.update(
      () => {
        const visit = (node: LexicalNode): void => {
          if (!$isElementNode(node)) return;
          node.setDirection(null);
          node.getChildren().forEach(visit);
        };
        $getRoot().getChildren().forEach(visit);
      },
      { discrete: true },
    );
    expect(directions(editor).every((entry) => entry.endsWith(':null'))).toBe(true);
    const tags: string[][] = [];
    editor.registerUpdateListener(({ tags: updateTags, dirtyElements }) => {
      if (dirtyElements.size > 0) tags.push([...updateTags]);
    });
    registerBlockDirections(editor, 'rtl');
    await Promise.resolve();
    editor.read(() => undefined);
    expect(directions(editor)).toEqual(['heading:rtl', 'paragraph:ltr', 'paragraph:rtl', 'quote:ltr', 'list:ltr', 'listitem:ltr', 'listitem:rtl', 'listitem:ltr', 'paragraph:rtl']);
    expect(tags.length).toBeGreaterThan(0);
    for (const updateTags of tags) expect(updateTags).toContain(HISTORY_MERGE_TAG);
  });

  it('moves the blocks without letters when the article’s language changes, and only those', () => {
    const editor = bodyEditor();
    const blocks = registerBlockDirections(editor, 'rtl');
    fill(editor);
    blocks.setArticleDirection('ltr');
    editor.read(() => undefined);
    expect(directions(editor)).toEqual([
      'heading:rtl',
      'paragraph:ltr',
      'paragraph:ltr',
      'quote:ltr',
      'list:ltr',
      'listitem:ltr',
      'listitem:rtl',
      'listitem:ltr',
      'paragraph:ltr',
    ]);
  });
});
