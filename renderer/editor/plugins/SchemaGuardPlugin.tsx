import { AutoLinkNode, LinkNode } from '@lexical/link';
import { ListNode } from '@lexical/list';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { HeadingNode } from '@lexical/rich-text';
import { mergeRegister } from '@lexical/utils';
import { IS_BOLD, IS_ITALIC, IS_STRIKETHROUGH, IS_UNDERLINE, TextNode } from 'lexical';
import { useEffect } from 'react';
import { isAllowedLinkUrl } from '../link-url';

const KEPT_FORMATS = IS_BOLD | IS_ITALIC | IS_UNDERLINE | IS_STRIKETHROUGH;

/**
 * Keeps the body inside the article schema whatever arrives by paste or drop: headings become
 * h2/h3, checklists become bulleted lists, text loses inline styles and formats the exporters do
 * not carry (code, highlight, sub/superscript), and links to anything but the web or email are
 * unwrapped to plain text. Paste is hostile; the save would otherwise be refused by the schema.
 */
function unwrapUnsafeLink(link: LinkNode): void {
  if (isAllowedLinkUrl(link.getURL())) return;
  for (const child of link.getChildren()) link.insertBefore(child);
  link.remove();
}

export function SchemaGuardPlugin(): null {
  const [editor] = useLexicalComposerContext();
  useEffect(
    () =>
      mergeRegister(
        editor.registerNodeTransform(HeadingNode, (node) => {
          const tag = node.getTag();
          if (tag === 'h1') node.setTag('h2');
          else if (tag !== 'h2' && tag !== 'h3') node.setTag('h3');
        }),
        editor.registerNodeTransform(ListNode, (node) => {
          if (node.getListType() === 'check') node.setListType('bullet');
        }),
        editor.registerNodeTransform(TextNode, (node) => {
          const format = node.getFormat();
          if ((format & ~KEPT_FORMATS) !== 0) node.setFormat(format & KEPT_FORMATS);
          if (node.getStyle() !== '') node.setStyle('');
        }),
        editor.registerNodeTransform(LinkNode, unwrapUnsafeLink),
        editor.registerNodeTransform(AutoLinkNode, unwrapUnsafeLink),
      ),
    [editor],
  );
  return null;
}
