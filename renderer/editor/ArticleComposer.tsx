import { LexicalComposer } from '@lexical/react/LexicalComposer';
import type { ReactNode } from 'react';
import type { ArticleBody } from '../../electron/common/lexical-nodes.js';
import { ArticleMediaProvider, type ArticleMediaSource } from './article-media';
import { BODY_NAMESPACE } from './nodes';
import { BODY_VIEW_NODES } from './view-nodes';
import { BODY_THEME } from './theme';

interface ArticleComposerProps {
  body: ArticleBody;
  /**
   * The open article (an ArticleSession fits): its folder names the bundle the body's photos are
   * added to and shown from, and follows a rename.
   */
  article?: ArticleMediaSource;
  children: ReactNode;
}

/**
 * One Lexical editor per opened article. The saved body goes in as the initial state, which
 * LexicalComposer applies with `editor.setEditorState(editor.parseEditorState(json))` before any
 * plugin listens: loading is neither an undo step nor an edit to save. Remount (key) to load
 * another article or a reloaded one, so history never crosses articles.
 */
export function ArticleComposer({ body, article, children }: ArticleComposerProps) {
  return (
    <LexicalComposer
      initialConfig={{
        namespace: BODY_NAMESPACE,
        nodes: BODY_VIEW_NODES,
        theme: BODY_THEME,
        // Lexical refuses to load an empty root; such a body starts as one empty paragraph.
        editorState: body.root.children.length > 0 ? JSON.stringify(body) : undefined,
        onError: (error) => {
          // Lexical reports bugs and impossible states here; the edit in progress is dropped and
          // the editor stays usable, so a log line is the right weight.
          console.error('[masthead] editor error:', error);
        },
      }}
    >
      <ArticleMediaProvider source={article}>{children}</ArticleMediaProvider>
    </LexicalComposer>
  );
}
