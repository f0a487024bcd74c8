import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useEffect } from 'react';
import { $bodyBlockTexts } from '../body-text';

/** Counts wait for a pause in typing this long… */
const PAUSE_MS = 300;
/** …or at most this long while typing goes on, so the counts never fall far behind. */
const MAX_WAIT_MS = 2000;

/**
 * Reports the body's text (one string per block) after load and after content changes. Each
 * report re-renders the counts, the length guides and the checklist, which in a long article
 * costs more than a keystroke may, so reports wait for a pause in typing (and come at least
 * every two seconds while it goes on).
 */
export function BodyStatsPlugin({ onBlocks }: { onBlocks(blocks: string[]): void }): null {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    onBlocks(editor.getEditorState().read($bodyBlockTexts));
    let timer: ReturnType<typeof setTimeout> | undefined;
    let firstPending: number | null = null;
    const report = () => {
      timer = undefined;
      firstPending = null;
      onBlocks(editor.getEditorState().read($bodyBlockTexts));
    };
    const stop = editor.registerUpdateListener(({ dirtyElements, dirtyLeaves }) => {
      if (dirtyElements.size === 0 && dirtyLeaves.size === 0) return;
      const now = performance.now();
      firstPending ??= now;
      clearTimeout(timer);
      timer = setTimeout(report, Math.max(0, Math.min(PAUSE_MS, firstPending + MAX_WAIT_MS - now)));
    });
    return () => {
      stop();
      clearTimeout(timer);
    };
  }, [editor, onBlocks]);
  return null;
}
