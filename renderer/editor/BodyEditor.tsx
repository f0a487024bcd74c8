import { createEmptyHistoryState } from '@lexical/history';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import { HistoryPlugin } from '@lexical/react/LexicalHistoryPlugin';
import { LinkPlugin } from '@lexical/react/LexicalLinkPlugin';
import { ListPlugin } from '@lexical/react/LexicalListPlugin';
import { MarkdownShortcutPlugin } from '@lexical/react/LexicalMarkdownShortcutPlugin';
import { OnChangePlugin } from '@lexical/react/LexicalOnChangePlugin';
import { RichTextPlugin } from '@lexical/react/LexicalRichTextPlugin';
import { useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { BodyEditingProvider } from './article-media';
import { EditorNotices } from './EditorNotices';
import { isAllowedLinkUrl } from './url-scheme';
import { BODY_MARKDOWN_SHORTCUTS } from './markdown';
import { BlockDirectionPlugin } from './plugins/BlockDirectionPlugin';
import { BodyStatsPlugin } from './plugins/BodyStatsPlugin';
import { LinkDialogPlugin } from './plugins/LinkDialogPlugin';
import { PastePlugin } from './plugins/PastePlugin';
import { PhotoPlugin } from './plugins/PhotoPlugin';
import { SchemaGuardPlugin } from './plugins/SchemaGuardPlugin';
import { SmartQuotesPlugin } from './plugins/SmartQuotesPlugin';
import type { ArabicQuoteStyle } from '../../electron/common/rules/smart-quotes.js';

interface BodyEditorProps {
  /** Base direction of the article's language; each block stores its own from its text (BlockDirectionPlugin). */
  dir: 'ltr' | 'rtl';
  lang: string;
  /** The library's Arabic quotation marks, which smart quotes type in Arabic blocks. */
  arabicQuotes: ArabicQuoteStyle;
  /** A content change by the user (typing, formatting, undo, a caption edit); not selection moves, not the load. */
  onEdit(): void;
  onBlocks(blocks: string[]): void;
}

/** The article body: Lexical rich text limited to the schema's nodes. Render inside ArticleComposer. */
export function BodyEditor({ dir, lang, arabicQuotes, onEdit, onBlocks }: BodyEditorProps) {
  const { t } = useTranslation();
  const placeholder = t('editor.bodyPlaceholder');
  // One undo history for the body and every photo caption: Undo takes back the last change
  // wherever it was made (the playground's shared history).
  const history = useMemo(createEmptyHistoryState, []);
  const onEditRef = useRef(onEdit);
  onEditRef.current = onEdit;
  const editing = useMemo(() => ({ history, dir, arabicQuotes, onEdit: () => onEditRef.current() }), [history, dir, arabicQuotes]);
  return (
    <BodyEditingProvider value={editing}>
      <EditorNotices />
      <div className="body-editor" dir={dir} lang={lang}>
        <RichTextPlugin
          contentEditable={
            <ContentEditable
              className="body-editable"
              aria-label={t('editor.body')}
              aria-multiline
              aria-placeholder={placeholder}
              placeholder={<div className="body-placeholder">{placeholder}</div>}
            />
          }
          ErrorBoundary={LexicalErrorBoundary}
        />
      </div>
      <HistoryPlugin externalHistoryState={history} />
      <ListPlugin />
      <LinkPlugin validateUrl={isAllowedLinkUrl} />
      <MarkdownShortcutPlugin transformers={BODY_MARKDOWN_SHORTCUTS} />
      <SchemaGuardPlugin />
      <BlockDirectionPlugin dir={dir} />
      <SmartQuotesPlugin dir={dir} arabicQuotes={arabicQuotes} />
      <PastePlugin photos />
      <PhotoPlugin />
      <OnChangePlugin ignoreSelectionChange onChange={onEdit} />
      <BodyStatsPlugin onBlocks={onBlocks} />
      <LinkDialogPlugin />
    </BodyEditingProvider>
  );
}
