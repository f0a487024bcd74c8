import { useId, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { ArticleSummary } from '../../../electron/common/article.js';
import type { SnippetSegment } from '../../../electron/common/search.js';
import { useFormatters } from '../../i18n/format';

interface ArticleListItemProps {
  ref: Ref<HTMLLIElement>;
  /** Place in the list (from 0) and distance from its top, set by the virtualized list. */
  index: number;
  offset: number;
  setSize: number;
  summary: ArticleSummary;
  snippet: SnippetSegment[] | null;
  current: boolean;
  now: Date;
  onOpen(summary: ArticleSummary): void;
}

/**
 * One row: the list item is named by the headline (so it can be found by name), and holds one
 * button that opens the article, with status, time and length (and the matching passage of a
 * search result, its matched words as `mark`) as its description.
 */
export function ArticleListItem({ ref, index, offset, setSize, summary, snippet, current, now, onOpen }: ArticleListItemProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  // A damaged file has no readable headline; its file name is the only thing that tells it apart.
  const name = summary.headline.trim() || (summary.damaged ? summary.folder : t('article.untitled'));
  const detailsId = useId();
  const headlineId = useId();

  return (
    <li
      ref={ref}
      data-index={index}
      className="article-item"
      aria-label={name}
      aria-current={current ? 'true' : undefined}
      aria-setsize={setSize}
      aria-posinset={index + 1}
      style={{ transform: `translateY(${offset}px)` }}
    >
      <button type="button" className="article-item__button" aria-labelledby={headlineId} aria-describedby={detailsId} onClick={() => onOpen(summary)}>
        <span id={headlineId} className="article-item__headline" dir="auto">
          {name}
        </span>
        <span id={detailsId} className="article-item__details">
          {snippet && (
            <span className="article-item__snippet" dir="auto">
              {snippet.map((segment, i) => (segment.match ? <mark key={i}>{segment.text}</mark> : <span key={i}>{segment.text}</span>))}
            </span>
          )}
          {summary.damaged ? (
            <>
              <span className="badge badge--damaged">{t('article.damaged')}</span>
              <span className="article-item__reason" title={summary.damaged.reason} dir="auto">
                {summary.damaged.reason}
              </span>
            </>
          ) : (
            <>
              {summary.status && <span className={`badge badge--${summary.status}`}>{t(`articleStatus.${summary.status}`)}</span>}
              {summary.updatedAt && (
                <time dateTime={summary.updatedAt} title={format.dateTime(summary.updatedAt)}>
                  {format.relative(summary.updatedAt, now)}
                </time>
              )}
              <span>{t('article.words', { count: summary.wordCount })}</span>
            </>
          )}
        </span>
      </button>
    </li>
  );
}
