import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getRoot, type EditorState, type LexicalEditor, type NodeKey } from 'lexical';
import { useEffect, useState } from 'react';
import { $isPhotoNode, PhotoNode } from '../../editor/nodes/PhotoNode';

/** The body photo marked as lead: its node and the plain text of its caption. */
export interface BodyLead {
  key: NodeKey;
  caption: string;
}

const captionOf = (caption: LexicalEditor): string => caption.getEditorState().read(() => $getRoot().getTextContent()).trim();

function findLead(state: EditorState): { key: NodeKey; caption: LexicalEditor } | null {
  return state.read(() => {
    for (const node of $getRoot().getChildren()) if ($isPhotoNode(node) && node.isLead()) return { key: node.getKey(), caption: node.getCaptionEditor() };
    return null;
  });
}

/**
 * Which body photo is the lead, live: follows the body (a photo marked, unmarked, removed, undone)
 * and that photo's caption, which is edited in its own nested editor. Needs the ArticleComposer
 * around it (the side panels are inside it). The body is re-read only when a photo node changes,
 * so typing text never walks the body's blocks.
 */
export function useBodyLead(): BodyLead | null {
  const [editor] = useLexicalComposerContext();
  const [lead, setLead] = useState<BodyLead | null>(null);

  useEffect(() => {
    let captionEditor: LexicalEditor | null = null;
    let stopCaption = (): void => undefined;
    let key: NodeKey | null = null;
    const publish = (): void => {
      const next = key && captionEditor ? { key, caption: captionOf(captionEditor) } : null;
      setLead((prev) => (prev?.key === next?.key && prev?.caption === next?.caption ? prev : next));
    };
    const read = (state: EditorState): void => {
      const found = findLead(state);
      key = found?.key ?? null;
      if (found?.caption !== captionEditor) {
        stopCaption();
        captionEditor = found?.caption ?? null;
        stopCaption = captionEditor ? captionEditor.registerUpdateListener(publish) : () => undefined;
      }
      publish();
    };
    read(editor.getEditorState());
    const stopBody = editor.registerMutationListener(PhotoNode, () => read(editor.getEditorState()), { skipInitialization: true });
    return () => {
      stopBody();
      stopCaption();
    };
  }, [editor]);

  return lead;
}

/** At most `max` characters of a caption, cut at a word where one is near, with an ellipsis. */
export function excerpt(text: string, max = 80): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
