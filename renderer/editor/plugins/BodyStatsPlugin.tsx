import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useEffect } from 'react';
import { $bodyBlockTexts } from '../body-text';

/** Reports the body's text (one string per block) after load and after every content change. */
export function BodyStatsPlugin({ onBlocks }: { onBlocks(blocks: string[]): void }): null {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    onBlocks(editor.getEditorState().read($bodyBlockTexts));
    return editor.registerUpdateListener(({ editorState, dirtyElements, dirtyLeaves }) => {
      if (dirtyElements.size === 0 && dirtyLeaves.size === 0) return;
      onBlocks(editorState.read($bodyBlockTexts));
    });
  }, [editor, onBlocks]);
  return null;
}
