import { useTranslation } from 'react-i18next';

/** The editor pane with no article open. */
export function EmptyState() {
  const { t } = useTranslation();
  return (
    <div className="pane-message">
      <div className="empty-state">
        <h2 className="empty-state__title">{t('editor.noArticle')}</h2>
        <p className="empty-state__hint">{t('editor.noArticleHint')}</p>
      </div>
    </div>
  );
}
