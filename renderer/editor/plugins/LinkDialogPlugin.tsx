import { $createLinkNode, $isLinkNode, $toggleLink } from '@lexical/link';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $findMatchingParent, mergeRegister } from '@lexical/utils';
import {
  $createRangeSelectionFromDom,
  $createTextNode,
  $getSelection,
  $isRangeSelection,
  $setSelection,
  COMMAND_PRIORITY_EDITOR,
  COMMAND_PRIORITY_NORMAL,
  createCommand,
  getDOMSelection,
  KEY_DOWN_COMMAND,
  type BaseSelection,
  type LexicalEditor,
} from 'lexical';
import { useEffect, useState } from 'react';
import { LinkDialog } from '../LinkDialog';

/** Opens the Link dialog for the current selection (toolbar button, Ctrl/Cmd+K). */
export const OPEN_LINK_DIALOG_COMMAND = createCommand<void>('OPEN_LINK_DIALOG_COMMAND');

interface LinkRequest {
  url: string;
  /** The body selection when the dialog opened; focus moves to the dialog, so we put it back. */
  selection: BaseSelection | null;
  /** The body, or the photo caption where Ctrl/Cmd+K was pressed (captions may hold links too). */
  target: LexicalEditor;
}

/**
 * The selection the user sees. Lexical updates its own copy on `selectionchange`, which can
 * arrive after a quick Shift+Arrow then Ctrl+K; the browser's selection is never behind.
 */
function $liveSelection(editor: LexicalEditor): BaseSelection | null {
  const root = editor.getRootElement();
  const dom = getDOMSelection(root?.ownerDocument.defaultView ?? null);
  if (root && dom?.anchorNode && root.contains(dom.anchorNode)) {
    const fresh = $createRangeSelectionFromDom(dom, editor);
    if (fresh) {
      $setSelection(fresh);
      return fresh;
    }
  }
  return $getSelection();
}

function $linkUrlAt(selection: BaseSelection | null): string {
  if (!$isRangeSelection(selection)) return '';
  const node = selection.anchor.getNode();
  const link = $isLinkNode(node) ? node : $findMatchingParent(node, $isLinkNode);
  return link ? link.getURL() : '';
}

export function LinkDialogPlugin() {
  const [editor] = useLexicalComposerContext();
  const [request, setRequest] = useState<LinkRequest | null>(null);

  useEffect(
    () =>
      mergeRegister(
        editor.registerCommand(
          OPEN_LINK_DIALOG_COMMAND,
          () => {
            // Command listeners run inside an editor update, so the selection is readable here.
            const selection = $liveSelection(editor);
            setRequest({ url: $linkUrlAt(selection), selection: selection?.clone() ?? null, target: editor });
            return true;
          },
          COMMAND_PRIORITY_EDITOR,
        ),
        editor.registerCommand(
          KEY_DOWN_COMMAND,
          (event, fromEditor) => {
            const isShortcut = (event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey && event.key.toLowerCase() === 'k';
            if (!isShortcut) return false;
            event.preventDefault();
            if (fromEditor === editor) {
              editor.dispatchCommand(OPEN_LINK_DIALOG_COMMAND, undefined);
              return true;
            }
            // From a photo caption's editor (its key commands reach the body's listeners too): the
            // link goes into the caption. Read its selection in its own update, after this one.
            queueMicrotask(() =>
              fromEditor.update(() => {
                const selection = $liveSelection(fromEditor);
                setRequest({ url: $linkUrlAt(selection), selection: selection?.clone() ?? null, target: fromEditor });
              }),
            );
            return true;
          },
          COMMAND_PRIORITY_NORMAL,
        ),
      ),
    [editor],
  );

  if (!request) return null;

  const restoreSelection = (): void => {
    if (request.selection) $setSelection(request.selection.clone());
  };

  const apply = (url: string): void => {
    request.target.update(() => {
      restoreSelection();
      const selection = $getSelection();
      if ($isRangeSelection(selection) && selection.isCollapsed() && !request.url) {
        // Nothing selected and not inside a link: insert the address itself as the link text.
        selection.insertNodes([$createLinkNode(url).append($createTextNode(url))]);
      } else {
        $toggleLink(url);
      }
    });
    setRequest(null);
  };

  const remove = (): void => {
    request.target.update(() => {
      restoreSelection();
      $toggleLink(null);
    });
    setRequest(null);
  };

  return <LinkDialog initialUrl={request.url} canRemove={request.url !== ''} onApply={apply} onRemove={remove} onCancel={() => setRequest(null)} />;
}
