import { LinkNode } from '@lexical/link';
import { ListItemNode, ListNode } from '@lexical/list';
import { LexicalComposer } from '@lexical/react/LexicalComposer';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import { HistoryPlugin } from '@lexical/react/LexicalHistoryPlugin';
import { ListPlugin } from '@lexical/react/LexicalListPlugin';
import { RichTextPlugin } from '@lexical/react/LexicalRichTextPlugin';
import { HeadingNode, QuoteNode } from '@lexical/rich-text';
import { createRoot } from 'react-dom/client';

/**
 * The typing benchmark's reference: a bare Lexical rich-text editor of the same version, with the
 * node types a text-only article needs and nothing else. The article arrives as the serialized
 * editor state in `window.__BENCH_STATE__`, as the Masthead editor loads it from article.json.
 */
declare global {
  interface Window {
    __BENCH_STATE__: string;
    __BENCH_DIR__: 'ltr' | 'rtl';
  }
}

function BareEditor() {
  return (
    <LexicalComposer
      initialConfig={{
        namespace: 'bare',
        nodes: [HeadingNode, QuoteNode, ListNode, ListItemNode, LinkNode],
        editorState: window.__BENCH_STATE__,
        onError: (error: Error) => {
          throw error;
        },
      }}
    >
      <RichTextPlugin contentEditable={<ContentEditable className="editor" aria-label="Bare editor" dir={window.__BENCH_DIR__} />} ErrorBoundary={LexicalErrorBoundary} />
      <HistoryPlugin />
      <ListPlugin />
    </LexicalComposer>
  );
}

createRoot(document.getElementById('root')!).render(<BareEditor />);
