import { useTranslation } from 'react-i18next';
import type { Article } from '../../../electron/common/article.js';
import type { FormatChange, Segment } from '../../../electron/common/rules/compare/compare.js';
import { blockDirection, languageDirection } from '../../../electron/common/rules/direction.js';
import { api } from '../../api';
import { useFormatters } from '../../i18n/format';
import { directionOf } from '../../i18n/language';
import { Marked, StyledMarked } from './Marked';
import { listMarker, type Cell, type PhotoShown } from './pane-cells';
import { fieldLabel, fieldValue, formatChangeText } from './review-text';

interface ReviewPaneProps {
  /** The region's accessible name: "Left draft", "Right draft", "Track changes". */
  label: string;
  /** Which source the pane shows ("Current article", "Version 14:02 — First"). */
  sourceName: string;
  cells: Cell[];
  /** The article whose language and direction the pane takes. */
  article: Article;
  /** Both compared articles, for list markers and photos of blocks from either. */
  articles: { left: Article; right: Article };
  mediaFolders: { left: string; right: string };
  /** Line ids are `${idPrefix}-${cell.key}`, for the Changes list to scroll to. */
  idPrefix: string;
  /** The line the Changes list last jumped to, highlighted in every pane. */
  current: string | null;
}

const hasText = (segments: readonly Segment[]) => segments.some((s) => s.text.trim());

/**
 * One draft, read-only, from its Article JSON: the headline, the metadata fields that differ,
 * then the body's blocks, one grid line per row of the comparison. The panes sit in one grid and
 * share its rows (CSS subgrid), so a paragraph and its counterpart always start at the same
 * height, however much longer one of them is.
 */
