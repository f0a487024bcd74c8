import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useEffect } from 'react';
import { $bodyBlockTexts } from '../body-text';

/** Counts wait for a pause in typing this long. */
const PAUSE_MS = 300;

/**
 * Reports the body's text (one string per block) after load and after content changes. Each
 * report re-counts the body and re-renders the counts, which in a long article costs more than a
 * keystroke may, so a report waits for a pause in typing: nothing of it runs between two keys.
 */
export function BodyStatsPlugin({ onBlocks }: { onBlocks(blocks: string[]): void }): null {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    onBlocks(editor.getEditorState().read($bodyBlockTexts));
    let timer: ReturnType<typeof setTimeout> | undefined;
    const report = () => {
      timer = undefined;
      onBlocks(editor.getEditorState().read($bodyBlockTexts));
    };
    const stop = editor.registerUpdateListener(({ dirtyElements, dirtyLeaves }) => {
      if (dirtyElements.size === 0 && dirtyLeaves.size === 0) return;
      clearTimeout(timer);
      timer = setTimeout(report, PAUSE_MS);
    });
    return () => {
      stop();
      clearTimeout(timer);
    };
  }, [editor, onBlocks]);
  return null;
}
