import { useTranslation } from 'react-i18next';
import type { ArticleSummary } from '../../../electron/common/article.js';
import type { LibraryInfo } from '../../../electron/common/ipc.js';
import { Button } from '../../ui/Button';
import { ArticleList } from './ArticleList';
import './library.css';

interface LibrarySidebarProps {
  items: ArticleSummary[] | null;
  info: LibraryInfo | null;
  currentSlug: string | null;
  onNewArticle(): void;
  onShowTrash(): void;
  onOpen(summary: ArticleSummary): void;
  onShowSettings(): void;
}

/** The start-side column: new article, Trash, the article list, and the library folder. */
export function LibrarySidebar({ items, info, currentSlug, onNewArticle, onShowTrash, onOpen, onShowSettings }: LibrarySidebarProps) {
  const { t } = useTranslation();
  return (
    <aside className="sidebar" aria-label={t('sidebar.label')}>
      <div className="sidebar__header">
        <span className="sidebar__brand">{t('app.name')}</span>
        <div className="sidebar__actions">
          <Button variant="primary" onClick={onNewArticle}>
            {t('sidebar.newArticle')}
          </Button>
          <Button onClick={onShowTrash}>{t('sidebar.trash')}</Button>
        </div>
      </div>
      <div className="sidebar__list">
        <ArticleList items={items} currentSlug={currentSlug} onOpen={onOpen} />
      </div>
      <div className="sidebar__footer">
        {info && (
          <span className="sidebar__path" title={info.path}>
            <span className="visually-hidden">{t('sidebar.libraryFolder')}: </span>
            <bdi dir="ltr">{info.path}</bdi>
          </span>
        )}
        <Button variant="quiet" className="sidebar__settings" onClick={onShowSettings}>
          {t('sidebar.settings')}
        </Button>
      </div>
    </aside>
  );
}