export function ReviewPane({ label, sourceName, cells, article, articles, mediaFolders, idPrefix, current }: ReviewPaneProps) {
  const { t, i18n } = useTranslation();
  const format = useFormatters();
  const language = article.language;
  // Words of the interface (the pane's name, field names) keep the UI's language inside the pane.
  const ui = { lang: i18n.language, dir: directionOf(i18n.language) };
  const fieldName = (field: Parameters<typeof fieldLabel>[1]) => (
    <span className="review-field__name" {...ui}>
      {fieldLabel(t, field)}
    </span>
  );
  const lineClass = (cell: Cell, extra: string) =>
    ['review-line', extra, cell.key === current ? 'review-line--current' : ''].filter(Boolean).join(' ');

  return (
    <section className="review-pane" aria-label={label} dir={directionOf(language)} lang={language}>
      <header className="review-pane__source" {...ui}>
        <span className="review-pane__label">{label}</span>
        <span className="review-pane__name" dir="auto">
          {sourceName}
        </span>
      </header>
      {cells.map((cell) => {
        const id = `${idPrefix}-${cell.key}`;
        switch (cell.kind) {
          case 'headline':
            return (
              <div key={cell.key} id={id} className={lineClass(cell, 'review-line--headline')}>
                <p className="review-headline">{hasText(cell.segments) ? <Marked segments={cell.segments} /> : t('review.untitled')}</p>
              </div>
            );
          case 'text-field':
            return (
              <div key={cell.key} id={id} className={lineClass(cell, 'review-line--field')}>
                {fieldName(cell.field)}
                <span className="review-field__value">
                  <Marked segments={cell.segments} />
                </span>
              </div>
            );
          case 'list-field':
            return (
              <div key={cell.key} id={id} className={lineClass(cell, 'review-line--field')}>
                {fieldName(cell.field)}
                <span className="review-field__value">
                  {cell.items.length === 0
                    ? t('review.noValue')
                    : cell.items.map((item, i) => (
                        <span key={i} className="review-field__item">
                          <Marked segments={[item]} />
                        </span>
                      ))}
                </span>
              </div>
            );
          case 'value-field':
            return (
              <div key={cell.key} id={id} className={lineClass(cell, 'review-line--field')}>
                {fieldName(cell.field)}
                <span className="review-field__value">
                  {cell.values.map(({ value, mark }, i) => (
                    <span key={i} className="review-field__item" dir="auto">
                      {value === null ? (
                        t('review.noValue')
                      ) : (
                        <Marked segments={[{ type: mark, text: fieldValue(t, format, cell.field, value, article.timeZone) }]} />
                      )}
                    </span>
                  ))}
                </span>
              </div>
            );
          case 'block': {
            if (!cell.block) return <div key={cell.key} id={id} className={lineClass(cell, 'review-line--gap')} />;
            const { block } = cell;
            const movedLabel = cell.moved && (
              <span className="review-moved" {...ui}>
                <span aria-hidden="true">{cell.moved === 'from' ? '↧ ' : '↥ '}</span>
                {t('review.moved')}
              </span>
            );
            if (cell.moved === 'from' && cell.text.length === 0) {
              return (
                <div key={cell.key} id={id} className={lineClass(cell, `review-line--moved`)}>
                  {movedLabel}
                </div>
              );
            }
            // Each block in its own direction: an English paragraph in Arabic copy reads left to right.
            const dir = blockDirection(block.direction, block.text, languageDirection(articles[cell.from].language));
            const text = <StyledMarked segments={cell.text} dir={dir} />;
            let content;
            switch (block.kind) {
              case 'heading':
                content = block.variant === 'h3' ? <h4 className="review-h3" dir={dir}>{text}</h4> : <h3 className="review-h2" dir={dir}>{text}</h3>;
                break;
              case 'quote':
                content = (
                  <blockquote className="review-quote" dir={dir}>
                    {text}
                  </blockquote>
                );
                break;
              case 'listitem': {
                const { marker, depth } = listMarker(articles[cell.from].body, block.path);
                content = (
                  <p className="review-li" dir={dir} style={{ paddingInlineStart: `${1.5 + depth * 1.5}em` }}>
                    <span className="review-li__marker" aria-hidden="true">
                      {marker}
                    </span>
                    {text}
                  </p>
                );
                break;
              }
              case 'photo':
                content = <PhotoView photo={cell.photo!} mediaFolder={mediaFolders[cell.from]} />;
                break;
              default:
                content = (
                  <p className="review-p" dir={dir}>
                    {text}
                  </p>
                );
            }
            return (
              <div key={cell.key} id={id} className={lineClass(cell, `review-line--${cell.rowKind}`)}>
                {movedLabel}
                {content}
                {cell.formatting.length > 0 && (
                  <p className="review-format-note" {...ui}>
                    {cell.formatting.map((change, i) => (
                      <FormatChangeText key={i} change={change} />
                    ))}
                  </p>
                )}
              </div>
            );
          }
        }
      })}
    </section>
  );
}

/** "Made bold: “Dmitry Peskov”", "Link changed to https://…: “the ministry”", "Turned into a quote". */
export function FormatChangeText({ change }: { change: FormatChange }) {
  const { t } = useTranslation();
  const { what, url, words } = formatChangeText(t, change);
  return (
    <span className="review-format">
      {what}
      {url !== null && (
        <>
          {' '}
          <bdi dir="ltr">{url}</bdi>
        </>
      )}
      {words !== null && (
        <>
          {': '}
          {t('review.formatting.quoteOpen')}
          <bdi>{words}</bdi>
          {t('review.formatting.quoteClose')}
        </>
      )}
    </span>
  );
}

function PhotoView({ photo, mediaFolder }: { photo: PhotoShown; mediaFolder: string }) {
  const { t } = useTranslation();
  const altText = photo.altText.map((s) => s.text).join('');
  return (
    <figure className={`review-photo review-photo--${photo.fileMark}`}>
      <img src={api.mediaUrl(mediaFolder, photo.file)} alt={altText} loading="lazy" />
      <figcaption>
        {hasText(photo.caption) && (
          <span className="review-photo__caption">
            <Marked segments={photo.caption} />
          </span>
        )}
        {hasText(photo.credit) && (
          <span className="review-photo__credit">
            {t('review.credit')} <Marked segments={photo.credit} />
          </span>
        )}
        {hasText(photo.altText) && (
          <span className="review-photo__alt">
            {t('review.altText')} <Marked segments={photo.altText} />
          </span>
        )}
      </figcaption>
    </figure>
  );
}
