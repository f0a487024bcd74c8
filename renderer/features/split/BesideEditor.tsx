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
import { HeadlineField } from '../editor/HeadlineField';
import { statsOf } from '../editor/text-stats';
import { useSaveText } from '../status-bar/StatusBar';
import { useSections } from '../library/use-library';
import { useSessionSnapshot } from '../workspace/use-session-snapshot';
import type { BesideArticle } from './use-beside';
import './split.css';

interface BesideEditorProps {
  beside: BesideArticle;
  /** Kept mounted (draft and undo history) while the compare view has the editor pane. */
  hidden: boolean;
  onClose(): void;
}

/**
 * The second pane of the split view: headline and body of another article, with the formatting
 * toolbar, its own save state and word count. Its session saves it on its own; the byline and
 * publish details stay as loaded (they are edited when the article is the main one).
 */
export function BesideEditor({ beside, hidden, onClose }: BesideEditorProps) {
  const { t } = useTranslation();
  const { session, changedOnDisk } = beside;
  const [article] = useState(session.article);
  const [headline, setHeadline] = useState(article.headline);
  const [bodyBlocks, setBodyBlocks] = useState<string[]>([]);
  const { arabicQuotes } = useSections();
  const headlineRef = useRef(headline);
  const editorRef = useRef<LexicalEditor | null>(null);
  const snapshot = useSessionSnapshot(session);
  const saveText = useSaveText(snapshot?.save ?? null);
  const dir = directionOf(article.language);
  const words = useMemo(() => statsOf([headline, ...bodyBlocks]).words, [headline, bodyBlocks]);

  useEffect(
    () =>
      session.attachDraft(() => ({
        headline: headlineRef.current,
        // The registered nodes are exactly the schema's, so the editor's JSON is an ArticleBody.
        body: editorRef.current ? (editorRef.current.getEditorState().toJSON() as unknown as ArticleBody) : article.body,
      })),
    [session, article],
  );

  const changeHeadline = useCallback(
    (value: string) => {
      headlineRef.current = value;
      setHeadline(value);
      session.edited();
    },
    [session],
  );
  const bodyEdited = useCallback(() => session.edited(), [session]);

  return (
    <section className="beside" aria-label={t('split.region')} hidden={hidden}>
      <ArticleComposer body={article.body} article={session}>
        <EditorRefPlugin editorRef={editorRef} />
        <div className="editor-header">
          <FormattingToolbarPlugin />
          <div className="beside__actions">
            <span className="beside__words">{t('stats.words', { count: words })}</span>
            <span role="status" className={`beside__save beside__save--${snapshot?.save.kind ?? 'none'}`}>
              {saveText}
            </span>
            <Button variant="quiet" onClick={onClose}>
              {t('split.close')}
            </Button>
          </div>
        </div>
        {changedOnDisk && (
          <p className="beside__alert" role="alert">
            {t('split.changedOnDisk')}
          </p>
        )}
        <div className="editor-scroll">
          <article className="manuscript" dir={dir} lang={article.language}>
            <HeadlineField value={headline} onChange={changeHeadline} autoFocus={false} dir={dir} lang={article.language} />
            <BodyEditor dir={dir} lang={article.language} arabicQuotes={arabicQuotes} onEdit={bodyEdited} onBlocks={setBodyBlocks} />
          </article>
        </div>
      </ArticleComposer>
    </section>
  );
}
