import { useTranslation } from 'react-i18next';
import type { Article } from '../../../electron/common/article.js';
import { useFormatters } from '../../i18n/format';
import { directionOf } from '../../i18n/language';

/** "15 Apr 2025, 08:18 (Africa/Cairo)": the time where the story is published, and which zone that is. */
function usePublishTime(publishAt: string | null, timeZone: string | null): string | null {
  const { t } = useTranslation();
  const format = useFormatters();
  if (!publishAt) return null;
  let zone = timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
  let date: string;
  try {
    date = format.dateTime(publishAt, zone);
  } catch {
    // A zone name this machine's time-zone data does not know: show the instant in UTC, saying so.
    zone = 'UTC';
    date = format.dateTime(publishAt, zone);
  }
  return t('editor.publishAt', { date, zone });
}

/**
 * The read-only line under the headline: byline, publish time, lead photo caption. Shown only
 * for what the article has; these fields are edited elsewhere. The block sits in the article's
 * direction, but its labels are UI text ("By", "كتب:"), so each piece is isolated in the UI's
 * own direction: an English byline under an Arabic story still reads "By …", and vice versa.
 */
export function ArticleDetails({ article }: { article: Article }) {
  const { t, i18n } = useTranslation();
  const format = useFormatters();
  const ui = { dir: directionOf(i18n.language), lang: i18n.language };
  const publishTime = usePublishTime(article.publishAt, article.timeZone);
  const names = article.byline.map((contributor) => contributor.name);
  const caption = article.leadPhoto?.caption.trim() ?? '';
  if (names.length === 0 && !publishTime && !caption) return null;

  return (
    <div className="article-details" aria-label={t('editor.details')} role="group">
      {(names.length > 0 || publishTime) && (
        <p className="article-details__line">
          {names.length > 0 && <span className="article-details__byline" {...ui}>{t('editor.byline', { names: format.list(names) })}</span>}
          {publishTime && article.publishAt && (
            <time className="article-details__time" dateTime={article.publishAt} {...ui}>
              {publishTime}
            </time>
          )}
        </p>
      )}
      {caption && (
        <figure className="lead-photo">
          <span className="lead-photo__label" {...ui}>{t('editor.leadPhoto')}</span>
          <figcaption className="lead-photo__caption" dir="auto">
            {caption}
          </figcaption>
        </figure>
      )}
    </div>
  );
}
