import { useMemo, useState, type DragEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ArticleSummary } from '../../../electron/common/article.js';
import type { LibraryInfo } from '../../../electron/common/ipc.js';
import type { SearchHit } from '../../../electron/common/search.js';
import { Button } from '../../ui/Button';
import { ArticleList, type ListRow } from './ArticleList';
import { SearchPanel } from './SearchPanel';
import { useSearch } from './use-search';
import './library.css';

interface LibrarySidebarProps {
  items: ArticleSummary[] | null;
  info: LibraryInfo | null;
  currentFolder: string | null;
  onNewArticle(): void;
  onShowTrash(): void;
  onOpen(summary: ArticleSummary): void;
  onShowSettings(): void;
  /** The Import… button (features/import), beside New article. */
  importButton?: ReactNode;
  /** What became of the last import, under the buttons. */
  importMessage?: ReactNode;
  /** Files dropped on the article list, to import. */
  onDropFiles?(files: File[]): void;
  /** The Outbox (features/send), between the list and the library folder. */
  outbox?: ReactNode;
}

/** A search result as a row of the list (search finds only readable articles, so none is damaged). */
function summaryOf(hit: SearchHit): ArticleSummary {
  const { folder, headline, status, language, updatedAt, wordCount } = hit;
  return { folder, id: null, headline, status, language, updatedAt, wordCount, cmsSlug: null, damaged: null };
}

const carriesFiles = (event: DragEvent): boolean => Array.from(event.dataTransfer.types).includes('Files');

/** The start-side column: new article, Trash, search and filters, the article list, the Outbox, and the library folder. */
export function LibrarySidebar(props: LibrarySidebarProps) {
  const { items, info, currentFolder, onNewArticle, onShowTrash, onOpen, onShowSettings, importButton, importMessage, onDropFiles, outbox } = props;
  const { t } = useTranslation();
  const [dropping, setDropping] = useState(false);
  const search = useSearch();
  const rows = useMemo((): ListRow[] | null => {
    if (search.results) return search.results.hits.map((hit) => ({ summary: summaryOf(hit), snippet: hit.snippet }));
    return items?.map((summary) => ({ summary, snippet: null })) ?? null;
  }, [items, search.results]);
  const dropHandlers = onDropFiles && {
    onDragOver: (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      event.dataTransfer.dropEffect = 'copy';
      setDropping(true);
    },
    onDragLeave: (event: DragEvent) => {
      if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setDropping(false);
    },
    onDrop: (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      setDropping(false);
      onDropFiles(Array.from(event.dataTransfer.files));
    },
  };
  return (
    <aside className="sidebar" aria-label={t('sidebar.label')}>
      <div className="sidebar__header">
        <span className="sidebar__brand">{t('app.name')}</span>
        <div className="sidebar__actions">
          <Button variant="primary" onClick={onNewArticle}>
            {t('sidebar.newArticle')}
          </Button>
          {importButton}
          <Button onClick={onShowTrash}>{t('sidebar.trash')}</Button>
        </div>
      </div>
      {importMessage}
      <SearchPanel search={search} />
      <div className={`sidebar__list${dropping ? ' sidebar__list--drop-target' : ''}`} {...dropHandlers}>
        <ArticleList
          rows={rows}
          total={search.results?.total ?? rows?.length ?? 0}
          currentFolder={currentFolder}
          emptyText={search.results ? t('search.noResults') : t('sidebar.noArticles')}
          onOpen={onOpen}
          onNearEnd={search.loadMore}
        />
      </div>
      {outbox}
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
