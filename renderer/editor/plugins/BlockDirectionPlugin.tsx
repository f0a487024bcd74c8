import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useEffect, useRef } from 'react';
import type { TextDirection } from '../../../electron/common/rules/direction.js';
import { registerBlockDirections, type BlockDirections } from '../block-direction';

/**
 * Stores each block's direction as it is typed (see block-direction.ts); `dir` is the article's,
 * which the blocks without letters take. Used by the body and by each photo caption's editor.
 */
export function BlockDirectionPlugin({ dir }: { dir: TextDirection }): null {
  const [editor] = useLexicalComposerContext();
  const blocks = useRef<BlockDirections | null>(null);
  const initial = useRef(dir);
  useEffect(() => {
    const registered = registerBlockDirections(editor, initial.current);
    blocks.current = registered;
    return () => {
      registered.dispose();
      blocks.current = null;
    };
  }, [editor]);
  useEffect(() => {
    initial.current = dir;
    blocks.current?.setArticleDirection(dir);
  }, [dir]);
  return null;
}
