import { EditorRefPlugin } from '@lexical/react/LexicalEditorRefPlugin';
import type { LexicalEditor } from 'lexical';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ArticleBody } from '../../../electron/common/lexical-nodes.js';
import { ArticleComposer } from '../../editor/ArticleComposer';
import { BodyEditor } from '../../editor/BodyEditor';
import { FormattingToolbarPlugin } from '../../editor/plugins/FormattingToolbarPlugin';
import { directionOf } from '../../i18n/language';
import { Button } from '../../ui/Button';
import { ArticleDetails } from './ArticleDetails';
import type { ArticleSession } from './article-session';
import { HeadlineField } from './HeadlineField';
import { statsOf, type TextStats } from './text-stats';
import './editor-screen.css';

interface EditorScreenProps {
  session: ArticleSession;
  /** A new article: put the caret in the headline. */
  focusHeadline: boolean;
  onStats(stats: TextStats): void;
  onRename(): void;
  onDelete(): void;
}

/**
 * The open article: toolbar and article actions, headline, details line and body. Mounted once
 * per opened article (the parent keys it), so its initial state is the loaded article.
 */
export function EditorScreen({ session, focusHeadline, onStats, onRename, onDelete }: EditorScreenProps) {
  const { t } = useTranslation();
  const [article] = useState(session.article);
  const [headline, setHeadline] = useState(article.headline);
  const [bodyBlocks, setBodyBlocks] = useState<string[]>([]);
  const headlineRef = useRef(headline);
  const editorRef = useRef<LexicalEditor | null>(null);

  useEffect(
    () =>
      session.attachDraft(() => {
        const editor = editorRef.current;
        return {
          headline: headlineRef.current,
          // The registered nodes are exactly the schema's, so the editor's JSON is an ArticleBody.
          body: editor ? (editor.getEditorState().toJSON() as unknown as ArticleBody) : article.body,
        };
      }),
    [session, article],
  );

  const stats = useMemo(() => statsOf([headline, ...bodyBlocks]), [headline, bodyBlocks]);
  useEffect(() => onStats(stats), [stats, onStats]);

  const changeHeadline = useCallback(
    (value: string) => {
      headlineRef.current = value;
      setHeadline(value);
      session.edited();
    },
    [session],
  );
  const bodyEdited = useCallback(() => session.edited(), [session]);
  const dir = directionOf(article.language);

  return (
    <ArticleComposer body={article.body}>
      <EditorRefPlugin editorRef={editorRef} />
      <div className="editor-header">
        <FormattingToolbarPlugin />
        <div className="article-actions" role="group" aria-label={t('editor.actions')}>
          <Button variant="quiet" onClick={onRename}>
            {t('editor.rename')}
          </Button>
          <Button variant="quiet" onClick={onDelete}>
            {t('editor.delete')}
          </Button>
        </div>
      </div>
      <div className="editor-scroll">
        <article className="manuscript" dir={dir} lang={article.language}>
          {session.fromBackup && <p className="manuscript__note">{t('editor.fromBackup')}</p>}
          <HeadlineField value={headline} onChange={changeHeadline} autoFocus={focusHeadline} />
          <ArticleDetails article={article} />
          <BodyEditor dir={dir} lang={article.language} onEdit={bodyEdited} onBlocks={setBodyBlocks} />
        </article>
      </div>
    </ArticleComposer>
  );
}
