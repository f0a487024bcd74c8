import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ArticleSummary } from '../../../electron/common/article.js';
import type { Change, Comparison, Side } from '../../../electron/common/rules/compare/compare.js';
import { useFormatters } from '../../i18n/format';
import { Button } from '../../ui/Button';
import type { ArticleSession } from '../editor/article-session';
import type { Workspace } from '../workspace/use-workspace';
import { changeTarget, paneCells } from './pane-cells';
import { changeSignature, changeTitle, versionTitle } from './review-text';
import { FormatChangeText, ReviewPane } from './ReviewPane';
import { parseSourceKey, sourceKey, versionOf } from './sources';
import { useReview, type Review, type ReviewPair } from './use-review';
import './review.css';

interface ReviewScreenProps {
  session: ArticleSession;
  initial: ReviewPair;
  /** The library's articles, offered in the pickers. */
  articles: readonly ArticleSummary[];
  workspace: Pick<Workspace, 'replaceCurrent' | 'replaceWith'>;
  sendToCms(session: ArticleSession): Promise<void>;
  onClose(): void;
}

/**
 * The compare view, in place of the editor: two drafts side by side (or one track-changes pane),
 * the pickers choosing them, and the Changes list with Take left / Take right for each
 * difference. Escape or Close goes back to the editor, which already holds every take.
 */
