import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { VersionSummary } from '../../../electron/common/versions.js';
import { api } from '../../api';
import { describeError } from '../../i18n/errors';
import { useFormatters } from '../../i18n/format';
import { Button } from '../../ui/Button';
import { Dialog, DialogActions } from '../../ui/Dialog';
import { useNow } from '../library/use-now';
import { versionName } from './review-text';
import './review.css';

interface VersionsDialogProps {
  folder: string;
  /** Compare the chosen version (left) with the current article (right). */
  onCompare(versionId: string): void;
  onClose(): void;
}

type Listed = { kind: 'loading' } | { kind: 'failed'; text: string } | { kind: 'done'; versions: VersionSummary[] };

/**
 * Versions: the article's versions, newest first, as a listbox (one Tab stop, arrow keys move the
 * selection); Compare opens the chosen one beside the current article.
 */
export function VersionsDialog({ folder, onCompare, onClose }: VersionsDialogProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const now = useNow();
  const id = useId();
  const [listed, setListed] = useState<Listed>({ kind: 'loading' });
  const [selected, setSelected] = useState<string | null>(null);
  const listRef = useRef<HTMLUListElement>(null);

  useEffect(() => {
    let live = true;
    void api.versions.list({ folder }).then((result) => {
      if (!live) return;
      if (!result.ok) setListed({ kind: 'failed', text: `${t('versions.failed')} ${describeError(t, result.error)}` });
      else {
        setListed({ kind: 'done', versions: result.value });
        setSelected(result.value[0]?.id ?? null);
      }
    });
    return () => {
      live = false;
    };
  }, [folder, t]);

  const versions = listed.kind === 'done' ? listed.versions : [];
  const optionId = (versionId: string) => `${id}-${versionId}`;

  const onKeyDown = (event: KeyboardEvent<HTMLUListElement>): void => {
    const index = versions.findIndex((v) => v.id === selected);
    const step = { ArrowDown: 1, ArrowUp: -1 }[event.key];
    let next: VersionSummary | undefined;
    if (step !== undefined) next = versions[Math.min(versions.length - 1, Math.max(0, index + step))];
    else if (event.key === 'Home') next = versions[0];
    else if (event.key === 'End') next = versions.at(-1);
    else if (event.key === 'Enter' && selected) {
      event.preventDefault();
      onCompare(selected);
      return;
    }
    if (!next) return;
    event.preventDefault();
    setSelected(next.id);
    document.getElementById(optionId(next.id))?.scrollIntoView({ block: 'nearest' });
  };

  return (
    <Dialog title={t('versions.title')} onClose={onClose} className="versions-dialog" initialFocus={listRef}>
      {listed.kind === 'loading' && <p role="status">{t('versions.loading')}</p>}
      {listed.kind === 'failed' && (
        <p className="field__error" role="alert">
          {listed.text}
        </p>
      )}
      {listed.kind === 'done' && versions.length === 0 && <p>{t('versions.none')}</p>}
      <ul
        ref={listRef}
        role="listbox"
        aria-label={t('versions.list')}
        className="dialog-list"
        tabIndex={0}
        hidden={versions.length === 0}
        aria-activedescendant={selected ? optionId(selected) : undefined}
        onKeyDown={onKeyDown}
      >
        {versions.map((version) => (
          <li
            key={version.id}
            id={optionId(version.id)}
            role="option"
            aria-selected={version.id === selected}
            className="version"
            onClick={() => setSelected(version.id)}
            onDoubleClick={() => onCompare(version.id)}
          >
            <span className="version__when">
              <span className="version__relative">{format.relative(version.createdAt, now)}</span>
              {' · '}
              <time className="version__time" dateTime={version.createdAt}>
                {format.dateTime(version.createdAt)}
              </time>
            </span>
            <span className="version__name" dir="auto">
              {versionName(t, version)}
            </span>
            <span className="version__details">
              {version.label ? `${t(`versions.reasons.${version.reason}`)} · ` : ''}
              {t('versions.by', { author: version.author })}
              {' · '}
              <bdi>{t('versions.words', { added: version.wordsAdded, removed: version.wordsRemoved })}</bdi>
            </span>
          </li>
        ))}
      </ul>
      <DialogActions>
        <Button onClick={onClose}>{t('versions.close')}</Button>
        <Button variant="primary" disabled={!selected} onClick={() => selected && onCompare(selected)}>
          {t('versions.compare')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
