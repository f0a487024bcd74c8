import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useEffect, useRef } from 'react';
import type { TextDirection } from '../../../electron/common/rules/direction.js';
import type { ArabicQuoteStyle } from '../../../electron/common/rules/smart-quotes.js';
import { registerSmartQuotes } from '../smart-quotes';

/** Smart quotes as you type (smart-quotes.ts), in the body and in each photo caption. */
export function SmartQuotesPlugin({ dir, arabicQuotes }: { dir: TextDirection; arabicQuotes: ArabicQuoteStyle }): null {
  const [editor] = useLexicalComposerContext();
  const current = useRef({ dir, arabicQuotes });
  current.current = { dir, arabicQuotes };
  useEffect(
    () =>
      registerSmartQuotes(editor, {
        direction: () => current.current.dir,
        arabic: () => current.current.arabicQuotes,
      }),
    [editor],
  );
  return null;
}
