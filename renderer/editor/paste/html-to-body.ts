import { $generateNodesFromDOM } from '@lexical/html';
import { createHeadlessEditor } from '@lexical/headless';
import { $createParagraphNode, $getRoot, $isDecoratorNode, $isElementNode, $isParagraphNode, type ElementNode, type LexicalNode, type ParagraphNode } from 'lexical';
import { textDirection } from '../../../electron/common/rules/direction.js';
import type { ArticleBody } from '../../../electron/common/lexical-nodes.js';
import { BODY_NAMESPACE, BODY_NODES } from '../nodes';
import { registerSchemaGuard } from '../schema-guard';
import { dropPendingPhotos, type CleanedHtml } from './clean-html';

/**
 * A whole article body from cleaned HTML (File › Import…), made the way a paste is: in a headless
 * editor with the body's node classes and the same schema guard, so an imported article holds
 * exactly what a pasted one would. Empty paragraphs at the start and end are left out. A headless
 * editor draws nothing, so nothing gives the blocks their direction as the window's editor does: each
 * block without one from the HTML (`dir`) gets its text's, by the shared rule (an Arabic paragraph
 * in a Word file is stored rtl).
 */
export function htmlToArticleBody(cleaned: CleanedHtml): ArticleBody {
  dropPendingPhotos(cleaned);
  let failure: Error | null = null;
  const editor = createHeadlessEditor({
    namespace: BODY_NAMESPACE,
    nodes: [...BODY_NODES],
    onError: (error) => {
      failure = error;
    },
  });
  const unregister = registerSchemaGuard(editor);
  editor.update(
    () => {
      const root = $getRoot();
      root.clear();
      let paragraph: ParagraphNode | null = null;
      for (const node of $generateNodesFromDOM(editor, cleaned.body)) {
        const isBlock = ($isElementNode(node) || $isDecoratorNode(node)) && !node.isInline();
        if (isBlock) {
          root.append(node);
          paragraph = null;
        } else {
          if (!paragraph) {
            paragraph = $createParagraphNode();
            root.append(paragraph);
          }
          paragraph.append(node);
        }
      }
      const isEmpty = (node: LexicalNode | null): boolean => $isParagraphNode(node) && node.getTextContent().trim() === '';
      while (root.getChildrenSize() > 0 && isEmpty(root.getFirstChild())) root.getFirstChildOrThrow().remove();
      while (root.getChildrenSize() > 0 && isEmpty(root.getLastChild())) root.getLastChildOrThrow().remove();
      if (root.getChildrenSize() === 0) root.append($createParagraphNode());
      $setBlockDirections(root.getChildren());
    },
    { discrete: true },
  );
  unregister();
  if (failure) throw failure;
  return editor.getEditorState().toJSON() as unknown as ArticleBody;
}

function $setBlockDirections(nodes: LexicalNode[]): void {
  const blocks = nodes.filter((node): node is ElementNode => $isElementNode(node) && !node.isInline());
  for (const block of blocks) {
    if (block.getDirection() === null) {
      const direction = textDirection(block.getTextContent());
      if (direction) block.setDirection(direction);
    }
    $setBlockDirections(block.getChildren());
  }
}
