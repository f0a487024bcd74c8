import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { ArticleSummary } from '../../../electron/common/article.js';
import type { SnippetSegment } from '../../../electron/common/search.js';
import { ArticleListItem } from './ArticleListItem';
import { useNow } from './use-now';

export interface ListRow {
  summary: ArticleSummary;
  /** The matching passage, when the list shows search results. */
  snippet: SnippetSegment[] | null;
}

interface ArticleListProps {
  /** null until the first list arrives. */
  rows: ListRow[] | null;
  /** How many articles the list stands for; more than `rows` while further pages are still to be fetched. */
  total: number;
  currentFolder: string | null;
  emptyText: string;
  onOpen(summary: ArticleSummary): void;
  /** Asked when the list scrolls near the end of `rows`. */
  onNearEnd?(): void;
}

/** A first guess at a row's height; each rendered row is then measured. */
const ROW_ESTIMATE = 66;
const OVERSCAN = 6;
const NEAR_END_ROWS = 15;

/**
 * The "Articles" list, virtualized: only the rows in view (and a few either side) are in the
 * page, so a library of 10,000 articles scrolls as lightly as one of ten. Each rendered item tells
 * assistive technology its place in the whole list (aria-posinset of aria-setsize).
 */
export function ArticleList({ rows, total, currentFolder, emptyText, onOpen, onNearEnd }: ArticleListProps) {
  const { t } = useTranslation();
  const now = useNow();
  const scroller = useRef<HTMLDivElement>(null);
  const count = rows?.length ?? 0;
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_ESTIMATE,
    overscan: OVERSCAN,
    getItemKey: (index) => rows?.[index]?.summary.folder ?? index,
  });
  const items = virtualizer.getVirtualItems();
  const lastIndex = items.at(-1)?.index ?? -1;

  useEffect(() => {
    if (onNearEnd && count > 0 && lastIndex >= count - NEAR_END_ROWS && count < total) onNearEnd();
  }, [lastIndex, count, total, onNearEnd]);

  return (
    <div ref={scroller} className="article-list__scroller">
      <ul
        className="article-list"
        aria-label={t('sidebar.articles')}
        aria-busy={rows === null}
        style={{ blockSize: virtualizer.getTotalSize() }}
      >
        {rows &&
          items.map((item) => {
            const row = rows[item.index]!;
            return (
              <ArticleListItem
                key={item.key}
                ref={virtualizer.measureElement}
                index={item.index}
                offset={item.start}
                setSize={total}
                summary={row.summary}
                snippet={row.snippet}
                current={row.summary.folder === currentFolder}
                now={now}
                onOpen={onOpen}
              />
            );
          })}
      </ul>
      {rows?.length === 0 && <p className="article-list__empty">{emptyText}</p>}
    </div>
  );
}
