import { useTranslation } from 'react-i18next';
import type { ArticleSummary } from '../../../electron/common/article.js';
import { ArticleListItem } from './ArticleListItem';
import { useNow } from './use-now';

interface ArticleListProps {
  items: ArticleSummary[] | null;
  currentSlug: string | null;
  onOpen(summary: ArticleSummary): void;
}

export function ArticleList({ items, currentSlug, onOpen }: ArticleListProps) {
  const { t } = useTranslation();
  const now = useNow();
  return (
    <>
      <ul className="article-list" aria-label={t('sidebar.articles')} aria-busy={items === null}>
        {items?.map((summary) => (
          <ArticleListItem key={summary.slug} summary={summary} current={summary.slug === currentSlug} now={now} onOpen={onOpen} />
        ))}
      </ul>
      {items?.length === 0 && <p className="article-list__empty">{t('sidebar.noArticles')}</p>}
    </>
  );
}
