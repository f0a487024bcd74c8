import { $isListItemNode, $isListNode, type ListNode } from '@lexical/list';
import { $getRoot, $isElementNode, type LexicalNode } from 'lexical';

/**
 * The body's text, one entry per block (list items each count as a block), walked the same way
 * as bodyPlainText in electron/common/rules/text.ts so the counts agree with the saved file. Call inside
 * a Lexical read or update.
 */
export function $bodyBlockTexts(): string[] {
  const out: string[] = [];
  const visitList = (list: ListNode): void => {
    for (const item of list.getChildren()) {
      if (!$isListItemNode(item)) continue;
      let inline = '';
      const nested: ListNode[] = [];
      for (const child of item.getChildren<LexicalNode>()) {
        if ($isListNode(child)) nested.push(child);
        else inline += child.getTextContent();
      }
      // A list item that only wraps a nested list is structure, not a line of text.
      if (nested.length === 0 || inline) out.push(inline);
      nested.forEach(visitList);
    }
  };
  for (const block of $getRoot().getChildren()) {
    if ($isListNode(block)) visitList(block);
    else if ($isElementNode(block)) out.push(block.getTextContent());
  }
  return out;
}
