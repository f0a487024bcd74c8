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

/** The pane while New article makes its file: nothing to type into, and it says why. */
export function CreatingArticle() {
  const { t } = useTranslation();
  return (
    <div className="pane-message">
      <p className="empty-state__hint" role="status">
        {t('editor.creatingArticle')}
      </p>
    </div>
  );
}
