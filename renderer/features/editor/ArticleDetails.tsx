import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../i18n/format';
import { directionOf } from '../../i18n/language';
import type { ArticleMeta } from '../panels/article-meta';

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
 * A read-only preview under the headline of what the site prints there: the dek and the dateline
 * with the publish time. Everything is edited in the side panels (the byline's printed form is
 * previewed in the Byline panel, the lead photo kept outside the body is shown and edited in the
 * Lead photo panel). The dek and dateline are article text in the article's direction; the time
 * is UI text, isolated in the UI's own direction.
 */
export function ArticleDetails({ meta }: { meta: ArticleMeta }) {
  const { t, i18n } = useTranslation();
  const ui = { dir: directionOf(i18n.language), lang: i18n.language };
  const article = { dir: directionOf(meta.language), lang: meta.language };
  const publishTime = usePublishTime(meta.publishAt, meta.timeZone);
  const dek = meta.dek.trim();
  const dateline = meta.dateline.trim();
  if (!dek && !dateline && !publishTime) return null;

  return (
    <div className="article-details" aria-label={t('editor.details')} role="group">
      {dek && (
        <p className="article-details__dek" {...article}>
          {dek}
        </p>
      )}
      {(dateline || publishTime) && (
        <p className="article-details__line">
          {dateline && (
            <span className="article-details__dateline" {...article}>
              {dateline}
            </span>
          )}
          {publishTime && meta.publishAt && (
            <time className="article-details__time" dateTime={meta.publishAt} {...ui}>
              {publishTime}
            </time>
          )}
        </p>
      )}
    </div>
  );
}
