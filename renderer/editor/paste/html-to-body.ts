import { $generateNodesFromDOM } from '@lexical/html';
import { createHeadlessEditor } from '@lexical/headless';
import { $createParagraphNode, $getRoot, $isDecoratorNode, $isElementNode, $isParagraphNode, type LexicalNode, type ParagraphNode } from 'lexical';
import type { TextDirection } from '../../../electron/common/rules/direction.js';
import type { ArticleBody } from '../../../electron/common/lexical-nodes.js';
import { $storeAllDirections } from '../block-direction';
import { BODY_NAMESPACE, BODY_NODES } from '../nodes';
import { registerSchemaGuard } from '../schema-guard';
import { dropPendingPhotos, type CleanedHtml } from './clean-html';

/**
 * A whole article body from cleaned HTML (File › Import…), made the way a paste is: in a headless
 * editor with the body's node classes and the same schema guard, so an imported article holds
 * exactly what a pasted one would. Empty paragraphs at the start and end are left out. Each block
 * is stored with its direction as the window's editor stores it (block-direction.ts: its text's,
 * else the article's `direction`), so an Arabic paragraph in a Word file is stored rtl.
 */
export function htmlToArticleBody(cleaned: CleanedHtml, direction: TextDirection): ArticleBody {
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
      $storeAllDirections(direction);
    },
    { discrete: true },
  );
  unregister();
  if (failure) throw failure;
  return editor.getEditorState().toJSON() as unknown as ArticleBody;
}