export function ReviewScreen({ session, initial, articles, workspace, sendToCms, onClose }: ReviewScreenProps) {
  const { t } = useTranslation();
  const review = useReview({ session, initial, workspace, sendToCms, onClose });
  const { comparison } = review;
  const [merged, setMerged] = useState(false);
  const [currentLine, setCurrentLine] = useState<string | null>(null);
  const root = useRef<HTMLElement>(null);
  // Focus starts in the view, not on the hidden editor.
  useEffect(() => root.current?.focus(), []);
  const id = useId();
  const idPrefix = `${id}-line`;
  const sourceName = useSourceName(review, articles);

  const jump = useCallback(
    (change: Change) => {
      const key = changeTarget(change);
      setCurrentLine(key);
      // Both panes are in one scroller: bringing the line into view brings its counterpart too.
      document.getElementById(`${idPrefix}-${key}`)?.scrollIntoView({ block: 'center', behavior: 'smooth' });
    },
    [idPrefix],
  );

  // On the window, not the view: a Take button that vanishes with its change takes focus with it.
  const keys = useRef({ undo: review.undo, onClose });
  keys.current = { undo: review.undo, onClose };
  useEffect(() => {
    const onKeyDown = (event: globalThis.KeyboardEvent): void => {
      // A dialog over the view (Settings) has Escape and the keys to itself.
      if (event.defaultPrevented || document.querySelector('dialog[open]')) return;
      if (event.key === 'Escape') {
        event.preventDefault();
        keys.current.onClose();
        return;
      }
      const target = event.target;
      const inField = target instanceof HTMLInputElement || target instanceof HTMLSelectElement || target instanceof HTMLTextAreaElement;
      if ((event.ctrlKey || event.metaKey) && !event.shiftKey && !event.altKey && event.key.toLowerCase() === 'z' && !inField) {
        event.preventDefault();
        void keys.current.undo();
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);

  const leftVersion = versionOf(review.pair.left, review.versions);
  const panes = useMemo(() => {
    if (!comparison) return null;
    return merged ? [paneCells(comparison, 'merged')] : [paneCells(comparison, 'left'), paneCells(comparison, 'right')];
  }, [comparison, merged]);

  return (
    <section ref={root} tabIndex={-1} className="review" aria-labelledby={`${id}-title`}>
      <div className="review-bar">
        <h2 id={`${id}-title`} className="visually-hidden">
          {t('review.title')}
        </h2>
        <SourcePicker side="left" review={review} articles={articles} currentFolder={session.folder} />
        <SourcePicker side="right" review={review} articles={articles} currentFolder={session.folder} />
        <span className="review-bar__actions">
          <Button variant="quiet" aria-pressed={merged} onClick={() => setMerged(!merged)}>
            {t('review.trackChanges')}
          </Button>
          <Button variant="quiet" disabled={!review.canUndo || review.busy} onClick={() => void review.undo()}>
            {t('review.undo')}
          </Button>
          {leftVersion && review.editable === 'right' && (
            <Button variant="quiet" disabled={review.busy} onClick={() => void review.restore(leftVersion.id)}>
              {t('review.restore')}
            </Button>
          )}
          {review.resolveAndSend && (
            <Button variant="primary" disabled={review.busy} onClick={() => void review.resolveAndSend?.()}>
              {t('review.resolveAndSend')}
            </Button>
          )}
          <Button onClick={onClose}>{t('review.close')}</Button>
        </span>
      </div>
      <p className={`review-message${review.message?.kind === 'error' ? ' field__error' : ''}`} role={review.message?.kind === 'error' ? 'alert' : 'status'}>
        {review.message?.text ?? ''}
      </p>
      <div className="review-body">
        <div className="review-scroll">
          {[review.left, review.right].map(
            (side, i) =>
              side.kind !== 'done' && (
                <p key={i} className={side.kind === 'failed' ? 'field__error review-loading' : 'review-loading'} role={side.kind === 'failed' ? 'alert' : undefined}>
                  {side.kind === 'failed' ? side.text : t('review.loading')}
                </p>
              ),
          )}
          {comparison && panes && (
            <div className={`review-grid${merged ? ' review-grid--merged' : ''}`} style={{ gridTemplateRows: `repeat(${panes[0]!.length + 1}, auto)` }}>
              {merged ? (
                <ReviewPane
                  label={t('review.merged')}
                  sourceName={t('review.mergedName', { left: sourceName('left'), right: sourceName('right') })}
                  cells={panes[0]!}
                  article={comparison.right}
                  articles={comparison}
                  mediaFolders={mediaFolders(review)}
                  idPrefix={idPrefix}
                  current={currentLine}
                />
              ) : (
                (['left', 'right'] as const).map((side, i) => (
                  <ReviewPane
                    key={side}
                    label={t(side === 'left' ? 'review.leftDraft' : 'review.rightDraft')}
                    sourceName={sourceName(side)}
                    cells={panes[i]!}
                    article={comparison[side]}
                    articles={comparison}
                    mediaFolders={mediaFolders(review)}
                    idPrefix={idPrefix}
                    current={currentLine}
                  />
                ))
              )}
            </div>
          )}
        </div>
        <ChangesList review={review} comparison={comparison} kept={review.kept} onJump={jump} />
      </div>
    </section>
  );
}

function mediaFolders(review: Review): { left: string; right: string } {
  const of = (side: Review['left']) => (side.kind === 'done' ? side.source.mediaFolder : '');
  return { left: of(review.left), right: of(review.right) };
}

/** A source's name in the pane header: "Current article", "Version 14:02 — First", "CMS copy on example.org". */
function useSourceName(review: Review, articles: readonly ArticleSummary[]): (side: Side) => string {
  const { t } = useTranslation();
  const format = useFormatters();
  return (side: Side) => {
    const source = review.pair[side];
    switch (source.kind) {
      case 'current':
        return t('review.sources.current');
      case 'version': {
        const version = versionOf(source, review.versions);
        return version ? versionTitle(t, format, version) : t('review.loading');
      }
      case 'cms': {
        const target = review.cmsCopies.find((c) => c.targetId === source.targetId)?.targetName ?? t('review.loading');
        return t('review.sources.cms', { target });
      }
      case 'article': {
        const headline = articles.find((a) => a.folder === source.folder)?.headline.trim() || t('review.untitled');
        return t('review.sources.article', { headline });
      }
    }
  };
}

function SourcePicker({ side, review, articles, currentFolder }: { side: Side; review: Review; articles: readonly ArticleSummary[]; currentFolder: string }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const id = useId();
  const value = sourceKey(review.pair[side]);
  const others = articles.filter((a) => a.folder !== currentFolder && !a.damaged);
  return (
    <span className="review-picker">
      <label htmlFor={id} className="review-picker__label">
        {t(side === 'left' ? 'review.left' : 'review.right')}
      </label>
      <select
        id={id}
        value={value}
        disabled={review.busy}
        onChange={(event) => {
          const ref = parseSourceKey(event.target.value);
          if (ref) review.choose(side, ref);
        }}
      >
        <option value="current">{t('review.sources.current')}</option>
        {review.versions.length > 0 && (
          <optgroup label={t('review.groups.versions')}>
            {review.versions.map((version) => (
              <option key={version.id} value={sourceKey({ kind: 'version', versionId: version.id })}>
                {versionTitle(t, format, version)}
              </option>
            ))}
          </optgroup>
        )}
        {review.cmsCopies.length > 0 && (
          <optgroup label={t('review.groups.cms')}>
            {review.cmsCopies.map((copy) => (
              <option key={copy.targetId} value={sourceKey({ kind: 'cms', targetId: copy.targetId })}>
                {t('review.sources.cms', { target: copy.targetName })}
              </option>
            ))}
          </optgroup>
        )}
        {others.length > 0 && (
          <optgroup label={t('review.groups.articles')}>
            {others.map((article) => (
              <option key={article.folder} value={sourceKey({ kind: 'article', folder: article.folder })}>
                {article.headline.trim() || t('review.untitled')}
              </option>
            ))}
          </optgroup>
        )}
        {/* A source chosen before its list arrived (a CMS copy from a conflict) stays selectable. */}
        {![...review.versions.map((v) => `version:${v.id}`), ...review.cmsCopies.map((c) => `cms:${c.targetId}`), ...others.map((a) => `article:${a.folder}`), 'current'].includes(value) && (
          <option value={value}>{t('review.loading')}</option>
        )}
      </select>
    </span>
  );
}

interface ChangesListProps {
  review: Review;
  comparison: Comparison | null;
  kept: ReadonlySet<string>;
  onJump(change: Change): void;
}

function ChangesList({ review, comparison, kept, onJump }: ChangesListProps) {
  const { t } = useTranslation();
  const id = useId();
  const locked = review.editable === null;
  const disabled = locked || review.busy;
  const explain = locked ? `${id}-locked` : undefined;
  return (
    <section className="review-changes" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="review-changes__title">
        {t('review.changes')}
      </h2>
      {comparison && comparison.changes.length > 0 && (
        <>
          <p className="review-changes__summary">
            {t('review.summary', { count: comparison.changes.length, added: comparison.wordsAdded, removed: comparison.wordsRemoved })}
            {comparison.formattingChanges > 0 && t('review.summaryFormatting', { count: comparison.formattingChanges })}
          </p>
          {locked && (
            <p id={explain} className="review-changes__locked">
              {t('review.needsCurrent')}
            </p>
          )}
          <div className="review-changes__all">
            <Button disabled={disabled || review.editable === 'left'} aria-describedby={explain} onClick={() => void review.takeEverything('left')}>
              {t('review.takeAllLeft')}
            </Button>
            <Button disabled={disabled || review.editable === 'right'} aria-describedby={explain} onClick={() => void review.takeEverything('right')}>
              {t('review.takeAllRight')}
            </Button>
          </div>
        </>
      )}
      {comparison && comparison.changes.length === 0 && <p className="review-changes__none">{t('review.noDifferences')}</p>}
      {comparison && comparison.changes.length > 0 && (
        <ul className="review-changes__list">
          {comparison.changes.map((change) => {
            const isKept = kept.has(changeSignature(change));
            return (
              <li key={change.id} className={`review-change${isKept ? ' review-change--kept' : ''}`}>
                <button type="button" className="review-change__title" onClick={() => onJump(change)}>
                  {changeTitle(t, change, comparison.rows)}
                </button>
                {(change.deleted.length > 0 || change.inserted.length > 0) && (
                  <span className="review-change__words">
                    {change.deleted.map((words, i) => (
                      <del key={`d${i}`} dir="auto">
                        {words}
                      </del>
                    ))}
                    {change.inserted.map((words, i) => (
                      <ins key={`i${i}`} dir="auto">
                        {words}
                      </ins>
                    ))}
                  </span>
                )}
                {change.kind === 'block' && change.formatting.length > 0 && (
                  <span className="review-change__formatting">
                    {change.formatting.map((format, i) => (
                      <FormatChangeText key={i} change={format} />
                    ))}
                  </span>
                )}
                {isKept && <span className="review-change__kept">{t('review.kept')}</span>}
                <span className="review-change__take">
                  <Button variant="quiet" disabled={disabled} aria-describedby={explain} onClick={() => void review.take(change.id, 'left')}>
                    {t('review.takeLeft')}
                  </Button>
                  <Button variant="quiet" disabled={disabled} aria-describedby={explain} onClick={() => void review.take(change.id, 'right')}>
                    {t('review.takeRight')}
                  </Button>
                </span>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
